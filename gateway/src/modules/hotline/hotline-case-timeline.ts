import { caseTimeline, type CaseTimelineStep, type TimelineFact } from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { HotlineCaseRef } from './hotline-case.js';
import { CASE_ACCESS } from './hotline-case-summary.js';
import { PersonRefType } from './person-ref.js';

// A case's history: every step from the audit trail, who and when, never what was written.

const TimelineFactRef = builder.objectRef<TimelineFact>('HotlineTimelineFact');

builder.objectType(TimelineFactRef, {
  description:
    'One fact of a step: outcome, scope, category, from / to (a priority), added / removed (labels, or ' +
    'investigators by name), inTime, basis (of an identity read).',
  fields: (t) => ({
    key: t.exposeString('key'),
    values: t.exposeStringList('values'),
  }),
});

const TimelineStepRef = builder.objectRef<CaseTimelineStep>('HotlineTimelineStep');

builder.objectType(TimelineStepRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.field({
      type: DateTimeScalar,
      description: 'For an anonymous report, the start of the day in Kazakhstan (atPrecision day).',
      resolve: (s) => s.at,
    }),
    atPrecision: t.exposeString('atPrecision', { description: 'instant or day.' }),
    action: t.exposeString('action', { description: 'The audit action, e.g. hotline.assigned.' }),
    actor: t.field({ type: PersonRefType, nullable: true, resolve: (s) => s.actor }),
    facts: t.field({ type: [TimelineFactRef], resolve: (s) => s.facts }),
  }),
});

builder.objectField(HotlineCaseRef, 'timeline', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: [TimelineStepRef],
    description: 'Every step of the case from the audit trail, oldest first (§75); the latest 500 at most.',
    resolve: (c, _args, context) => caseTimeline(context.em, context.actor, c.id),
  }),
);
