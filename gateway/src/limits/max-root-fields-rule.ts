import { Kind, type OperationDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql';
import { operationTooLarge } from '../errors/graphql-errors.js';

/**
 * Refuses an operation with more than `max` root fields, counted as the response keys the
 * client gets back (`__typename` and aliases included, through fragments too). GraphQL Armor
 * caps aliases and depth but not this: for an anonymous caller it is what keeps one request to
 * one report, one receipt lookup or one certificate check.
 */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const keys = new Set<string>();
      const expanded = new Set<string>();
      const collect = (selectionSet: SelectionSetNode): void => {
        for (const selection of selectionSet.selections) {
          if (selection.kind === Kind.FIELD) keys.add(selection.alias?.value ?? selection.name.value);
          else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
          else if (!expanded.has(selection.name.value)) {
            // A fragment adds the same keys wherever it is spread: each is expanded once.
            expanded.add(selection.name.value);
            const fragment = context.getFragment(selection.name.value);
            if (fragment) collect(fragment.selectionSet);
          }
        }
      };
      collect(operation.selectionSet);
      if (keys.size > max) {
        throw operationTooLarge(
          `The operation asks for ${keys.size} root fields; the limit is ${max}. Send one operation per request.`,
        );
      }
    },
  });
}
