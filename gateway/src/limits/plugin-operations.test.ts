import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  getNamedType,
  isInputObjectType,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { envelop, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { gatewaySchema } from '../schema.js';
import { QUERY_LIMITS, type Audience } from './query-limits.js';
import { useQueryLimits } from './use-query-limits.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const schema = gatewaySchema({ devLogin: true });

/** The largest page a plugin may ask for: the hotline queue serves up to 100 cases at a time. */
const LARGEST_PAGE = 100;

interface Operation {
  file: string;
  source: string;
  variables: Record<string, unknown>;
}

/**
 * Every operation of the `.graphql` files matched by `pattern`, each with the fragments it uses
 * (found in any file of `pattern`, as codegen finds them) and its page sizes at their largest.
 */
function operationsOf(pattern: string): Operation[] {
  const files = globSync(pattern, { cwd: ROOT });
  const definitions = files.map((file) => ({
    file,
    definitions: parse(readFileSync(join(ROOT, file), 'utf8')).definitions,
  }));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { definitions: found } of definitions) {
    for (const definition of found) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  return definitions.flatMap(({ file, definitions: found }) =>
    found
      .filter(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      )
      .map((operation) => ({
        file: relative(ROOT, join(ROOT, file)),
        source: printWithFragments(operation, fragments),
        variables: largestPages(operation, schema),
      })),
  );
}

function printWithFragments(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): string {
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: DefinitionNode[] = [operation];
  while (pending.length > 0) {
    visit(pending.pop() as DefinitionNode, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment) throw new Error(`unknown fragment ${spread.name.value}`);
        if (!used.has(spread.name.value)) {
          used.set(spread.name.value, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [operation, ...used.values()]
    .map((definition) => definition.loc?.source.body.slice(definition.loc.start, definition.loc.end))
    .join('\n');
}

/** `$limit: Int` → 100, `$filter: HotlineCaseFilter` → { limit: 100 }; other variables don't change the limits. */
function largestPages(operation: OperationDefinitionNode, within: GraphQLSchema): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = getNamedType(typeFromAST(within, definition.type));
    if (name === 'limit' || name === 'first') variables[name] = LARGEST_PAGE;
    else if (isInputObjectType(type) && 'limit' in type.getFields())
      variables[name] = { limit: LARGEST_PAGE };
  }
  return variables;
}

/** Parses and validates as the gateway does, with the limits of `audience`, without executing. */
function check(operation: Operation, audience: Audience): readonly Error[] {
  const engine: Plugin = {
    onParse: ({ setParseFn }) => setParseFn(parse),
    onValidate: ({ setValidationFn, addValidationRule }) => {
      setValidationFn(validate);
      specifiedRules.forEach(addValidationRule);
    },
  };
  const getEnveloped = envelop({ plugins: [engine, useQueryLimits(() => audience, QUERY_LIMITS)] });
  const request = new Request('http://gateway.test/graphql');
  const enveloped = getEnveloped({
    request,
    params: { query: operation.source, variables: operation.variables },
  });
  try {
    return enveloped.validate(schema, enveloped.parse(operation.source) as DocumentNode);
  } catch (error) {
    return [error as Error];
  }
}

const signedInOperations = operationsOf('plugins/*/src/**/*.graphql');
const anonymousOperations = [
  ...operationsOf('plugins/hotline/intake/**/*.graphql'),
  // Signing in, and the shell asking who is signed in, happen before there is a token.
  ...signedInOperations.filter((operation) =>
    ['dev_login.mutation.graphql', 'viewer.query.graphql'].some((name) =>
      operation.file.endsWith(`plugins/sdk/src/graphql/operations/${name}`),
    ),
  ),
];

describe("the plugins' operations", () => {
  it('are all found', () => {
    expect(signedInOperations.length).toBeGreaterThan(40);
    expect(anonymousOperations.map((operation) => operation.file)).toEqual(
      expect.arrayContaining([
        'plugins/hotline/intake/graphql/submit_hotline_report.mutation.graphql',
        'plugins/sdk/src/graphql/operations/dev_login.mutation.graphql',
      ]),
    );
  });

  it.each(signedInOperations.map((operation) => [operation.file, operation] as const))(
    '%s passes the signed-in limits',
    (_file, operation) => {
      expect(check(operation, 'signedIn').map((error) => error.message)).toEqual([]);
    },
  );

  it.each(anonymousOperations.map((operation) => [operation.file, operation] as const))(
    '%s passes the anonymous limits',
    (_file, operation) => {
      expect(check(operation, 'anonymous').map((error) => error.message)).toEqual([]);
    },
  );

  it('would fail here if a limit were too tight', () => {
    const queue = signedInOperations.find((operation) =>
      operation.file.endsWith('list_hotline_cases.query.graphql'),
    );
    if (!queue) throw new Error('list_hotline_cases.query.graphql not found');
    expect(check(queue, 'anonymous').map((error) => error.message)).toEqual([
      expect.stringMatching(/^Query Cost limit of 300 exceeded/),
    ]);
  });
});
