import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { fragmentsOf, isIntrospectionField } from './operation-fragments.js';

/**
 * Refuses operations nested deeper than `maxDepth` fields. Deep nesting is how a client turns a small
 * query into a huge join (org unit → parent → parent …), so it is stopped before execution.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => {
    const fragments = fragmentsOf(context.getDocument());
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`The query is nested ${depth} levels deep; the limit is ${maxDepth}.`, {
              nodes: [operation],
              extensions: { code: 'VALIDATION' },
            }),
          );
        }
      },
    };
  };
}

function depthOf(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visiting: ReadonlySet<string>,
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth: number;
    if (selection.kind === Kind.FIELD) {
      if (isIntrospectionField(selection.name.value)) continue;
      depth = 1 + (selection.selectionSet ? depthOf(selection.selectionSet, fragments, visiting) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = depthOf(selection.selectionSet, fragments, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // Cycles and unknown fragments are reported by graphql's own rules; here they only must not loop.
      if (!fragment || visiting.has(name)) continue;
      depth = depthOf(fragment.selectionSet, fragments, new Set([...visiting, name]));
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
