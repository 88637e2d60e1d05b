import {
  LABOUR_DISPUTE_KEEPERS,
  LABOUR_DISPUTE_READERS,
  listLabourDisputes,
  openLabourDispute,
  recordDisputeDecision,
  recordProtocolForwarded,
  type LabourDisputeView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { PersonRefType } from './person-ref.js';

const LabourDisputeRef = builder.objectRef<LabourDisputeView>('LabourDispute');

builder.objectType(LabourDisputeRef, {
  description:
    '§40.3–§40.4: a labour dispute before the collegial body, which decides within 30 calendar days of the ' +
    'application and sends its protocol to the Agency within 3 working days. Dates are YYYY-MM-DD.',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRefType, resolve: (dispute) => dispute.person }),
    appliedOn: t.exposeString('appliedOn'),
    decisionDueOn: t.exposeString('decisionDueOn'),
    decidedOn: t.string({ nullable: true, resolve: (dispute) => dispute.decidedOn }),
    decision: t.string({ nullable: true, resolve: (dispute) => dispute.decision }),
    protocolDueOn: t.string({ nullable: true, resolve: (dispute) => dispute.protocolDueOn }),
    protocolForwardedOn: t.string({ nullable: true, resolve: (dispute) => dispute.protocolForwardedOn }),
    decisionOverdue: t.exposeBoolean('decisionOverdue'),
    protocolOverdue: t.exposeBoolean('protocolOverdue'),
  }),
});

builder.queryField('labourDisputes', (t) =>
  t.withAuth({ anyRole: LABOUR_DISPUTE_READERS }).field({
    type: [LabourDisputeRef],
    description: 'Labour disputes, newest application first, with their overdue flags as of now.',
    resolve: (_root, _args, context) => listLabourDisputes(context.em, context.actor, new Date()),
  }),
);

const LabourDisputeInput = builder.inputType('LabourDisputeInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    appliedOn: t.string({ required: true, description: 'YYYY-MM-DD' }),
  }),
});

builder.mutationField('openLabourDispute', (t) =>
  t.withAuth({ anyRole: LABOUR_DISPUTE_KEEPERS }).field({
    type: LabourDisputeRef,
    args: { input: t.arg({ type: LabourDisputeInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        openLabourDispute(
          em,
          context.actor,
          { personId: String(input.personId), appliedOn: input.appliedOn },
          new Date(),
        ),
      ),
  }),
);

const DisputeDecisionInput = builder.inputType('DisputeDecisionInput', {
  fields: (t) => ({
    decidedOn: t.string({ description: 'YYYY-MM-DD; today when absent.' }),
    decision: t.string({ required: true }),
  }),
});

builder.mutationField('recordDisputeDecision', (t) =>
  t.withAuth({ anyRole: LABOUR_DISPUTE_KEEPERS }).field({
    type: LabourDisputeRef,
    description: "Records the collegial body's decision; the protocol is then due 3 working days later.",
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: DisputeDecisionInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      context.em.transactional((em) =>
        recordDisputeDecision(
          em,
          context.actor,
          String(id),
          { decision: input.decision, decidedOn: input.decidedOn ?? null },
          new Date(),
        ),
      ),
  }),
);

builder.mutationField('recordProtocolForwarded', (t) =>
  t.withAuth({ anyRole: LABOUR_DISPUTE_KEEPERS }).field({
    type: LabourDisputeRef,
    description: 'Records the day the signed protocol went to the Agency.',
    args: {
      id: t.arg.id({ required: true }),
      forwardedOn: t.arg.string({ required: true, description: 'YYYY-MM-DD' }),
    },
    resolve: (_root, { id, forwardedOn }, context) =>
      context.em.transactional((em) =>
        recordProtocolForwarded(em, context.actor, String(id), { forwardedOn }, new Date()),
      ),
  }),
);
