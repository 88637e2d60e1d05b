import {
  ENROLMENT_STATUSES,
  markLessonDone,
  myAssignment,
  myAssignments,
  NotFoundError,
  type MyAssignment,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { CourseRef } from './course.js';

export const EnrolmentStatusEnum = builder.enumType('EnrolmentStatus', {
  description: "A person's standing in the current cycle of an assigned course.",
  values: ENROLMENT_STATUSES,
});

const MyAssignmentRef = builder.objectRef<MyAssignment>('MyAssignment');

builder.objectType(MyAssignmentRef, {
  description: "A course assigned to the signed-in person: the current cycle's due date and standing.",
  fields: (t) => ({
    id: t.id({ description: 'The enrolment id.', resolve: (mine) => mine.enrolmentId }),
    assignmentId: t.exposeID('assignmentId'),
    course: t.field({ type: CourseRef, resolve: (mine) => mine.courseId }),
    testId: t.exposeID('testId', { nullable: true }),
    dueOn: t.exposeString('dueOn', { description: 'YYYY-MM-DD' }),
    status: t.field({ type: EnrolmentStatusEnum, resolve: (mine) => mine.status }),
    attempts: t.exposeInt('attempts'),
    maxAttempts: t.exposeInt('maxAttempts', { nullable: true }),
    attemptsLeft: t.exposeInt('attemptsLeft', {
      nullable: true,
      description: 'Attempts left in the current cycle; null when the course has no test.',
    }),
    canStartAttempt: t.exposeBoolean('canStartAttempt', {
      description: 'Whether startAttempt would open or resume an attempt now.',
    }),
    lessonsTotal: t.exposeInt('lessonsTotal', {
      description:
        'Lessons of the version the person takes: the one they started on in this cycle, else the one published now.',
    }),
    doneLessonIds: t.exposeIDList('doneLessonIds', {
      description: 'The lessons of that version the person has done (opened, or read to the end).',
    }),
    lessonsRequiredBeforeTest: t.exposeBoolean('lessonsRequiredBeforeTest', {
      description: 'Whether the test opens only once every lesson is done.',
    }),
    bestScorePercent: t.exposeFloat('bestScorePercent', { nullable: true }),
    certificateCode: t.exposeString('certificateCode', { nullable: true }),
  }),
});

builder.queryField('myAssignments', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [MyAssignmentRef],
    description: "The signed-in person's assigned courses, soonest due first.",
    resolve: (_root, _args, context) => myAssignments(context.em, context.actor),
  }),
);

builder.queryField('myAssignment', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: MyAssignmentRef,
    nullable: true,
    description:
      "One of the signed-in person's assigned courses by its enrolment id, with what its page shows; null when " +
      'it is not theirs. The list (myAssignments) need not carry every course’s lessons.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => myAssignment(context.em, context.actor, String(id)),
  }),
);

builder.mutationField('markLessonDone', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: MyAssignmentRef,
    description:
      'Records that the signed-in person has done a lesson of a course assigned to them (FORBIDDEN otherwise): ' +
      'a file, video or link opened, a text read to its end. Doing it again changes nothing. Answers the ' +
      "course's standing afresh.",
    args: { courseId: t.arg.id({ required: true }), lessonId: t.arg.id({ required: true }) },
    resolve: async (_root, { courseId, lessonId }, context) => {
      await context.em.transactional((em) =>
        markLessonDone(em, context.actor, { courseId: String(courseId), lessonId: String(lessonId) }),
      );
      const mine = (await myAssignments(context.em, context.actor)).find(
        (a) => a.courseId === String(courseId),
      );
      if (!mine) throw NotFoundError.forId('Course', String(courseId));
      return mine;
    },
  }),
);
