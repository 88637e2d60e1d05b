import type { EntityManager } from '@mikro-orm/postgresql';
import { RoleGrant } from '../../org/role-grant.entity.js';
import { HotlineInvolvedPerson } from './hotline-involved-person.entity.js';
import { HotlineSettings } from '../hotline-settings.entity.js';
import { HOTLINE_MANAGERS } from '../hotline-roles.js';

/**
 * Who runs a case (ADR 008): the compliance service; the alternate handler, because the report
 * names a compliance head; or nobody yet, because it names one and the first head has named no
 * alternate handler (or named one the report names too).
 */
export const CASE_HANDLERS = ['compliance', 'alternate', 'awaiting_alternate'] as const;
export type CaseHandler = (typeof CASE_HANDLERS)[number];

export interface CaseHandling {
  /** The people the report names: they lose every access to the case, whatever their roles. */
  named: ReadonlySet<string>;
  /** A compliance head is among them, so the compliance service no longer runs the case. */
  escalated: boolean;
  /** The alternate handler of the organisation, when one is named and still active. */
  alternateId: string | null;
  handledBy: CaseHandler;
}

/** The alternate handler the first head named, or null (none, or no longer active). */
export async function alternateHandlerOf(em: EntityManager, organizationId: string): Promise<string | null> {
  const settings = await em.findOne(
    HotlineSettings,
    { organization: organizationId },
    { populate: ['alternateHandler'] },
  );
  const alternate = settings?.alternateHandler;
  return alternate && alternate.active ? alternate.id : null;
}

/** The handling of each case, in three queries. */
export async function caseHandlings(
  em: EntityManager,
  organizationId: string,
  reportIds: readonly string[],
): Promise<Map<string, CaseHandling>> {
  const result = new Map<string, CaseHandling>();
  if (reportIds.length === 0) return result;
  const involved = await em.find(
    HotlineInvolvedPerson,
    { report: { $in: [...reportIds] } },
    { fields: ['report', 'person'] },
  );
  const namedIds = [...new Set(involved.map((i) => i.person.id))];
  const heads =
    namedIds.length > 0
      ? await em.find(
          RoleGrant,
          { organization: organizationId, role: { $in: [...HOTLINE_MANAGERS] }, person: { $in: namedIds } },
          { fields: ['person'] },
        )
      : [];
  const headIds = new Set(heads.map((g) => g.person.id));
  const alternateId = await alternateHandlerOf(em, organizationId);
  for (const reportId of reportIds) {
    const named = new Set(involved.filter((i) => i.report.id === reportId).map((i) => i.person.id));
    const escalated = [...named].some((id) => headIds.has(id));
    const handledBy: CaseHandler = !escalated
      ? 'compliance'
      : alternateId && !named.has(alternateId)
        ? 'alternate'
        : 'awaiting_alternate';
    result.set(reportId, { named, escalated, alternateId, handledBy });
  }
  return result;
}

export async function caseHandling(
  em: EntityManager,
  organizationId: string,
  reportId: string,
): Promise<CaseHandling> {
  const handling = (await caseHandlings(em, organizationId, [reportId])).get(reportId);
  if (!handling) throw new Error(`No handling computed for case ${reportId}`);
  return handling;
}

/**
 * The cases of the organisation that name a compliance head, in one query: the compliance heads
 * see only that they exist.
 */
export async function escalatedCaseIds(em: EntityManager, organizationId: string): Promise<Set<string>> {
  const roles = HOTLINE_MANAGERS.map(() => '?').join(', ');
  const rows = await em.execute<{ report_id: string }[]>(
    `select distinct ip.report_id from hotline_involved_person ip
       join role_grant g on g.person_id = ip.person_id and g.organization_id = ip.organization_id
      where ip.organization_id = ? and g.role in (${roles})`,
    [organizationId, ...HOTLINE_MANAGERS],
  );
  return new Set(rows.map((row) => row.report_id));
}

/** The cases that name this person. */
export async function casesNaming(em: EntityManager, personId: string): Promise<Set<string>> {
  const links = await em.find(HotlineInvolvedPerson, { person: personId }, { fields: ['report'] });
  return new Set(links.map((link) => link.report.id));
}

/**
 * The cases whose records a reader of lists beside the queue (protection tasks, the cases behind
 * a figure) may not see (ADR 008): those that name them, and for a compliance head those that
 * name a compliance head, which the alternate handler runs and her queue shows only as existing.
 */
export async function casesWithheldFrom(
  em: EntityManager,
  actor: { personId: string; organizationId: string; roles: readonly string[] },
): Promise<string[]> {
  const manager = actor.roles.some((role) => (HOTLINE_MANAGERS as readonly string[]).includes(role));
  const [named, escalated] = await Promise.all([
    casesNaming(em, actor.personId),
    manager ? escalatedCaseIds(em, actor.organizationId) : new Set<string>(),
  ]);
  return [...new Set([...named, ...escalated])];
}
