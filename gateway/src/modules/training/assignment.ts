import {
  ASSIGNMENT_CHANGE_KINDS,
  AUDIENCE_KINDS,
  RECURRENCES,
  TRAINING_MANAGERS,
  assignmentEnrolments,
  assignmentHistory,
  createAssignment,
  deactivateTrainingAssignment,
  editTrainingAssignment,
  extendTrainingDueDate,
  getTrainingAssignment,
  listAssignments,
  reminderMail,
  sendTrainingReminderNow,
  type AssignmentChangeState,
  type AssignmentEnrolment,
  type AssignmentHistoryEntry,
  type AssignmentSummary,
  type IAssignment,
} from '@adal/domain';
import { DateTimeScalar } from '../kernel/date-time.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { EnrolmentStatusEnum } from './my-assignment.js';
import { builder } from '../../builder.js';
import { RoleEnum } from '../kernel/role.js';
import { CourseRef } from './course.js';
import { isoDay } from './by-key.js';
import { loadRiskChoices, RiskChoiceRef } from '../compliance/risk.js';

export const AudienceKindEnum = builder.enumType('AudienceKind', {
  description: 'Who takes an assigned course (§5.4, §52.3, §68).',
  values: AUDIENCE_KINDS,
});

export const RecurrenceEnum = builder.enumType('Recurrence', {
  description: 'Once, every half-year (§19, §52.3) or every year (§68).',
  values: RECURRENCES,
});

type AssignmentShape = Omit<AssignmentSummary, 'courseTitle' | 'createdAt'> & { active?: boolean };

function shapeOf(assignment: IAssignment, enrolled: number): AssignmentShape {
  return {
    id: assignment.id,
    courseId: assignment.course.id,
    audience: assignment.audience,
    orgUnitIds: assignment.orgUnitIds,
    role: assignment.role ?? null,
    newHireMonths: assignment.newHireMonths ?? null,
    dueOn: isoDay(assignment.dueOn),
    recurrence: assignment.recurrence,
    riskIds: [...(assignment.riskIds ?? [])],
    enrolled,
    active: assignment.active,
  };
}

const TrainingAssignmentRef = builder.objectRef<AssignmentShape>('TrainingAssignment');

builder.objectType(TrainingAssignmentRef, {
  description: 'A course assigned to an audience; its current members are enrolled at once.',
  fields: (t) => ({
    id: t.exposeID('id'),
    // Loaded in batches by the course loader, so a list costs one query for all its courses.
    course: t.field({ type: CourseRef, resolve: (assignment) => assignment.courseId }),
    audience: t.field({ type: AudienceKindEnum, resolve: (assignment) => assignment.audience }),
    orgUnitIds: t.idList({ resolve: (assignment) => assignment.orgUnitIds }),
    role: t.field({ type: RoleEnum, nullable: true, resolve: (assignment) => assignment.role }),
    newHireMonths: t.int({ nullable: true, resolve: (assignment) => assignment.newHireMonths }),
    dueOn: t.string({ description: 'YYYY-MM-DD', resolve: (assignment) => assignment.dueOn }),
    recurrence: t.field({ type: RecurrenceEnum, resolve: (assignment) => assignment.recurrence }),
    riskIds: t.idList({
      description: '§9.1, §34: the risks of the register the training answers.',
      resolve: (assignment) => assignment.riskIds,
    }),
    answeredRisks: t.loadable({
      type: [RiskChoiceRef],
      nullable: { list: false, items: true },
      description: '§9.1, §34: the risks of `riskIds`, by number and process, in their order.',
      load: loadRiskChoices,
      resolve: (assignment) => assignment.riskIds,
    }),
    enrolled: t.int({
      description: 'How many people the assignment has enrolled, each counted once across its cycles.',
      resolve: (assignment) => assignment.enrolled,
    }),
    active: t.boolean({
      description: 'False once deactivated: it enrols and reminds no one any more.',
      resolve: (assignment) => assignment.active ?? true,
    }),
  }),
});

builder.queryField('trainingAssignments', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: [TrainingAssignmentRef],
    description: "The organisation's active assignments, newest first, for training administrators.",
    resolve: (_root, _args, context) => listAssignments(context.em, context.actor),
  }),
);

const CreateTrainingAssignmentInput = builder.inputType('CreateTrainingAssignmentInput', {
  fields: (t) => ({
    courseId: t.id({ required: true }),
    audience: t.field({ type: AudienceKindEnum, required: true }),
    orgUnitIds: t.idList({ description: 'For org_units: the units, each with its subtree.' }),
    role: t.field({ type: RoleEnum, description: 'For role.' }),
    newHireMonths: t.int({
      description:
        'For new_hires: calendar months after hiring the course is due, 1 to 12; 3 by default (§68).',
    }),
    dueOn: t.string({
      required: true,
      description:
        'YYYY-MM-DD (unused for new hires). A half-yearly assignment falls due on 30 June or 31 December, a yearly ' +
        'one on 31 December: its cycles are calendar half-years or years (§35.2, §68).',
    }),
    recurrence: t.field({ type: RecurrenceEnum, required: true }),
    riskIds: t.idList({ description: '§9.1, §34: risks of the register the training answers.' }),
  }),
});

builder.mutationField('createTrainingAssignment', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: TrainingAssignmentRef,
    description:
      'Assigns a course to an audience and enrols its members; units of another organisation are not found.',
    args: { input: t.arg({ type: CreateTrainingAssignmentInput, required: true }) },
    resolve: async (_root, { input }, context): Promise<AssignmentShape> => {
      const { assignment, enrolled } = await context.em.transactional((em) =>
        createAssignment(em, context.actor, {
          courseId: String(input.courseId),
          audience: input.audience,
          dueOn: input.dueOn,
          recurrence: input.recurrence,
          ...(input.orgUnitIds ? { orgUnitIds: input.orgUnitIds.map(String) } : {}),
          ...(input.role ? { role: input.role } : {}),
          ...(typeof input.newHireMonths === 'number' ? { newHireMonths: input.newHireMonths } : {}),
          ...(input.riskIds ? { riskIds: input.riskIds.map(String) } : {}),
        }),
      );
      return shapeOf(assignment, enrolled);
    },
  }),
);

builder.queryField('trainingAssignment', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: TrainingAssignmentRef,
    description: "One assignment, active or deactivated; another organisation's is not found.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const { assignment, enrolled } = await getTrainingAssignment(context.em, context.actor, String(id));
      return shapeOf(assignment, enrolled);
    },
  }),
);

const EditTrainingAssignmentInput = builder.inputType('EditTrainingAssignmentInput', {
  fields: (t) => ({
    audience: t.field({ type: AudienceKindEnum, required: true }),
    orgUnitIds: t.idList({ description: 'For org_units: the units, each with its subtree.' }),
    role: t.field({ type: RoleEnum, description: 'For role.' }),
    newHireMonths: t.int({ description: 'For new_hires: calendar months after hiring, 1 to 12.' }),
    dueOn: t.string({
      required: true,
      description:
        'YYYY-MM-DD, from today on; a half-yearly assignment falls due on 30 June or 31 December, a yearly one on 31 December.',
    }),
    riskIds: t.idList({
      description:
        '§9.1, §34: risks of the register the training answers (VALIDATION for another’s); left out, they stay.',
    }),
  }),
});

builder.mutationField('editTrainingAssignment', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: TrainingAssignmentRef,
    description:
      'Changes the audience and due date. New members are enrolled, those no longer in the audience have their open ' +
      'enrolments withdrawn (passes stay), and the current cycle moves to the new date.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: EditTrainingAssignmentInput, required: true }),
    },
    resolve: async (_root, { id, input }, context): Promise<AssignmentShape> => {
      const assignment = await context.em.transactional(async (em) => {
        const result = await editTrainingAssignment(em, context.actor, String(id), {
          audience: input.audience,
          dueOn: input.dueOn,
          ...(input.orgUnitIds ? { orgUnitIds: input.orgUnitIds.map(String) } : {}),
          ...(input.role ? { role: input.role } : {}),
          ...(typeof input.newHireMonths === 'number' ? { newHireMonths: input.newHireMonths } : {}),
          ...(input.riskIds ? { riskIds: input.riskIds.map(String) } : {}),
        });
        return result.assignment;
      });
      const { enrolled } = await getTrainingAssignment(context.em, context.actor, assignment.id);
      return shapeOf(assignment, enrolled);
    },
  }),
);

builder.mutationField('extendTrainingDueDate', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: 'Int',
    description:
      'Gives the chosen people of an assignment a later due date in their current cycle (after today and after their ' +
      'current date); answers how many were extended.',
    args: {
      assignmentId: t.arg.id({ required: true }),
      personIds: t.arg.idList({ required: true }),
      dueOn: t.arg.string({ required: true, description: 'YYYY-MM-DD' }),
    },
    resolve: async (_root, args, context) => {
      const { extended } = await context.em.transactional((em) =>
        extendTrainingDueDate(em, context.actor, {
          assignmentId: String(args.assignmentId),
          personIds: args.personIds.map(String),
          dueOn: args.dueOn,
        }),
      );
      return extended;
    },
  }),
);

builder.mutationField('deactivateTrainingAssignment', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: TrainingAssignmentRef,
    description:
      'Stops an assignment: open enrolments are withdrawn, results stay; it enrols and reminds no one any more.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context): Promise<AssignmentShape> => {
      const { assignment } = await context.em.transactional((em) =>
        deactivateTrainingAssignment(em, context.actor, String(id)),
      );
      const { enrolled } = await getTrainingAssignment(context.em, context.actor, assignment.id);
      return shapeOf(assignment, enrolled);
    },
  }),
);

builder.mutationField('sendTrainingReminderNow', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: 'Int',
    description:
      'E-mails a reminder now to everyone of the assignment who has not passed, except those reminded today; ' +
      'answers how many were sent.',
    args: { assignmentId: t.arg.id({ required: true }) },
    resolve: async (_root, { assignmentId }, context) => {
      const { reminders } = await context.em.transactional((em) =>
        sendTrainingReminderNow(em, context.actor, String(assignmentId)),
      );
      // Only once the reminders are recorded (committed) do the mails leave.
      await context.mailOutbox.post(
        reminders.map((reminder) => reminderMail(reminder, context.mailOutbox.appUrl)),
      );
      return reminders.length;
    },
  }),
);

const AssignmentEnrolmentRef = builder.objectRef<AssignmentEnrolment>('TrainingAssignmentEnrolment');

builder.objectType(AssignmentEnrolmentRef, {
  description: 'A person enrolled by an assignment, in their current cycle of it.',
  fields: (t) => ({
    id: t.id({ description: 'The enrolment id.', resolve: (row) => row.enrolmentId }),
    personId: t.id({ resolve: (row) => row.personId }),
    fullName: t.exposeString('fullName'),
    email: t.exposeString('email'),
    orgUnitNames: t.field({ type: LocalizedTextRef, resolve: (row) => row.orgUnitNames }),
    status: t.field({ type: EnrolmentStatusEnum, resolve: (row) => row.status }),
    dueOn: t.exposeString('dueOn', { description: 'YYYY-MM-DD, the date in force.' }),
    extendedFrom: t.exposeString('extendedFrom', {
      nullable: true,
      description: "The cycle's date before this person's was extended; null: not extended.",
    }),
    attempts: t.exposeInt('attempts'),
    lastScorePercent: t.exposeFloat('lastScorePercent', { nullable: true }),
  }),
});

const AssignmentEnrolmentPageRef = builder.objectRef<{ total: number; rows: AssignmentEnrolment[] }>(
  'TrainingAssignmentEnrolmentPage',
);

builder.objectType(AssignmentEnrolmentPageRef, {
  fields: (t) => ({
    total: t.exposeInt('total'),
    rows: t.field({ type: [AssignmentEnrolmentRef], resolve: (page) => page.rows }),
  }),
});

builder.queryField('trainingAssignmentEnrolments', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: AssignmentEnrolmentPageRef,
    description:
      'The people an assignment enrolled, by name, a page at a time; searched by name, filtered by status.',
    args: {
      assignmentId: t.arg.id({ required: true }),
      status: t.arg({ type: EnrolmentStatusEnum }),
      search: t.arg.string(),
      limit: t.arg.int({ defaultValue: 25 }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    resolve: (_root, args, context) =>
      assignmentEnrolments(context.em, context.actor, {
        assignmentId: String(args.assignmentId),
        status: args.status ?? null,
        search: args.search ?? null,
        limit: args.limit ?? 25,
        offset: args.offset ?? 0,
      }),
  }),
);

export const AssignmentChangeKindEnum = builder.enumType('TrainingAssignmentChangeKind', {
  values: ASSIGNMENT_CHANGE_KINDS,
});

const AssignmentChangeStateRef = builder.objectRef<AssignmentChangeState>('TrainingAssignmentState');

builder.objectType(AssignmentChangeStateRef, {
  description: 'What a change of an assignment was about, before or after it.',
  fields: (t) => ({
    audience: t.field({
      type: AudienceKindEnum,
      nullable: true,
      resolve: (s) => (s.audience as never) ?? null,
    }),
    orgUnitIds: t.idList({ nullable: true, resolve: (s) => s.orgUnitIds ?? null }),
    role: t.field({ type: RoleEnum, nullable: true, resolve: (s) => (s.role as never) ?? null }),
    newHireMonths: t.int({ nullable: true, resolve: (s) => s.newHireMonths ?? null }),
    dueOn: t.string({
      nullable: true,
      description: 'YYYY-MM-DD; before an extension, the dates the people had, comma-separated.',
      resolve: (s) => s.dueOn ?? null,
    }),
    active: t.boolean({ nullable: true, resolve: (s) => s.active ?? null }),
    people: t.int({
      nullable: true,
      description: 'How many people an extension was for.',
      resolve: (s) => s.personIds?.length ?? null,
    }),
    enrolled: t.int({ nullable: true, resolve: (s) => s.enrolled ?? null }),
    withdrawn: t.int({ nullable: true, resolve: (s) => s.withdrawn ?? null }),
    reminded: t.int({ nullable: true, resolve: (s) => s.reminded ?? null }),
  }),
});

const AssignmentHistoryRef = builder.objectRef<AssignmentHistoryEntry>('TrainingAssignmentChange');

builder.objectType(AssignmentHistoryRef, {
  description: 'One change of an assignment: who, when, what before and after.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: AssignmentChangeKindEnum, resolve: (entry) => entry.kind }),
    changedAt: t.field({ type: DateTimeScalar, resolve: (entry) => entry.changedAt }),
    changedByName: t.exposeString('changedByName', { nullable: true }),
    before: t.field({ type: AssignmentChangeStateRef, resolve: (entry) => entry.before }),
    after: t.field({ type: AssignmentChangeStateRef, resolve: (entry) => entry.after }),
  }),
});

builder.queryField('trainingAssignmentHistory', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: [AssignmentHistoryRef],
    description: 'The changes made to an assignment, newest first.',
    args: { assignmentId: t.arg.id({ required: true }) },
    resolve: (_root, { assignmentId }, context) =>
      assignmentHistory(context.em, context.actor, String(assignmentId)),
  }),
);
