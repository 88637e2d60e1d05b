import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import {
  ConflictRegisterEntry,
  type ConflictRegisterStatus,
} from '../register/conflict-register-entry.entity.js';
import { openConflictRegisterEntry } from '../register/open-register-entry.js';
import type { IConflictOfInterestCase } from './conflict-of-interest-case.entity.js';

function registerStatus(conflict: IConflictOfInterestCase): ConflictRegisterStatus {
  if (conflict.status !== 'settled') return 'open';
  return conflict.conflictFound === false ? 'no_conflict' : 'settled';
}

/**
 * §15 and the register: a notification opens its entry when made, and each step brings the
 * entry's status, measures and settlement day up to date, in the same transaction.
 */
export async function syncRegisterEntry(
  em: EntityManager,
  actor: Actor,
  conflict: IConflictOfInterestCase,
): Promise<void> {
  if (!conflict.registerEntryId) {
    const entry = await openConflictRegisterEntry(em, actor, {
      organizationId: conflict.organization.id,
      personId: conflict.notifier.id,
      source: 'notification',
      sourceId: conflict.id,
      relatedPersonId: conflict.relatedPersonId ?? null,
      counterparty: conflict.counterparty,
      description: `${conflict.number}: ${conflict.matter}`,
      identifiedOn: conflict.notifiedOn,
    });
    conflict.registerEntryId = entry.id;
    return;
  }
  const entry = await em.findOneOrFail(ConflictRegisterEntry, { id: conflict.registerEntryId });
  const status = registerStatus(conflict);
  // The measures themselves are the case's codes, worded in the reader's language by the register;
  // the entry keeps the words people wrote: the decision's note, or the conclusion.
  const measures = conflict.measures?.length
    ? (conflict.decisionNote ?? null)
    : (conflict.conclusion ?? null);
  if (
    entry.status === status &&
    entry.measures === measures &&
    entry.settledOn === (conflict.settledOn ?? null)
  )
    return;
  entry.status = status;
  entry.measures = measures;
  entry.settledOn = conflict.settledOn ?? null;
  await recordAudit(em, actor, {
    organizationId: conflict.organization.id,
    action: 'declarations.register.updated',
    entityType: 'ConflictRegisterEntry',
    entityId: entry.id,
    data: { status, settledOn: entry.settledOn, source: 'notification', sourceId: conflict.id },
  });
}
