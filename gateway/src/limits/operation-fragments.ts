import { Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

/** Named fragments of a document, so that limit rules can follow spreads to the fields they add. */
export function fragmentsOf(document: DocumentNode): ReadonlyMap<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Introspection fields are exempt from the limits: their shape is fixed by the spec, not by the client. */
export function isIntrospectionField(name: string): boolean {
  return name.startsWith('__');
}
