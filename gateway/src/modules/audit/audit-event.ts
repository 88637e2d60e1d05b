import { AUDIT_READERS, listAuditEvents, type IAuditEvent } from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { JsonScalar } from '../kernel/json.js';
import { PersonRef } from '../org/person.js';

const AuditEventRef = builder.objectRef<IAuditEvent>('AuditEvent');

builder.objectType(AuditEventRef, {
  description: 'One recorded change, linked into the organisation hash chain.',
  fields: (t) => ({
    id: t.exposeID('id'),
    seq: t.exposeInt('seq'),
    at: t.field({ type: DateTimeScalar, resolve: (event) => event.at }),
    actor: t.field({
      type: PersonRef,
      nullable: true,
      description: 'Null for changes made by the system or by an anonymous reporter.',
      resolve: (event) => event.actorPersonId ?? null,
    }),
    action: t.exposeString('action'),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId'),
    data: t.field({ type: JsonScalar, resolve: (event) => event.data }),
    hash: t.exposeString('hash'),
  }),
});

builder.queryField('auditEvents', (t) =>
  // §75: the domain's list of trail readers, declared on the field so its definition says who may call it.
  t.withAuth({ anyRole: AUDIT_READERS }).field({
    type: [AuditEventRef],
    description: 'The most recent audit events first; pass the last seq seen as beforeSeq for the next page.',
    args: {
      limit: t.arg.int({ required: true, defaultValue: 50, description: '1 to 200.' }),
      beforeSeq: t.arg.int(),
    },
    resolve: (_root, { limit, beforeSeq }, context) =>
      listAuditEvents(context.em, context.actor, { limit, ...(beforeSeq != null ? { beforeSeq } : {}) }),
  }),
);
