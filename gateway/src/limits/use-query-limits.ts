import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { validate, type GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { operationTooLarge } from '../errors/graphql-errors.js';
import { withListSizes } from './list-sizes.js';
import { maxRootFieldsRule } from './max-root-fields-rule.js';
import type { Audience, QueryLimits } from './query-limits.js';

/**
 * Armor reports a limit as a plain "Syntax Error: …"; it becomes a typed VALIDATION error that
 * says what to change. Thrown at once, it also stops the parser or the validation right there,
 * so an oversized document costs no more than reaching its limit.
 */
function refuse(advice: string): ((context: unknown, error: GraphQLError) => never)[] {
  return [
    (_context, error) => {
      throw operationTooLarge(`${error.message.replace(/^Syntax Error:\s*/, '')} ${advice}`);
    },
  ];
}

interface AudienceRules {
  limits: QueryLimits;
  cost: ValidationRule;
  shape: ValidationRule[];
}

function rulesFor(limits: QueryLimits): AudienceRules {
  return {
    limits,
    cost: costLimitRule({
      maxCost: limits.maxCost,
      // Fragments count as the fields they add, wherever they are spread; Armor computes each once.
      flattenFragments: true,
      onReject: refuse('Ask for fewer fields or smaller pages.'),
    }),
    shape: [
      maxDepthRule({
        n: limits.maxDepth,
        flattenFragments: true,
        onReject: refuse('Ask for fewer nested fields.'),
      }),
      // The default allow-list spares `__typename`; here every alias counts.
      maxAliasesRule({ n: limits.maxAliases, allowList: [], onReject: refuse('Send fewer aliased fields.') }),
      maxDirectivesRule({ n: limits.maxDirectives, onReject: refuse('Use fewer directives.') }),
      ...(limits.maxRootFields === null ? [] : [maxRootFieldsRule(limits.maxRootFields)]),
    ],
  };
}

/**
 * Applies GraphQL Armor's limits of the request's audience (query-limits.ts) before anything is
 * executed: the token cap while parsing, the cost — with the page sizes the variables ask for —
 * before graphql's own validation walks the document, then depth, aliases, directives and root
 * fields as validation rules. Every rule follows a fragment once, however often it is spread.
 */
export function useQueryLimits(
  audienceOf: (request: Request) => Audience,
  limits: Readonly<Record<Audience, QueryLimits>>,
): Plugin<YogaInitialContext> {
  const byAudience: Record<Audience, AudienceRules> = {
    anonymous: rulesFor(limits.anonymous),
    signedIn: rulesFor(limits.signedIn),
  };
  return {
    onParse({ context, setParseFn }) {
      const { maxTokens } = byAudience[audienceOf(context.request)].limits;
      setParseFn((source, options) =>
        new MaxTokensParserWLexer(source, {
          ...(options as object),
          n: maxTokens,
          onReject: refuse('Send a shorter query.'),
        }).parseDocument(),
      );
    },
    onValidate({ context, params, addValidationRule }) {
      const rules = byAudience[audienceOf(context.request)];
      // Variables can't reach a validation rule, so the cost is checked on a copy stating them.
      validate(params.schema, withListSizes(params.schema, params.documentAST, context.params.variables), [
        rules.cost,
      ]);
      for (const rule of rules.shape) addValidationRule(rule);
    },
  };
}
