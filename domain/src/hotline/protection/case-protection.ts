import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { caseForHandler } from '../cases/case-access.js';
import { formatCaseNumber } from '../cases/case-number.js';
import { grantsIdentity } from '../identity/disclosure-rules.js';
import { IdentityDisclosure } from '../identity/identity-disclosure.entity.js';
import { grantProtection, type ProtectionRecordView } from './protection.js';
import type { ProtectionBasis } from './protection-record.entity.js';
import { PROTECTION_GRANTERS } from './protection-roles.js';

/**
 * §40: grants protection from a hotline case, starting on the day the report was received. The
 * case must be the actor's: the compliance head's, or assigned to the investigator. Naming the
 * open reporter is for those who may know who they are — the case's investigators or a holder
 * of an approved disclosure (§69: the identity stays with them) — and an anonymous report has none.
 */
export async function grantCaseProtection(
  em: EntityManager,
  actor: Actor,
  caseId: string,
  input: { personId: string; basis: ProtectionBasis },
  now: Date = new Date(),
): Promise<ProtectionRecordView> {
  requireAnyRole(actor, PROTECTION_GRANTERS, 'grant protection');
  // The case first, then the person (grantProtection): the order every path takes these locks in.
  const { report, assigned } = await caseForHandler(em, actor, caseId, 'grant protection', 'change');
  if (input.basis === 'open_reporter') {
    if (report.anonymous) {
      throw ValidationError.because('hotline.protection.anonymousReport', { field: 'basis' });
    }
    const disclosed =
      assigned ||
      (
        await em.find(
          IdentityDisclosure,
          { report: report.id, requestedFor: actor.personId, approved: true },
          { fields: ['approved', 'requestedBy', 'requestedFor', 'decidedBy'] },
        )
      ).some((d) => grantsIdentity(d, actor.personId));
    if (!disclosed) {
      throw ForbiddenError.because('hotline.protection.reporterUnknown');
    }
  }
  return grantProtection(
    em,
    actor,
    {
      personId: input.personId,
      basis: input.basis,
      reportId: report.id,
      reportNumber: formatCaseNumber(report.number, report.receivedAt),
      reportDate: report.receivedAt,
    },
    now,
  );
}
