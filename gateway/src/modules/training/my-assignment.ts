import { CourseTest, ENROLMENT_STATUSES, myAssignments, type MyAssignment } from '@adal/domain';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { byKey } from './by-key.js';
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
    maxAttempts: t.loadable({
      type: 'Int',
      nullable: true,
      resolve: (mine) => mine.courseId,
      load: async (courseIds: string[], context: GatewayContext) =>
        byKey(
          courseIds,
          await context.em.find(CourseTest, { course: { $in: courseIds } }),
          (test) => test.course.id,
        ).map((test) => test?.maxAttempts ?? null),
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
