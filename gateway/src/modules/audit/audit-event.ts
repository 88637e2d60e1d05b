import { AUDIT_TRAIL_READERS, listAuditEvents, type AuditEventView } from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { JsonScalar } from '../kernel/json.js';
import { PersonRef } from '../org/person.js';

const AuditEventRef = builder.objectRef<AuditEventView>('AuditEvent');

const AuditTimePrecisionEnum = builder.enumType('AuditTimePrecision', {
  description:
    '`day`: the event belongs to an anonymous hotline report, whose events the trail dates only to the day ' +
    '(`at` is the start of that day in Kazakhstan); they are listed after the day’s other events.',
  values: ['instant', 'day'] as const,
});

builder.objectType(AuditEventRef, {
  description:
    'One recorded change, as the viewer may see it. Its place in the hash chain (position, hash) is not ' +
    'shown: the gaps would tell when the events the viewer may not see happened. auditChainStatus verifies ' +
    'the chain.',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.field({ type: DateTimeScalar, resolve: (event) => event.at }),
    atPrecision: t.field({ type: AuditTimePrecisionEnum, resolve: (event) => event.atPrecision }),
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
    withheld: t.exposeStringList('withheld', {
      description:
        'Keys of `data` kept from the viewer: the hotline shows whom a case names only to its handlers.',
    }),
  }),
});

builder.queryField('auditEvents', (t) =>
  // §75: the domain's list of trail readers, declared on the field so its definition says who may call it.
  t.withAuth({ anyRole: AUDIT_TRAIL_READERS }).field({
    type: [AuditEventRef],
    description:
      'The audit trail as the viewer may read it, the most recent first; pass the id of the last event seen ' +
      'as `after` for the next page. Hotline events are for the compliance head, auditors (without the ' +
      'names a case holds) and the investigators of the case; a person a case names never sees its events.',
    args: {
      limit: t.arg.int({ required: true, defaultValue: 50, description: '1 to 200.' }),
      after: t.arg.id({ description: 'The id of the last event of the previous page.' }),
    },
    resolve: (_root, { limit, after }, context) =>
      listAuditEvents(context.em, context.actor, {
        limit,
        ...(after != null ? { after: String(after) } : {}),
      }),
  }),
);
