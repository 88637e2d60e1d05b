import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError } from '../../kernel/errors.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { newId } from '../../kernel/ids.js';
import { NonDisclosureUndertaking } from './non-disclosure-undertaking.entity.js';
import { UNDERTAKING_TEXT, UNDERTAKING_VERSION } from './undertaking-text.js';

/** The undertaking in force and whether this person has signed it (and when). */
export interface UndertakingView {
  version: string;
  text: LocalizedText;
  signedAt: Date | null;
}

async function signedAt(em: EntityManager, actor: Actor): Promise<Date | null> {
  const row = await em.findOne(
    NonDisclosureUndertaking,
    { organization: actor.organizationId, person: actor.personId, version: UNDERTAKING_VERSION },
    { fields: ['signedAt'] },
  );
  return row?.signedAt ?? null;
}

export async function nonDisclosureUndertaking(em: EntityManager, actor: Actor): Promise<UndertakingView> {
  return { version: UNDERTAKING_VERSION, text: UNDERTAKING_TEXT, signedAt: await signedAt(em, actor) };
}

/**
 * §40.6, §41.3: the reader signs the undertaking they were shown. `version` is the one on their
 * screen: a text replaced meanwhile is refused (CONFLICT), so nobody signs words they did not see.
 * Signing again changes nothing and keeps the first date.
 */
export async function signNonDisclosureUndertaking(
  em: EntityManager,
  actor: Actor,
  version: string,
  now: Date = new Date(),
): Promise<UndertakingView> {
  if (version !== UNDERTAKING_VERSION) {
    throw ConflictError.because('hotline.undertaking.outdated', { version: UNDERTAKING_VERSION });
  }
  // One row per person and version whatever the concurrency: the unique key decides, not a read.
  const id = newId();
  const inserted = await em.execute<{ id: string }[]>(
    `insert into hotline_non_disclosure_undertaking (id, organization_id, person_id, version, signed_at)
     values (?, ?, ?, ?, ?) on conflict (organization_id, person_id, version) do nothing returning id`,
    [id, actor.organizationId, actor.personId, version, now],
  );
  if (inserted.length > 0) {
    await recordAudit(em, actor, {
      organizationId: actor.organizationId,
      action: 'hotline.undertaking_signed',
      entityType: 'NonDisclosureUndertaking',
      entityId: id,
      data: { version },
    });
  }
  return nonDisclosureUndertaking(em, actor);
}

/** Refuses the reading of an identity by whoever has not signed the undertaking in force (§40.6, §41.3). */
export async function requireSignedUndertaking(em: EntityManager, actor: Actor): Promise<void> {
  if (!(await signedAt(em, actor))) {
    throw ForbiddenError.because('hotline.undertaking.required', { version: UNDERTAKING_VERSION });
  }
}
