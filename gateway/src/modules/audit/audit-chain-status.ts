import {
  AUDIT_CHAIN_PROBLEMS,
  AUDIT_READERS,
  auditEventAtSeq,
  verifyAuditChain,
  type AuditChainReport,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { AuditEventRef } from './audit-event.js';

const AuditChainProblemEnum = builder.enumType('AuditChainProblem', {
  description:
    'Why the trail does not verify. event_altered: an event no longer matches its keyed seal; ' +
    'unkeyed_event: an event without the key where the key is required; unknown_key: sealed with a key ' +
    'this deployment does not have; link_broken: events removed or inserted; head_mismatch: events ' +
    'removed from the end; truncated: events a checkpoint vouched for are gone; checkpoint_mismatch: ' +
    'events rewritten and the chain recomputed; checkpoint_invalid: the checkpoint file was edited; ' +
    'legacy_boundary_moved: events passed off as written before the key.',
  values: AUDIT_CHAIN_PROBLEMS,
});

const AuditCheckpointMarkRef = builder.objectRef<{ seq: number; at: Date }>('AuditCheckpointMark');

builder.objectType(AuditCheckpointMarkRef, {
  description: 'A signed checkpoint of the chain head, kept outside the database.',
  fields: (t) => ({
    seq: t.exposeInt('seq'),
    at: t.field({ type: DateTimeScalar, resolve: (mark) => mark.at }),
  }),
});

const AuditChainStatusRef = builder.objectRef<AuditChainReport>('AuditChainStatus');

builder.objectType(AuditChainStatusRef, {
  description:
    'Whether every stored audit event still matches its keyed hash chain and the signed checkpoints ' +
    'kept outside the database (tampering is detectable, §75).',
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    checked: t.exposeInt('checked'),
    brokenAtSeq: t.int({
      nullable: true,
      description: 'The first event no longer vouched for.',
      resolve: (status) => status.brokenAtSeq ?? null,
    }),
    brokenEvent: t.field({
      type: AuditEventRef,
      nullable: true,
      description:
        'The first event no longer vouched for, as the viewer may read it; null when it is gone or hidden from them.',
      resolve: (status, _args, context) =>
        // The query's auth lets only signed-in readers of the trail reach this field.
        status.brokenAtSeq == null || !context.actor
          ? null
          : auditEventAtSeq(context.em, context.actor, status.brokenAtSeq),
    }),
    problem: t.field({
      type: AuditChainProblemEnum,
      nullable: true,
      resolve: (status) => status.problem ?? null,
    }),
    checkpoint: t.field({
      type: AuditCheckpointMarkRef,
      nullable: true,
      description: 'The checkpoint the problem was found against; when ok, the latest one the chain matched.',
      resolve: (status) => status.checkpoint ?? null,
    }),
  }),
});

builder.queryField('auditChainStatus', (t) =>
  t.withAuth({ anyRole: AUDIT_READERS }).field({
    type: AuditChainStatusRef,
    resolve: (_root, _args, context) => verifyAuditChain(context.em, context.actor.organizationId),
  }),
);
