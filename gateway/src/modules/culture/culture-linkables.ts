import { CULTURE_PLANNERS, cultureLinkableCourses, cultureLinkableSessions } from '@adal/domain';
import { builder } from '../../builder.js';
import { LinkedCourseRef, LinkedSessionRef } from './culture-activity.js';

// The activity dialog's pickers: the planners link a course or a session without a training role.

builder.queryField('cultureLinkableCourses', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: [LinkedCourseRef],
    description: '§35.3: the published courses a test activity may take its results from, by name.',
    resolve: (_root, _args, context) => cultureLinkableCourses(context.em, context.actor),
  }),
);

builder.queryField('cultureLinkableSessions', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: [LinkedSessionRef],
    description:
      'The training sessions of the year, not cancelled, a classroom activity may record its attendance in.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) => cultureLinkableSessions(context.em, context.actor, year),
  }),
);
