import type { EntityManager } from '@mikro-orm/postgresql';
import { open, seal, type HotlineKeyring } from '../hotline/crypto/keyring.js';
import { SEALED_COLUMNS } from '../hotline/crypto/sealed-fields.js';

/**
 * One table's share of the growth: its rows of the organisation (`root`), or those that refer
 * (`follow`) to a row copied before, are copied with new ids; every reference to a copied row
 * points to the copy of the same round. `set` gives a column of the copy as SQL over the original
 * row `s`, its copy's id `m.clone` and the round `m.copy` (1, 2, …), where a value must stay unique.
 */
interface Growth {
  table: string;
  root?: string;
  follow?: readonly string[];
  /** References that stay as they are: the copy hangs off its original's parent. */
  keep?: readonly string[];
  set?: Readonly<Record<string, string>>;
}

const GROWTHS: readonly Growth[] = [
  // The root unit stays the only one: the copies hang under it.
  { table: 'org_unit', root: 's.parent_id is not null' },
  {
    table: 'person',
    root: 's.id <> all(:keep)',
    set: { email: `'grown' || m.copy || '.' || s.email`, iin: 'null' },
  },
  { table: 'role_grant', follow: ['person_id'] },
  { table: 'course', root: 'true' },
  { table: 'course_version', follow: ['course_id'] },
  { table: 'course_test', follow: ['course_id'] },
  { table: 'question_pool', follow: ['course_id'] },
  { table: 'question', follow: ['pool_id'] },
  { table: 'assignment', root: 'true' },
  { table: 'enrolment', follow: ['assignment_id', 'person_id'] },
  { table: 'attempt', follow: ['person_id'] },
  { table: 'attempt_answer', follow: ['attempt_id'] },
  {
    table: 'certificate',
    follow: ['attempt_id'],
    set: { verification_code: `upper(substr(md5(m.clone::text), 1, length(s.verification_code)))` },
  },
  { table: 'training_session', root: 'true' },
  // The copied people attend the demo's sessions: a session's attendance grows too.
  { table: 'session_attendance', follow: ['person_id'], keep: ['session_id'] },
  {
    table: 'hotline_report',
    root: 'true',
    set: { number: 's.number + 1000 * m.copy', receipt_hash: 'md5(m.clone::text)' },
  },
  { table: 'hotline_message', follow: ['report_id'] },
  { table: 'hotline_note', follow: ['report_id'] },
  { table: 'hotline_case_assignment', follow: ['report_id'] },
  { table: 'hotline_involved_person', follow: ['report_id'] },
  { table: 'hotline_recommendation', follow: ['report_id'] },
  { table: 'hotline_retaliation_assessment', follow: ['report_id'] },
  { table: 'hotline_protection_task', follow: ['report_id'] },
  { table: 'protection_record', follow: ['person_id', 'report_id'] },
  { table: 'hr_action', follow: ['person_id'] },
  { table: 'labour_dispute', follow: ['person_id'] },
  // Each copy's events are about the copies (a case's latest event stays its own). Their chain
  // links no longer verify: the trail's reads count rows, not hashes.
  {
    table: 'audit_event',
    root: 'true',
    set: {
      seq: 's.seq + 100000 * m.copy',
      entity_id: `coalesce((select e.clone::text from grown_row e
                            where e.original::text = s.entity_id and e.copy = m.copy), s.entity_id)`,
    },
  },
];

/**
 * Then more of what hangs off one thing, copied beside the originals (every copy keeps its
 * references): a case's messages, notes, recommendations, past assignments and timeline, and a
 * pool's questions, so that reading one case or one bank returns more rows too.
 */
const BESIDE: readonly Growth[] = [
  { table: 'hotline_message', root: 'true' },
  { table: 'hotline_note', root: 'true' },
  { table: 'hotline_recommendation', root: 'true' },
  // Past assignments: one investigator holds a case once at a time.
  {
    table: 'hotline_case_assignment',
    root: 'true',
    set: { unassigned_at: 'coalesce(s.unassigned_at, s.assigned_at)' },
  },
  { table: 'question', root: 's.retired_at is null' },
  {
    table: 'audit_event',
    root: `s.entity_type = 'HotlineReport'`,
    set: { seq: 's.seq + 1000000 * m.copy' },
  },
];

export interface GrowDemoOptions {
  organizationId: string;
  /** Rounds of copies: 5 makes the organisation's rows six times as many. */
  copies: number;
  /** People not copied: the demo logins, whose own lists grow through the copied assignments. */
  keepPeople: readonly string[];
  /** The keys the demo's hotline texts are sealed with: each copy is sealed again for its own row. */
  hotlineKeyring: HotlineKeyring;
}

async function foreignKeys(tx: EntityManager, table: string): Promise<string[]> {
  const rows = await tx.execute<{ column: string }[]>(
    `select a.attname as column from pg_constraint c
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and c.conrelid = ?::regclass and cardinality(c.conkey) = 1`,
    [table],
  );
  return rows.map((row) => row.column);
}

async function grow(tx: EntityManager, growth: Growth, o: GrowDemoOptions, beside = false): Promise<void> {
  const { table } = growth;
  const followed = (growth.follow ?? []).map((column) => `s.${column}`).join(', ');
  const chosen = [
    ...(growth.root ? [`(s.organization_id = :org and ${growth.root})`] : []),
    ...(followed
      ? [`exists (select 1 from grown_row f where f.copy = g.copy and f.original in (${followed}))`]
      : []),
  ].join(' or ');
  const params = { org: o.organizationId, keep: `{${o.keepPeople.join(',')}}` };
  await tx.execute(
    bind(
      `insert into grown_row (original, copy, clone)
       select s.id, g.copy, gen_random_uuid() from "${table}" s
        cross join generate_series(1, ${o.copies}) g(copy) where ${chosen}`,
      params,
    ),
  );
  const references = beside
    ? []
    : (await foreignKeys(tx, table)).filter((column) => !growth.keep?.includes(column));
  const joins = references.map(
    (column, n) => `left join grown_row f${n} on f${n}.original = s.${column} and f${n}.copy = m.copy`,
  );
  const columns = [
    `'id', m.clone`,
    ...references.map((column, n) => `'${column}', coalesce(f${n}.clone, s.${column})`),
    ...Object.entries(growth.set ?? {}).map(([column, value]) => `'${column}', ${value}`),
  ];
  await tx.execute(
    `insert into "${table}"
     select (jsonb_populate_record(null::"${table}", to_jsonb(s) || jsonb_build_object(${columns.join(', ')}))).*
       from "${table}" s join grown_row m on m.original = s.id ${joins.join(' ')}`,
  );
}

/** Named parameters as SQL literals: the values here are ids and arrays of ids, never input. */
function bind(sql: string, params: Readonly<Record<string, string>>): string {
  return sql.replace(/:(\w+)/g, (whole, name: string) =>
    name in params ? `'${params[name]}'::${name === 'keep' ? 'uuid[]' : 'uuid'}` : whole,
  );
}

/** Each copied sealed text opened under its original's row and sealed again under its own. */
async function reseal(tx: EntityManager, keyring: HotlineKeyring): Promise<void> {
  for (const { table, column, aad } of SEALED_COLUMNS) {
    const rows = await tx.execute<{ id: string; original: string; blob: Buffer }[]>(
      `select c.id, m.original, c."${column}" as blob from "${table}" c
         join grown_row m on m.clone = c.id where c."${column}" is not null`,
    );
    for (const row of rows) {
      const resealed = seal(keyring, open(keyring, row.blob, aad(row.original)), aad(row.id));
      await tx.execute(`update "${table}" set "${column}" = ? where id = ?`, [resealed, row.id], 'run');
    }
  }
}

/**
 * Grows an organisation of the demo set-based: copies of its people (but the logins), units,
 * courses with their versions, tests and question banks, assignments with their enrolments,
 * attempts, certificates, sessions with their attendance, hotline cases with what hangs off
 * them, HR records and audit events, each copy as its original stands; then more of
 * each case's and each question pool's own rows (BESIDE). For measures that compare the demo
 * with a larger organisation of the same shape.
 */
export async function growDemo(em: EntityManager, o: GrowDemoOptions): Promise<void> {
  await em.fork().transactional(async (tx) => {
    await tx.execute(
      'create temporary table grown_row (original uuid, copy int, clone uuid primary key) on commit drop',
    );
    await tx.execute('create index on grown_row (original, copy)');
    for (const growth of GROWTHS) await grow(tx, growth, o);
    await reseal(tx, o.hotlineKeyring);
    await tx.execute('truncate grown_row');
    for (const growth of BESIDE) await grow(tx, growth, o, true);
    await reseal(tx, o.hotlineKeyring);
  });
}
