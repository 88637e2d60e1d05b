import type { Pool } from 'pg';
import type { LocalizedText } from '../../src/kernel/locale.js';
import type { RoleCode } from '../../src/kernel/roles.js';
import { orgUnitPath } from '../../src/org/org-unit.entity.js';
import { kazakhName, transliterate } from '../kazakh-names.js';
import { demoIin } from '../seed-demo.js';
import { bulkInsert } from './bulk-insert.js';
import type { ScaleRandom } from './scale-random.js';

const DAY_MS = 86_400_000;

/** The e-mail domain of the scale holding's people; its sign-ins are `<role>@scale.adal.kz`. */
export const SCALE_EMAIL_DOMAIN = 'scale.adal.kz';

/** The people the benchmarks act as, one per role, in the holding's compliance unit. */
export const SCALE_LOGINS: readonly { email: string; role: RoleCode }[] = [
  { email: `head@${SCALE_EMAIL_DOMAIN}`, role: 'compliance_head' },
  { email: `compliance@${SCALE_EMAIL_DOMAIN}`, role: 'compliance_officer' },
  { email: `trainer@${SCALE_EMAIL_DOMAIN}`, role: 'training_admin' },
  { email: `investigator@${SCALE_EMAIL_DOMAIN}`, role: 'hotline_investigator' },
  { email: `auditor@${SCALE_EMAIL_DOMAIN}`, role: 'auditor' },
  { email: `first@${SCALE_EMAIL_DOMAIN}`, role: 'first_head' },
  { email: `board@${SCALE_EMAIL_DOMAIN}`, role: 'board_member' },
  { email: `admin@${SCALE_EMAIL_DOMAIN}`, role: 'org_admin' },
  { email: `employee@${SCALE_EMAIL_DOMAIN}`, role: 'employee' },
];

/** Investigators besides the sign-in one, among whom the hotline's cases are spread. */
const EXTRA_INVESTIGATORS = 19;

const SUBSIDIARIES: readonly LocalizedText[] = [
  { kk: 'Темір жол тасымалы', ru: 'Железнодорожные перевозки', en: 'Rail transport' },
  { kk: 'Энергия тарату', ru: 'Распределение энергии', en: 'Power distribution' },
  { kk: 'Мұнай-газ сервисі', ru: 'Нефтегазовый сервис', en: 'Oil and gas services' },
  { kk: 'Байланыс', ru: 'Связь', en: 'Telecommunications' },
  { kk: 'Құрылыс', ru: 'Строительство', en: 'Construction' },
];
/** Each subsidiary's share of the people: a dominant operator and smaller companies, as in national holdings. */
const SUBSIDIARY_SHARES = [0.34, 0.24, 0.18, 0.14, 0.1];

const FUNCTIONS: readonly { kk: string; ru: string; en: string; risk: boolean; procurement?: boolean }[] = [
  { kk: 'Қаржы', ru: 'Финансов', en: 'Finance', risk: true },
  { kk: 'Сатып алу', ru: 'Закупок', en: 'Procurement', risk: true, procurement: true },
  { kk: 'Персонал', ru: 'Персонала', en: 'Human resources', risk: true },
  { kk: 'Құқық', ru: 'Правовое', en: 'Legal', risk: false },
  { kk: 'Өндіріс', ru: 'Производства', en: 'Operations', risk: false },
  { kk: 'Ақпараттық технологиялар', ru: 'Информационных технологий', en: 'IT', risk: false },
  { kk: 'Қауіпсіздік', ru: 'Безопасности', en: 'Security', risk: false },
  { kk: 'Логистика', ru: 'Логистики', en: 'Logistics', risk: false },
  { kk: 'Сату', ru: 'Продаж', en: 'Sales', risk: true },
  { kk: 'Техникалық қызмет', ru: 'Технического обслуживания', en: 'Maintenance', risk: false },
];

/** Unit kinds by depth below the subsidiary (levels 3–6 of the tree; the holding is 1). */
const UNIT_KINDS: readonly LocalizedText[] = [
  { kk: 'дирекциясы', ru: 'Дирекция', en: 'directorate' },
  { kk: 'департаменті', ru: 'Департамент', en: 'department' },
  { kk: 'басқармасы', ru: 'Управление', en: 'division' },
  { kk: 'бөлімі', ru: 'Отдел', en: 'section' },
];

const GRADES: readonly LocalizedText[] = [
  { kk: 'Бас маман', ru: 'Главный специалист', en: 'Chief specialist' },
  { kk: 'Жетекші маман', ru: 'Ведущий специалист', en: 'Lead specialist' },
  { kk: 'Маман', ru: 'Специалист', en: 'Specialist' },
  { kk: 'Сарапшы', ru: 'Эксперт', en: 'Expert' },
  { kk: 'Инженер', ru: 'Инженер', en: 'Engineer' },
  { kk: 'Оператор', ru: 'Оператор', en: 'Operator' },
];

export interface ScaleUnit {
  id: string;
  path: string;
  level: number;
  subsidiary: number;
  function: number;
  headId: string | null;
}

export interface ScalePosition {
  id: string;
  risk: boolean;
  procurement: boolean;
  restricted: boolean;
  manager: boolean;
}

export interface ScalePerson {
  id: string;
  unit: ScaleUnit;
  position: ScalePosition;
  hiredOn: string;
  active: boolean;
  leftOn: string | null;
}

export interface ScaleOrg {
  organizationId: string;
  units: ScaleUnit[];
  people: ScalePerson[];
  /** The sign-in people by role, and the hotline's investigators. */
  logins: Map<RoleCode, string>;
  investigators: string[];
  grants: { personId: string; role: RoleCode }[];
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The holding's structure (a tree of depth 6: the holding, its five subsidiaries, then directorates,
 * departments, divisions and sections, about one unit per 25 people) with its posts (about 15 %
 * exposed to corruption risk, §9; procurement posts, §52.3; posts under the restrictions, §74.3)
 * and people (a few per cent hired in the last three months, §68; about 3 % who left in the last
 * year), all inserted set-based.
 */
export async function seedScaleOrg(
  pool: Pool,
  random: ScaleRandom,
  o: { people: number; today: Date },
): Promise<ScaleOrg> {
  const organizationId = random.uuid();
  const createdAt = new Date(o.today.getTime() - 400 * DAY_MS);
  await pool.query(
    `insert into organization (id, name, short_name, bin, kind, parent_id, created_at, names)
     values ($1, $2, $3, $4, 'quasi_public', null, $5, $6)`,
    [
      organizationId,
      'Ұлттық холдинг',
      'ҰХ',
      String(random.int(10 ** 11, 10 ** 12 - 1)),
      createdAt,
      { kk: 'Ұлттық холдинг', ru: 'Национальный холдинг', en: 'National holding' },
    ],
  );

  // Units: the root, the subsidiaries, and four levels below each, ~people/25 in all.
  const unitTarget = Math.max(30, Math.round(o.people / 25));
  const units: ScaleUnit[] = [];
  const unitRows: unknown[][] = [];
  const addUnit = (
    parent: ScaleUnit | null,
    level: number,
    subsidiary: number,
    fn: number,
    names: LocalizedText,
  ) => {
    const id = random.uuid();
    const unit: ScaleUnit = {
      id,
      path: orgUnitPath(parent?.path ?? null, id),
      level,
      subsidiary,
      function: fn,
      headId: null,
    };
    units.push(unit);
    unitRows.push([
      id,
      organizationId,
      parent?.id ?? null,
      unit.path,
      names.kk,
      `U${units.length}`,
      createdAt,
      names,
    ]);
    return unit;
  };
  const root = addUnit(null, 1, -1, -1, {
    kk: 'Ұлттық холдинг',
    ru: 'Национальный холдинг',
    en: 'National holding',
  });
  SUBSIDIARIES.forEach((names, s) => {
    const top = addUnit(root, 2, s, -1, names);
    const budget = Math.max(4, Math.round((unitTarget - 6) * SUBSIDIARY_SHARES[s]!));
    // Levels 3..6 grow geometrically (×6 a level), as a real structure widens downwards.
    const weights = [1, 6, 36, 216];
    const sum = weights.reduce((a, b) => a + b, 0);
    let previous = [top];
    weights.forEach((weight, depth) => {
      const count = Math.max(1, Math.round((budget * weight) / sum));
      const level: ScaleUnit[] = [];
      for (let i = 0; i < count; i += 1) {
        const parent = previous[i % previous.length]!;
        const fn = parent.function >= 0 ? parent.function : random.int(0, FUNCTIONS.length - 1);
        const f = FUNCTIONS[fn]!;
        const kind = UNIT_KINDS[depth]!;
        const n = i + 1;
        level.push(
          addUnit(parent, depth + 3, s, fn, {
            kk: `${f.kk} ${kind.kk} ${n}`,
            ru: `${kind.ru} ${f.ru.toLowerCase()} ${n}`,
            en: `${f.en} ${kind.en} ${n}`,
          }),
        );
      }
      previous = level;
    });
  });
  await bulkInsert(
    pool,
    'org_unit',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['parent_id', 'uuid'],
      ['path', 'text'],
      ['name', 'text'],
      ['code', 'text'],
      ['created_at', 'timestamptz'],
      ['names', 'jsonb'],
    ],
    unitRows,
  );

  // Posts: per function a head's post and each grade; risk follows the function (~15 % of people).
  const positions: { fn: number; manager: boolean; position: ScalePosition }[] = [];
  const positionRows: unknown[][] = [];
  FUNCTIONS.forEach((f, fn) => {
    const titles: [LocalizedText, boolean][] = [
      [
        {
          kk: `${f.kk} бөлімшесінің басшысы`,
          ru: `Руководитель подразделения ${f.ru.toLowerCase()}`,
          en: `Head of ${f.en}`,
        },
        true,
      ],
      ...GRADES.map((g): [LocalizedText, boolean] => [
        {
          kk: `${g.kk} (${f.kk.toLowerCase()})`,
          ru: `${g.ru} (${f.ru.toLowerCase()})`,
          en: `${g.en} (${f.en})`,
        },
        false,
      ]),
    ];
    titles.forEach(([title, manager], g) => {
      const position: ScalePosition = {
        id: random.uuid(),
        // The risky functions' heads and senior grades carry the exposure.
        risk: f.risk && (manager || g <= 2),
        procurement: f.procurement === true && g <= 3,
        restricted: manager,
        manager,
      };
      positions.push({ fn, manager, position });
      positionRows.push([
        position.id,
        organizationId,
        title.kk,
        position.risk,
        createdAt,
        title,
        position.procurement,
        position.restricted,
      ]);
    });
  });
  await bulkInsert(
    pool,
    'position',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['title', 'text'],
      ['exposed_to_corruption_risk', 'boolean'],
      ['created_at', 'timestamptz'],
      ['titles', 'jsonb'],
      ['procurement_staff', 'boolean'],
      ['under_restrictions', 'boolean'],
    ],
    positionRows,
  );

  // People: a head for every unit, the rest spread over the lower units.
  const people: ScalePerson[] = [];
  const personRows: unknown[][] = [];
  const emails = new Set<string>();
  const lower = units.filter((u) => u.level >= 4);
  const byUnit = new Map(units.map((u) => [u.id, u]));
  const postOf = (unit: ScaleUnit, manager: boolean): ScalePosition => {
    const fn = unit.function >= 0 ? unit.function : 3;
    const candidates = positions.filter((p) => p.fn === fn && p.manager === manager);
    return random.pick(candidates).position;
  };
  const addPerson = (unit: ScaleUnit, manager: boolean, email?: string) => {
    const name = kazakhName(random);
    const age = random.int(23, 62);
    const birth = new Date(Date.UTC(o.today.getUTCFullYear() - age, random.int(0, 11), random.int(1, 28)));
    let address = email;
    if (!address) {
      const base = `${transliterate(name.firstName).slice(0, 1)}.${transliterate(name.surname)}`;
      address = `${base}@${SCALE_EMAIL_DOMAIN}`;
      for (let n = 2; emails.has(address); n += 1) address = `${base}${n}@${SCALE_EMAIL_DOMAIN}`;
    }
    emails.add(address);
    const daysAgo = random.chance(0.04) ? random.int(3, 88) : random.int(120, 9000);
    const hiredOn = isoDay(new Date(o.today.getTime() - daysAgo * DAY_MS));
    const leaves = !manager && !email && random.chance(0.03);
    const leftOn = leaves
      ? isoDay(new Date(o.today.getTime() - random.int(1, Math.min(360, daysAgo)) * DAY_MS))
      : null;
    const position = postOf(unit, manager);
    const parentHead = unit.path
      .split('/')
      .filter(Boolean)
      .slice(0, -1)
      .map((id) => byUnit.get(id)?.headId)
      .filter(Boolean)
      .pop();
    const person: ScalePerson = { id: random.uuid(), unit, position, hiredOn, active: !leaves, leftOn };
    people.push(person);
    const roll = random.next();
    personRows.push([
      person.id,
      organizationId,
      name.fullName,
      address,
      demoIin(random, birth, name.sex),
      roll < 0.55 ? 'kk' : roll < 0.95 ? 'ru' : 'en',
      unit.id,
      position.id,
      manager ? (parentHead ?? null) : unit.headId,
      hiredOn,
      person.active,
      createdAt,
      leftOn,
    ]);
    if (manager) unit.headId = person.id;
    return person;
  };
  for (const unit of units) addPerson(unit, true);
  const compliance = units.find((u) => u.level === 2)!;
  const logins = new Map<RoleCode, string>();
  const grants: { personId: string; role: RoleCode }[] = [];
  for (const login of SCALE_LOGINS) {
    const person = addPerson(compliance, false, login.email);
    logins.set(login.role, person.id);
    grants.push({ personId: person.id, role: login.role });
  }
  const investigators = [logins.get('hotline_investigator')!];
  for (let i = 0; i < EXTRA_INVESTIGATORS; i += 1) {
    const person = addPerson(compliance, false);
    investigators.push(person.id);
    grants.push({ personId: person.id, role: 'hotline_investigator' });
  }
  while (people.length < o.people) addPerson(random.pick(lower), false);
  await bulkInsert(
    pool,
    'person',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['full_name', 'text'],
      ['email', 'text'],
      ['iin', 'text'],
      ['locale', 'text'],
      ['org_unit_id', 'uuid'],
      ['position_id', 'uuid'],
      ['manager_id', 'uuid'],
      ['hired_at', 'date'],
      ['active', 'boolean'],
      ['created_at', 'timestamptz'],
      ['left_on', 'date'],
    ],
    personRows,
  );
  // A compliance officer in each subsidiary, besides the holding's own (§5).
  for (const top of units.filter((u) => u.level === 2)) {
    if (top.headId) grants.push({ personId: top.headId, role: 'compliance_officer' });
  }
  await bulkInsert(
    pool,
    'role_grant',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['person_id', 'uuid'],
      ['role', 'text'],
      ['granted_at', 'timestamptz'],
    ],
    grants.map((g) => [random.uuid(), organizationId, g.personId, g.role, createdAt]),
  );
  return { organizationId, units, people, logins, investigators, grants };
}
