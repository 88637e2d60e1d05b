import {
  buildOrganization,
  buildPerson,
  createTestDatabase,
  grantRoles,
  type TestDatabase,
} from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../start-gateway.js';
import { STATEMENTS_HEADER } from '../../statement-counts/use-statement-count.js';
import { DEV_LOGIN } from '../../testing/graphql-request.js';

let database: TestDatabase;
let gateway: RunningGateway;
let adminToken: string;
let employeeToken: string;
let headToken: string;
let organization: Awaited<ReturnType<typeof buildOrganization>>;

const HEADCOUNT = '{ kpiValues(codes: ["org.headcount"]) { code value } }';

async function post(
  query: string,
  token?: string,
  variables: Record<string, unknown> = {},
): Promise<{ statements: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-adal-csrf': '1',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    statements: Number(response.headers.get(STATEMENTS_HEADER)),
    body: (await response.json()) as { data?: unknown },
  };
}

const login = async (email: string) =>
  ((await post(DEV_LOGIN, undefined, { email })).body.data as { devLogin: { token: string } }).devLogin.token;

beforeAll(async () => {
  database = await createTestDatabase();
  const em = database.orm.em.fork();
  organization = await buildOrganization(em);
  const employee = buildPerson(em, organization.organization, organization.root);
  const head = buildPerson(em, organization.organization, organization.root);
  grantRoles(em, head, ['employee', 'compliance_head']);
  await em.flush();
  // A real server: the gateway holds its own connection to hear of changes.
  gateway = await startGateway({
    port: 0,
    databaseUrl: database.databaseUrl,
    devLogin: true,
    jobs: false,
    countStatements: true,
  });
  adminToken = await login(organization.adminPerson.email);
  employeeToken = await login(employee.email);
  headToken = await login(head.email);
});

afterAll(async () => {
  await gateway?.close();
  await database?.drop();
});

describe('kpiValues through the cache (issue 16 §6)', () => {
  it('answers a view asked again without computing it, and computes it again after a change', async () => {
    const first = await post(HEADCOUNT, adminToken);
    const second = await post(HEADCOUNT, adminToken);
    expect(second.body).toEqual(first.body);
    // Only the sign-in's own statements are left (the viewer and their roles).
    expect(second.statements).toBeLessThan(first.statements);
    const em = database.orm.em.fork();
    buildPerson(em, organization.organization, organization.root);
    await em.flush();
    const third = await post(HEADCOUNT, adminToken);
    expect(third.statements).toBe(first.statements);
    const value = (body: { data?: unknown }) =>
      (body.data as { kpiValues: { value: number }[] }).kpiValues[0]?.value;
    expect(value(third.body)).toBe(value(first.body)! + 1);
  });

  it('refuses a viewer who may not read the KPI, though its value is kept', async () => {
    await post(HEADCOUNT, adminToken);
    const refused = await post(HEADCOUNT, employeeToken);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers a KPI view’s figures asked again from the same kept values, until a change', async () => {
    const saved = await post('mutation($i: KpiViewInput!) { saveKpiView(input: $i) { id } }', headToken, {
      i: {
        title: 'Штат',
        filters: { period: { kind: 'year', year: 2026 } },
        widgets: [{ id: 'people', kind: 'number', codes: ['org.headcount'], x: 0, y: 0, w: 4, h: 3 }],
      },
    });
    const id = (saved.body.data as { saveKpiView: { id: string } }).saveKpiView.id;
    const FIGURES = 'query($id: ID!) { kpiViewFigures(id: $id) { widgets { values { value } } } }';
    const value = (body: { data?: unknown }) =>
      (body.data as { kpiViewFigures: { widgets: { values: { value: number }[] }[] } }).kpiViewFigures
        .widgets[0]!.values[0]!.value;
    const first = await post(FIGURES, headToken, { id });
    const second = await post(FIGURES, headToken, { id });
    expect(value(second.body)).toBe(value(first.body));
    expect(second.statements).toBeLessThan(first.statements);
    const em = database.orm.em.fork();
    buildPerson(em, organization.organization, organization.root);
    await em.flush();
    const third = await post(FIGURES, headToken, { id });
    expect(value(third.body)).toBe(value(first.body) + 1);
  });

  it('answers the training completion asked again from the kept report, until a change (ADR 021)', async () => {
    const COMPLETION = '{ trainingCompletion { total { assigned } rows { figures { assigned } } } }';
    const first = await post(COMPLETION, headToken);
    expect(first.body.errors).toBeUndefined();
    const second = await post(COMPLETION, headToken);
    expect(second.body).toEqual(first.body);
    expect(second.statements).toBeLessThan(first.statements);
    const em = database.orm.em.fork();
    buildPerson(em, organization.organization, organization.root);
    await em.flush();
    const third = await post(COMPLETION, headToken);
    expect(third.statements).toBe(first.statements);
  });
});
