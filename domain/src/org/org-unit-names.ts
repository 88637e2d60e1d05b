import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/record-audit.js';
import { lockRow } from '../database/row-lock.js';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { NotFoundError } from '../kernel/errors.js';
import { isUuid } from './org-queries.js';
import { changedLanguages, checkedTranslations, type TypedTranslations } from './name-translations.js';
import { Organization } from './organization.entity.js';
import { OrgUnit, type IOrgUnit } from './org-unit.entity.js';

/**
 * Keeps an org unit's name in Kazakh, Russian and English, as its administrator types them. The
 * name as entered stays: the staff file finds the unit by it. Taken under the organisation's lock,
 * as the import (which writes the same translations) takes it.
 */
export async function renameOrgUnit(
  em: EntityManager,
  actor: Actor,
  unitId: string,
  typed: TypedTranslations,
): Promise<IOrgUnit> {
  requireAnyRole(actor, ['org_admin'], 'name org units');
  await lockRow(em, Organization, actor.organizationId);
  const unit = isUuid(unitId)
    ? await em.findOne(OrgUnit, { id: unitId, organization: actor.organizationId }, { refresh: true })
    : null;
  if (!unit) throw NotFoundError.forId('OrgUnit', unitId);
  const names = checkedTranslations(typed, unit.name, 'names');
  const languages = changedLanguages(unit.names, names);
  if (languages.length === 0) return unit;
  unit.names = names;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'org.org_unit_renamed',
    entityType: 'OrgUnit',
    entityId: unit.id,
    data: { languages },
  });
  return unit;
}
