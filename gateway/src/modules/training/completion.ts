import {
  COMPLETION_FIGURES,
  COMPLETION_READERS,
  completionPeople,
  completionReport,
  type CompletionFigures,
  type CompletionReport,
  type CompletionReportPerson,
  type UnitCompletion,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { OrgUnitRef } from '../org/org-unit.js';
import { CourseRef } from './course.js';
import { EnrolmentStatusEnum } from './my-assignment.js';

const CompletionFiguresRef = builder.objectRef<CompletionFigures>('CompletionFigures');

builder.objectType(CompletionFiguresRef, {
  description: 'People assigned and their standing; percentages are shares of `assigned`, one decimal.',
  fields: (t) => ({
    assigned: t.exposeInt('assigned'),
    started: t.exposeInt('started'),
    passed: t.exposeInt('passed'),
    failed: t.exposeInt('failed'),
    overdue: t.exposeInt('overdue'),
    inProgress: t.exposeInt('inProgress'),
    notStarted: t.exposeInt('notStarted'),
    notStartedPercent: t.exposeFloat('notStartedPercent'),
    startedPercent: t.exposeFloat('startedPercent'),
    passedPercent: t.exposeFloat('passedPercent'),
    failedPercent: t.exposeFloat('failedPercent'),
    overduePercent: t.exposeFloat('overduePercent'),
  }),
});

const CompletionRowRef = builder.objectRef<UnitCompletion>('CompletionRow');

builder.objectType(CompletionRowRef, {
  description: 'One direct child unit of the unit asked for, with its whole subtree.',
  fields: (t) => ({
    orgUnit: t.field({ type: OrgUnitRef, resolve: (row) => row.orgUnitId }),
    figures: t.field({ type: CompletionFiguresRef, resolve: (row) => row.figures }),
  }),
});

const TrainingCompletionRef = builder.objectRef<CompletionReport>('TrainingCompletion');

builder.objectType(TrainingCompletionRef, {
  fields: (t) => ({
    course: t.field({
      type: CourseRef,
      nullable: true,
      description: 'Null: all courses, each person counted once per course.',
      resolve: (report) => report.courseId,
    }),
    orgUnit: t.field({
      type: OrgUnitRef,
      description: 'The unit asked for (the root when none was given).',
      resolve: (report) => report.orgUnitId,
    }),
    total: t.field({ type: CompletionFiguresRef, resolve: (report) => report.total }),
    rows: t.field({ type: [CompletionRowRef], resolve: (report) => report.rows }),
  }),
});

export const CompletionFigureEnum = builder.enumType('CompletionFigure', { values: COMPLETION_FIGURES });

const CompletionPersonRef = builder.objectRef<CompletionReportPerson>('CompletionPerson');

builder.objectType(CompletionPersonRef, {
  description: 'A person behind a completion figure, with their standing in one course.',
  fields: (t) => ({
    id: t.id({ description: 'The person id.', resolve: (person) => person.personId }),
    fullName: t.exposeString('fullName'),
    email: t.exposeString('email'),
    orgUnit: t.field({ type: OrgUnitRef, resolve: (person) => person.orgUnitId }),
    course: t.field({ type: CourseRef, resolve: (person) => person.courseId }),
    status: t.field({ type: EnrolmentStatusEnum, resolve: (person) => person.status }),
    dueOn: t.exposeString('dueOn', { description: 'YYYY-MM-DD' }),
    attempts: t.exposeInt('attempts'),
    bestScorePercent: t.exposeFloat('bestScorePercent', { nullable: true }),
  }),
});

builder.queryField('trainingCompletion', (t) =>
  t.withAuth({ anyRole: COMPLETION_READERS }).field({
    type: TrainingCompletionRef,
    description:
      'Completion of a course (all courses without one) in an org unit subtree, by child unit (§68).',
    args: { courseId: t.arg.id(), orgUnitId: t.arg.id() },
    resolve: (_root, { courseId, orgUnitId }, context) =>
      completionReport(
        context.em,
        context.actor,
        {
          courseId: courseId === null || courseId === undefined ? null : String(courseId),
          orgUnitId: orgUnitId === null || orgUnitId === undefined ? null : String(orgUnitId),
        },
        new Date(),
        context.completionCache,
      ),
  }),
);

builder.queryField('trainingCompletionPeople', (t) =>
  t.withAuth({ anyRole: COMPLETION_READERS }).field({
    type: [CompletionPersonRef],
    description: 'The named people behind one figure of trainingCompletion, by name.',
    args: {
      courseId: t.arg.id(),
      orgUnitId: t.arg.id(),
      figure: t.arg({ type: CompletionFigureEnum, required: true }),
      limit: t.arg.int({ defaultValue: 50 }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    resolve: (_root, args, context) =>
      completionPeople(context.em, context.actor, {
        courseId: args.courseId === null || args.courseId === undefined ? null : String(args.courseId),
        orgUnitId: args.orgUnitId === null || args.orgUnitId === undefined ? null : String(args.orgUnitId),
        figure: args.figure,
        limit: args.limit ?? 50,
        offset: args.offset ?? 0,
      }),
  }),
);
