import type { MikroORM } from '@adal/domain';
import { buildOrganization } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '../auth/dev-token.js';
import { createSigningKey, type SigningKey } from '../auth/signing-key.js';
import { createTokenVerifier, type TokenVerifier } from '../auth/token-verifier.js';
import { graphqlRequest, type GraphQLResponseBody } from '../testing/graphql-request.js';
import { SUBMIT_REPORT, WHAT, freshClient, proveWork } from '../testing/hotline-operations.js';
import { buildHotlineOrganization } from '../testing/hotline-organization.js';
import { hotlineSnapshot } from '../testing/hotline-snapshot.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';
import { createGatewayYoga, type GatewayYoga } from '../yoga.js';
import { QUERY_LIMITS } from './query-limits.js';
import { createRequestAudience } from './request-audience.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let key: SigningKey;
/** An org admin's token: a signed-in request. */
let token: string;

beforeAll(async () => {
  key = await createSigningKey();
  gateway = await createTestGateway({ signingKey: key });
  ({ orm, yoga } = gateway);
  const built = await buildOrganization(orm.em.fork());
  token = await signDevToken(key, { personId: built.adminPerson.id, organizationId: built.organization.id });
});

afterAll(async () => {
  await gateway?.drop();
});

const anonymous = QUERY_LIMITS.anonymous;
const signedIn = QUERY_LIMITS.signedIn;

function firstError(body: GraphQLResponseBody<unknown>) {
  return body.errors?.[0];
}

/** Sent anonymously or with the org admin's token; the first error's code, null when none. */
async function codeOf(query: string, o: { signedIn?: boolean; variables?: Record<string, unknown> } = {}) {
  const { body } = await graphqlRequest(yoga, {
    query,
    ...(o.variables ? { variables: o.variables } : {}),
    ...(o.signedIn ? { token } : {}),
  });
  return firstError(body)?.extensions?.code ?? null;
}

/** `orgUnits { parent { parent { … { id } } } }` nested `levels` fields deep. */
function nestedParents(levels: number): string {
  return `{ orgUnits { ${'parent { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;
}

describe('depth', () => {
  it('runs a signed-in query at the signed-in depth limit and refuses one level more', async () => {
    expect(await codeOf(nestedParents(signedIn.maxDepth), { signedIn: true })).toBeNull();
    const { body } = await graphqlRequest(yoga, { query: nestedParents(signedIn.maxDepth + 1), token });
    expect(firstError(body)?.extensions?.code).toBe('VALIDATION');
    expect(firstError(body)?.message).toBe(
      `Query depth limit of ${signedIn.maxDepth} exceeded, found ${signedIn.maxDepth + 1}. Ask for fewer nested fields.`,
    );
  });

  it('holds an anonymous query to the stricter anonymous depth', async () => {
    // Validation passes at the limit: the only error is the missing sign-in.
    expect(await codeOf(nestedParents(anonymous.maxDepth))).toBe('UNAUTHENTICATED');
    expect(await codeOf(nestedParents(anonymous.maxDepth + 1))).toBe('VALIDATION');
  });

  it('counts fragments as the fields they add', async () => {
    const query = `{ orgUnits { ...P } } fragment P on OrgUnit { parent { ${'parent { '.repeat(anonymous.maxDepth - 3)}id${' }'.repeat(anonymous.maxDepth - 3)} } }`;
    expect(await codeOf(query)).toBe('UNAUTHENTICATED');
    expect(await codeOf(query.replace('{ id', '{ parent { id }'))).toBe('VALIDATION');
  });
});

describe('the audience', () => {
  it('takes the signed-in limits only from a token whose signature checks out', async () => {
    const deeper = nestedParents(anonymous.maxDepth + 1);
    const forged = await signDevToken(await createSigningKey(), {
      personId: crypto.randomUUID(),
      organizationId: crypto.randomUUID(),
    });
    const withForged = await graphqlRequest(yoga, { query: deeper, token: forged });
    expect(firstError(withForged.body)?.extensions?.code).toBe('VALIDATION');
    const withGarbage = await graphqlRequest(yoga, { query: deeper, headers: { authorization: 'Bearer x' } });
    expect(firstError(withGarbage.body)?.extensions?.code).toBe('VALIDATION');
    expect(await codeOf(deeper, { signedIn: true })).toBeNull();
  });

  it('still answers a refused token as UNAUTHENTICATED once the query is within the anonymous limits', async () => {
    const forged = await signDevToken(await createSigningKey(), {
      personId: crypto.randomUUID(),
      organizationId: crypto.randomUUID(),
    });
    const { status, body } = await graphqlRequest(yoga, { query: '{ viewer { id } }', token: forged });
    expect(status).toBe(401);
    expect(firstError(body)?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('verifies a request’s token once: the context reuses the check made before parsing', async () => {
    let checks = 0;
    const real = createTokenVerifier({ devKey: key });
    const counting: TokenVerifier = (candidate) => {
      checks += 1;
      return real(candidate);
    };
    const audience = createRequestAudience(counting);
    const request = new Request('http://gateway.test/graphql', {
      headers: { authorization: `Bearer ${token}` },
    });
    const onParams = audience.plugin.onParams as (payload: { request: Request }) => Promise<void>;
    await onParams({ request });
    expect(audience.audienceOf(request)).toBe('signedIn');
    expect((await audience.verifierFor(request)(token)).ok).toBe(true);
    expect(checks).toBe(1);
  });
});

describe('cost', () => {
  /** `n` aliased pages of 200 audit events: Armor's cost (2 + 1.5 × 3 fields) × 200 = 1 300 each. */
  const auditPages = (n: number, limit: string) =>
    `query($n: Int!) { ${Array.from({ length: n }, (_, i) => `a${i}: auditEvents(limit: ${limit}) { id at action }`).join(' ')} }`;
  const pages = Math.floor(signedIn.maxCost / 1300);

  it('multiplies a list by the page size a literal asks for', async () => {
    expect(await codeOf(auditPages(pages, '200'), { signedIn: true, variables: { n: 1 } })).not.toBe(
      'VALIDATION',
    );
    const refused = await graphqlRequest(yoga, {
      query: auditPages(pages + 1, '200'),
      variables: { n: 1 },
      token,
    });
    expect(firstError(refused.body)?.extensions?.code).toBe('VALIDATION');
    expect(firstError(refused.body)?.message).toMatch(
      new RegExp(`^Query Cost limit of ${signedIn.maxCost} exceeded, found \\d+\\. Ask for fewer fields`),
    );
  });

  it('multiplies a list by the page size a variable asks for', async () => {
    const one = 'query($n: Int!) { auditEvents(limit: $n) { id at action } }';
    expect(await codeOf(one, { signedIn: true, variables: { n: 200 } })).not.toBe('VALIDATION');
    expect(await codeOf(one, { signedIn: true, variables: { n: 1_000_000 } })).toBe('VALIDATION');
    // The same through a filter input given as a variable, and with the page size in a literal input.
    const queue =
      'query($f: HotlineCaseFilter) { hotlineCases(filter: $f) { total items { id number status } } }';
    expect(await codeOf(queue, { signedIn: true, variables: { f: { limit: 100 } } })).not.toBe('VALIDATION');
    expect(await codeOf(queue, { signedIn: true, variables: { f: { limit: 1_000_000 } } })).toBe(
      'VALIDATION',
    );
    const literal = 'query($n: Int) { hotlineCases(filter: { limit: $n }) { total items { id } } }';
    expect(await codeOf(literal, { signedIn: true, variables: { n: 1_000_000 } })).toBe('VALIDATION');
  });

  it('uses the argument’s default page size when none is given', async () => {
    // auditEvents defaults to 50 a page: 325 each, so more of them fit than of 200-event pages.
    const defaults = Array.from({ length: pages + 1 }, (_, i) => `a${i}: auditEvents { id at action }`).join(
      ' ',
    );
    expect(await codeOf(`{ ${defaults} }`, { signedIn: true })).not.toBe('VALIDATION');
  });

  it('counts __typename, and holds an anonymous query to the anonymous cost', async () => {
    // orgUnits { __typename × n }: 2 + 1.5 n, within the anonymous token cap either way.
    const typenames = (n: number) => `{ orgUnits { ${'__typename '.repeat(n)}} }`;
    const within = Math.floor((anonymous.maxCost - 2) / 1.5);
    expect(await codeOf(typenames(within))).toBe('UNAUTHENTICATED');
    expect(await codeOf(typenames(within + 1))).toBe('VALIDATION');
    expect(await codeOf(typenames(within + 1), { signedIn: true })).toBeNull();
  });
});

describe('aliases and root fields', () => {
  const aliased = (n: number, field: string) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

  it('caps the aliases of a signed-in operation, aliased __typename included', async () => {
    expect(await codeOf(aliased(signedIn.maxAliases, 'viewer { id }'), { signedIn: true })).toBeNull();
    const refused = await graphqlRequest(yoga, {
      query: aliased(signedIn.maxAliases + 1, 'viewer { id }'),
      token,
    });
    expect(firstError(refused.body)?.message).toBe(
      `Aliases limit of ${signedIn.maxAliases} exceeded, found ${signedIn.maxAliases + 1}. Send fewer aliased fields.`,
    );
    expect(await codeOf(aliased(signedIn.maxAliases + 1, '__typename'), { signedIn: true })).toBe(
      'VALIDATION',
    );
  });

  it('allows one root field in an anonymous operation, counting __typename and fragments', async () => {
    expect(await codeOf('{ viewer { id } }')).toBeNull();
    const two = await graphqlRequest(yoga, { query: '{ viewer { id } __typename }' });
    expect(firstError(two.body)?.extensions?.code).toBe('VALIDATION');
    expect(firstError(two.body)?.message).toBe(
      'The operation asks for 2 root fields; the limit is 1. Send one operation per request.',
    );
    expect(
      await codeOf('{ ...A ...B } fragment A on Query { viewer { id } } fragment B on Query { __typename }'),
    ).toBe('VALIDATION');
    // A fragment spread twice still adds its field once.
    expect(await codeOf('{ ...A ...A } fragment A on Query { viewer { id } }')).toBeNull();
    expect(await codeOf('{ viewer { id } __typename }', { signedIn: true })).toBeNull();
  });

  it('refuses several reports in one request before anything is stored, so no receipt is lost', async () => {
    const org = await buildHotlineOrganization(orm, 'Бір сұрау АҚ');
    const before = await hotlineSnapshot(orm);
    const input = {
      organizationId: org.organizationId,
      category: 'corruption',
      what: WHAT,
      anonymous: true,
    };
    const { body } = await graphqlRequest(yoga, {
      query: `mutation($input: HotlineReportInput!, $proof: HotlineProofInput!) {
        a: submitHotlineReport(input: $input, proof: $proof) { receipt number }
        b: submitHotlineReport(input: $input, proof: $proof) { receipt number }
      }`,
      variables: { input, proof: await proveWork(yoga) },
      headers: freshClient(),
    });
    expect(body.data).toBeUndefined();
    expect(firstError(body)?.extensions?.code).toBe('VALIDATION');
    expect(await hotlineSnapshot(orm)).toEqual(before);
    // The single operation the intake sends is still served.
    const single = await graphqlRequest<{ submitHotlineReport: { receipt: string } }>(yoga, {
      query: SUBMIT_REPORT,
      variables: { input, proof: await proveWork(yoga) },
      headers: freshClient(),
    });
    expect(single.body.data?.submitHotlineReport.receipt).toEqual(expect.any(String));
  });
});

describe('tokens and directives', () => {
  it('stops parsing at the audience’s token cap', async () => {
    // A list of strings is all tokens and no cost: `{ kpiValues(codes: ["x" …]) { code } }`, 12 around them.
    const codes = (tokens: number) => `{ kpiValues(codes: [${'"x" '.repeat(tokens - 12)}]) { code } }`;
    const messageOf = async (query: string, signed: boolean) =>
      firstError((await graphqlRequest(yoga, { query, ...(signed ? { token } : {}) })).body)?.message;
    const refusal = (limit: number) => `Token limit of ${limit} exceeded. Send a shorter query.`;
    expect(await codeOf(codes(anonymous.maxTokens))).toBe('UNAUTHENTICATED');
    expect(await messageOf(codes(anonymous.maxTokens + 1), false)).toBe(refusal(anonymous.maxTokens));
    // Signed in, the same query reaches the KPI registry, which takes at most 50 codes.
    expect(await messageOf(codes(signedIn.maxTokens), true)).toBe('Ask for 1 to 50 KPI codes at a time.');
    expect(await messageOf(codes(signedIn.maxTokens + 1), true)).toBe(refusal(signedIn.maxTokens));
  });

  it('caps the directives per audience', async () => {
    const included = (n: number) => `{ viewer { ${'id @include(if: true) '.repeat(n)}} }`;
    expect(await codeOf(included(anonymous.maxDirectives))).toBeNull();
    expect(await codeOf(included(anonymous.maxDirectives + 1))).toBe('VALIDATION');
    expect(await codeOf(included(anonymous.maxDirectives + 1), { signedIn: true })).toBeNull();
    expect(await codeOf(included(signedIn.maxDirectives + 1), { signedIn: true })).toBe('VALIDATION');
  });
});

describe('introspection and suggestions', () => {
  const TYPOS = [
    '{ viewr { id } }',
    '{ hotlineCases(filter: { status: recieved }) { total } }',
    '{ hotlineCases(filtr: {}) { total } }',
  ];

  it('allows introspection and suggestions only in development', async () => {
    const development = await graphqlRequest(yoga, { query: '{ __schema { queryType { name } } }' });
    expect(development.body.errors).toBeUndefined();
    for (const query of TYPOS) {
      const { body } = await graphqlRequest(yoga, { query, token });
      expect(firstError(body)?.message).toMatch(/Did you mean/);
    }
    const production = await createGatewayYoga({ orm, devLogin: false });
    const refused = await graphqlRequest(production, { query: '{ __schema { queryType { name } } }' });
    expect(firstError(refused.body)?.message).toMatch(/introspection/i);
    for (const query of TYPOS) {
      const { body } = await graphqlRequest(production, { query });
      expect(firstError(body)?.message).toMatch(
        /Cannot query field|cannot represent|Unknown argument|not exist/,
      );
      expect(body.errors?.map((error) => error.message).join(' ')).not.toMatch(/Did you mean/);
    }
  });

  it('leaves suggestions out of the variables’ coercion errors in production', async () => {
    const query = 'query($s: HotlineStatus) { hotlineCases(filter: { status: $s }) { total } }';
    const development = await graphqlRequest(yoga, { query, variables: { s: 'recieved' }, token });
    expect(firstError(development.body)?.message).toMatch(/Did you mean/);
    const production = await createGatewayYoga({ orm, devLogin: false });
    const { body } = await graphqlRequest(production, { query, variables: { s: 'recieved' } });
    expect(firstError(body)?.message).toMatch(/recieved/);
    expect(firstError(body)?.message).not.toMatch(/Did you mean/);
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple GET without the CSRF header or a JSON content type', async () => {
    const response = await yoga.fetch('http://gateway.test/graphql?query=%7Bviewer%7Bid%7D%7D');
    expect(response.status).toBe(403);
  });

  it('accepts the same GET with x-adal-csrf', async () => {
    const response = await yoga.fetch('http://gateway.test/graphql?query=%7Bviewer%7Bid%7D%7D', {
      headers: { 'x-adal-csrf': '1', accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { viewer: null } });
  });

  it('refuses a cross-site form post', async () => {
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7Bviewer%7Bid%7D%7D',
    });
    expect(response.status).toBe(403);
  });
});
