import {
  FINANCIAL_READERS,
  declarationMeetings,
  type DeclarationMeeting,
  type DeclarationMeetings,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { SessionStatusEnum } from '../training/session.js';

// §29: once a year the first head explains to all employees the publication of declaration data;
// Training records the meeting as a session of its own kind, with its attendance.

const DeclarationMeetingRef = builder.objectRef<DeclarationMeeting>('DeclarationMeeting');

builder.objectType(DeclarationMeetingRef, {
  description: "One of the first head's explanatory meetings on publishing declaration data (§29).",
  fields: (t) => ({
    sessionId: t.exposeID('sessionId', { description: 'The training session that records it.' }),
    status: t.field({ type: SessionStatusEnum, resolve: (m) => m.status }),
    day: t.exposeString('day', { description: 'YYYY-MM-DD: held on, or until then planned for.' }),
    attended: t.exposeInt('attended'),
    absent: t.exposeInt('absent'),
  }),
});

const DeclarationMeetingsRef = builder.objectRef<DeclarationMeetings>('DeclarationMeetings');

builder.objectType(DeclarationMeetingsRef, {
  description:
    "The year's explanatory meetings on publishing declaration data, and whether one was held (§29).",
  fields: (t) => ({
    meetings: t.field({ type: [DeclarationMeetingRef], resolve: (r) => r.meetings }),
    held: t.exposeBoolean('held', { description: '§29 recommends the meeting once a year.' }),
    viewerPlans: t.exposeBoolean('viewerPlans', {
      description: "The viewer plans training sessions, so may plan the meeting in Training's pages.",
    }),
    viewerOpens: t.exposeBoolean('viewerOpens', {
      description: "The viewer may open Training's session pages.",
    }),
  }),
});

builder.queryField('declarationMeetings', (t) =>
  t.withAuth({ anyRole: FINANCIAL_READERS }).field({
    type: DeclarationMeetingsRef,
    description:
      "The first head's meetings explaining the publication of declaration data, held or planned in the year, with attendance (§29).",
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) => declarationMeetings(context.em, context.actor, year),
  }),
);
