import { AUDIT_READERS, verifyAuditChain } from '@adal/domain';
import { builder } from '../../builder.js';

interface AuditChainStatusShape {
  ok: boolean;
  checked: number;
  brokenAtSeq?: number;
}

const AuditChainStatusRef = builder.objectRef<AuditChainStatusShape>('AuditChainStatus');

builder.objectType(AuditChainStatusRef, {
  description:
    'Whether every stored audit event still matches its hash chain (tampering is detectable, §75).',
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    checked: t.exposeInt('checked'),
    brokenAtSeq: t.int({ nullable: true, resolve: (status) => status.brokenAtSeq ?? null }),
  }),
});

builder.queryField('auditChainStatus', (t) =>
  t.withAuth({ anyRole: AUDIT_READERS }).field({
    type: AuditChainStatusRef,
    resolve: (_root, _args, context) => verifyAuditChain(context.em, context.actor.organizationId),
  }),
);
