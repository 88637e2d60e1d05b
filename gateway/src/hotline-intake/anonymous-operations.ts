import {
  Kind,
  getOperationAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The operations a reporter uses without signing in (issue 4 §1–§2). A request made of them is
 * served without an actor even when it carries a token, so that nothing links a report to a
 * signed-in person.
 */
export const ANONYMOUS_HOTLINE_FIELDS: ReadonlySet<string> = new Set([
  'intakeOrganizations',
  'intakeQuestions',
  'submitHotlineReport',
  'hotlineReportByReceipt',
  'addReporterMessage',
  'hotlineChallenge',
  // §72.1: a potential supplier's declaration through its one-time link, without an account.
  'supplierDeclarationForm',
  'submitSupplierDeclaration',
  // §9.4–§11: an organisation's public cartogram and the proposals from the public, without an account.
  'publicCartogram',
  'submitPublicProposal',
]);

/** `reporter`: only anonymous hotline fields; `mixed`: those together with others (refused). */
export type HotlineRequestKind = 'reporter' | 'mixed' | 'other';

const kinds = new WeakMap<Request, HotlineRequestKind>();

/** How the context factory must treat a request, decided from its parsed operation. */
export function hotlineRequestKind(request: Request): HotlineRequestKind {
  return kinds.get(request) ?? 'other';
}

/**
 * Classifies each request by the root fields of the operation it runs. Parsing happens before
 * the context is built, so the context factory knows whether to look at the token at all.
 */
export function useHotlineAnonymity(): Plugin {
  return {
    onParse({ context }) {
      return ({ result }) => {
        if (!isDocument(result)) return;
        kinds.set(context.request, classify(result, context.params.operationName ?? null));
      };
    },
  };
}

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;
}

export function classify(document: DocumentNode, operationName: string | null): HotlineRequestKind {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 'other';
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const names = rootFieldNames(operation.selectionSet, fragments, new Set());
  names.delete('__typename');
  const anonymous = [...names].filter((name) => ANONYMOUS_HOTLINE_FIELDS.has(name)).length;
  if (anonymous === 0) return 'other';
  return anonymous === names.size ? 'reporter' : 'mixed';
}

/** The root fields an operation selects, through fragments too (a cycle is cut, validation reports it). */
function rootFieldNames(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visited: Set<string>,
): Set<string> {
  const names = new Set<string>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      for (const name of rootFieldNames(selection.selectionSet, fragments, visited)) names.add(name);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || visited.has(fragment.name.value)) continue;
      visited.add(fragment.name.value);
      for (const name of rootFieldNames(fragment.selectionSet, fragments, visited)) names.add(name);
    }
  }
  return names;
}
