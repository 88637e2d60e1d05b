import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { fragmentsOf, isIntrospectionField } from './operation-fragments.js';

export interface CostLimitOptions {
  maxCost: number;
  /** Assumed length of a list whose size the query does not state with a literal `limit`/`first`. */
  defaultListSize: number;
}

/**
 * Estimates what an operation costs before running it: every field counts 1, and a list field
 * multiplies the cost of what is selected inside it. A wide query over nested lists is refused
 * even when it is shallow enough for the depth rule.
 */
export function costLimitRule({ maxCost, defaultListSize }: CostLimitOptions): ValidationRule {
  return (context) => {
    const schema = context.getSchema();
    const fragments = fragmentsOf(context.getDocument());
    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === 'mutation'
            ? schema.getMutationType()
            : operation.operation === 'subscription'
              ? schema.getSubscriptionType()
              : schema.getQueryType();
        if (!root) return;
        const walker = { schema, fragments, defaultListSize };
        const cost = costOf(walker, operation.selectionSet, root, new Set());
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(
              `The query would cost ${cost} points; the limit is ${maxCost}. Ask for fewer fields or smaller lists.`,
              { nodes: [operation], extensions: { code: 'VALIDATION' } },
            ),
          );
        }
      },
    };
  };
}

interface Walker {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  defaultListSize: number;
}

function costOf(
  walker: Walker,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  visiting: ReadonlySet<string>,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(walker, selection, parent, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition
        ? walker.schema.getType(selection.typeCondition.name.value)
        : parent;
      if (condition && isCompositeType(condition)) {
        total += costOf(walker, selection.selectionSet, condition, visiting);
      }
    } else {
      const name = selection.name.value;
      const fragment = walker.fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      const condition = walker.schema.getType(fragment.typeCondition.name.value);
      if (condition && isCompositeType(condition)) {
        total += costOf(walker, fragment.selectionSet, condition, new Set([...visiting, name]));
      }
    }
  }
  return total;
}

function fieldCost(
  walker: Walker,
  field: FieldNode,
  parent: GraphQLCompositeType,
  visiting: ReadonlySet<string>,
): number {
  const name = field.name.value;
  if (isIntrospectionField(name)) return 0;
  // Unknown fields are graphql's own validation error; they add nothing here.
  const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  if (!definition) return 1;
  const type = getNullableType(definition.type);
  const named = getNamedType(definition.type);
  const inner =
    field.selectionSet && isCompositeType(named) ? costOf(walker, field.selectionSet, named, visiting) : 0;
  const multiplier = isListType(type) ? listSize(field, walker.defaultListSize) : 1;
  return (1 + inner) * multiplier;
}

function listSize(field: FieldNode, fallback: number): number {
  for (const argument of field.arguments ?? []) {
    if (
      (argument.name.value === 'limit' || argument.name.value === 'first') &&
      argument.value.kind === Kind.INT
    ) {
      return Math.max(1, Number.parseInt(argument.value.value, 10));
    }
  }
  return fallback;
}
