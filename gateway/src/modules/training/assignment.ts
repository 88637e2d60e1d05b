import {
  AUDIENCE_KINDS,
  RECURRENCES,
  TRAINING_MANAGERS,
  createAssignment,
  listAssignments,
  type AssignmentSummary,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { RoleEnum } from '../kernel/role.js';
import { CourseRef } from './course.js';
import { isoDay } from './by-key.js';

export const AudienceKindEnum = builder.enumType('AudienceKind', {
  description: 'Who takes an assigned course (§5.4, §52.3, §68).',
  values: AUDIENCE_KINDS,
});

export const RecurrenceEnum = builder.enumType('Recurrence', {
  description: 'Once, every half-year (§19, §52.3) or every year (§68).',
  values: RECURRENCES,
});

type AssignmentShape = Omit<AssignmentSummary, 'courseTitle' | 'createdAt'>;

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
    enrolled: t.int({
      description: 'How many people the assignment has enrolled, each counted once across its cycles.',
      resolve: (assignment) => assignment.enrolled,
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
        }),
      );
      return {
        id: assignment.id,
        courseId: assignment.course.id,
        audience: assignment.audience,
        orgUnitIds: assignment.orgUnitIds,
        role: assignment.role ?? null,
        newHireMonths: assignment.newHireMonths ?? null,
        dueOn: isoDay(assignment.dueOn),
        recurrence: assignment.recurrence,
        enrolled,
      };
    },
  }),
);
