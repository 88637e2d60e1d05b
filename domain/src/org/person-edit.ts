import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/record-audit.js';
import { lockRow } from '../database/row-lock.js';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { ValidationError } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { LocalizedText } from '../kernel/locale.js';
import { isUuid } from './org-queries.js';
import { Organization } from './organization.entity.js';
import { OrgUnit } from './org-unit.entity.js';
import { lockedPerson } from './person-status.js';
import { Person, type IPerson } from './person.entity.js';
import { Position, type IPosition } from './position.entity.js';
import { changedLanguages, checkedTranslations, type TypedTranslations } from './name-translations.js';

export interface PersonEdit {
  fullName: string;
  email: string;
  orgUnitId: string;
  /** The post's title; empty for none. */
  position?: string | null;
  /**
   * The post's title in each interface language, as the form shows them; absent to leave the
   * post's translations as they are. They belong to the post, so everyone holding it reads them.
   */
  positionTitles?: TypedTranslations | null;
  /**
   * §74.3: whether the post's holders are subject to the anti-corruption restrictions; absent to
   * leave the post as it is. It belongs to the post, so it marks everyone holding it.
   */
  positionUnderRestrictions?: boolean | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_TEXT = 300;

/**
 * Corrects a person's name, e-mail, unit and post. Each bad value is a VALIDATION error naming
 * its field; an e-mail another person of the organisation has is refused, since people sign in
 * and are matched by it. The person's row is locked while the change is checked and written.
 */
export async function updatePerson(
  em: EntityManager,
  actor: Actor,
  personId: string,
  edit: PersonEdit,
): Promise<IPerson> {
  requireAnyRole(actor, ['org_admin'], 'edit people');
  const fullName = edit.fullName.trim().replace(/\s+/g, ' ');
  if (!fullName) throw ValidationError.because('org.nameRequired', { field: 'fullName', reason: 'required' });
  if (fullName.length > MAX_TEXT) {
    throw ValidationError.because('org.nameTooLong', {
      max: MAX_TEXT,
      field: 'fullName',
      reason: 'too_long',
    });
  }
  const email = edit.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 320) {
    throw ValidationError.because('org.notEmail', { field: 'email', reason: 'not_email' });
  }
  const title = (edit.position ?? '').trim().replace(/\s+/g, ' ');
  if (title.length > MAX_TEXT) {
    throw ValidationError.because('org.positionTooLong', {
      max: MAX_TEXT,
      field: 'position',
      reason: 'too_long',
    });
  }
  const orgUnit = isUuid(edit.orgUnitId)
    ? await em.findOne(OrgUnit, { id: edit.orgUnitId, organization: actor.organizationId })
    : null;
  if (!orgUnit)
    throw ValidationError.because('org.unknownOrgUnit', { field: 'orgUnitId', reason: 'unknown' });

  // The organisation's lock first, as the import and deactivation take it: the e-mail and the post
  // are checked across its people, and another edit or an import must not slip in between.
  await lockRow(em, Organization, actor.organizationId);
  const person = await lockedPerson(em, actor, personId);
  if (email !== person.email) {
    const holder = await em.findOne(Person, { organization: actor.organizationId, email });
    if (holder) {
      throw ValidationError.because('org.emailTaken', {
        field: 'email',
        reason: 'email_taken',
      });
    }
  }
  const position = title
    ? ((await em.findOne(Position, {
        organization: actor.organizationId,
        title: { $ilike: likeLiteral(title) },
      })) ??
      em.create(Position, {
        id: newId(),
        organization: actor.organizationId,
        title,
        exposedToCorruptionRisk: false,
      }))
    : null;

  if (position && edit.positionTitles) {
    await retitle(
      em,
      actor,
      position,
      checkedTranslations(edit.positionTitles, position.title, 'positionTitles'),
    );
  }

  if (position && typeof edit.positionUnderRestrictions === 'boolean') {
    await markRestrictions(em, actor, position, edit.positionUnderRestrictions);
  }

  const changed = [
    person.fullName !== fullName && 'fullName',
    person.email !== email && 'email',
    person.orgUnit.id !== orgUnit.id && 'orgUnit',
    (person.position?.id ?? null) !== (position?.id ?? null) && 'position',
  ].filter((field): field is string => Boolean(field));
  if (changed.length === 0) return person;
  person.fullName = fullName;
  person.email = email;
  person.orgUnit = orgUnit;
  person.position = position;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'org.person_updated',
    entityType: 'Person',
    entityId: person.id,
    data: { changed },
  });
  return person;
}

/** Keeps the post's translations, on the trail as a change of the post (everyone holding it reads them). */
async function retitle(
  em: EntityManager,
  actor: Actor,
  position: IPosition,
  titles: Partial<LocalizedText> | null,
): Promise<void> {
  const languages = changedLanguages(position.titles, titles);
  if (languages.length === 0) return;
  position.titles = titles;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'org.position_renamed',
    entityType: 'Position',
    entityId: position.id,
    data: { languages },
  });
}

/** §74.3: marks whether the post's holders are under the anti-corruption restrictions, on the trail as a change of the post. */
async function markRestrictions(
  em: EntityManager,
  actor: Actor,
  position: IPosition,
  underRestrictions: boolean,
): Promise<void> {
  if (position.underRestrictions === underRestrictions) return;
  position.underRestrictions = underRestrictions;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'org.position_restrictions_marked',
    entityType: 'Position',
    entityId: position.id,
    data: { underRestrictions },
  });
}

/** The title as an ILIKE pattern that matches only itself: `%`, `_` and a backslash typed in it are literal. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
