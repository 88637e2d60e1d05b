import {
  AUDIT_TRAIL_READERS,
  auditTrailFacets,
  listAuditEvents,
  type AuditEventView,
  type AuditTrailFilter,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { JsonScalar } from '../kernel/json.js';
import { PersonRef } from '../org/person.js';

export const AuditEventRef = builder.objectRef<AuditEventView>('AuditEvent');

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

const AuditTrailFilterInput = builder.inputType('AuditTrailFilter', {
  description:
    'Narrows the trail the viewer may read. Days, not instants: the trail dates an anonymous report’s ' +
    'events only to the day, so no filter is finer than a day.',
  fields: (t) => ({
    from: t.string({ description: 'The first day in Kazakhstan, YYYY-MM-DD.' }),
    to: t.string({ description: 'The last day in Kazakhstan, YYYY-MM-DD, included.' }),
    actor: t.id({ description: 'The person who acted.' }),
    action: t.string({ description: 'An action code, e.g. person.imported.' }),
    entityType: t.string(),
    entityId: t.string(),
  }),
});

/** The GraphQL filter as the domain takes it: absent fields stay absent. */
export function auditTrailFilter(input: Record<string, unknown> | null | undefined): AuditTrailFilter {
  const filter: AuditTrailFilter = {};
  const text = (value: unknown) => (value == null ? undefined : String(value));
  const from = text(input?.['from']);
  const to = text(input?.['to']);
  const actor = text(input?.['actor']);
  const action = text(input?.['action']);
  const entityType = text(input?.['entityType']);
  const entityId = text(input?.['entityId']);
  if (from !== undefined) filter.from = from;
  if (to !== undefined) filter.to = to;
  if (actor !== undefined) filter.actorPersonId = actor;
  if (action !== undefined) filter.action = action;
  if (entityType !== undefined) filter.entityType = entityType;
  if (entityId !== undefined) filter.entityId = entityId;
  return filter;
}

builder.queryField('auditEvents', (t) =>
  // §75: the domain's list of trail readers, declared on the field so its definition says who may call it.
  t.withAuth({ anyRole: AUDIT_TRAIL_READERS }).field({
    type: [AuditEventRef],
    description:
      'The audit trail as the viewer may read it, the most recent first unless `oldestFirst`; pass the id of the last event seen ' +
      'as `after` for the next page. Hotline events are for the compliance head, auditors (without the ' +
      'names a case holds) and the investigators of the case; a person a case names never sees its events.',
    args: {
      limit: t.arg.int({ required: true, defaultValue: 50, description: '1 to 200.' }),
      after: t.arg.id({ description: 'The id of the last event of the previous page.' }),
      filter: t.arg({ type: AuditTrailFilterInput }),
      oldestFirst: t.arg.boolean({ defaultValue: false, description: 'The trail read from its start.' }),
    },
    resolve: (_root, { limit, after, filter, oldestFirst }, context) =>
      listAuditEvents(context.em, context.actor, {
        limit,
        ...(after != null ? { after: String(after) } : {}),
        filter: auditTrailFilter(filter),
        oldestFirst: oldestFirst ?? false,
      }),
  }),
);

const AuditTrailFacetsRef = builder.objectRef<{ actorPersonIds: string[]; actions: string[] }>(
  'AuditTrailFacets',
);

builder.objectType(AuditTrailFacetsRef, {
  description:
    'The choices of the trail’s filters: who acted and which actions occur in the trail the viewer may read.',
  fields: (t) => ({
    actors: t.field({ type: [PersonRef], resolve: (facets) => facets.actorPersonIds }),
    actions: t.exposeStringList('actions'),
  }),
});

builder.queryField('auditTrailFacets', (t) =>
  t.withAuth({ anyRole: AUDIT_TRAIL_READERS }).field({
    type: AuditTrailFacetsRef,
    resolve: (_root, _args, context) => auditTrailFacets(context.em, context.actor),
  }),
);
