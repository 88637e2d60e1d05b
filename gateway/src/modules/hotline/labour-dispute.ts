import {
  DISPUTE_BODIES,
  LABOUR_DISPUTE_KEEPERS,
  LABOUR_DISPUTE_READERS,
  listLabourDisputes,
  openLabourDispute,
  recordDisputeDecision,
  recordProtocolForwarded,
  type DecisionSignatory,
  type LabourDisputeView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { PersonRefType } from './person-ref.js';

export const DisputeBodyEnum = builder.enumType('DisputeBody', {
  description: '§40.3, §40.5: where the dispute is heard.',
  values: DISPUTE_BODIES,
});

const DecisionSignatoryRef = builder.objectRef<DecisionSignatory>('DecisionSignatory');

builder.objectType(DecisionSignatoryRef, {
  description:
    '§40.4, §40.7: a member present who signed the decision — a person of the staff, or a name typed in.',
  fields: (t) => ({
    personId: t.exposeID('personId', { nullable: true }),
    name: t.exposeString('name'),
  }),
});

const LabourDisputeRef = builder.objectRef<LabourDisputeView>('LabourDispute');

builder.objectType(LabourDisputeRef, {
  description:
    '§40.3–§40.5: a labour dispute before the conciliation commission, the disciplinary body or a court. The ' +
    'decision is due 30 calendar days after the application (on the next working day when that is a day off, ' +
    'Civil Code art. 173) and its protocol goes to the Agency within 3 working days. Dates are YYYY-MM-DD.',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRefType, resolve: (dispute) => dispute.person }),
    body: t.field({ type: DisputeBodyEnum, resolve: (dispute) => dispute.body }),
    appliedOn: t.exposeString('appliedOn'),
    decisionDueOn: t.exposeString('decisionDueOn'),
    decidedOn: t.string({ nullable: true, resolve: (dispute) => dispute.decidedOn }),
    decision: t.string({ nullable: true, resolve: (dispute) => dispute.decision }),
    agencyRepresentativeAttended: t.boolean({
      nullable: true,
      description:
        '§40.3: whether the Agency’s representative attended; null until the decision is recorded.',
      resolve: (dispute) => dispute.agencyRepresentativeAttended,
    }),
    signatories: t.field({
      type: [DecisionSignatoryRef],
      description: '§40.4, §40.7: the members present who signed the decision.',
      resolve: (dispute) => dispute.signatories,
    }),
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
    body: t.field({ type: DisputeBodyEnum, required: true }),
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
          { personId: String(input.personId), appliedOn: input.appliedOn, body: input.body },
          new Date(),
        ),
      ),
  }),
);

const SignatoryInput = builder.inputType('DecisionSignatoryInput', {
  description: 'A person of the staff (personId), or a name typed in for a member who is not.',
  fields: (t) => ({
    personId: t.id(),
    name: t.string(),
  }),
});

const DisputeDecisionInput = builder.inputType('DisputeDecisionInput', {
  fields: (t) => ({
    decidedOn: t.string({ description: 'YYYY-MM-DD; today when absent.' }),
    decision: t.string({ required: true }),
    agencyRepresentativeAttended: t.boolean({
      description: '§40.3; required — without it the decision is a VALIDATION error.',
    }),
    signatories: t.field({
      type: [SignatoryInput],
      required: true,
      description: '§40.4, §40.7: the members present who signed; at least one.',
    }),
  }),
});

builder.mutationField('recordDisputeDecision', (t) =>
  t.withAuth({ anyRole: LABOUR_DISPUTE_KEEPERS }).field({
    type: LabourDisputeRef,
    description:
      "Records the collegial body's decision, whether the Agency's representative attended (§40.3) and the members " +
      'present who signed (§40.4, §40.7); the protocol is then due 3 working days later.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: DisputeDecisionInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      context.em.transactional((em) =>
        recordDisputeDecision(
          em,
          context.actor,
          String(id),
          {
            decision: input.decision,
            decidedOn: input.decidedOn ?? null,
            // Left for the domain to refuse with its own message when absent.
            agencyRepresentativeAttended: input.agencyRepresentativeAttended as boolean,
            signatories: input.signatories.map((signatory) => ({
              personId: signatory.personId ? String(signatory.personId) : null,
              name: signatory.name ?? null,
            })),
          },
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
