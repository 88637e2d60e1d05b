import { checkedLimit } from '../kernel/paging.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, requireAnyRole, type Actor } from '../kernel/actor.js';
import type { RoleCode } from '../kernel/roles.js';
import { ValidationError } from '../kernel/errors.js';
import { kazakhstanDaySql, startOfKazakhstanDaySql } from '../kernel/kazakhstan-time.js';
import { parseCalendarDay } from '../kernel/working-days.js';
import { isHotlineManager } from '../hotline/cases/case-access.js';
import { HOTLINE_INVESTIGATORS, HOTLINE_MANAGERS } from '../hotline/hotline-roles.js';
import { dataForNonHandler, HOTLINE_ACTION_PREFIXES } from './hotline-trail.js';

/** §75: the trail is read by auditors and by those who run the programme. */
export const AUDIT_READERS: readonly RoleCode[] = ['auditor', 'compliance_head', 'org_admin'];

/** Investigators read the trail too, but only the events of the cases assigned to them. */
export const AUDIT_TRAIL_READERS: readonly RoleCode[] = [...AUDIT_READERS, ...HOTLINE_INVESTIGATORS];

/** Besides the hotline's managers, auditors read every hotline event (§75), without the names (see hotline-trail.ts). */
const HOTLINE_TRAIL_AUDITORS: readonly RoleCode[] = ['auditor'];

export const MAX_AUDIT_PAGE = 200;

/**
 * One event as its reader may see it. Its place in the chain is not shown, neither its `seq` nor
 * its hash (from which a reader could re-link the chain): a reader who doesn't see every event
 * exactly would learn from the gaps when the hidden ones happened. The chain is verified on the
 * server (verifyAuditChain).
 */
export interface AuditEventView {
  id: string;
  /** The instant of the event, or for a `day` event the start of its day in Kazakhstan. */
  at: Date;
  /**
   * `day` for the hotline events of an anonymous report (or of a case since purged): the trail
   * dates them only to the day, and lists them after the day's other events.
   */
  atPrecision: 'instant' | 'day';
  actorPersonId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
  /** The keys of `data` withheld from this reader (names the hotline keeps to its handlers). */
  withheld: string[];
}

interface AuditRow {
  id: string;
  /** For a day-dated event, the start of its day in Kazakhstan. */
  at: Date;
  day_only: boolean;
  actor_person_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  data: Record<string, unknown>;
  hotline: boolean;
  handled: boolean;
}

const HOTLINE_MANAGER_ROLES = HOTLINE_MANAGERS.map((role) => `'${role}'`).join(', ');
const UUID_TEXT = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;
const IS_HOTLINE = HOTLINE_ACTION_PREFIXES.map((prefix) => `e.action like '${prefix}%'`).join(' or ');

/**
 * The events the actor may see, with what decides how each is shown. A hotline event belongs to
 * a case through its report, or through the protection record its HR action or labour dispute
 * falls under. Named persons are found in the case's links and in the trail's own record of
 * them, which outlives the case's purge. A case that names a compliance head is run by the
 * alternate handler (ADR 008): the compliance heads no longer manage it. Parameters:
 * organisation, person, organisation, person, person, organisation, organisation.
 */
const VISIBLE_EVENTS = `
  with named_cases as (
    select ip.report_id as case_id from hotline_involved_person ip
      where ip.organization_id = cast(? as uuid) and ip.person_id = cast(? as uuid)
    union
    select cast(n.entity_id as uuid) from audit_event n
      where n.organization_id = cast(? as uuid) and n.action = 'hotline.involved_persons_linked'
        and n.entity_id ~* ${UUID_TEXT}
        and n.data -> 'personIds' @> jsonb_build_array(cast(? as text))
  ), escalated_cases as (
    select ip.report_id as case_id from hotline_involved_person ip
      join role_grant g on g.person_id = ip.person_id and g.role in (${HOTLINE_MANAGER_ROLES})
      where ip.organization_id = cast(? as uuid)
  ), assigned_cases as (
    select a.report_id as case_id from hotline_case_assignment a
      where a.investigator_id = cast(? as uuid) and a.unassigned_at is null
  ), events as (
    select e.*, (${IS_HOTLINE}) as hotline,
      case
        when e.entity_id !~* ${UUID_TEXT} then null
        when e.entity_type = 'HotlineReport' then cast(e.entity_id as uuid)
        when e.entity_type = 'ProtectionRecord' then
          (select pr.report_id from protection_record pr where pr.id = cast(e.entity_id as uuid))
        when e.entity_type = 'HrAction' then
          (select pr.report_id from hr_action h join protection_record pr on pr.id = h.protection_record_id
            where h.id = cast(e.entity_id as uuid))
        when e.entity_type = 'LabourDispute' then
          (select pr.report_id from labour_dispute l join protection_record pr on pr.id = l.protection_record_id
            where l.id = cast(e.entity_id as uuid))
      end as case_id
    from audit_event e
    where e.organization_id = cast(? as uuid)
  ), visible as (
    select ev.id, ev.seq, ev.at, ev.actor_person_id, ev.action, ev.entity_type, ev.entity_id, ev.data,
      ev.hotline,
      ${kazakhstanDaySql('ev.at')} as day,
      (ev.hotline and ev.case_id is not null and (r.id is null or r.anonymous)) as day_only,
      exists (select 1 from assigned_cases ac where ac.case_id = ev.case_id) as assigned,
      exists (select 1 from escalated_cases ec where ec.case_id = ev.case_id) as escalated
    from events ev left join hotline_report r on r.id = ev.case_id
    where not exists (select 1 from named_cases nc where nc.case_id = ev.case_id)
  )`;

/** Whether the actor handles the event's case. Parameter: the actor is a hotline manager. */
const HANDLES = `((cast(? as boolean) and not v.escalated) or v.assigned)`;

/**
 * Whether the actor reads the event. Parameters: a hotline manager, an auditor of the hotline,
 * reads the rest of the trail.
 */
const READS = `(case when v.hotline then (${HANDLES} or cast(? as boolean)) else cast(? as boolean) end)`;

/**
 * Newest day first; within a day the exactly dated events, newest first, then the day-dated ones.
 * Oldest first is the same order read backwards.
 */
const ORDER_KEY = `v.day, (not v.day_only)::int, v.seq`;
const NEWEST_FIRST = { before: '<', order: 'v.day desc, v.day_only asc, v.seq desc' };
const OLDEST_FIRST = { before: '>', order: 'v.day asc, v.day_only desc, v.seq asc' };

const UUID = new RegExp(UUID_TEXT.slice(1, -1), 'i');
/** The longest action, entity type and entity id the trail stores (audit-event.entity.ts). */
const MAX_FILTER_TEXT = 100;

/**
 * What a reader may narrow the trail to. Days, not instants: the trail dates an anonymous
 * report's events only to the day, so a range finer than a day would time them (§40.6). Every
 * filter applies to the events the reader may read, as they may read them, never to the stored
 * chain: a filter cannot find an event the listing hides.
 */
export interface AuditTrailFilter {
  /** The first day, in Kazakhstan, YYYY-MM-DD. */
  from?: string;
  /** The last day, in Kazakhstan, YYYY-MM-DD, included. */
  to?: string;
  actorPersonId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
}

/** A real day written YYYY-MM-DD: parsing gives back the same text only then. */
function validDay(text: string): boolean {
  return parseCalendarDay(text) === text;
}

/** The filter's conditions on `visible v`, with their parameters; refuses what is not one. */
function filterSql(filter: AuditTrailFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const field of ['from', 'to'] as const) {
    const day = filter[field];
    if (day === undefined) continue;
    if (!validDay(day)) throw ValidationError.because('kernel.notADate', { field, value: day });
    parts.push(field === 'from' ? 'v.day >= cast(? as date)' : 'v.day <= cast(? as date)');
    params.push(day);
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    throw ValidationError.because('audit.filterDaysReversed', { field: 'to' });
  }
  if (filter.actorPersonId !== undefined) {
    if (!UUID.test(filter.actorPersonId)) {
      throw ValidationError.because('audit.filterActor', { field: 'actor' });
    }
    parts.push('v.actor_person_id = cast(? as uuid)');
    params.push(filter.actorPersonId);
  }
  const columns = { action: 'v.action', entityType: 'v.entity_type', entityId: 'v.entity_id' } as const;
  for (const [field, column] of Object.entries(columns) as [keyof typeof columns, string][]) {
    const value = filter[field];
    if (value === undefined) continue;
    if (value.length === 0 || value.length > MAX_FILTER_TEXT) {
      throw ValidationError.because('audit.filterText', { field, max: MAX_FILTER_TEXT });
    }
    parts.push(`${column} = ?`);
    params.push(value);
  }
  return { sql: parts.map((part) => ` and ${part}`).join(''), params };
}

/** The listing's scope and reading rules for one actor: parameters of VISIBLE_EVENTS, HANDLES and READS. */
function readerOf(actor: Actor) {
  requireAnyRole(actor, AUDIT_TRAIL_READERS, 'read the audit trail');
  const manager = isHotlineManager(actor);
  const org = actor.organizationId;
  const person = actor.personId;
  return {
    manager,
    reads: [manager, hasAnyRole(actor, HOTLINE_TRAIL_AUDITORS), hasAnyRole(actor, AUDIT_READERS)],
    scope: [org, person, org, person, org, person, org],
  };
}

const SELECT_VIEW = `select v.id, v.day_only, v.actor_person_id, v.action, v.entity_type, v.entity_id, v.data, v.hotline,
      ${HANDLES} as handled,
      case when v.day_only then ${startOfKazakhstanDaySql('v.day')} else v.at end as at
    from visible v`;

/**
 * The organisation's trail as the actor may read it, newest first (or oldest first); page on with
 * `after` (the id of the last event of the previous page), narrowed by `filter`.
 * - Hotline events (hotline-trail.ts) are for the compliance head and auditors, and for an
 *   investigator those of the cases assigned to them; for everyone else they are absent. An
 *   investigator sees nothing else of the trail.
 * - Whoever a case names (a linked person) never sees its events, whatever their role.
 * - A reader who does not handle the case (an auditor) sees the event's data without the names.
 * - The hotline events of an anonymous report are dated to the day (§40.6: nothing may time the
 *   reporter); the stored chain keeps the instant, which its hash covers.
 */
export async function listAuditEvents(
  em: EntityManager,
  actor: Actor,
  o: { limit: number; after?: string; filter?: AuditTrailFilter; oldestFirst?: boolean },
): Promise<AuditEventView[]> {
  const { manager, reads, scope } = readerOf(actor);
  const direction = o.oldestFirst ? OLDEST_FIRST : NEWEST_FIRST;
  checkedLimit(o.limit, MAX_AUDIT_PAGE);
  if (o.after !== undefined && !UUID.test(o.after)) {
    throw ValidationError.because('audit.afterUnknown', { field: 'after' });
  }
  const filter = filterSql(o.filter ?? {});
  const cursor =
    o.after === undefined
      ? { sql: '', params: [] }
      : {
          sql: `and (${ORDER_KEY}) ${direction.before} (select ${ORDER_KEY} from visible v where ${READS} and v.id = cast(? as uuid))`,
          params: [...reads, o.after],
        };
  const rows = await em.execute<AuditRow[]>(
    `${VISIBLE_EVENTS}
    ${SELECT_VIEW}
    where ${READS} ${filter.sql} ${cursor.sql}
    order by ${direction.order}
    limit ?`,
    [...scope, manager, ...reads, ...filter.params, ...cursor.params, o.limit],
  );
  if (rows.length === 0 && o.after !== undefined) {
    const [found] = await em.execute<{ id: string }[]>(
      `${VISIBLE_EVENTS} select v.id from visible v where ${READS} and v.id = cast(? as uuid)`,
      [...scope, ...reads, o.after],
    );
    if (!found) {
      throw ValidationError.because('audit.afterUnknown', { field: 'after' });
    }
  }
  return rows.map(toView);
}

/**
 * The event at a place of the chain, as the actor may read it; null when they may not read it
 * (or it is gone). For naming the event a broken chain points at: the place itself stays on
 * the server.
 */
export async function auditEventAtSeq(
  em: EntityManager,
  actor: Actor,
  seq: number,
): Promise<AuditEventView | null> {
  const { manager, reads, scope } = readerOf(actor);
  const [row] = await em.execute<AuditRow[]>(
    `${VISIBLE_EVENTS}
    ${SELECT_VIEW}
    where ${READS} and v.seq = ?`,
    [...scope, manager, ...reads, seq],
  );
  return row ? toView(row) : null;
}

/** Who acted and which actions occur in the trail the actor may read: the choices of its filters. */
export interface AuditTrailFacets {
  actorPersonIds: string[];
  actions: string[];
}

export async function auditTrailFacets(em: EntityManager, actor: Actor): Promise<AuditTrailFacets> {
  const { reads, scope } = readerOf(actor);
  const rows = await em.execute<{ kind: 'actor' | 'action'; value: string }[]>(
    `${VISIBLE_EVENTS}, seen as (select v.actor_person_id, v.action from visible v where ${READS})
    select distinct 'actor' as kind, cast(actor_person_id as text) as value from seen where actor_person_id is not null
    union
    select distinct 'action', action from seen
    order by 1, 2`,
    [...scope, ...reads],
  );
  return {
    actorPersonIds: rows.filter((r) => r.kind === 'actor').map((r) => r.value),
    actions: rows.filter((r) => r.kind === 'action').map((r) => r.value),
  };
}

function toView(row: AuditRow): AuditEventView {
  const shown =
    row.hotline && !row.handled ? dataForNonHandler(row.action, row.data) : { data: row.data, withheld: [] };
  return {
    id: row.id,
    at: new Date(row.at),
    atPrecision: row.day_only ? 'day' : 'instant',
    actorPersonId: row.actor_person_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    data: shown.data,
    withheld: shown.withheld,
  };
}
