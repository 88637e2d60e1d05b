import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDatabase } from '../src/testing/demo-database.js';
import type { TestDatabase } from '../src/testing/index.js';
import {
  Assignment,
  computeKpiValues,
  Course,
  CourseTest,
  CourseVersion,
  Enrolment,
  Organization,
  Person,
  Question,
  completionReport,
  type Actor,
  type CourseTopic,
  type Lesson,
} from '../src/index.js';
import { DEMO_COURSES } from './training-demo-courses.js';

let db: TestDatabase;
let admin: Actor;

beforeAll(async () => {
  db = await createDemoDatabase();
  const holding = await db.orm.em.fork().findOneOrFail(Organization, { bin: '050140000017' });
  admin = { personId: '', organizationId: holding.id, roles: ['training_admin'] };
});

afterAll(async () => {
  await db?.drop();
});

/** The published lessons of the demo course on a topic. */
async function lessonsOf(topic: CourseTopic): Promise<Lesson[]> {
  const em = db.orm.em.fork();
  const course = await em.findOneOrFail(Course, { organization: admin.organizationId, topic });
  const version = await em.findOneOrFail(CourseVersion, { course: course.id, status: 'published' });
  return version.lessons;
}

const plainText = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('training demo', () => {
  it('publishes four courses, each with a bank in Kazakh, Russian and English, explained, that holds more than its test draws', async () => {
    const em = db.orm.em.fork();
    const courses = await em.find(Course, { organization: admin.organizationId });
    expect(courses.map((c) => c.topic).sort()).toEqual([
      'conflict_of_interest',
      'general',
      'induction',
      'procurement',
    ]);
    const questions = await em.find(Question, { organization: admin.organizationId }, { populate: ['pool'] });
    const tests = await em.find(CourseTest, { organization: admin.organizationId });
    for (const course of courses) {
      const bank = questions.filter((q) => q.pool.topic === course.topic);
      const test = tests.find((t) => t.course.id === course.id);
      const drawn = test?.draws.reduce((sum, draw) => sum + draw.count, 0) ?? 0;
      expect(drawn).toBeGreaterThan(0);
      expect(bank.length).toBeGreaterThanOrEqual(course.topic === 'induction' ? drawn : 20);
      expect(bank.every((q) => q.text.kk && q.text.ru && q.text.en)).toBe(true);
      expect(bank.every((q) => q.options.every((o) => o.text.kk && o.text.ru && o.text.en))).toBe(true);
      // The review after a test says why each right answer is right, citing the methodology.
      expect(bank.filter((q) => !(q.explanation?.kk && q.explanation.ru && q.explanation.en))).toEqual([]);
      expect(bank.every((q) => /§|Annex|Приложение|қосымша/.test(q.explanation?.en ?? ''))).toBe(true);
    }
  });

  it('assigns each course to the audience the methodology names', async () => {
    const em = db.orm.em.fork();
    const assignments = await em.find(
      Assignment,
      { organization: admin.organizationId },
      { populate: ['course'] },
    );
    expect(assignments.map((a) => [a.course.topic, a.audience, a.recurrence]).sort()).toEqual([
      // §19: the typical conflict-of-interest cases for everyone, at least every half-year.
      ['conflict_of_interest', 'whole_org', 'half_yearly'],
      // §68: the mandatory course for every employee within a year.
      ['general', 'whole_org', 'yearly'],
      // §68: induction once, within 3 calendar months of hiring.
      ['induction', 'new_hires', 'once'],
      // §52.3: procurement staff, at least every half-year.
      ['procurement', 'procurement_staff', 'half_yearly'],
    ]);
    expect(assignments.find((a) => a.audience === 'new_hires')?.newHireMonths).toBe(3);
  });

  it('enrols in the procurement course exactly the holders of the procurement posts', async () => {
    const em = db.orm.em.fork();
    const assignment = await em.findOneOrFail(Assignment, {
      organization: admin.organizationId,
      audience: 'procurement_staff',
    });
    const enrolled = await em.find(Enrolment, { assignment: assignment.id }, { populate: ['person'] });
    const procurementStaff = await em.find(Person, {
      organization: admin.organizationId,
      active: true,
      position: { procurementStaff: true },
    });
    expect(procurementStaff.length).toBeGreaterThan(1);
    expect([...new Set(enrolled.map((e) => e.person.id))].sort()).toEqual(
      procurementStaff.map((p) => p.id).sort(),
    );
  });

  it('marks a few senior posts as under the anti-corruption restrictions (§74.3)', async () => {
    const em = db.orm.em.fork();
    const restricted = await em.find(Person, {
      organization: admin.organizationId,
      active: true,
      position: { underRestrictions: true },
    });
    const everyone = await em.count(Person, { organization: admin.organizationId, active: true });
    expect(restricted.length).toBeGreaterThan(1);
    expect(restricted.length).toBeLessThan(everyone / 2);
  });

  it('teaches in the induction the seven things §68 asks new employees to learn, in its order', async () => {
    const lessons = await lessonsOf('induction');
    const titles = lessons.map((lesson) => lesson.title);
    // §68's list, in the Kazakh of the methodology and in English.
    const items: [RegExp, RegExp][] = [
      [/комплаенс бағдарламасы не үшін құрылды/, /why the organisation created/i],
      [/құндылықтар/, /values/i],
      [/сенім желісі және оның мақсаты/i, /hotline and what it is for/i],
      [/сыйлықтар мен қонақжайлылық лимиттері/i, /limits on gifts and hospitality/i],
      [
        /мүдделер қақтығысы туралы қалай және қайда хабарлау/i,
        /how and where to report a conflict of interest/i,
      ],
      [
        /саясаты мен процедураларымен қалай және қайда танысу/i,
        /how and where to read the .*policies and procedures/i,
      ],
      [/комплаенс бойынша сұрақтар/i, /how and where to ask compliance questions/i],
    ];
    expect(titles).toHaveLength(items.length);
    items.forEach(([kk, en], i) => {
      expect(titles[i]?.kk).toMatch(kk);
      expect(titles[i]?.en).toMatch(en);
    });
  });

  it('gives every text lesson a few paragraphs in each language, not one sentence', async () => {
    for (const topic of ['general', 'conflict_of_interest', 'procurement', 'induction'] as const) {
      const texts = (await lessonsOf(topic)).filter((lesson) => lesson.kind === 'text');
      expect(texts.length).toBeGreaterThanOrEqual(3);
      for (const lesson of texts) {
        for (const locale of ['kk', 'ru', 'en'] as const) {
          const html = lesson.body?.[locale] ?? '';
          expect(
            html.match(/<(p|ul|ol)>/g)?.length ?? 0,
            `${topic}: ${lesson.title.en}`,
          ).toBeGreaterThanOrEqual(3);
          expect(plainText(html).length, `${topic}: ${lesson.title.en}`).toBeGreaterThan(500);
          // Each lesson says which paragraphs it retells.
          expect(html, `${topic}: ${lesson.title.en}`).toMatch(/§\d+/);
        }
      }
    }
  });

  it('words the content in the methodology’s own terms and teaches what it says', () => {
    const questions = DEMO_COURSES.flatMap((course) => course.questions);
    const kazakh = [
      ...DEMO_COURSES.flatMap((course) => course.lessons.map((lesson) => lesson.body?.kk ?? '')),
      ...questions.flatMap((q) => [
        q.text.kk ?? '',
        ...q.options.map((o) => `${o.text.kk} ${o.match?.kk ?? ''}`),
      ]),
    ].join('\n');
    // §69 «ішкі тексеру», §15.6 «тең дәрежелі лауазым», §32 «корпоративтік таратулар».
    for (const term of ['ішкі тексеру', 'тең дәрежелі лауазым', 'корпоративтік таратулар'])
      expect(kazakh).toContain(term);
    for (const loan of ['ішкі тергеу', 'баламалы лауазым', 'рассылка']) expect(kazakh).not.toContain(loan);

    const rightAnswers = (kk: string) => {
      const question = questions.find((q) => q.text.kk?.includes(kk));
      return question?.options.filter((o) => o.correct).map((o) => o.text.en) ?? [];
    };
    // Annex 2: persons connected by personal interest are the people besides relatives.
    expect(rightAnswers('жеке мүдделілікпен байланысты өзге адамдарды')).toEqual([
      'A friend',
      'A classmate or fellow student',
      'A former business partner',
      'A colleague',
    ]);
    // §49: single source only in emergency and exceptional cases.
    expect(rightAnswers('Бір көзден тікелей шарт жасасу')).toEqual([
      'Only in emergency and exceptional cases',
    ]);
    // The training plugin's hint names the options «Дұрыс» and «Қате».
    for (const q of questions.filter((q) => q.kind === 'true_false')) {
      expect(q.options.map((o) => o.text.kk)).toEqual(['Дұрыс', 'Қате']);
    }
  });

  it('has non-trivial completion figures and KPIs', async () => {
    const em = db.orm.em.fork();
    const general = await em.findOneOrFail(Course, { organization: admin.organizationId, topic: 'general' });
    const completion = await completionReport(em, admin, { courseId: general.id });
    expect(completion.total.assigned).toBeGreaterThan(50);
    expect(completion.total.passed).toBeGreaterThan(0);
    expect(completion.total.failed + completion.total.notStarted).toBeGreaterThan(0);
    // Without a unit the report covers the root unit, split by its departments for the drill-down.
    expect(completion.rows.length).toBeGreaterThan(1);
    const department = completion.rows[0];
    const drilled = await completionReport(em, admin, {
      courseId: general.id,
      orgUnitId: department?.orgUnitId ?? null,
    });
    expect(drilled.total.assigned).toBe(department?.figures.assigned);
    const [coverage] = await computeKpiValues(em, admin, ['training.coverage'], {});
    expect(coverage?.value).toBeGreaterThan(0);
  });
});
