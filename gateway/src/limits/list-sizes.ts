import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';

/** The arguments that state how many items a list field returns. */
const PAGE_SIZE_ARGUMENTS: ReadonlySet<string> = new Set(['limit', 'first']);

type Variables = Readonly<Record<string, unknown>>;

/**
 * The operation as GraphQL Armor's cost limit must see it. Armor multiplies a field's cost by a
 * literal `first` argument only, while our lists take `limit` — often through a variable, inside
 * a filter input, or left to the argument's default — and validation never sees variables. This
 * copy states each field's page size as a literal `first` (and drops its other arguments, which
 * cost nothing), so that `auditEvents(limit: $n)` with a large `$n` costs what it asks for.
 * One pass over the document: each fragment definition is rewritten once, not per spread.
 */
export function withListSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Variables | undefined,
): DocumentNode {
  const values = { ...operationDefaults(document), ...variables };
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const size = pageSize(node.arguments ?? [], typeInfo.getFieldDef(), values);
        const first: ArgumentNode[] =
          size === undefined
            ? []
            : [
                {
                  kind: Kind.ARGUMENT,
                  name: { kind: Kind.NAME, value: 'first' },
                  value: { kind: Kind.INT, value: String(size) },
                },
              ];
        return { ...node, arguments: first };
      },
    }),
  );
}

function pageSize(
  argumentNodes: readonly ArgumentNode[],
  field: GraphQLField<unknown, unknown> | null | undefined,
  variables: Variables,
): number | undefined {
  for (const argument of argumentNodes) {
    const value = valueOf(argument.value, variables);
    // A filter input may carry the page size, e.g. hotlineCases(filter: { limit: 100 }).
    const size = count(PAGE_SIZE_ARGUMENTS.has(argument.name.value) ? value : limitIn(value));
    if (size !== undefined) return size;
  }
  const declared = field?.args.find((argument) => PAGE_SIZE_ARGUMENTS.has(argument.name))?.default;
  if (!declared) return undefined;
  return count('value' in declared ? declared.value : valueOf(declared.literal, variables));
}

function limitIn(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'limit' in value ? value.limit : undefined;
}

/** A literal or a variable's value as plain data; only what a page size can be made of. */
function valueOf(node: ValueNode, variables: Variables): unknown {
  switch (node.kind) {
    case Kind.INT:
      return Number.parseInt(node.value, 10);
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((field) => [field.name.value, valueOf(field.value, variables)]),
      );
    default:
      return undefined;
  }
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(1, Math.floor(value)) : undefined;
}

/** Variables an operation declares with a default (`$limit: Int = 50`), as used when not sent. */
function operationDefaults(document: DocumentNode): Variables {
  const defaults: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) defaults[variable.variable.name.value] = valueOf(variable.defaultValue, {});
    }
  }
  return defaults;
}
