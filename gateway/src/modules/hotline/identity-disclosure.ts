import {
  decideIdentityDisclosure,
  pendingDisclosureDecisions,
  readReporterIdentity,
  requestIdentityDisclosure,
  type IdentityDisclosureView,
  type ReporterIdentity,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { changeCase, HotlineCaseRef } from './hotline-case.js';
import { CASE_ACCESS } from './hotline-case-summary.js';
import { PersonRefType } from './person-ref.js';

export const IdentityDisclosureRef = builder.objectRef<IdentityDisclosureView>('IdentityDisclosure');

builder.objectType(IdentityDisclosureRef, {
  description:
    "A request to reveal an open reporter's identity to someone, and the recorded decision on it: taken by neither " +
    'its requester nor its beneficiary (four eyes).',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    caseNumber: t.exposeString('caseNumber'),
    requestedBy: t.field({ type: PersonRefType, resolve: (d) => d.requestedBy }),
    requestedFor: t.field({ type: PersonRefType, resolve: (d) => d.requestedFor }),
    reason: t.exposeString('reason'),
    requestedAt: t.field({ type: DateTimeScalar, resolve: (d) => d.requestedAt }),
    decidedBy: t.field({ type: PersonRefType, nullable: true, resolve: (d) => d.decidedBy }),
    decidedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (d) => d.decidedAt }),
    approved: t.exposeBoolean('approved', { nullable: true, description: 'Null while undecided.' }),
    viewerCanDecide: t.exposeBoolean('viewerCanDecide', {
      description: 'Undecided, and the signed-in person may decide it.',
    }),
  }),
});

const ReporterIdentityRef = builder.objectRef<ReporterIdentity>('ReporterIdentity');

builder.objectType(ReporterIdentityRef, {
  description: 'An open reporter’s name and contact.',
  fields: (t) => ({
    name: t.exposeString('name'),
    contact: t.exposeString('contact'),
  }),
});

builder.mutationField('revealHotlineReporterIdentity', (t) =>
  // A person with an approved disclosure may hold no hotline role; the domain decides who reads it.
  t.withAuth({ authenticated: true }).field({
    type: ReporterIdentityRef,
    nullable: true,
    description:
      "An open reporter's identity (null for an anonymous report): the assigned investigators, or a person with an " +
      'approved disclosure, who has signed the non-disclosure undertaking in force (FORBIDDEN ' +
      'hotline.undertaking.required otherwise). A mutation because every read is recorded on the audit trail.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) =>
        readReporterIdentity(em, context.actor, context.hotlineKeyring, String(id)),
      ),
  }),
);

const DisclosureRequestInput = builder.inputType('DisclosureRequestInput', {
  fields: (t) => ({
    forPersonId: t.id({ required: true }),
    reason: t.string({ required: true }),
  }),
});

builder.mutationField('requestIdentityDisclosure', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    description:
      "A handler of the case asks for the reporter's identity to be revealed to another person: never to themselves " +
      '(FORBIDDEN), to a person the report names or to their reporting line (VALIDATION).',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: DisclosureRequestInput, required: true }),
    },
    resolve: (_root, { id, input }, context) =>
      changeCase(context, String(id), (em, now) =>
        requestIdentityDisclosure(
          em,
          context.actor,
          String(id),
          { forPersonId: String(input.forPersonId), reason: input.reason },
          now,
        ),
      ),
  }),
);

builder.queryField('hotlineDisclosureRequests', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: [IdentityDisclosureRef],
    description:
      'The disclosure requests waiting for the viewer’s decision, oldest first: on the cases they manage, and — for ' +
      'the alternate handler and the first head — those that the one running a case asked for or would receive.',
    resolve: (_root, _args, context) => pendingDisclosureDecisions(context.em, context.actor),
  }),
);

builder.mutationField('decideIdentityDisclosure', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: IdentityDisclosureRef,
    description:
      'Approves or refuses a disclosure request, once (CONFLICT after). Four eyes: neither its requester nor its ' +
      'beneficiary decides (FORBIDDEN); the case’s manager does, or — when the request involves the one who runs ' +
      'the case — the alternate handler or the first head.',
    args: { id: t.arg.id({ required: true }), approved: t.arg.boolean({ required: true }) },
    resolve: (_root, { id, approved }, context) =>
      context.em.transactional((em) =>
        decideIdentityDisclosure(em, context.actor, String(id), approved, new Date()),
      ),
  }),
);
