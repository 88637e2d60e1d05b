import type { MikroORM } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewaySchema } from '../schema.js';
import { callsOf, OPERATION_CALLS } from './access-calls.js';
import { AUDIT_COVERAGE } from './audit-coverage.js';
import { callContext, send } from './call-outcome.js';
import { startDemoGateway, type DemoGateway } from './demo-fixture.js';

let running: DemoGateway;

beforeAll(async () => {
  running = await startDemoGateway();
});

afterAll(async () => {
  await running?.gateway.drop();
});

/** The trail itself, and the migrations' bookkeeping: everything else is the domain's data. */
const NOT_DOMAIN = ['audit_event', 'audit_pending', 'audit_chain_head', 'mikro_orm_migrations'];

/** A checksum of every row of every domain table, by table. */
async function domainChecksums(orm: MikroORM): Promise<Map<string, string>> {
  const em = orm.em.fork();
  const tables = await em.execute<{ table_name: string }[]>(
    `select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> all(?::text[])
      order by table_name`,
    [`{${NOT_DOMAIN.join(',')}}`],
  );
  const sums = await em.execute<{ name: string; sum: string }[]>(
    tables
      .map(
        ({ table_name: table }) =>
          `select '${table}' as name, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from "${table}" t`,
      )
      .join(' union all '),
  );
  return new Map(sums.map(({ name, sum }) => [name, sum]));
}

async function auditEvents(orm: MikroORM): Promise<number> {
  const [row] = await orm.em.fork().execute<{ count: string }[]>('select count(*) as count from audit_event');
  return Number(row?.count ?? 0);
}

const mutations = Object.keys(gatewaySchema({ devLogin: true }).getMutationType()?.getFields() ?? {});

describe('the audit trail covers every change (§75)', () => {
  it('has a scenario or a stated exemption for every mutation of the schema', () => {
    expect(
      mutations.filter((name) => !(name in AUDIT_COVERAGE)),
      'mutations without a decision',
    ).toEqual([]);
    expect(
      Object.keys(AUDIT_COVERAGE).filter((name) => !mutations.includes(name)),
      'not in the schema',
    ).toEqual([]);
    const exemptions = Object.entries(AUDIT_COVERAGE).filter(
      ([, s]) => 'exempt' in s && s.exempt.trim() === '',
    );
    expect(
      exemptions.map(([name]) => name),
      'exemptions without a reason',
    ).toEqual([]);
  });

  it(
    'writes an audit event with every mutation that changes the domain’s data',
    { timeout: 240_000 },
    async () => {
      const { gateway, demo } = running;
      const problems: string[] = [];
      for (const name of Object.keys(OPERATION_CALLS).filter((n) => mutations.includes(n))) {
        const scenario = AUDIT_COVERAGE[name];
        if (!scenario || 'exempt' in scenario) continue;
        const calls = callsOf(OPERATION_CALLS[name] ?? {});
        const targets = Object.keys(calls);
        const target = scenario.target ?? (targets.length === 1 ? targets[0] : undefined);
        const build = target === undefined ? undefined : calls[target];
        if (!build) {
          problems.push(`${name}: no call on "${target ?? 'its only target'}" (${targets.join('; ')})`);
          continue;
        }
        const call = await build(callContext(gateway.yoga, demo, scenario.as));
        const before = await domainChecksums(gateway.orm);
        const eventsBefore = await auditEvents(gateway.orm);
        const { error } = await send(gateway.yoga, demo, scenario.as, call);
        if (error) {
          problems.push(
            `${name} as ${scenario.as} did not succeed: ${error.extensions?.code} ${error.message}`,
          );
          continue;
        }
        const after = await domainChecksums(gateway.orm);
        const changed = [...after]
          .filter(([table, sum]) => before.get(table) !== sum)
          .map(([table]) => table);
        const written = (await auditEvents(gateway.orm)) - eventsBefore;
        if (changed.length > 0 && written === 0) {
          problems.push(`${name} changed ${changed.join(', ')} and wrote no audit event`);
        }
        if (changed.length === 0 && written === 0) {
          problems.push(
            `${name} as ${scenario.as} changed nothing: give it a scenario that does, or an exemption`,
          );
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
