import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { accessTo, caseForHandler, findCase, lockCase, managesCase } from '../cases/case-access.js';
import { caseHandlings } from '../cases/case-handler.js';
import { disclosureView, type IdentityDisclosureView } from '../cases/case-view.js';
import { caseRunnersAmong, disclosureRefusal, grantsIdentity } from './disclosure-rules.js';
import type { IHotlineReport, ReporterIdentity } from '../cases/hotline-report.entity.js';
import { IdentityDisclosure, type IIdentityDisclosure } from './identity-disclosure.entity.js';
import { openJson, type HotlineKeyring } from '../crypto/keyring.js';
import { reportingLineOf } from '../cases/reporting-line.js';
import { AAD } from '../crypto/sealed-fields.js';
import { requireSignedUndertaking } from './undertaking.js';

const MAX_REASON = 2_000;

/**
 * An open reporter's name and contact (null for an anonymous report). Only the assigned
 * investigators read it, and anyone holding a disclosure a third person approved — the
 * compliance head included. Never a person the report names, nor anyone who has not signed the
 * non-disclosure undertaking in force. Every read is on the audit trail with the reader as actor.
 */
export async function readReporterIdentity(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
): Promise<ReporterIdentity | null> {
  // Locked: a read recorded as allowed must not overlap the linking that names the reader.
  const report = await findCase(em, actor, id, 'change');
  const access = await accessTo(em, actor, report);
  const disclosed =
    !access.named &&
    !access.assigned &&
    (
      await em.find(
        IdentityDisclosure,
        { report: report.id, requestedFor: actor.personId, approved: true },
        { fields: ['approved', 'requestedBy', 'requestedFor', 'decidedBy'] },
      )
    ).some((d) => grantsIdentity(d, actor.personId));
  if (!access.assigned && !disclosed) {
    throw ForbiddenError.because('hotline.identity.investigatorsOnly');
  }
  // §40.6, §41.3: whoever reads an open reporter's name has signed the undertaking in force.
  if (report.identitySealed) await requireSignedUndertaking(em, actor);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.identity_read',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { basis: access.assigned ? 'assigned' : 'disclosure', anonymous: !report.identitySealed },
  });
  if (!report.identitySealed) return null;
  return openJson<ReporterIdentity>(keyring, report.identitySealed, AAD.identity(report.id));
}

/**
 * Asks for an open reporter's identity to be revealed to a person (a handler of the case asks,
 * for someone else: four eyes). Never to a person the report names or anyone in their reporting line.
 */
export async function requestIdentityDisclosure(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: { forPersonId: string; reason: string },
  now: Date = new Date(),
): Promise<IIdentityDisclosure> {
  const { report, handling } = await caseForHandler(
    em,
    actor,
    id,
    'request an identity disclosure',
    'change',
  );
  if (report.anonymous || !report.identitySealed) {
    throw ConflictError.because('hotline.identity.anonymous');
  }
  const reason = input.reason?.trim() ?? '';
  if (reason.length === 0)
    throw ValidationError.because('hotline.identity.reasonRequired', { field: 'reason' });
  if (reason.length > MAX_REASON)
    throw ValidationError.because('hotline.identity.reasonTooLong', { field: 'reason', max: MAX_REASON });
  if (input.forPersonId === actor.personId) {
    // Four eyes: whoever would read the name does not ask for it; another handler of the case asks.
    throw ForbiddenError.because('hotline.identity.notForYourself');
  }
  const person = isUuid(input.forPersonId)
    ? await em.findOne(Person, { id: input.forPersonId, organization: actor.organizationId })
    : null;
  if (!person) throw NotFoundError.forId('Person', input.forPersonId);
  const named = [...handling.named];
  const line = await reportingLineOf(em, actor.organizationId, named);
  if (handling.named.has(person.id) || line.has(person.id)) {
    // §69: no retaliation: the people a report names, and their reporting lines, never learn who reported.
    throw ValidationError.because('hotline.identity.namedPerson', {
      personId: person.id,
      reason: handling.named.has(person.id) ? 'named' : 'reporting_line',
    });
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

/**
 * The recorded decision on a disclosure request, taken once, by neither its requester nor its
 * beneficiary (four eyes): the case's manager, or — when the request involves the one who runs
 * the case — the alternate handler or the first head.
 */
export async function decideIdentityDisclosure(
  em: EntityManager,
  actor: Actor,
  disclosureId: string,
  approved: boolean,
  now: Date = new Date(),
): Promise<IdentityDisclosureView> {
  const found = isUuid(disclosureId)
    ? await em.findOne(
        IdentityDisclosure,
        { id: disclosureId, organization: actor.organizationId },
        { fields: ['report'] },
      )
    : null;
  if (!found) throw NotFoundError.forId('Identity disclosure', disclosureId);
  // The case first, then the request afresh: two decisions on one request take turns.
  const report = await lockCase(em, actor.organizationId, found.report.id);
  const disclosure = await em.findOneOrFail(
    IdentityDisclosure,
    { id: disclosureId },
    { populate: ['requestedBy', 'requestedFor'], refresh: true },
  );
  const access = await accessTo(em, actor, report);
  const runners = await caseRunnersAmong(em, actor.organizationId, access.handling, [
    disclosure.requestedBy.id,
    disclosure.requestedFor.id,
  ]);
  const refusal = disclosureRefusal(actor, access.handling, access.manager, disclosure, runners);
  if (refusal) throw ForbiddenError.because(refusal);
  if (disclosure.approved !== null && disclosure.approved !== undefined) {
    throw ConflictError.because('hotline.identity.decided', {
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
    entityId: report.id,
    data: { disclosureId: disclosure.id, approved, forPersonId: disclosure.requestedFor.id },
  });
  return disclosureView(disclosure, report, true);
}

/**
 * The disclosure requests waiting for this person's decision, oldest first: on the cases they
 * manage, and — for the alternate handler and the first head — those the one running a case
 * asked for or would receive, which they see without the case.
 */
export async function pendingDisclosureDecisions(
  em: EntityManager,
  actor: Actor,
): Promise<IdentityDisclosureView[]> {
  const pending = await em.find(
    IdentityDisclosure,
    { organization: actor.organizationId, approved: null },
    { populate: ['report', 'requestedBy', 'requestedFor'], orderBy: { requestedAt: 'asc', id: 'asc' } },
  );
  if (pending.length === 0) return [];
  const handlings = await caseHandlings(
    em,
    actor.organizationId,
    pending.map((d) => d.report.id),
  );
  const views: IdentityDisclosureView[] = [];
  for (const d of pending) {
    const report = d.report as IHotlineReport;
    const handling = handlings.get(report.id);
    if (!handling) continue;
    const runners = await caseRunnersAmong(em, actor.organizationId, handling, [
      d.requestedBy.id,
      d.requestedFor.id,
    ]);
    if (disclosureRefusal(actor, handling, managesCase(actor, handling), d, runners) === null) {
      views.push(disclosureView(d, report, true));
    }
  }
  return views;
}
