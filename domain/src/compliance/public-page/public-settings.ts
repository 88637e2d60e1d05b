import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh, lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isUuid } from '../../org/org-queries.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import { Risk } from '../risks/risk.entity.js';
import { CompliancePublicPage } from './public-page.entity.js';

/** 3 to 60 small Latin letters, digits and hyphens, neither first nor last a hyphen: a path segment. */
export const PUBLIC_SLUG = /^[a-z0-9][a-z0-9-]{1,58}[a-z0-9]$/;

export interface PublicPageSettingsView {
  slug: string | null;
  enabled: boolean;
  /** The page's path on the gateway, when it is set: /transparency/<slug>. */
  path: string | null;
}

/** The organisation's public page setting, as the keepers and readers see it. */
export async function compliancePublicPage(em: EntityManager, actor: Actor): Promise<PublicPageSettingsView> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the public page setting');
  const page = await em.findOne(CompliancePublicPage, { organization: actor.organizationId });
  return page
    ? { slug: page.slug, enabled: page.enabled, path: `/transparency/${page.slug}` }
    : { slug: null, enabled: false, path: null };
}

export interface PublicPageInput {
  slug: string;
  enabled: boolean;
}

/**
 * §9.4, §11: sets the address of the organisation's public page and turns it on or off. The slug
 * is unique across organisations: the database's unique index decides between two at once.
 */
export async function setCompliancePublicPage(
  em: EntityManager,
  actor: Actor,
  input: PublicPageInput,
  now: Date,
): Promise<PublicPageSettingsView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'set the public page');
  const slug = input.slug.trim().toLowerCase();
  if (!PUBLIC_SLUG.test(slug)) throw ValidationError.because('compliance.publicPage.slug', { field: 'slug' });
  await lockRow(em, Organization, actor.organizationId);
  // Another organisation's page is not visible through the tenant filter; the slug must be free of it too.
  const taken = await em.count(
    CompliancePublicPage,
    { slug, organization: { $ne: actor.organizationId } },
    { filters: false },
  );
  if (taken > 0) throw ConflictError.because('compliance.publicPage.slugTaken', { field: 'slug' });
  let page = await em.findOne(CompliancePublicPage, { organization: actor.organizationId });
  const before = page ? { slug: page.slug, enabled: page.enabled } : null;
  if (!page) {
    page = em.create(CompliancePublicPage, {
      id: newId(),
      organization: actor.organizationId,
      slug,
      enabled: input.enabled,
      updatedBy: em.getReference(Person, actor.personId),
      updatedAt: now,
    });
  } else {
    page.slug = slug;
    page.enabled = input.enabled;
    page.updatedBy = em.getReference(Person, actor.personId);
    page.updatedAt = now;
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_public_page.set',
    entityType: 'CompliancePublicPage',
    entityId: page.id,
    data: { before, slug, enabled: input.enabled },
  });
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw ConflictError.because('compliance.publicPage.slugTaken', { field: 'slug' });
    }
    throw error;
  }
  return { slug, enabled: input.enabled, path: `/transparency/${slug}` };
}

export interface RiskPublication {
  id: string;
  number: number;
  published: boolean;
}

/**
 * §9.4, §11: marks a risk for the public cartogram or takes it off. A risk carrying protected
 * information (confidential, insider, commercial, personal data) is never published: refused,
 * nothing changes.
 */
export async function setRiskPublished(
  em: EntityManager,
  actor: Actor,
  riskId: string,
  published: boolean,
): Promise<RiskPublication> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'publish risks');
  const risk = isUuid(riskId)
    ? await lockedFresh(em, Risk, { id: riskId, organization: actor.organizationId })
    : null;
  if (!risk) throw NotFoundError.forId('Risk', riskId);
  if (published && risk.confidentiality !== 'none') {
    throw ValidationError.because('compliance.risk.confidentialNotPublishable', { field: 'published' });
  }
  if (risk.published !== published) {
    risk.published = published;
    risk.version += 1;
    await recordAudit(em, actor, {
      organizationId: actor.organizationId,
      action: published ? 'compliance_risk.published' : 'compliance_risk.unpublished',
      entityType: 'Risk',
      entityId: risk.id,
      data: { number: risk.number },
    });
    await em.flush();
  }
  return { id: risk.id, number: risk.number, published: risk.published };
}
