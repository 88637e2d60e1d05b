import { ROLE_CODES } from '@adal/domain';
import { buildOrganization, grantRoles } from '@adal/domain/testing';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullSchema } from '../schema.js';
import { devLoginToken, graphqlRequest, type GraphQLResponseBody } from '../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';

// Every query and mutation, every String, ID, DateTime and JSON argument — top-level or deep in an
// input object — is sent each text no column can hold. The answer must be VALIDATION naming the
// field, never INTERNAL and never a result: a new operation is covered the day it is added.

const TEXT_SCALARS = new Set(['String', 'ID', 'JSON']);
const BAD_TEXTS = { nul: 'Тест\u0000', surrogate: 'Тест\ud800', impossibleDay: '2026-02-30' };
const BAD_INSTANTS = {
  impossibleDay: '2026-02-30T00:00:00Z',
  yearZero: '0000-01-01T00:00:00Z',
  before1900: '1899-12-31T23:59:59Z',
  after2200: '2201-01-01T00:00:00Z',
};

interface Target {
  arg: GraphQLArgument;
  /** Below the argument: `what`, `attachments.0`, '' for the argument itself. */
  path: string[];
  scalar: string;
}

/** Where the texts of an input type are, through input objects and lists; a recursive type is walked once. */
function textLeaves(
  type: GraphQLInputType,
  seen: ReadonlySet<string> = new Set(),
): { path: string[]; scalar: string }[] {
  if (isNonNullType(type)) return textLeaves(type.ofType, seen);
  if (isListType(type))
    return textLeaves(type.ofType, seen).map((leaf) => ({ ...leaf, path: ['0', ...leaf.path] }));
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return [];
    const inner = new Set([...seen, type.name]);
    return Object.values(type.getFields()).flatMap((field) =>
      textLeaves(field.type, inner).map((leaf) => ({ ...leaf, path: [field.name, ...leaf.path] })),
    );
  }
  const name = getNamedType(type).name;
  return TEXT_SCALARS.has(name) || name === 'DateTime' ? [{ path: [], scalar: name }] : [];
}

/** A well-formed value of `type`, with `bad` at `path` (null: nowhere below). Only required fields are filled. */
function valueOf(type: GraphQLInputType, path: string[] | null, bad: string): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, path, bad);
  if (isListType(type)) return [valueOf(type.ofType, path ? path.slice(1) : null, bad)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (path && path[0] === field.name) value[field.name] = valueOf(field.type, path.slice(1), bad);
      else if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = valueOf(field.type, null, bad);
      }
    }
    return value;
  }
  if (path) return bad;
  if (isEnumType(type)) return type.getValues()[0]?.name;
  const samples: Record<string, unknown> = {
    String: 'Тест',
    ID: '00000000-0000-4000-8000-000000000000',
    Int: 1,
    Float: 1,
    Boolean: false,
    DateTime: '2026-01-15T09:00:00Z',
    JSON: {},
    File: null,
  };
  return samples[type.name];
}

/** The operation calling `field` with every required argument and the target, all through variables. */
function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  target: Target,
  bad: string,
) {
  const args = field.args.filter(
    (arg) => arg === target.arg || (isNonNullType(arg.type) && arg.defaultValue === undefined),
  );
  const definitions = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) || !isLeaf(field) ? ' { __typename }' : '';
  const variables = Object.fromEntries(
    args.map((arg) => [arg.name, valueOf(arg.type, arg === target.arg ? target.path : null, bad)]),
  );
  return { query: `${kind} Sweep(${definitions}) { ${field.name}(${call})${selection} }`, variables };
}

function isLeaf(field: GraphQLField<unknown, unknown>): boolean {
  const named = getNamedType(field.type);
  return !isObjectType(named) && !('getTypes' in named) && !('getInterfaces' in named);
}

const operations = (['query', 'mutation'] as const).flatMap((kind) => {
  const root = kind === 'query' ? fullSchema.getQueryType() : fullSchema.getMutationType();
  return Object.values(root?.getFields() ?? {})
    .map((field) => ({
      kind,
      field,
      targets: field.args.flatMap((arg) => textLeaves(arg.type).map((leaf): Target => ({ arg, ...leaf }))),
    }))
    .filter((operation) => operation.targets.length > 0);
});

let gateway: TestGateway;
let token: string;

beforeAll(async () => {
  gateway = await createTestGateway();
  // Every role, so that the texts would reach every resolver if nothing stopped them first.
  const em = gateway.orm.em.fork();
  const { adminPerson } = await buildOrganization(em);
  grantRoles(
    em,
    adminPerson,
    ROLE_CODES.filter((role) => role !== 'employee' && role !== 'org_admin'),
  );
  await em.flush();
  token = await devLoginToken(gateway.yoga, adminPerson.email);
});

afterAll(async () => {
  await gateway?.drop();
});

describe('every operation refuses texts no column can hold', () => {
  it('has operations to sweep', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations.map((operation) => [`${operation.kind} ${operation.field.name}`, operation] as const))(
    '%s',
    async (_name, { kind, field, targets }) => {
      const wrong: string[] = [];
      for (const target of targets) {
        const field_ = [target.arg.name, ...target.path].join('.');
        const bads = target.scalar === 'DateTime' ? BAD_INSTANTS : BAD_TEXTS;
        for (const [what, bad] of Object.entries(bads)) {
          const { query, variables } = operationFor(kind, field, target, bad);
          const { body } = await graphqlRequest(gateway.yoga, { query, variables, token });
          if (!refusedAsValidation(body, field_)) wrong.push(`${field_} ${what}: ${JSON.stringify(body)}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );
});

function refusedAsValidation(body: GraphQLResponseBody<unknown>, field: string): boolean {
  const errors = body.errors ?? [];
  return (
    body.data == null &&
    errors.length > 0 &&
    errors.every((error) => error.extensions?.code === 'VALIDATION') &&
    errors.some((error) => error.extensions?.['field'] === field)
  );
}
