import type { EntityManager } from '@adal/domain';
import {
  addCalendarDays,
  addCultureEvidence,
  DEMO_LOGINS,
  ROLE_CODES,
  kazakhstanDay,
  currentQuarter as thisQuarter,
  UNDERTAKING_VERSION,
  type RoleCode,
  uploadLessonFile,
  resolvePeriod,
  type ViewPeriodChoice,
} from '@adal/domain';
import { createDemoDatabase, DEMO_HOTLINE_KEYRING } from '@adal/domain/testing/demo';
import { freshClient, pdfFile, submitReport, WHAT } from '../testing/hotline-operations.js';
import { devLoginToken, graphqlRequest } from '../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';
import type { GatewayYoga } from '../yoga.js';

/** Everyone the matrix calls as: the demo login of each role, and nobody. */
export type Caller = RoleCode | 'anonymous';

export const CALLERS: readonly Caller[] = ['anonymous', ...ROLE_CODES];

export interface OpenAttempt {
  id: string;
  questionId: string;
  optionId: string;
}

/**
 * The demo data the operations are called on: the parent company's logins and the ids their
 * calls name, read from the demo seed and from a few things added here the way people add them.
 */
/** An optional custom question of the category `other`, which no other call's report uses. */
export const INTAKE_QUESTION = { category: 'other', kind: 'yes_no', required: false } as const;

export interface DemoFixture {
  organizationId: string;
  /** A direct subsidiary of the demo's parent company (issue 16: the holding level). */
  subsidiaryId: string;
  /** The person behind each role's demo login. */
  personIds: Readonly<Record<RoleCode, string>>;
  tokens: Readonly<Record<RoleCode, string>>;
  /** Staff without a login: the person the closed demo case names, and three whom no case names. */
  staff: {
    named: string;
    /** Protected from the interim case. */
    protectedPerson: string;
    unprotectedPerson: string;
    unprotectedPersonEmail: string;
    /** Protected from the case that names the compliance head. */
    protectedFromCaseNamingHead: string;
    /** Nobody protects them yet: for a grant of protection. */
    toProtect: string;
    /** For the administrator's changes (an edit, a role, a deactivation); no other call uses them. */
    spare: string;
    spareUnitId: string;
    /** A person of another demo organisation, whom this one's administrator must not find. */
    ofAnotherOrganization: string;
  };
  /** The demo hotline cases, by what the demo made of them (seeders/hotline-demo.ts). */
  cases: {
    /** New, unassigned, not acknowledged. */
    fresh: string;
    /** New and unassigned, its acknowledgement overdue. */
    overdue: string;
    /** Assigned to the investigator; the reporter answered a question. */
    question: string;
    /** An open (named) reporter's phone report, assigned to the investigator, in its check. */
    interim: string;
    /** Names a compliance head: the board member, as alternate handler, runs it with the investigator. */
    aboutHead: string;
    /** Entered here and assigned to the investigator, for her declaration of a conflict of interest alone. */
    conflict: string;
  };
  /** The receipt of a report filed here anonymously with a file (unassigned), and that file's id. */
  receipt: string;
  reporterFileId: string;
  training: {
    /** The yearly course for everyone: every demo login is enrolled. */
    generalCourseId: string;
    generalTestId: string;
    generalPoolId: string;
    /** The first lesson of the yearly course's published version. */
    generalLessonId: string;
    /** A course created here and never saved since (revision 0): for a save of its draft. */
    draftCourseId: string;
    /** A PDF uploaded for a lesson of the yearly course. */
    lessonFileId: string;
    /** The procurement course, which the fixture assigns to the first heads: of the demo logins, only first@ takes it. */
    assignedTestId: string;
    assignedCourseId: string;
    assignedLessonId: string;
    /** A passed attempt's certificate, of someone without a login. */
    certificateCode: string;
    /** A submitted attempt of someone without a login. */
    othersAttemptId: string;
    /** A pool added to the yearly course's bank, not drawn by its test, with two questions of its own. */
    bankPoolId: string;
    /** A question of that pool that the calls edit, and one that they retire. */
    bankQuestionId: string;
    spareQuestionId: string;
    /** An empty pool of the same bank, for the calls that delete one. */
    emptyPoolId: string;
    /** The seminar the demo held, with its attendance. */
    heldSessionId: string;
    heldSessionDay: string;
    /** An assignment for the matrix to edit, extend, remind and, last, deactivate: the general course for board members. */
    changeableAssignmentId: string;
    /** Someone that assignment enrolled. */
    changeableEnrolledPersonId: string;
  };
  /** Each login's open attempt at the general test, started here. */
  openAttempts: Readonly<Record<RoleCode, OpenAttempt>>;
  /** A relative each login declared here (§13). */
  relatedPersons: Readonly<Record<RoleCode, string>>;
  /** Disclosures of the interim case's reporter to the compliance officer: asked by the investigator, and by the compliance head. */
  disclosures: { byInvestigator: string; byHead: string };
  /** A recommendation on the interim case that the employee owns. */
  employeesRecommendationId: string;
  /**
   * Open protection tasks of a case entered here and triaged at a high risk of retaliation (ISO
   * 37002 §8.4): one the compliance officer owns, one the compliance head owns.
   */
  protectionTasks: { officers: string; heads: string };
  hrActions: {
    /** Against a person protected from the interim case: flagged to the compliance head. */
    flagged: string;
    /** Against a person nobody protects: for HR alone. */
    unflagged: string;
    /** Against a person protected from the case that names the compliance head: hidden from her. */
    flaggedFromCaseNamingHead: string;
  };
  labourDisputeId: string;
  /** A gift the employee received and declared (undecided, not handed over), and her request to accept an invitation. */
  gifts: { declaredId: string; preApprovalId: string };
  /** Conflict-of-interest notifications (§15), each waiting at one step. */
  conflicts: {
    /** The employee's, waiting for their manager (a person without a login) to forward it. */
    notified: string;
    /** The compliance officer's, waiting for her manager, the compliance head, to forward it. */
    toForward: string;
    /** The employee's, forwarded: waiting for the responsible unit's conclusion. */
    toConclude: string;
    /** The employee's, concluded a conflict: waiting for the first head's decision. */
    toDecide: string;
    /** The employee's, decided a transfer to an equivalent post: waiting for it to be recorded. */
    toTransfer: string;
  };
  /** One of the organisation's own days off for each caller to remove: whoever removes one first leaves the others theirs. */
  holidayIds: Readonly<Record<RoleCode, string>>;
  /** An optional question of the category `other` per role, for that role's changes to it. */
  intakeQuestionIds: Readonly<Record<RoleCode, string>>;
  /** §72: the demo's campaigns, and a supplier's link made here. */
  campaigns: {
    /** This year's, for everyone: every demo login is asked. */
    yearlyId: string;
    /** The tender commission's, past its deadline with members overdue; no demo login is asked. */
    commissionId: string;
    /** A potential supplier's one-time link and the BIN it was issued for. */
    supplierToken: string;
    supplierBin: string;
    /** Another supplier's link, for its page. */
    pageSupplierToken: string;
  };
  /** §68: the demo's culture surveys (seeders/culture-survey-demo.ts). */
  surveys: {
    /** Open for everyone: every demo login is asked and none has answered. */
    pulseId: string;
    /** Its questions, for the answers the calls send. */
    pulseQuestions: readonly { id: string; kind: 'likert' | 'text' }[];
    /** Open for the procurement department: no demo login is asked. */
    procurementId: string;
    /** Closed, with most of the staff's answers: results to read. */
    closedId: string;
    /** A draft, for the calls that open it. */
    draftId: string;
  };
  /** The financial-declaration demo (seeders/financial-demo.ts). */
  financial: {
    rootUnitId: string;
    /** The employee's notice of the duty to declare, not yet sent. */
    employeeNoticeId: string;
    /** A declarant of finance whose account abroad last year's check found. */
    accountantId: string;
    findingId: string;
    /** The request two years back, waiting for its answer. */
    unansweredRequestId: string;
  };
  /**
   * The culture chapter's demo: the plans (seeders/culture-plan-demo.ts) — this year's in execution,
   * next year's submitted — and the materials library (seeders/culture-materials-demo.ts), with what
   * is made here.
   */
  culture: {
    year: number;
    currentPlanId: string;
    nextPlanId: string;
    /** This year's second procurement training, overdue, which HR answers for. */
    hrActivityId: string;
    /** An activity reported done: it is cancelled rather than removed. */
    reportedActivityId: string;
    /** A link on the HR activity per role's demo login, for that caller to remove. */
    evidenceIds: Readonly<Record<RoleCode, string>>;
    /** A photo on the HR activity, served as a file. */
    photoEvidenceId: string;
    /** The plan of two years back, entered here as a draft with one activity. */
    draftPlanId: string;
    draftActivityId: string;
    /** An activity of that draft per planner's demo login, for that caller to remove. */
    removableActivityIds: Readonly<Partial<Record<RoleCode, string>>>;
    /** The memo on conflicts of interest, for everyone, asking for acknowledgement. */
    memoId: string;
    /** The draft presentation with its PDF, for the first head and the board once published. */
    presentationId: string;
    /** The published policy booklet, for a withdrawal. */
    bookletId: string;
    /** A draft written here, for a publication. */
    toPublishId: string;
  };
  /** §73: the self-assessment demo (seeders/compliance-self-assessment-demo.ts). */
  selfAssessment: SelfAssessmentFixture;
  /** §9.3–§11: the demo's mitigation plans and public page (seeders/compliance-mitigation-demo.ts). */
  compliance: ComplianceFixture;
  /** §64–§66: the demo's programme and initial assessment (seeders/compliance-programme-demo.ts). */
  programme: ProgrammeFixture;
  /** §69, §74: the compliance head's view shared with the first head and the board (seeders/kpi-views-demo.ts). */
  kpiViews: KpiViewsFixture;
}

export interface KpiViewsFixture {
  viewId: string;
  version: number;
  /** The view's first widget, for a comment. */
  widgetId: string;
  /** The view's period, for a comment and a sign-off. */
  periodKey: string;
  /** The first head: a person of the organisation to share it with. */
  firstHeadId: string;
  /** A view of the compliance head's own, made here, for a deletion. */
  spareViewId: string;
}

export interface ProgrammeFixture {
  year: number;
  /** Today in Kazakhstan (YYYY-MM-DD): a presentation held today. */
  today: string;
  programmeId: string;
  /** The leadership item, at its first version, for an edit. */
  editItemId: string;
  editItemVersion: number;
  /** The compliance officer's item due within days, for a report. */
  dueItemId: string;
  /** This year's assessment, in progress, with the interviews (§64.13) still to answer. */
  assessmentId: string;
  /** The answer on the trust line (§64.5), for a risk drawn from it. */
  answerId: string;
}

export interface SelfAssessmentFixture {
  /** This quarter (YYYY-Qn), not drawn yet; last quarter, drawn. */
  currentQuarter: string;
  lastQuarter: string;
  /** The process begun this quarter: never drawn in the demo, so archiving it changes no draw. */
  newProcessId: string;
  /** Last quarter's first drawn process, its finding and HR's overdue improvement. */
  drawnProcessId: string;
  findingId: string;
  openItemId: string;
}

export interface ComplianceFixture {
  year: number;
  /** This year's plan, a draft waiting for the first head, unpublished. */
  planId: string;
  /** Its measure not done whose deadline passed. */
  overdueMeasureId: string;
  /** A published risk, and the commercial one that may never be. */
  publishedRiskId: string;
  confidentialRiskId: string;
  /** The proposal not answered yet. */
  newProposalId: string;
  slug: string;
  /** §69: last year's report to the board, submitted; this year's first half-year, a draft. */
  submittedReportId: string;
  draftReportId: string;
  /** §74.2: this year's management plan (the first head) and its activity. */
  managementPlanId: string;
  managementActivityId: string;
}

type CulturePlanFixture = Omit<
  DemoFixture['culture'],
  'memoId' | 'presentationId' | 'bookletId' | 'toPublishId'
>;
type CultureMaterialsFixture = Pick<
  DemoFixture['culture'],
  'memoId' | 'presentationId' | 'bookletId' | 'toPublishId'
>;

export interface DemoGateway {
  gateway: TestGateway;
  demo: DemoFixture;
}

function loginOf(role: RoleCode): string {
  const login = DEMO_LOGINS.find((l) => l.role === role);
  if (!login) throw new Error(`The demo has no ${role} login`);
  return login.email;
}

/** A setup call that must succeed: its data, or an error naming what failed. */
async function must<TData>(
  yoga: GatewayYoga,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<TData> {
  const { body } = await graphqlRequest<TData>(yoga, {
    query,
    variables,
    headers: freshClient(),
    ...(token ? { token } : {}),
  });
  if (!body.data || body.errors) throw new Error(`setup failed: ${query}\n${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * The n-th weekday of September next year (from 0): a day the organisation may add as a day off,
 * in a month without national holidays.
 */
export function weekdayNextYear(n: number): string {
  const day = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 8, 1));
  for (let left = n; ; day.setUTCDate(day.getUTCDate() + 1)) {
    const weekday = day.getUTCDay() !== 0 && day.getUTCDay() !== 6;
    if (weekday && left === 0) return day.toISOString().slice(0, 10);
    if (weekday) left -= 1;
  }
}

/** Today in Kazakhstan, as the domain counts days: never a day in its future. */
export function today(): string {
  return kazakhstanDay(new Date());
}

/**
 * A fresh database with the demo (its hotline cases sealed with the gateway's keys), the gateway
 * over it trusting one proxy (so that each anonymous call can come from an address of its own),
 * and the fixture's own additions.
 */
export async function startDemoGateway(): Promise<DemoGateway> {
  const gateway = await createTestGateway({ hotlineKeyring: DEMO_HOTLINE_KEYRING, trustProxy: 1 }, () =>
    createDemoDatabase({ hotline: true }),
  );
  try {
    return { gateway, demo: await prepareFixture(gateway) };
  } catch (error) {
    await gateway.drop();
    throw error;
  }
}

async function prepareFixture(gateway: TestGateway): Promise<DemoFixture> {
  const { yoga } = gateway;
  const em = gateway.orm.em.fork();
  const sql = async <T>(query: string, params: unknown[] = []): Promise<T> => {
    const [row] = await em.execute<T[]>(query, params);
    if (!row) throw new Error(`setup found nothing: ${query}`);
    return row;
  };

  const tokens = {} as Record<RoleCode, string>;
  const personIds = {} as Record<RoleCode, string>;
  for (const role of ROLE_CODES) {
    tokens[role] = await devLoginToken(yoga, loginOf(role));
    const { id } = await sql<{ id: string }>('select id from person where email = ?', [loginOf(role)]);
    personIds[role] = id;
  }
  const { organization_id: organizationId } = await sql<{ organization_id: string }>(
    'select organization_id from person where id = ?',
    [personIds.compliance_head],
  );
  const loginIds = Object.values(personIds);

  // The demo's cases, newest first: fresh (3 hours), about the head (1 day), overdue (2 days),
  // out of scope (3), question (6), interim (12), closed (40).
  const reports = await em.execute<{ id: string; channel: string }[]>(
    'select id, channel from hotline_report where organization_id = ? order by received_at desc',
    [organizationId],
  );
  const [fresh, aboutHead, overdue, , question, interim] = reports;
  if (reports.length !== 7 || !fresh || !aboutHead || !overdue || !question || interim?.channel !== 'phone') {
    throw new Error(`The demo hotline changed; update demo-fixture.ts: ${JSON.stringify(reports)}`);
  }
  const { person_id: named } = await sql<{ person_id: string }>(
    `select ip.person_id from hotline_involved_person ip join hotline_report r on r.id = ip.report_id
      where r.status = 'closed' and ip.organization_id = ?`,
    [organizationId],
  );
  // Staff without a login whom no case names.
  const others = await em.execute<{ id: string; email: string; org_unit_id: string }[]>(
    `select p.id, p.email, p.org_unit_id from person p
      where p.organization_id = ? and p.manager_id is not null
        and p.id <> all(?::uuid[]) and p.id <> ?
      order by p.full_name limit 5`,
    [organizationId, `{${loginIds.join(',')}}`, named],
  );
  const [protectedPerson, unprotectedPerson, protectedFromCaseNamingHead, toProtect, spare] = others.map(
    (o) => o.id,
  );
  const unprotectedPersonEmail = others[1]?.email;
  const spareUnitId = others[4]?.org_unit_id;
  if (
    !protectedPerson ||
    !protectedFromCaseNamingHead ||
    !toProtect ||
    !spare ||
    !spareUnitId ||
    !unprotectedPerson ||
    !unprotectedPersonEmail
  ) {
    throw new Error('setup found too few staff');
  }
  const { id: ofAnotherOrganization } = await sql<{ id: string }>(
    'select id from person where organization_id <> ? order by email limit 1',
    [organizationId],
  );

  // Training: the demo's courses by topic, a certificate and an attempt of people without a login.
  const course = (topic: string) =>
    sql<{ course_id: string; test_id: string; lesson_id: string }>(
      `select c.id as course_id, t.id as test_id, v.lessons -> 0 ->> 'id' as lesson_id
         from course c join course_test t on t.course_id = c.id
         join course_version v on v.course_id = c.id and v.status = 'published'
        where c.organization_id = ? and c.topic = ?`,
      [organizationId, topic],
    );
  const general = await course('general');
  const procurement = await course('procurement');
  const { id: generalPoolId } = await sql<{ id: string }>(
    `select id from question_pool where organization_id = ? and topic = 'general'`,
    [organizationId],
  );
  const { verification_code: certificateCode } = await sql<{ verification_code: string }>(
    'select verification_code from certificate where organization_id = ? and person_id <> all(?::uuid[]) limit 1',
    [organizationId, `{${loginIds.join(',')}}`],
  );
  const { id: othersAttemptId } = await sql<{ id: string }>(
    'select id from attempt where organization_id = ? and person_id <> all(?::uuid[]) limit 1',
    [organizationId, `{${loginIds.join(',')}}`],
  );
  const { id: heldSessionId, held_on: heldOn } = await sql<{ id: string; held_on: string | Date }>(
    `select id, held_on from training_session where organization_id = ? and kind = 'seminar' and status = 'held'`,
    [organizationId],
  );
  const heldSessionDay = typeof heldOn === 'string' ? heldOn.slice(0, 10) : heldOn.toISOString().slice(0, 10);

  // A course some demo logins take and others not: the procurement course, assigned to first heads.
  await must(
    yoga,
    tokens.training_admin,
    'mutation($i: CreateTrainingAssignmentInput!) { createTrainingAssignment(input: $i) { id } }',
    {
      i: {
        courseId: procurement.course_id,
        audience: 'role',
        role: 'first_head',
        dueOn: `${new Date().getUTCFullYear() + 1}-06-30`,
        recurrence: 'once',
      },
    },
  );

  const { createTrainingAssignment: changeable } = await must<{ createTrainingAssignment: { id: string } }>(
    yoga,
    tokens.training_admin,
    'mutation($i: CreateTrainingAssignmentInput!) { createTrainingAssignment(input: $i) { id } }',
    {
      i: {
        courseId: general.course_id,
        audience: 'role',
        role: 'board_member',
        dueOn: `${new Date().getUTCFullYear() + 1}-06-30`,
        recurrence: 'once',
      },
    },
  );
  const { person_id: changeableEnrolledPersonId } = await sql<{ person_id: string }>(
    'select person_id from enrolment where assignment_id = ? limit 1',
    [changeable.id],
  );
  // The yearly course's bank gets a pool of its own, which its test does not draw from, with two
  // questions, and an empty pool: what the calls on the bank edit, retire and delete.
  const bankPool = async (title: string) =>
    (
      await must<{ createTrainingQuestionPool: { id: string } }>(
        yoga,
        tokens.training_admin,
        'mutation($c: ID!, $t: LocalizedTextInput!) { createTrainingQuestionPool(courseId: $c, title: $t) { id } }',
        { c: general.course_id, t: { kk: title, ru: title } },
      )
    ).createTrainingQuestionPool.id;
  const bankPoolId = await bankPool('Қосымша');
  const emptyPoolId = await bankPool('Бос');
  const bankQuestion = async (n: number) =>
    (
      await must<{ createTrainingQuestion: { id: string } }>(
        yoga,
        tokens.training_admin,
        'mutation($p: ID!, $i: TrainingQuestionInput!) { createTrainingQuestion(poolId: $p, input: $i) { id } }',
        {
          p: bankPoolId,
          i: {
            kind: 'true_false',
            text: { kk: `Сұрақ ${n}`, ru: `Вопрос ${n}` },
            options: [{ text: { kk: 'Иә', ru: 'Да' }, correct: true }, { text: { kk: 'Жоқ', ru: 'Нет' } }],
          },
        },
      )
    ).createTrainingQuestion.id;
  const bankQuestionId = await bankQuestion(1);
  const spareQuestionId = await bankQuestion(2);
  const { createTrainingCourse: draftCourse } = await must<{
    createTrainingCourse: { course: { id: string } };
  }>(
    yoga,
    tokens.training_admin,
    'mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { course { id } } }',
    { i: { topic: 'gifts', title: { kk: 'Жоба', ru: 'Черновик' }, lessons: [] } },
  );

  // A lesson file of the yearly course, as its training administrator uploads it.
  const lessonFile = await gateway.orm.em.fork().transactional((tx) =>
    uploadLessonFile(
      tx,
      { personId: personIds.training_admin, organizationId, roles: ['employee', 'training_admin'] },
      {
        courseId: general.course_id,
        fileName: 'rules.pdf',
        data: new Uint8Array(Buffer.from('%PDF-1.7\nrules')),
      },
    ),
  );

  const openAttempts = {} as Record<RoleCode, OpenAttempt>;
  for (const role of ROLE_CODES) {
    const { startAttempt } = await must<{
      startAttempt: { id: string; questions: { id: string; kind: string; options: { id: string }[] }[] };
    }>(
      yoga,
      tokens[role],
      'mutation($t: ID!) { startAttempt(testId: $t) { id questions { id kind options { id } } } }',
      { t: general.test_id },
    );
    const question = startAttempt.questions.find((q) => q.kind !== 'matching');
    const optionId = question?.options[0]?.id;
    if (!question || !optionId) throw new Error('setup drew no choice question');
    openAttempts[role] = { id: startAttempt.id, questionId: question.id, optionId };
  }

  const relatedPersons = {} as Record<RoleCode, string>;
  for (const role of ROLE_CODES) {
    const { saveRelatedPerson } = await must<{ saveRelatedPerson: { id: string } }>(
      yoga,
      tokens[role],
      'mutation($input: RelatedPersonInput!) { saveRelatedPerson(input: $input) { id } }',
      { input: { relation: 'sibling_full', fullName: 'Туысы Демо' } },
    );
    relatedPersons[role] = saveRelatedPerson.id;
  }

  // An anonymous report with a file: the reporter's receipt opens it, and its file.
  const { body: filed } = await submitReport(yoga, {
    organizationId,
    files: [pdfFile('evidence.pdf')],
  });
  const receipt = filed.data?.submitHotlineReport.receipt;
  if (!receipt) throw new Error(`setup could not file a report: ${JSON.stringify(filed.errors)}`);
  const { id: withFile } = await sql<{ id: string }>(
    'select id from hotline_report where organization_id = ? order by received_at desc limit 1',
    [organizationId],
  );
  const { id: reporterFileId } = await sql<{ id: string }>(
    'select id from hotline_attachment where report_id = ?',
    [withFile],
  );

  // Four eyes: the interim case's open reporter, to be disclosed to the compliance officer.
  const disclosure = async (role: RoleCode) => {
    const { requestIdentityDisclosure } = await must<{
      requestIdentityDisclosure: { disclosures: { id: string; requestedBy: { id: string } }[] };
    }>(
      yoga,
      tokens[role],
      `mutation($id: ID!, $input: DisclosureRequestInput!) {
        requestIdentityDisclosure(id: $id, input: $input) { disclosures { id requestedBy { id } } }
      }`,
      { id: interim.id, input: { forPersonId: personIds.compliance_officer, reason: 'Witness statement' } },
    );
    const mine = requestIdentityDisclosure.disclosures.filter((d) => d.requestedBy.id === personIds[role]);
    const id = mine.at(-1)?.id;
    if (!id) throw new Error('setup could not request a disclosure');
    return id;
  };
  const disclosures = {
    byInvestigator: await disclosure('hotline_investigator'),
    byHead: await disclosure('compliance_head'),
  };
  // §40.6, §41.3: those who may read the identity have signed the undertaking, so that the matrix
  // tests who may read it; the refusal of unsigned readers is tested with the undertaking.
  for (const role of ['compliance_officer', 'hotline_investigator'] as const) {
    await must(
      yoga,
      tokens[role],
      'mutation($v: String!) { signHotlineNonDisclosureUndertaking(version: $v) { signedAt } }',
      { v: UNDERTAKING_VERSION },
    );
  }

  const { addHotlineRecommendation } = await must<{
    addHotlineRecommendation: { recommendations: { id: string; owner: { id: string } }[] };
  }>(
    yoga,
    tokens.hotline_investigator,
    `mutation($id: ID!, $input: RecommendationInput!) {
      addHotlineRecommendation(id: $id, input: $input) { recommendations { id owner { id } } }
    }`,
    {
      id: interim.id,
      input: {
        kind: 'corrective',
        text: 'Табельді есепке алуды тексеру',
        ownerId: personIds.employee,
        dueOn: weekdayNextYear(0),
      },
    },
  );
  const employeesRecommendationId = addHotlineRecommendation.recommendations.find(
    (r) => r.owner.id === personIds.employee,
  )?.id;
  if (!employeesRecommendationId) throw new Error('setup could not add a recommendation');

  // Protection from the interim case (the head's) and from the case that names her (granted by its investigator).
  const protect = (role: RoleCode, caseId: string, personId: string) =>
    must(
      yoga,
      tokens[role],
      'mutation($input: GrantProtectionInput!) { grantProtection(input: $input) { id } }',
      { input: { caseId, personId, basis: 'assisted' } },
    );
  await protect('compliance_head', interim.id, protectedPerson);
  await protect('hotline_investigator', aboutHead.id, protectedFromCaseNamingHead);
  const hrAction = async (personId: string) => {
    const { recordHrAction } = await must<{ recordHrAction: { id: string } }>(
      yoga,
      tokens.hr_officer,
      'mutation($input: HrActionInput!) { recordHrAction(input: $input) { id } }',
      {
        input: {
          personId,
          kind: 'disciplinary',
          initiator: 'employer',
          decidedOn: today(),
          description: 'Ескерту',
        },
      },
    );
    return recordHrAction.id;
  };
  const hrActions = {
    flagged: await hrAction(protectedPerson),
    unflagged: await hrAction(unprotectedPerson),
    flaggedFromCaseNamingHead: await hrAction(protectedFromCaseNamingHead),
  };

  const { declareGift } = await must<{ declareGift: { id: string } }>(
    yoga,
    tokens.employee,
    'mutation($input: DeclareGiftInput!) { declareGift(input: $input) { id } }',
    {
      input: {
        kind: 'gift',
        event: 'received',
        giver: 'Жеткізуші',
        occasion: 'Жаңа жыл',
        occurredOn: today(),
        valueAmount: 30_000,
        currency: 'KZT',
      },
    },
  );
  const { requestGiftPreApproval } = await must<{ requestGiftPreApproval: { id: string } }>(
    yoga,
    tokens.employee,
    'mutation($input: GiftPreApprovalInput!) { requestGiftPreApproval(input: $input) { id } }',
    {
      input: {
        kind: 'hospitality',
        inviter: 'Серіктес',
        occasion: 'Кешкі ас',
        eventOn: today(),
        hostPresent: true,
      },
    },
  );

  const { openLabourDispute } = await must<{ openLabourDispute: { id: string } }>(
    yoga,
    tokens.hr_officer,
    'mutation($input: LabourDisputeInput!) { openLabourDispute(input: $input) { id } }',
    { input: { personId: protectedPerson, appliedOn: today(), body: 'conciliation_commission' } },
  );
  // Cases entered here on a caller's behalf, after the demo's own: one assigned to the investigator
  // (whose declaration of a conflict takes her off it), and one triaged at a high risk of
  // retaliation twice, each time with a protection task, for the officer and for the head.
  const enterCase = async (): Promise<string> => {
    await must(
      yoga,
      tokens.compliance_head,
      'mutation($input: CallerReportInput!) { enterHotlineReportForCaller(input: $input) { number } }',
      { input: { channel: 'phone', category: 'corruption', what: WHAT, anonymous: true } },
    );
    const { id } = await sql<{ id: string }>(
      'select id from hotline_report where organization_id = ? order by received_at desc, number desc limit 1',
      [organizationId],
    );
    return id;
  };
  const conflict = await enterCase();
  await must(
    yoga,
    tokens.compliance_head,
    'mutation($id: ID!, $i: [ID!]!) { assignHotlineCase(id: $id, investigatorIds: $i) { id } }',
    { id: conflict, i: [personIds.hotline_investigator] },
  );
  const atRisk = await enterCase();
  const triageAtHighRisk = (ownerId: string) =>
    must(
      yoga,
      tokens.compliance_head,
      'mutation($id: ID!, $input: TriageInput!) { triageHotlineCase(id: $id, input: $input) { id } }',
      {
        id: atRisk,
        input: {
          scope: 'in_scope',
          retaliationRisk: {
            level: 'high',
            reason: 'Басшы хабарлаушыны таниды',
            task: { ownerId, reviewOn: weekdayNextYear(0) },
          },
        },
      },
    );
  await triageAtHighRisk(personIds.compliance_officer);
  await triageAtHighRisk(personIds.compliance_head);
  const { protectionTasks: tasks } = await must<{
    protectionTasks: { id: string; caseId: string; owner: { id: string } }[];
  }>(yoga, tokens.compliance_head, '{ protectionTasks { id caseId owner { id } } }');
  const taskOf = (ownerId: string) => {
    const task = tasks.find((t) => t.caseId === atRisk && t.owner.id === ownerId);
    if (!task) throw new Error('setup could not create a protection task');
    return task.id;
  };
  const protectionTasks = {
    officers: taskOf(personIds.compliance_officer),
    heads: taskOf(personIds.compliance_head),
  };

  const conflicts = await prepareConflicts(yoga, tokens, async () => {
    const { email } = await sql<{ email: string }>(
      'select m.email from person p join person m on m.id = p.manager_id where p.id = ?',
      [personIds.employee],
    );
    return devLoginToken(yoga, email);
  });

  const holidayIds = {} as Record<RoleCode, string>;
  for (const [n, role] of ROLE_CODES.entries()) {
    const { addPublicHoliday } = await must<{ addPublicHoliday: { id: string } }>(
      yoga,
      tokens.compliance_head,
      'mutation($date: String!) { addPublicHoliday(date: $date, name: "Қала күні") { id } }',
      { date: weekdayNextYear(n) },
    );
    holidayIds[role] = addPublicHoliday.id;
  }
  const intakeQuestionIds = {} as Record<RoleCode, string>;
  for (const role of ROLE_CODES) {
    const { addHotlineIntakeQuestion } = await must<{ addHotlineIntakeQuestion: { id: string } }>(
      yoga,
      tokens.compliance_head,
      'mutation($input: IntakeQuestionInput!) { addHotlineIntakeQuestion(input: $input) { id } }',
      {
        input: {
          ...INTAKE_QUESTION,
          texts: { kk: `Сұрақ ${role}`, ru: `Вопрос ${role}`, en: `Question ${role}` },
        },
      },
    );
    intakeQuestionIds[role] = addHotlineIntakeQuestion.id;
  }

  const { id: yearlyId } = await sql<{ id: string }>(
    `select id from declaration_campaign where organization_id = ? and "group" = 'all_employees'`,
    [organizationId],
  );
  const { id: commissionId } = await sql<{ id: string }>(
    `select id from declaration_campaign where organization_id = ? and "group" = 'commission_members'`,
    [organizationId],
  );
  const supplierBin = '210540012341';
  const { launchDeclarationCampaign: suppliers } = await must<{
    launchDeclarationCampaign: { supplierLinks: { token: string }[] };
  }>(
    yoga,
    tokens.compliance_officer,
    'mutation($input: LaunchDeclarationCampaignInput!) { launchDeclarationCampaign(input: $input) { supplierLinks { token } } }',
    {
      input: {
        title: { kk: 'Әлеуетті жеткізушілер', ru: 'Потенциальные поставщики' },
        kind: 'ad_hoc',
        group: 'potential_suppliers',
        suppliers: [{ name: '«Құрылыс-Сервис» ЖШС', bin: supplierBin }, { name: '«Дала Сервис» ЖШС' }],
        deadline: weekdayNextYear(0),
      },
    },
  );
  const [supplierToken, pageSupplierToken] = suppliers.supplierLinks.map((link) => link.token);
  if (!supplierToken || !pageSupplierToken) throw new Error('setup got no supplier links');

  const { id: subsidiaryId } = await sql<{ id: string }>(
    'select id from organization where parent_id = ? order by bin limit 1',
    [organizationId],
  );

  return {
    organizationId,
    subsidiaryId,
    personIds,
    tokens,
    staff: {
      named,
      protectedPerson,
      unprotectedPerson,
      unprotectedPersonEmail,
      protectedFromCaseNamingHead,
      toProtect,
      spare,
      spareUnitId,
      ofAnotherOrganization,
    },
    cases: {
      fresh: fresh.id,
      overdue: overdue.id,
      question: question.id,
      interim: interim.id,
      aboutHead: aboutHead.id,
      conflict,
    },
    receipt,
    reporterFileId,
    training: {
      generalCourseId: general.course_id,
      generalTestId: general.test_id,
      generalPoolId,
      generalLessonId: general.lesson_id,
      draftCourseId: draftCourse.course.id,
      lessonFileId: lessonFile.id,
      assignedTestId: procurement.test_id,
      assignedCourseId: procurement.course_id,
      assignedLessonId: procurement.lesson_id,
      certificateCode,
      othersAttemptId,
      bankPoolId,
      bankQuestionId,
      spareQuestionId,
      emptyPoolId,
      heldSessionId,
      heldSessionDay,
      changeableAssignmentId: changeable.id,
      changeableEnrolledPersonId,
    },
    openAttempts,
    relatedPersons,
    disclosures,
    employeesRecommendationId,
    protectionTasks,
    hrActions,
    labourDisputeId: openLabourDispute.id,
    gifts: { declaredId: declareGift.id, preApprovalId: requestGiftPreApproval.id },
    conflicts,
    holidayIds,
    intakeQuestionIds,
    campaigns: { yearlyId, commissionId, supplierToken, supplierBin, pageSupplierToken },
    surveys: await surveysFixture(sql, organizationId),
    financial: await financialFixture(sql, organizationId, personIds.employee),
    culture: {
      ...(await culturePlanFixture(
        yoga,
        tokens.compliance_officer,
        personIds.compliance_officer,
        personIds.hr_officer,
        em,
        sql,
        organizationId,
      )),
      ...(await cultureFixture(yoga, sql, organizationId, tokens.compliance_officer)),
    },
    selfAssessment: await selfAssessmentFixture(sql, organizationId),
    programme: await programmeFixture(sql, organizationId),
    compliance: await complianceFixture(yoga, tokens.compliance_officer, sql, organizationId),
    kpiViews: await kpiViewsFixture(yoga, tokens.compliance_head, sql, organizationId, personIds.first_head),
  };
}

async function kpiViewsFixture(
  yoga: GatewayYoga,
  headToken: string,
  sql: <T>(query: string, params?: unknown[]) => Promise<T>,
  organizationId: string,
  firstHeadId: string,
): Promise<KpiViewsFixture> {
  const view = await sql<{
    id: string;
    version: number;
    widgets: { id: string }[];
    filters: { period: ViewPeriodChoice };
  }>('select id, version, widgets, filters from kpi_view where organization_id = ? and deleted_at is null', [
    organizationId,
  ]);
  const { saveKpiView: spare } = await must<{ saveKpiView: { id: string } }>(
    yoga,
    headToken,
    'mutation($i: KpiViewInput!) { saveKpiView(input: $i) { id } }',
    { i: { title: 'Жойылатын көрініс', filters: { period: view.filters.period }, widgets: [] } },
  );
  return {
    spareViewId: spare.id,
    viewId: view.id,
    version: view.version,
    widgetId: view.widgets[0]!.id,
    periodKey: resolvePeriod(view.filters.period).key,
    firstHeadId,
  };
}

async function selfAssessmentFixture(
  sql: <T>(query: string, params?: unknown[]) => Promise<T>,
  organizationId: string,
): Promise<SelfAssessmentFixture> {
  const currentQuarter = thisQuarter(new Date());
  const { id: newProcessId } = await sql<{ id: string }>(
    'select id from compliance_process where organization_id = ? order by active_from desc, name limit 1',
    [organizationId],
  );
  const drawn = await sql<{ id: string; quarter: string }>(
    `select p.id, s.quarter from compliance_self_assessment_process p
       join compliance_self_assessment s on s.id = p.assessment_id
      where p.organization_id = ? and p.position = 0`,
    [organizationId],
  );
  const { id: findingId } = await sql<{ id: string }>(
    'select id from compliance_self_assessment_finding where drawn_process_id = ?',
    [drawn.id],
  );
  const { id: openItemId } = await sql<{ id: string }>(
    "select id from compliance_improvement_item where finding_id = ? and status = 'open'",
    [findingId],
  );
  return {
    currentQuarter,
    lastQuarter: drawn.quarter,
    newProcessId,
    drawnProcessId: drawn.id,
    findingId,
    openItemId,
  };
}

async function complianceFixture(
  yoga: GatewayYoga,
  officerToken: string,
  sql: <T>(query: string, params?: unknown[]) => Promise<T>,
  organizationId: string,
): Promise<ComplianceFixture> {
  const year = Number(kazakhstanDay(new Date()).slice(0, 4));
  const { id: planId } = await sql<{ id: string }>(
    'select id from compliance_mitigation_plan where organization_id = ? and year = ?',
    [organizationId, year],
  );
  const { id: overdueMeasureId } = await sql<{ id: string }>(
    "select id from compliance_mitigation_measure where plan_id = ? and status <> 'done' order by deadline",
    [planId],
  );
  const { id: publishedRiskId } = await sql<{ id: string }>(
    'select id from compliance_risk where organization_id = ? and published order by number',
    [organizationId],
  );
  const { id: confidentialRiskId } = await sql<{ id: string }>(
    "select id from compliance_risk where organization_id = ? and confidentiality <> 'none' order by number",
    [organizationId],
  );
  const { id: newProposalId } = await sql<{ id: string }>(
    "select id from compliance_public_proposal where organization_id = ? and status = 'new'",
    [organizationId],
  );
  // §66, §69 (seeders/compliance-board-demo.ts): last year's report, submitted; this year's first
  // half-year drafted here. §74.2: this year's management plan and its activity.
  const { id: submittedReportId } = await sql<{ id: string }>(
    "select id from compliance_board_report where organization_id = ? and status = 'submitted'",
    [organizationId],
  );
  const { createBoardReport } = await must<{ createBoardReport: { id: string } }>(
    yoga,
    officerToken,
    'mutation($y: Int!) { createBoardReport(year: $y, period: h1) { id } }',
    { y: year },
  );
  const draftReportId = createBoardReport.id;
  const { id: managementPlanId } = await sql<{ id: string }>(
    'select id from compliance_management_plan where organization_id = ? and year = ?',
    [organizationId, year],
  );
  const { id: managementActivityId } = await sql<{ id: string }>(
    'select id from compliance_management_activity where plan_id = ?',
    [managementPlanId],
  );
  return {
    year,
    planId,
    overdueMeasureId,
    publishedRiskId,
    confidentialRiskId,
    newProposalId,
    slug: 'demo',
    submittedReportId,
    draftReportId,
    managementPlanId,
    managementActivityId,
  };
}

async function programmeFixture(
  sql: <T>(query: string, params?: unknown[]) => Promise<T>,
  organizationId: string,
): Promise<ProgrammeFixture> {
  const today = kazakhstanDay(new Date());
  const year = Number(today.slice(0, 4));
  const { id: programmeId } = await sql<{ id: string }>(
    'select id from compliance_programme where organization_id = ? and year = ?',
    [organizationId, year],
  );
  const edit = await sql<{ id: string; version: number }>(
    "select id, version from compliance_programme_item where programme_id = ? and direction = 'leadership'",
    [programmeId],
  );
  const { id: dueItemId } = await sql<{ id: string }>(
    "select id from compliance_programme_item where programme_id = ? and direction = 'training_communication'",
    [programmeId],
  );
  const { id: assessmentId } = await sql<{ id: string }>(
    'select id from compliance_initial_assessment where organization_id = ? and year = ?',
    [organizationId, year],
  );
  const { id: answerId } = await sql<{ id: string }>(
    'select id from compliance_initial_assessment_answer where assessment_id = ? and aspect = 5',
    [assessmentId],
  );
  return {
    year,
    today,
    programmeId,
    editItemId: edit.id,
    editItemVersion: edit.version,
    dueItemId,
    assessmentId,
    answerId,
  };
}

/** The smallest PNG: a photo of a held event, as far as the file checks go. */
const ONE_PIXEL_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0b3c9f10000000049454e44ae426082',
  'hex',
);

async function culturePlanFixture(
  yoga: GatewayYoga,
  officerToken: string,
  officerId: string,
  hrOfficerId: string,
  em: EntityManager,
  sql: <T>(query: string, params?: unknown[]) => Promise<T>,
  organizationId: string,
): Promise<CulturePlanFixture> {
  // The demo's running year is the one ten days ago (seeders/culture-plan-demo.ts).
  const year = Number(addCalendarDays(kazakhstanDay(new Date()), -10).slice(0, 4));
  const plan = (y: number) =>
    sql<{ id: string }>('select id from culture_plan where organization_id = ? and year = ?', [
      organizationId,
      y,
    ]);
  const { id: currentPlanId } = await plan(year);
  const { id: nextPlanId } = await plan(year + 1);
  const { id: hrActivityId } = await sql<{ id: string }>(
    "select id from culture_activity where plan_id = ? and status = 'planned' and responsible_ids @> cast(? as jsonb) order by deadline",
    [currentPlanId, JSON.stringify([hrOfficerId])],
  );
  const { id: reportedActivityId } = await sql<{ id: string }>(
    'select id from culture_activity where plan_id = ? and reported_at is not null order by deadline',
    [currentPlanId],
  );
  const evidenceIds = {} as Record<RoleCode, string>;
  for (const role of ROLE_CODES) {
    const { addCultureEvidence } = await must<{ addCultureEvidence: { evidence: { id: string }[] } }>(
      yoga,
      officerToken,
      'mutation($a: ID!, $i: CultureEvidenceInput!) { addCultureEvidence(activityId: $a, input: $i) { evidence { id } } }',
      {
        a: hrActivityId,
        i: { kind: 'link', title: `Хабарлама (${role})`, url: 'https://portal.example.kz/news' },
      },
    );
    evidenceIds[role] = addCultureEvidence.evidence.at(-1)!.id;
  }
  const { createCulturePlan } = await must<{ createCulturePlan: { id: string } }>(
    yoga,
    officerToken,
    'mutation($y: Int!) { createCulturePlan(year: $y) { id } }',
    { y: year - 1 },
  );
  const addActivity = async (title: string) => {
    const { addCultureActivity } = await must<{ addCultureActivity: { id: string } }>(
      yoga,
      officerToken,
      'mutation($p: ID!, $i: CultureActivityInput!) { addCultureActivity(planId: $p, input: $i) { id } }',
      {
        p: createCulturePlan.id,
        i: {
          kind: 'educational',
          title,
          audience: 'whole_org',
          deadline: `${year - 1}-05-15`,
          responsibleIds: [officerId],
          checkForm: 'questionnaire',
        },
      },
    );
    return addCultureActivity.id;
  };
  const draftActivityId = await addActivity('Семинар');
  const removableActivityIds: Partial<Record<RoleCode, string>> = {};
  for (const role of ['compliance_officer', 'compliance_head', 'ethics_commissioner'] as const) {
    removableActivityIds[role] = await addActivity(`Семинар (${role})`);
  }
  const photo = await em.transactional((tx) =>
    addCultureEvidence(
      tx,
      { personId: officerId, organizationId, roles: ['employee', 'compliance_officer'] },
      hrActivityId,
      { kind: 'photo', title: 'Семинар залы', file: { fileName: 'hall.png', data: ONE_PIXEL_PNG } },
      new Date(),
    ),
  );
  return {
    year,
    currentPlanId,
    photoEvidenceId: photo.evidence.find((e) => e.kind === 'photo')!.id,
    nextPlanId,
    hrActivityId,
    reportedActivityId,
    evidenceIds,
    draftPlanId: createCulturePlan.id,
    draftActivityId,
    removableActivityIds,
  };
}

async function cultureFixture(
  yoga: GatewayYoga,
  sql: <T>(query: string, params?: unknown[]) => Promise<T>,
  organizationId: string,
  officerToken: string,
): Promise<CultureMaterialsFixture> {
  // Read before the draft below is written, which is a memo too.
  const material = async (kind: string, status: string) =>
    (
      await sql<{ id: string }>(
        'select id from culture_material where organization_id = ? and kind = ? and status = ?',
        [organizationId, kind, status],
      )
    ).id;
  const memoId = await material('memo', 'published');
  const presentationId = await material('presentation', 'draft');
  const bookletId = await material('booklet', 'published');
  const { saveCultureMaterial } = await must<{ saveCultureMaterial: { id: string } }>(
    yoga,
    officerToken,
    'mutation($input: CultureMaterialInput!) { saveCultureMaterial(input: $input) { id } }',
    {
      input: {
        kind: 'memo',
        subject: 'corruption_risk',
        title: { kk: 'Сыйлықтар туралы жадынама', ru: 'Памятка о подарках' },
        body: { kk: '<p>Сыйлықты тапсырыңыз.</p>', ru: '<p>Сдайте подарок.</p>' },
        audienceAll: true,
        requiresAcknowledgement: true,
      },
    },
  );
  return { memoId, presentationId, bookletId, toPublishId: saveCultureMaterial.id };
}

async function surveysFixture(
  sql: <T>(query: string, params?: unknown[]) => Promise<T>,
  organizationId: string,
): Promise<DemoFixture['surveys']> {
  const survey = (where: string) =>
    sql<{ id: string; questions: DemoFixture['surveys']['pulseQuestions'] }>(
      `select id, questions from culture_survey where organization_id = ? and ${where}`,
      [organizationId],
    );
  const pulse = await survey(`status = 'open' and audience = 'all_employees'`);
  return {
    pulseId: pulse.id,
    pulseQuestions: pulse.questions.map(({ id, kind }) => ({ id, kind })),
    procurementId: (await survey(`status = 'open' and audience = 'org_units'`)).id,
    closedId: (await survey(`status = 'closed'`)).id,
    draftId: (await survey(`status = 'draft'`)).id,
  };
}

async function financialFixture(
  sql: <T>(query: string, params?: unknown[]) => Promise<T>,
  organizationId: string,
  employeeId: string,
): Promise<DemoFixture['financial']> {
  const { id: rootUnitId } = await sql<{ id: string }>(
    'select id from org_unit where organization_id = ? and parent_id is null',
    [organizationId],
  );
  const { id: employeeNoticeId } = await sql<{ id: string }>(
    "select id from financial_notice where person_id = ? and kind = 'duty_and_liability' and recipient = 'employee'",
    [employeeId],
  );
  const finding = await sql<{ id: string; person_id: string }>(
    'select id, person_id from foreign_account_finding where organization_id = ?',
    [organizationId],
  );
  const { id: unansweredRequestId } = await sql<{ id: string }>(
    'select id from tax_authority_request where organization_id = ? and answer_received_on is null',
    [organizationId],
  );
  return {
    rootUnitId,
    employeeNoticeId,
    accountantId: finding.person_id,
    findingId: finding.id,
    unansweredRequestId,
  };
}

/** A conflict-of-interest notification of a supplier's founder, the notifier's sister (§15.1). */
export const CONFLICT_NOTIFICATION = {
  relatedPersonName: 'Сәуле Қасымова',
  relationKind: 'sibling_full',
  counterparty: '«Алем Снаб» ЖШС',
  matter: 'Апам кеңсе тауарлары тендеріне қатысушы компанияның құрылтайшысы',
  decisionAtStake: 'Тендер жеңімпазын таңдау',
  typicalCase: 'c3',
} as const;

const NOTIFY =
  'mutation($input: ConflictNotificationInput!) { notifyConflictOfInterest(input: $input) { id } }';

/** The notifications the calls act on, each taken to the step it waits at the way people take it. */
async function prepareConflicts(
  yoga: GatewayYoga,
  tokens: Readonly<Record<RoleCode, string>>,
  employeesManagerToken: () => Promise<string>,
): Promise<DemoFixture['conflicts']> {
  const notify = async (token: string): Promise<string> =>
    (
      await must<{ notifyConflictOfInterest: { id: string } }>(yoga, token, NOTIFY, {
        input: CONFLICT_NOTIFICATION,
      })
    ).notifyConflictOfInterest.id;
  const manager = await employeesManagerToken();
  const forwarded = async (): Promise<string> => {
    const id = await notify(tokens.employee);
    await must(yoga, manager, 'mutation($id: ID!) { forwardConflictOfInterest(id: $id) { id } }', { id });
    return id;
  };
  const concluded = async (): Promise<string> => {
    const id = await forwarded();
    await must(
      yoga,
      tokens.compliance_head,
      'mutation($id: ID!) { concludeConflictOfInterest(id: $id, input: { conflictFound: true, ' +
        'conclusion: "Тендер комиссиясынан шығару" }) { id } }',
      { id },
    );
    return id;
  };
  const notified = await notify(tokens.employee);
  const toForward = await notify(tokens.compliance_officer);
  const toConclude = await forwarded();
  const toDecide = await concluded();
  const toTransfer = await concluded();
  await must(
    yoga,
    tokens.first_head,
    'mutation($id: ID!) { decideConflictOfInterest(id: $id, input: { measures: [transfer_to_equivalent_post], ' +
      'note: "Бұйрық 12-к" }) { id } }',
    { id: toTransfer },
  );
  return { notified, toForward, toConclude, toDecide, toTransfer };
}
