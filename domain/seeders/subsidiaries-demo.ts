import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../src/kernel/actor.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { RoleGrant } from '../src/org/role-grant.entity.js';
import { Enrolment } from '../src/training/assignments/assignment.entity.js';
import { createAssignment } from '../src/training/assignments/assignments.js';
import { Question } from '../src/training/bank/question.entity.js';
import { HotlineReport } from '../src/hotline/cases/hotline-report.entity.js';
import type { HotlineOutcome } from '../src/hotline/cases/hotline-report.entity.js';
import { acknowledgeHotlineCase, closeHotlineCase, recordFindings } from '../src/hotline/cases/case-work.js';
import { triageHotlineCase } from '../src/hotline/cases/triage.js';
import { submitHotlineReport } from '../src/hotline/intake/intake.js';
import type { HotlineReportInput } from '../src/hotline/intake/report-input.js';
import type { HotlineKeyring } from '../src/hotline/crypto/keyring.js';
import { SeededRandom } from './random.js';
import { publishDemoCourse, seedAttempt } from './training-demo.js';
import { DEMO_COURSES } from './training-demo-courses.js';

const HOUR = 3_600_000;
/** Enough questions for a test's draw of DRAWN_PER_TEST with a few to spare. */
const SUBSIDIARY_BANK_SIZE = 12;
const DAY = 24 * HOUR;

/**
 * The subsidiary's compliance head as the actor of its demo steps: the one the structure gives
 * the head of its compliance service (holding-structure.ts), the first by e-mail.
 */
async function subsidiaryHead(em: EntityManager, organization: IOrganization): Promise<Actor> {
  const [grant] = await em.find(
    RoleGrant,
    { organization: organization.id, role: 'compliance_head' },
    { populate: ['person'], orderBy: { person: { email: 'asc' } }, limit: 1 },
  );
  if (!grant) throw new Error(`the demo subsidiary ${organization.name} has no compliance head`);
  return {
    personId: grant.person.id,
    organizationId: organization.id,
    roles: ['employee', 'compliance_head'],
  };
}

/**
 * The subsidiary's own yearly anti-corruption course (§5.3, §68), authored and assigned to
 * everyone by its compliance head, and past attempts of about `takers` of its staff, some failed:
 * its training KPIs show real figures in the holding's views. A quarter at most: each attempt
 * keeps its questions as shown, and the demo's size weighs on every test that reads it all.
 */
async function seedSubsidiaryTraining(
  em: EntityManager,
  head: Actor,
  today: Date,
  random: SeededRandom,
  takers: number,
): Promise<number> {
  const general = DEMO_COURSES.find((course) => course.topic === 'general');
  if (!general) throw new Error('the demo has no general course');
  // Its first lesson and the bank's first questions only: the course is there for its figures,
  // and the demo stays small enough for the tests that read all of it.
  const { test, version, courseId } = await publishDemoCourse(
    em,
    head,
    {
      ...general,
      lessons: general.lessons.slice(0, 1),
      questions: general.questions.slice(0, SUBSIDIARY_BANK_SIZE),
    },
    today,
  );
  await createAssignment(
    em,
    head,
    { courseId, audience: 'whole_org', dueOn: `${today.getUTCFullYear()}-12-31`, recurrence: 'yearly' },
    today,
  );
  await em.flush();
  const bank = await em.find(Question, { pool: test.draws[0]?.poolId ?? '' });
  const enrolled = await em.find(
    Enrolment,
    { course: courseId },
    { fields: ['person'], orderBy: { person: { email: 'asc' } } },
  );
  let attempts = 0;
  for (const personId of new Set(enrolled.map((e) => e.person.id))) {
    if (!random.chance(takers)) continue;
    const at = new Date(today.getTime() - random.int(3, 60) * DAY);
    attempts += 1;
    seedAttempt(em, random, test, version, bank, personId, 1, at);
  }
  return attempts;
}

const SUBSIDIARY_REPORTS: readonly HotlineReportInput[] = [
  {
    category: 'corruption',
    what: 'Филиал директоры мердігерден келісімшартқа қол қою үшін ақша талап етті деген ақпарат бар. Мердігердің өкілі мұны әріптестеріне айтқан.',
    anonymous: true,
  },
  {
    category: 'conflict_of_interest',
    what: 'Начальник участка принимает работы у подрядчика, где работает его брат. О конфликте интересов он не сообщал.',
    anonymous: true,
  },
  {
    category: 'policy_violation',
    what: 'Жанармай талондары жүргізушілерге есепсіз беріледі, кейбір талондар жеке көліктерге жұмсалып жүр.',
    anonymous: true,
  },
  {
    category: 'corruption',
    what: 'Кладовщик предлагает поставщику ускорить приёмку товара за вознаграждение. Есть переписка в мессенджере.',
    anonymous: true,
  },
  {
    category: 'law_violation',
    what: 'Сменные операторы работают по 16 часов без оформления сверхурочной работы, табели исправляются задним числом.',
    anonymous: true,
  },
  {
    category: 'conflict_of_interest',
    what: 'Сатып алу комиссиясының мүшесі жеңімпаз серіктестіктің құрылтайшысымен туыс екенін жасырды.',
    anonymous: true,
  },
  {
    category: 'policy_violation',
    what: 'Сотрудники получают подарки от поставщиков к праздникам, в реестр подарков они не вносятся.',
    anonymous: true,
  },
];

/** The checked-and-closed cases: received so many days ago, closed after so many, with this outcome. */
const CLOSED: readonly [number, number, HotlineOutcome][] = [
  [58, 9, 'substantiated'],
  [47, 12, 'partly_substantiated'],
  [39, 6, 'not_substantiated'],
  [31, 14, 'substantiated'],
  [22, 8, 'not_substantiated'],
];

/**
 * A subsidiary's own hotline cases (§69), handled by its compliance head through the use cases:
 * five checked and closed — enough that the small-count rule shows its substantiation rate and
 * median days to close — one in its check and one fresh. None falls on the last two days, so
 * that the figures up to yesterday are not withheld for an edge day of 1 to 4. `shift` moves
 * them a few days so that the two subsidiaries differ. Nothing happens when it already has cases.
 */
async function seedSubsidiaryHotline(
  em: EntityManager,
  organization: IOrganization,
  head: Actor,
  keyring: HotlineKeyring,
  today: Date,
  shift: number,
): Promise<number> {
  if ((await em.count(HotlineReport, { organization: organization.id })) > 0) return 0;
  const ago = (days: number, hours = 0) => new Date(today.getTime() - (days + shift) * DAY - hours * HOUR);
  const [first, second, ...rest] = SUBSIDIARY_REPORTS;
  const texts = [...rest, first, second].filter((text): text is HotlineReportInput => text !== undefined);
  let filed = 0;
  for (const [index, [received, after, outcome]] of CLOSED.entries()) {
    const { reportId } = await submitHotlineReport(
      em,
      keyring,
      organization.id,
      texts[index]!,
      ago(received),
    );
    filed += 1;
    await acknowledgeHotlineCase(em, head, keyring, reportId, ago(received, -5));
    await triageHotlineCase(em, head, keyring, reportId, { scope: 'in_scope' }, ago(received - 1));
    await recordFindings(em, head, keyring, reportId, {
      findings: 'Тексеру жүргізілді, құжаттар мен түсініктемелер жиналды.',
      outcome,
    });
    await closeHotlineCase(
      em,
      head,
      keyring,
      reportId,
      { outcome, messageToReporter: 'Хабарламаңыз тексерілді. Хабарлағаныңыз үшін рахмет.' },
      ago(received - after),
    );
  }
  const inCheck = await submitHotlineReport(em, keyring, organization.id, texts[5]!, ago(9));
  await acknowledgeHotlineCase(em, head, keyring, inCheck.reportId, ago(9, -3));
  await triageHotlineCase(em, head, keyring, inCheck.reportId, { scope: 'in_scope' }, ago(8));
  await submitHotlineReport(em, keyring, organization.id, texts[6]!, ago(3));
  await em.flush();
  return filed + 2;
}

/**
 * The subsidiaries' own KPI data (issue 16: the holding level): each gets its yearly course with
 * attempts and, with the hotline's keys, its own hotline cases, so that the parent company's view
 * side by side and every company's benchmark show figures rather than empty cells.
 */
export async function seedSubsidiariesDemo(
  em: EntityManager,
  subsidiaries: readonly IOrganization[],
  today: Date,
  o: { training: boolean; hotlineKeyring?: HotlineKeyring | undefined },
): Promise<void> {
  for (const [index, subsidiary] of subsidiaries.entries()) {
    const head = await subsidiaryHead(em, subsidiary);
    if (o.training) {
      await seedSubsidiaryTraining(
        em,
        head,
        today,
        new SeededRandom(20_240_700 + index),
        index === 0 ? 0.25 : 0.2,
      );
    }
    if (o.hotlineKeyring)
      await seedSubsidiaryHotline(em, subsidiary, head, o.hotlineKeyring, today, index * 2);
  }
}
