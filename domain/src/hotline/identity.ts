import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import { isUuid } from '../org/org-queries.js';
import { Person } from '../org/person.entity.js';
import { caseForHandler, caseForManager, findCase, isAssigned } from './case-access.js';
import { disclosureView, type IdentityDisclosureView } from './case-view.js';
import { HotlineInvolvedPerson } from './hotline-involved-person.entity.js';
import type { ReporterIdentity } from './hotline-report.entity.js';
import { HOTLINE_MANAGERS } from './hotline-roles.js';
import { IdentityDisclosure, type IIdentityDisclosure } from './identity-disclosure.entity.js';
import { openJson, type HotlineKeyring } from './keyring.js';
import { reportingLineOf } from './reporting-line.js';
import { AAD } from './sealed-fields.js';

const MAX_REASON = 2_000;

/**
 * An open reporter's name and contact (null for an anonymous report). Only the assigned
 * investigators read it, and anyone holding a disclosure the compliance head approved — the
 * compliance head included. Every read is on the audit trail with the reader as actor.
 */
export async function readReporterIdentity(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
): Promise<ReporterIdentity | null> {
  const report = await findCase(em, actor, id);
  const assigned = await isAssigned(em, report.id, actor.personId);
  const disclosed =
    !assigned &&
    (await em.count(IdentityDisclosure, {
      report: report.id,
      requestedFor: actor.personId,
      approved: true,
    })) > 0;
  if (!assigned && !disclosed) {
    throw ForbiddenError.because(
      "Only the case's investigators see the reporter's identity; others need a disclosure approved by the compliance head",
    );
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.identity_read',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { basis: assigned ? 'assigned' : 'disclosure', anonymous: !report.identitySealed },
  });
  if (!report.identitySealed) return null;
  return openJson<ReporterIdentity>(keyring, report.identitySealed, AAD.identity(report.id));
}

/**
 * Asks the compliance head to reveal an open reporter's identity to a person (a handler of the
 * case asks). Never to a person the report names or anyone in their reporting line.
 */
export async function requestIdentityDisclosure(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: { forPersonId: string; reason: string },
  now: Date = new Date(),
): Promise<IIdentityDisclosure> {
  const { report } = await caseForHandler(em, actor, id, 'request an identity disclosure');
  if (report.anonymous || !report.identitySealed) {
    throw ConflictError.because('The report is anonymous: there is no identity to disclose');
  }
  const reason = input.reason?.trim() ?? '';
  if (reason.length === 0)
    throw ValidationError.because('Say why the identity needs to be disclosed', { field: 'reason' });
  if (reason.length > MAX_REASON)
    throw ValidationError.because(`The reason is longer than ${MAX_REASON} characters`, { field: 'reason' });
  const person = isUuid(input.forPersonId)
    ? await em.findOne(Person, { id: input.forPersonId, organization: actor.organizationId })
    : null;
  if (!person) throw NotFoundError.forId('Person', input.forPersonId);
  const involved = await em.find(HotlineInvolvedPerson, { report: report.id }, { fields: ['person'] });
  const named = involved.map((i) => i.person.id);
  const line = await reportingLineOf(em, actor.organizationId, named);
  if (named.includes(person.id) || line.has(person.id)) {
    // §69: no retaliation: the people a report names, and their reporting lines, never learn who reported.
    throw ValidationError.because(
      "The identity can't be disclosed to a person the report names or to their reporting line",
      {
        personId: person.id,
        reason: named.includes(person.id) ? 'named' : 'reporting_line',
      },
    );
  }
  const disclosure = em.create(IdentityDisclosure, {
    id: newId(),
    organization: report.organization,
    report,
    requestedBy: actor.personId,
    requestedFor: person,
    reason,
    requestedAt: now,
    decidedBy: null,
    decidedAt: null,
    approved: null,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.disclosure_requested',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { disclosureId: disclosure.id, forPersonId: person.id },
  });
  return disclosure;
}

/** The compliance head's recorded decision on a disclosure request; decided once. */
export async function decideIdentityDisclosure(
  em: EntityManager,
  actor: Actor,
  disclosureId: string,
  approved: boolean,
  now: Date = new Date(),
): Promise<IdentityDisclosureView> {
  requireAnyRole(actor, HOTLINE_MANAGERS, 'decide identity disclosures');
  const disclosure = isUuid(disclosureId)
    ? await em.findOne(
        IdentityDisclosure,
        { id: disclosureId, organization: actor.organizationId },
        { populate: ['requestedBy', 'requestedFor'] },
      )
    : null;
  if (!disclosure) throw NotFoundError.forId('Identity disclosure', disclosureId);
  await caseForManager(em, actor, disclosure.report.id, 'decide identity disclosures');
  if (disclosure.approved !== null && disclosure.approved !== undefined) {
    throw ConflictError.because('This disclosure request has already been decided', {
      approved: disclosure.approved,
    });
  }
  disclosure.approved = approved;
  disclosure.decidedBy = em.getReference(Person, actor.personId);
  disclosure.decidedAt = now;
  await em.populate(disclosure, ['decidedBy']);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.disclosure_decided',
    entityType: 'HotlineReport',
    entityId: disclosure.report.id,
    data: { disclosureId: disclosure.id, approved, forPersonId: disclosure.requestedFor.id },
  });
  return disclosureView(disclosure);
}
