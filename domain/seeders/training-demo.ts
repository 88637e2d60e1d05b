import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../src/audit/record-audit.js';
import type { Actor } from '../src/kernel/actor.js';
import { newId } from '../src/kernel/ids.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { Person } from '../src/org/person.entity.js';
import { AttemptAnswer } from '../src/training/attempt-answer.entity.js';
import { Attempt, type GivenAnswer } from '../src/training/attempt.entity.js';
import { Enrolment } from '../src/training/assignment.entity.js';
import { createAssignment } from '../src/training/assignments.js';
import { newVerificationCode } from '../src/training/certificates.js';
import { Certificate } from '../src/training/certificate.entity.js';
import { createCourseTest } from '../src/training/course-tests.js';
import type { CourseTopic } from '../src/training/course.entity.js';
import { createCourse, publishCourse, type LessonInput } from '../src/training/courses.js';
import { createQuestionPool, importQuestions } from '../src/training/questions.js';
import type { QuestionInput } from '../src/training/question-rows.js';
import { Question, type IQuestion } from '../src/training/question.entity.js';
import { isCorrect, scorePercent } from '../src/training/scoring.js';
import type { ICourseTest } from '../src/training/course-test.entity.js';
import type { ICourseVersion } from '../src/training/course.entity.js';
import type { LocalizedInput } from '../src/training/localized-input.js';
import { SeededRandom } from './random.js';
import { seedTrainingSessionsDemo } from './training-sessions-demo.js';
import {
  CONFLICT_OF_INTEREST_QUESTIONS,
  GENERAL_QUESTIONS,
  PROCUREMENT_QUESTIONS,
} from './training-question-bank.js';

interface DemoCourse {
  topic: CourseTopic;
  title: LocalizedInput;
  description: LocalizedInput;
  lessons: LessonInput[];
  questions: readonly QuestionInput[];
}

const text = (kk: string, ru: string, en: string): LocalizedInput => ({ kk, ru, en });

const COURSES: readonly DemoCourse[] = [
  {
    topic: 'general',
    title: text(
      'Сыбайлас жемқорлыққа қарсы іс-қимыл негіздері',
      'Основы противодействия коррупции',
      'Anti-corruption basics',
    ),
    description: text(
      'Барлық қызметкерлерге арналған жыл сайынғы міндетті курс (§68).',
      'Ежегодный обязательный курс для всех работников (§68).',
      'The yearly mandatory course for every employee (§68).',
    ),
    lessons: [
      {
        kind: 'text',
        title: text('Неге бұл маңызды', 'Почему это важно', 'Why it matters'),
        body: text(
          '<p>Әдеп кодексі, сенім желісі, сыйлықтар мен мүдделер қақтығысы.</p>',
          '<p>Кодекс этики, линия доверия, подарки и конфликт интересов.</p>',
          '<p>The code of ethics, the hotline, gifts and conflicts of interest.</p>',
        ),
      },
      {
        kind: 'link',
        title: text('U4 ресурстық орталығы', 'Ресурсный центр U4', 'U4 Anti-Corruption Resource Centre'),
        url: 'https://www.u4.no/',
      },
      {
        kind: 'link',
        title: text(
          'Базель басқару институты',
          'Базельский институт управления',
          'Basel Institute on Governance',
        ),
        url: 'https://baselgovernance.org/',
      },
    ],
    questions: GENERAL_QUESTIONS,
  },
  {
    topic: 'conflict_of_interest',
    title: text(
      'Мүдделер қақтығысы: жеті типтік жағдай',
      'Конфликт интересов: семь типичных случаев',
      'Conflicts of interest: seven typical cases',
    ),
    description: text(
      'Әдістемелік ұсынымдардың 2-қосымшасындағы жағдайлар мен шаралар (§15, §19).',
      'Случаи и меры из Приложения 2 методических рекомендаций (§15, §19).',
      'The cases and measures of Annex 2 of the methodology (§15, §19).',
    ),
    lessons: [
      {
        kind: 'text',
        title: text('Жеті жағдай', 'Семь случаев', 'Seven cases'),
        body: text(
          '<ol><li>Туыстарға қатысты кадрлық шешімдер</li><li>Туыстардың тікелей бағынысы</li><li>Туыстардан сатып алу</li><li>Олардан тауар қабылдау</li><li>Жария емес ақпаратты пайдалану</li><li>Туысы жұмыс істейтін ұйымды тексеру</li><li>Жеке мүддемен ішкі тергеу</li></ol>',
          '<ol><li>Кадровые решения в отношении родственников</li><li>Прямое подчинение родственников</li><li>Закупки у родственников</li><li>Приёмка товаров от них</li><li>Использование непубличной информации</li><li>Проверка организации, где работает родственник</li><li>Служебное расследование при личной заинтересованности</li></ol>',
          '<ol><li>Personnel decisions about relatives</li><li>Relatives in direct subordination</li><li>Purchasing from relatives</li><li>Accepting goods from them</li><li>Using non-public information</li><li>Inspecting where a relative works</li><li>An internal investigation with a personal interest</li></ol>',
        ),
      },
    ],
    questions: CONFLICT_OF_INTEREST_QUESTIONS,
  },
  {
    topic: 'procurement',
    title: text(
      'Сатып алудағы сыбайлас жемқорлық тәуекелдері',
      'Коррупционные риски в закупках',
      'Corruption risks in procurement',
    ),
    description: text(
      'Сатып алу жөніндегі қызметкерлерге жарты жылда бір рет (§52.3).',
      'Для работников закупок раз в полугодие (§52.3).',
      'For procurement staff every half-year (§52.3).',
    ),
    lessons: [
      {
        kind: 'text',
        title: text('Қызыл жалаулар', 'Красные флаги', 'Red flags'),
        body: text(
          '<p>Бір көзден сатып алу, шартты бөлу, бір жеткізушінің үнемі жеңуі.</p>',
          '<p>Закупки из одного источника, дробление договоров, постоянный победитель.</p>',
          '<p>Single-source purchases, split contracts, the same winner every time.</p>',
        ),
      },
    ],
    questions: PROCUREMENT_QUESTIONS,
  },
];

const DAY_MS = 86_400_000;

/** A closed attempt with `right` correct answers out of the drawn questions, and its certificate if passed. */
function seedAttempt(
  em: EntityManager,
  random: SeededRandom,
  test: ICourseTest,
  version: ICourseVersion,
  bank: readonly IQuestion[],
  personId: string,
  number: number,
  at: Date,
): boolean {
  const drawn = [...bank].sort(() => random.next() - 0.5).slice(0, 10);
  const right = random.int(4, 10);
  const answers: Record<string, GivenAnswer> = Object.fromEntries(
    drawn.map((q, i): [string, GivenAnswer] => {
      const key = q.answerKey;
      if (i < right) return [q.id, 'optionIds' in key ? { optionIds: key.optionIds } : { pairs: key.pairs }];
      const wrong = q.options.find((o) => 'optionIds' in key && !key.optionIds.includes(o.id));
      return [q.id, { optionIds: wrong ? [wrong.id] : [] }];
    }),
  );
  const correct = drawn.filter((q) => isCorrect(q.answerKey, answers[q.id])).length;
  const score = scorePercent(correct, drawn.length);
  const attempt = em.create(Attempt, {
    id: newId(),
    organization: test.organization,
    person: personId,
    test,
    courseVersion: version,
    number,
    status: 'submitted',
    questions: drawn.map((q) => ({
      questionId: q.id,
      kind: q.kind,
      text: q.text,
      options: q.options,
      matches: q.matches ?? null,
    })),
    startedAt: new Date(at.getTime() - 15 * 60_000),
    deadline: null,
    submittedAt: at,
    scorePercent: score,
    passed: score >= test.passMark,
    passMark: test.passMark,
    wrongQuestionIds: drawn.filter((q) => !isCorrect(q.answerKey, answers[q.id])).map((q) => q.id),
  });
  for (const [questionId, answer] of Object.entries(answers)) {
    em.create(AttemptAnswer, {
      organization: test.organization,
      attempt,
      question: questionId,
      answer,
      savedAt: attempt.startedAt,
    });
  }
  if (attempt.passed) {
    em.create(Certificate, {
      organization: test.organization,
      attempt,
      person: personId,
      course: test.course,
      verificationCode: newVerificationCode(),
      scorePercent: score,
      issuedAt: at,
    });
  }
  return attempt.passed === true;
}

/**
 * The training part of the demo (§5.3, §19, §52.3, §68): three published courses with their
 * question banks and tests, the yearly mandatory assignment for everyone, induction for new
 * hires within 3 calendar months, the conflict-of-interest course for managers every half-year, the
 * procurement course for risk-exposed posts every half-year, and past attempts so that the
 * completion figures are not trivial; and the sessions of training-sessions-demo.ts.
 */
export async function seedTrainingDemo(
  em: EntityManager,
  organization: IOrganization,
  trainingAdmin: Actor,
  today: Date,
): Promise<void> {
  const random = new SeededRandom(20_240_611);
  const built: { test: ICourseTest; version: ICourseVersion; courseId: string }[] = [];
  for (const demo of COURSES) {
    const { course } = await createCourse(em, trainingAdmin, demo);
    const pool = await createQuestionPool(em, trainingAdmin, { topic: demo.topic, title: demo.title });
    await em.flush();
    await importQuestions(em, trainingAdmin, { poolId: pool.id, questions: demo.questions });
    const test = await createCourseTest(em, trainingAdmin, {
      courseId: course.id,
      draws: [{ poolId: pool.id, count: 10 }],
      timeLimitMinutes: 20,
      maxAttempts: 3,
    });
    const version = await publishCourse(em, trainingAdmin, { courseId: course.id }, today);
    built.push({ test, version, courseId: course.id });
  }
  const [general, conflicts, procurement] = built as [
    (typeof built)[0],
    (typeof built)[0],
    (typeof built)[0],
  ];
  const year = today.getUTCFullYear();
  const halfYearEnd = today.getUTCMonth() < 6 ? `${year}-06-30` : `${year}-12-31`;
  const assign = (
    courseId: string,
    audience: 'whole_org' | 'new_hires' | 'managers' | 'risk_exposed_positions',
    dueOn: string,
    recurrence: 'once' | 'yearly' | 'half_yearly',
  ) => createAssignment(em, trainingAdmin, { courseId, audience, dueOn, recurrence }, today);
  await assign(general.courseId, 'whole_org', `${year}-12-31`, 'yearly');
  await assign(general.courseId, 'new_hires', `${year}-12-31`, 'once');
  await assign(conflicts.courseId, 'managers', halfYearEnd, 'half_yearly');
  await assign(procurement.courseId, 'risk_exposed_positions', halfYearEnd, 'half_yearly');
  await em.flush();

  // Past attempts inside the current cycles: about half took the general test, some twice.
  let attempts = 0;
  for (const { test, version, courseId } of built) {
    const bank = await em.find(Question, { pool: test.draws[0]?.poolId ?? '' });
    const enrolled = await em.find(Enrolment, { course: courseId }, { fields: ['person', 'windowStart'] });
    const people = [...new Set(enrolled.map((e) => e.person.id))];
    for (const personId of people) {
      if (!random.chance(courseId === general.courseId ? 0.55 : 0.4)) continue;
      const at = new Date(today.getTime() - random.int(1, 60) * DAY_MS);
      attempts += 1;
      const passed = seedAttempt(em, random, test, version, bank, personId, 1, at);
      if (!passed && random.chance(0.5)) {
        attempts += 1;
        seedAttempt(em, random, test, version, bank, personId, 2, new Date(at.getTime() + DAY_MS));
      }
    }
  }
  await seedTrainingSessionsDemo(em, organization, trainingAdmin, today, random);
  await recordAudit(em, null, {
    organizationId: organization.id,
    action: 'training.demo_seeded',
    entityType: 'Organization',
    entityId: organization.id,
    data: { courses: built.length, attempts },
  });
}

/** The parent company's demo training administrator, who authors the demo courses. */
export async function demoTrainingAdmin(
  em: EntityManager,
  organization: IOrganization,
  email: string,
): Promise<Actor> {
  const person = await em.findOneOrFail(Person, { organization: organization.id, email });
  return { personId: person.id, organizationId: organization.id, roles: ['employee', 'training_admin'] };
}
