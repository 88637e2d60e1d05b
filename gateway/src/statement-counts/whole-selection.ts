import {
  getNamedType,
  isAbstractType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  print,
  visit,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** How many levels of objects below the operation's own field are selected. */
const NESTED_LEVELS = 3;

/** The page a call asks for with a literal `limit`: long enough that a page grows with the data. */
const PAGE = 50;

function field(name: string, selectionSet?: SelectionSetNode) {
  return { kind: Kind.FIELD, name: { kind: Kind.NAME, value: name }, selectionSet } as const;
}

/** A field that can be asked for without arguments: none of its arguments is required. */
function askable(f: GraphQLField<unknown, unknown>): boolean {
  return f.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);
}

function selectionOf(schema: GraphQLSchema, type: GraphQLNamedType, levels: number): SelectionSetNode | null {
  if (isAbstractType(type)) {
    const fragments = schema.getPossibleTypes(type).flatMap((possible) => {
      const inner = selectionOf(schema, possible, levels);
      return inner
        ? [
            {
              kind: Kind.INLINE_FRAGMENT,
              typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: possible.name } },
              selectionSet: inner,
            } as const,
          ]
        : [];
    });
    return { kind: Kind.SELECTION_SET, selections: [field('__typename'), ...fragments] };
  }
  if (!isObjectType(type)) return null;
  const selections = Object.values(type.getFields()).flatMap((f) => {
    if (!askable(f)) return [];
    const inner = getNamedType(f.type);
    if (!isObjectType(inner) && !isAbstractType(inner)) return [field(f.name)];
    if (levels === 0) return [];
    const nested = selectionOf(schema, inner, levels - 1);
    return nested && nested.selections.length > 0 ? [field(f.name, nested)] : [];
  });
  return { kind: Kind.SELECTION_SET, selections: [field('__typename'), ...selections] };
}

/**
 * The call's query with everything its root fields return selected, objects nested a few levels
 * deep (fields that need an argument left out), and a long page where it asks for a short one:
 * the selection under which a resolver that reads per row shows, which the calls' own `{ id }`
 * would not reach.
 */
export function withWholeSelection(schema: GraphQLSchema, query: string): string {
  const rootType = schema.getQueryType();
  if (!rootType) throw new Error('the schema has no Query type');
  let depth = 0;
  const document = visit(parse(query), {
    Field: {
      enter(node) {
        depth += 1;
        if (depth > 1 || !node.selectionSet) return undefined;
        const returned = rootType.getFields()[node.name.value];
        if (!returned) throw new Error(`Query has no field ${node.name.value}`);
        const selectionSet = selectionOf(schema, getNamedType(returned.type), NESTED_LEVELS - 1);
        const args = node.arguments?.map((arg) =>
          arg.name.value === 'limit' && arg.value.kind === Kind.INT
            ? { ...arg, value: { kind: Kind.INT, value: String(PAGE) } as const }
            : arg,
        );
        return { ...node, arguments: args, selectionSet };
      },
      leave() {
        depth -= 1;
      },
    },
  });
  return print(document);
}
