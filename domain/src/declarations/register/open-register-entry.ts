import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import type { CalendarDay } from '../../kernel/working-days.js';
import {
  ConflictRegisterEntry,
  type ConflictSource,
  type IConflictRegisterEntry,
} from './conflict-register-entry.entity.js';

export interface RegisterEntryInput {
  organizationId: string;
  personId: string;
  source: ConflictSource;
  sourceId: string | null;
  relatedPersonId?: string | null;
  counterparty?: string | null;
  description: string;
  identifiedOn: CalendarDay;
}

/**
 * Opens the register's entry for a conflict that came to light, inside the transaction of what
 * brought it (a notification, a campaign submission, a quarterly analysis): the entry exists if
 * and only if its source does. One source opens one entry; asked again, it answers that entry.
 */
export async function openConflictRegisterEntry(
  em: EntityManager,
  actor: Actor | null,
  input: RegisterEntryInput,
): Promise<IConflictRegisterEntry> {
  if (input.sourceId) {
    const existing = await em.findOne(ConflictRegisterEntry, {
      source: input.source,
      sourceId: input.sourceId,
    });
    if (existing) return existing;
  }
  const entry = em.create(ConflictRegisterEntry, {
    organization: input.organizationId,
    person: input.personId,
    source: input.source,
    sourceId: input.sourceId,
    relatedPerson: input.relatedPersonId ?? null,
    counterparty: input.counterparty ?? null,
    description: input.description,
    identifiedOn: input.identifiedOn,
  });
  await em.flush();
  await recordAudit(em, actor, {
    organizationId: input.organizationId,
    action: 'declarations.register.opened',
    entityType: 'ConflictRegisterEntry',
    entityId: entry.id,
    data: { source: input.source, sourceId: input.sourceId },
  });
  return entry;
}
