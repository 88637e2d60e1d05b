import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '../../kernel/locale.js';
import { formatCaseNumber } from '../cases/case-number.js';
import { HotlineAlert, type HotlineAlertKind, type IHotlineAlert } from './hotline-alert.entity.js';
import { ALTERNATE_HANDLER_APPOINTERS, HOTLINE_MANAGERS } from '../hotline-roles.js';

/** §69: first feedback within 24 hours; those handling the case are warned this long before the deadline. */
export const DUE_SOON_HOURS = 4;

/** Who an alert goes to: a person's address, name and language, nothing about the report. */
export interface AlertRecipient {
  email: string;
  fullName: string;
  locale: Locale;
}

/** An acknowledgement alert due now for one case, with what its e-mails need. */
export interface AcknowledgementAlert {
  reportId: string;
  organizationId: string;
  caseNumber: string;
  acknowledgeBy: Date;
  kind: HotlineAlertKind;
  recipients: AlertRecipient[];
}

interface Row {
  report_id: string;
  organization_id: string;
  number: number;
  received_at: Date | string;
  acknowledge_by: Date | string;
  kind: HotlineAlertKind;
  email: string;
  full_name: string;
  locale: Locale;
}

/**
 * The acknowledgement alerts to send now in an organisation: cases not yet acknowledged nor closed
 * whose deadline is within DUE_SOON_HOURS (`due_soon`) or past (`overdue`), and whose alert of that
 * kind has not been sent. They go to the investigators assigned to the case; when no active
 * investigator is, to whoever runs it (ADR 008): the compliance heads, or — for a case that names
 * a compliance head — the alternate handler, or the first heads while there is none to name one.
 * Never to a person the case names. A missed run sends only the kind that applies now.
 */
export async function dueAcknowledgementAlerts(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<AcknowledgementAlert[]> {
  const list = (roles: readonly string[]) => roles.map(() => '?').join(', ');
  const rows = await em.execute<Row[]>(
    `with due as (
       select r.id, r.organization_id, r.number, r.received_at, r.acknowledge_by,
              case when r.acknowledge_by < cast(? as timestamptz) then 'overdue' else 'due_soon' end as kind
         from hotline_report r
        where r.organization_id = cast(? as uuid)
          and r.acknowledged_at is null
          and r.status <> 'closed'
          and r.acknowledge_by <= cast(? as timestamptz) + interval '${DUE_SOON_HOURS} hours'
     ), handlers as (
       select a.report_id, a.investigator_id as person_id
         from hotline_case_assignment a
         join person ap on ap.id = a.investigator_id and ap.active
        where a.unassigned_at is null
     ), named as (
       select ip.report_id, ip.person_id from hotline_involved_person ip join due on due.id = ip.report_id
     ), escalated as (
       select distinct n.report_id from named n
         join role_grant g on g.person_id = n.person_id and g.organization_id = cast(? as uuid)
        where g.role in (${list(HOTLINE_MANAGERS)})
     ), alternate as (
       select s.alternate_handler_id as person_id from hotline_settings s
         join person sp on sp.id = s.alternate_handler_id and sp.active
        where s.organization_id = cast(? as uuid)
     ), runners as (
       select due.id as report_id, g.person_id from due
         join role_grant g on g.organization_id = due.organization_id and g.role in (${list(HOTLINE_MANAGERS)})
        where due.id not in (select report_id from escalated)
       union
       select due.id, a.person_id from due cross join alternate a
        where due.id in (select report_id from escalated)
          and a.person_id not in (select n.person_id from named n where n.report_id = due.id)
       union
       select due.id, g.person_id from due
         join role_grant g on g.organization_id = due.organization_id and g.role in (${list(ALTERNATE_HANDLER_APPOINTERS)})
        where due.id in (select report_id from escalated)
          and not exists (select 1 from alternate a
                           where a.person_id not in (select n.person_id from named n where n.report_id = due.id))
     )
     select due.id as report_id, due.organization_id, due.number, due.received_at, due.acknowledge_by,
            due.kind, p.email, p.full_name, p.locale
       from due
       join person p on p.active and (
              p.id in (select h.person_id from handlers h where h.report_id = due.id)
              or (not exists (select 1 from handlers h where h.report_id = due.id)
                  and p.id in (select r.person_id from runners r where r.report_id = due.id)))
      where not exists (select 1 from hotline_alert s where s.report_id = due.id and s.kind = due.kind)
        and p.id not in (select n.person_id from named n where n.report_id = due.id)
      order by due.number, p.email`,
    [
      now,
      organizationId,
      now,
      organizationId,
      ...HOTLINE_MANAGERS,
      organizationId,
      ...HOTLINE_MANAGERS,
      ...ALTERNATE_HANDLER_APPOINTERS,
    ],
  );
  const alerts = new Map<string, AcknowledgementAlert>();
  for (const row of rows) {
    let alert = alerts.get(row.report_id);
    if (!alert) {
      alert = {
        reportId: row.report_id,
        organizationId: row.organization_id,
        caseNumber: formatCaseNumber(row.number, new Date(row.received_at)),
        acknowledgeBy: new Date(row.acknowledge_by),
        kind: row.kind,
        recipients: [],
      };
      alerts.set(row.report_id, alert);
    }
    alert.recipients.push({ email: row.email, fullName: row.full_name, locale: row.locale });
  }
  return [...alerts.values()];
}

/**
 * Records that the alert was queued. Call it in the transaction that queues the e-mails: if the
 * transaction fails, neither happened; the unique key refuses a second record of the same alert.
 * The caller flushes.
 */
export function markAlertSent(em: EntityManager, alert: AcknowledgementAlert, now: Date): IHotlineAlert {
  return em.create(HotlineAlert, {
    organization: alert.organizationId,
    report: alert.reportId,
    kind: alert.kind,
    acknowledgeBy: alert.acknowledgeBy,
    sentAt: now,
  });
}
