import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { iinCheckDigit } from '../../org/iin.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  concurrently,
  createTestDatabase,
  outcomes,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { conflictMatches } from '../conflicts/conflict-matches.js';
import { RelatedPerson } from '../relatives/related-person.entity.js';
import { importConflictWatchlist, replaceWatchlist } from './watchlist-import.js';
import { parseWatchlistRows } from './watchlist-rows.js';
import { conflictWatchlists } from './watchlists.js';
import type { WatchlistKind } from './watchlist.entity.js';

// The outside lists the §14 matching reads, loaded from a register's export on the real PostgreSQL.

let db: TestDatabase;
let org: BuiltOrganization;
let officer: Actor;
let employee: IPerson;
let buyer: IPerson;

const NOW = new Date('2026-07-03T05:00:00Z');
const QUARTER = '2026-Q2';

/** A valid 12-digit number whose last digit is the check digit of the first eleven (IIN and BIN alike). */
function withCheckDigit(first11: string): string {
  for (let serial = 0; serial < 100; serial += 1) {
    const head = first11.slice(0, 9) + String(serial).padStart(2, '0');
    const digit = iinCheckDigit(head);
    if (digit !== null) return head + String(digit);
  }
  throw new Error(`no valid number starts ${first11}`);
}
// Born 15 March 1985 (a man of the 1900s: 3) and 1 January 1990.
const BROTHER_IIN = withCheckDigit('85031530001');
const EMPLOYEE_IIN = withCheckDigit('90010130001');
// A limited liability partnership registered in May 2015 (the fifth digit: 4, a legal entity).
const SUPPLIER_BIN = withCheckDigit('15054000001');
const OTHER_BIN = withCheckDigit('18114000001');

function csv(lines: string[]): { filename: string; content: Uint8Array } {
  return { filename: 'list.csv', content: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

const load = (kind: WatchlistKind, file: { filename: string; content: Uint8Array }, actor = officer) =>
  db.orm.em.fork().transactional((em: EntityManager) => importConflictWatchlist(em, actor, kind, file, NOW));

const SUPPLIERS = csv([
  'bin,company,full_name,iin,birth_date,role',
  `${SUPPLIER_BIN},ТОО «Құрылыс Сервис»,Серіков Арман,${BROTHER_IIN},,учредитель`,
  `${SUPPLIER_BIN},ТОО «Құрылыс Сервис»,Омарова Дана,,02.07.1978,директор`,
  `${OTHER_BIN},ТОО «Альфа»,Нурланов Ерлан,${EMPLOYEE_IIN},,founder`,
  `${OTHER_BIN},ТОО «Альфа»,Омарова Дана,,1981-11-11,manager`,
]);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await buildOrganization(em, { kind: 'state_body' });
  const officerPerson = buildPerson(em, org.organization, org.root, { fullName: 'Officer' });
  employee = buildPerson(em, org.organization, org.root, { fullName: 'Нурланов Ерлан', iin: EMPLOYEE_IIN });
  buyer = buildPerson(em, org.organization, org.root, { fullName: 'Серікова Айгүл' });
  // The buyer declared her brother by IIN, her aunt by name and birth date, and a cousin who works at a supplier.
  em.create(RelatedPerson, {
    organization: org.organization,
    person: buyer,
    relation: 'sibling_full',
    fullName: 'Серіков Арман',
    iin: BROTHER_IIN,
    // He works at the supplier he founded: one match says it.
    workplaceBin: SUPPLIER_BIN,
  });
  em.create(RelatedPerson, {
    organization: org.organization,
    person: buyer,
    relation: 'spouse_parent',
    fullName: 'ОМАРОВА  ДАНА',
    birthDate: '1978-07-02',
  });
  em.create(RelatedPerson, {
    organization: org.organization,
    person: buyer,
    relation: 'friend',
    fullName: 'Серіков Бауыржан',
    workplace: 'ТОО «Құрылыс Сервис»',
    workplaceBin: SUPPLIER_BIN,
  });
  await em.flush();
  officer = actorOf(officerPerson, ['employee', 'compliance_officer']);
});

afterAll(async () => {
  await db?.drop();
});

describe('the outside lists of the conflict matching', () => {
  it('refuses a file with every wrong row named, and loads nothing', async () => {
    const bad = csv([
      'bin,company,full_name,iin,birth_date,role',
      `123,ТОО «Бета»,Асанов Асан,${BROTHER_IIN},,founder`,
      `${SUPPLIER_BIN},,Асанов Асан,850315300010,,founder`,
      `${SUPPLIER_BIN},ТОО «Бета»,Асанов Асан,,,партнёр`,
      `${SUPPLIER_BIN},ТОО «Бета»,,,31.02.1980,founder`,
    ]);
    const error = await load('supplier_people', bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const problems = (error as ValidationError).details!['errors'] as {
      row: number;
      column: string;
      messageKey: string;
    }[];
    expect(problems.map((p) => `${p.row}:${p.column}:${p.messageKey}`)).toEqual([
      '2:bin:declarations.watchlist.binInvalid',
      '3:iin:declarations.watchlist.iinInvalid',
      '3:company:declarations.watchlist.companyRequired',
      '4:iin:declarations.watchlist.identityRequired',
      '4:role:declarations.watchlist.roleUnknown',
      '5:full_name:declarations.watchlist.nameRequired',
      '5:birth_date:declarations.watchlist.notDate',
    ]);
    const lists = await conflictWatchlists(db.orm.em.fork(), officer);
    expect(lists.map((l) => [l.kind, l.loaded])).toEqual([
      ['supplier_people', null],
      ['corruption_dismissals', null],
    ]);
  });

  it('refuses a list without a column that tells people apart', async () => {
    const error = await load(
      'corruption_dismissals',
      csv(['full_name,employer', 'Асанов Асан,ГУ «Акимат»']),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details!['first']).toContain('iin or a birth_date');
  });

  it('lets only the responsible unit load a list', async () => {
    await expect(load('supplier_people', SUPPLIERS, actorOf(buyer, ['employee']))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('flags relatives who found, run or work at a supplier, and an employee who founded one; IINs hidden until the memo', async () => {
    const report = await load('supplier_people', SUPPLIERS);
    expect(report).toEqual({ kind: 'supplier_people', entryCount: 4, replaced: 0 });

    const { matches, iinsShown } = await conflictMatches(db.orm.em.fork(), officer, QUARTER);
    expect(iinsShown).toBe(false);
    const seen = matches
      .filter((m) => m.source === 'supplier')
      .map(
        (m) =>
          `${m.declarant.fullName} | ${m.relatedPersonName} | ${m.relation} | ${m.kind} | ${m.listed?.bin} | ${m.listed?.role}`,
      );
    expect(seen.sort()).toEqual(
      [
        // The brother, by IIN, as the founder.
        `Серікова Айгүл | Серіков Арман | sibling_full | same_iin | ${SUPPLIER_BIN} | founder`,
        // The aunt, by name (case and spaces aside) and birth date, as the director — not the other supplier's
        // manager of the same name, born another day.
        `Серікова Айгүл | ОМАРОВА  ДАНА | spouse_parent | same_name_and_birth_date | ${SUPPLIER_BIN} | manager`,
        // The cousin works at the supplier: once, however many people it lists.
        `Серікова Айгүл | Серіков Бауыржан | friend | same_bin | ${SUPPLIER_BIN} | founder`,
        // The employee himself founded the other supplier.
        `Нурланов Ерлан | Нурланов Ерлан | self | same_iin | ${OTHER_BIN} | founder`,
      ].sort(),
    );
    expect(matches.find((m) => m.relation === 'self')).toMatchObject({
      declarant: { id: employee.id },
      relatedPersonId: null,
      employee: null,
      listed: { companyName: 'ТОО «Альфа»', iin: null, row: 4 },
    });
  });

  it('matches the dismissed for corruption, and a new file replaces the list whole', async () => {
    const first = await load(
      'corruption_dismissals',
      csv([
        'full_name,iin,birth_date,dismissed_on,employer',
        `Серіков Арман,${BROTHER_IIN},,2024-05-20,ГУ «Акимат района»`,
        'Басқа Адам,,1970-01-01,2023-01-10,',
      ]),
    );
    expect(first).toEqual({ kind: 'corruption_dismissals', entryCount: 2, replaced: 0 });
    const dismissed = (await conflictMatches(db.orm.em.fork(), officer, QUARTER)).matches.filter(
      (m) => m.source === 'corruption_dismissal',
    );
    expect(dismissed).toEqual([
      expect.objectContaining({
        kind: 'same_iin',
        relatedPersonName: 'Серіков Арман',
        listed: expect.objectContaining({ dismissedOn: '2024-05-20', employer: 'ГУ «Акимат района»' }),
      }),
    ]);

    const second = await load(
      'corruption_dismissals',
      csv(['full_name,birth_date', 'Басқа Адам,1970-01-01']),
    );
    expect(second).toEqual({ kind: 'corruption_dismissals', entryCount: 1, replaced: 2 });
    const after = (await conflictMatches(db.orm.em.fork(), officer, QUARTER)).matches;
    expect(after.filter((m) => m.source === 'corruption_dismissal')).toEqual([]);
    const lists = await conflictWatchlists(db.orm.em.fork(), officer);
    expect(lists.find((l) => l.kind === 'corruption_dismissals')?.loaded).toMatchObject({
      filename: 'list.csv',
      entryCount: 1,
      importedBy: { fullName: 'Officer' },
    });
  });

  it('leaves one whole list when several files are loaded at once', async () => {
    // File i lists i + 2 people, so the count left says which file won, or that files were mixed.
    const files = Array.from(
      { length: 6 },
      (_, i) =>
        parseWatchlistRows('corruption_dismissals', {
          columns: ['full_name', 'birth_date'],
          rows: Array.from({ length: i + 2 }, (_, j) => ({
            row: j + 2,
            values: { full_name: `Адам ${i}-${j}`, birth_date: `1960-01-0${j + 1}` },
          })),
        }).rows,
    );
    const settled = await concurrently(db.orm, files.length, (em, i) =>
      replaceWatchlist(em, officer, 'corruption_dismissals', `list-${i}.csv`, files[i]!, NOW),
    );
    expect(outcomes(settled).rejected).toEqual([]);
    const [{ count } = { count: '0' }] = await db.orm.em.fork().execute<{ count: string }[]>(
      `select count(*) as count from conflict_watchlist_entry e join conflict_watchlist l on l.id = e.watchlist_id
          where l.kind = 'corruption_dismissals'`,
    );
    const lists = await conflictWatchlists(db.orm.em.fork(), officer);
    const loaded = lists.find((l) => l.kind === 'corruption_dismissals')?.loaded;
    // The list holds one file's rows — the one loaded last — and says so.
    expect([2, 3, 4, 5, 6, 7]).toContain(Number(count));
    expect(loaded?.entryCount).toBe(Number(count));
  });
});
