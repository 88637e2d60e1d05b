import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { toDay } from '../../kernel/working-days.js';
import { Organization } from '../../org/organization.entity.js';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import {
  optionalLink,
  optionalPastDay,
  optionalText,
  requiredPastDay,
  requiredText,
  choiceOf,
} from './service-input.js';
import {
  AntiCorruptionStandard,
  PUBLICATION_PLACES,
  STANDARD_APPROVERS,
  type IAntiCorruptionStandard,
  type PublicationPlace,
  type StandardApprover,
} from './standard.entity.js';

export interface StandardAdoptionView {
  id: string;
  actNumber: string;
  adoptedOn: string;
  approvedBy: StandardApprover;
  approverName: string | null;
  approverBody: string | null;
  documentUrl: string | null;
  note: string | null;
  publishedWhere: PublicationPlace | null;
  publishedUrl: string | null;
  publishedOn: string | null;
  supersededAt: Date | null;
  recordedAt: Date;
}

export interface StandardView {
  /** The act in force: the latest adoption; null until one is recorded. */
  current: StandardAdoptionView | null;
  /** The superseded acts, the latest first. */
  history: StandardAdoptionView[];
  /** §2: the act is to be published on the organisation's website. */
  warnings: StandardWarning[];
}

export type StandardWarning = 'not_adopted' | 'not_published' | 'not_on_website';

function adoptionView(s: IAntiCorruptionStandard): StandardAdoptionView {
  return {
    id: s.id,
    actNumber: s.actNumber,
    adoptedOn: toDay(s.adoptedOn),
    approvedBy: s.approvedBy,
    approverName: s.approverName ?? null,
    approverBody: s.approverBody ?? null,
    documentUrl: s.documentUrl ?? null,
    note: s.note ?? null,
    publishedWhere: s.publishedWhere ?? null,
    publishedUrl: s.publishedUrl ?? null,
    publishedOn: s.publishedOn ? toDay(s.publishedOn) : null,
    supersededAt: s.supersededAt ?? null,
    recordedAt: s.recordedAt,
  };
}

/** Of the organisation's acts, the one in force: superseded by none. */
async function currentAdoption(em: EntityManager, organizationId: string) {
  return em.findOne(AntiCorruptionStandard, { organization: organizationId, supersededBy: null });
}

async function standardViewOf(em: EntityManager, organizationId: string): Promise<StandardView> {
  const all = await em.find(
    AntiCorruptionStandard,
    { organization: organizationId },
    { orderBy: { adoptedOn: 'desc', recordedAt: 'desc' } },
  );
  const current = all.find((s) => !s.supersededBy) ?? null;
  const warnings: StandardWarning[] = [];
  if (!current) warnings.push('not_adopted');
  else if (!current.publishedOn) warnings.push('not_published');
  else if (current.publishedWhere !== 'website') warnings.push('not_on_website');
  return {
    current: current ? adoptionView(current) : null,
    history: all.filter((s) => s !== current).map(adoptionView),
    warnings,
  };
}

/** §2: the act in force and those it superseded. */
export async function antiCorruptionStandard(em: EntityManager, actor: Actor): Promise<StandardView> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the anti-corruption standard');
  return standardViewOf(em, actor.organizationId);
}

export interface StandardAdoptionInput {
  actNumber: string;
  adoptedOn: string;
  approvedBy: string;
  approverName?: string | null;
  approverBody?: string | null;
  documentUrl?: string | null;
  note?: string | null;
}

/**
 * §2: records the act (an order or another document) by which the first head or the management
 * body adopted the standard. A new act is an amended standard: it supersedes the one in force,
 * which stays readable. Adoptions take turns on the organisation's row, so that two at once never
 * leave two acts in force.
 */
export async function recordAntiCorruptionStandard(
  em: EntityManager,
  actor: Actor,
  input: StandardAdoptionInput,
  now: Date,
): Promise<StandardView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'record the anti-corruption standard');
  const actNumber = requiredText(input.actNumber, 'actNumber', 100, 'compliance.standard.actNumberRequired');
  const adoptedOn = requiredPastDay(
    input.adoptedOn,
    'adoptedOn',
    now,
    'compliance.standard.adoptedOnRequired',
  );
  const approvedBy = choiceOf(input.approvedBy, STANDARD_APPROVERS, 'approvedBy');
  const approverName = optionalText(input.approverName, 'approverName', 300);
  const approverBody = optionalText(input.approverBody, 'approverBody', 300);
  // §2: the act names who approved it — the first head (a person) or the management body.
  if (!approverName && !approverBody) {
    throw ValidationError.because('compliance.standard.approverRequired', { field: 'approverName' });
  }
  const documentUrl = optionalLink(input.documentUrl, 'documentUrl');
  const note = optionalText(input.note, 'note', 2000);

  await lockRow(em, Organization, actor.organizationId);
  const current = await currentAdoption(em, actor.organizationId);
  if (current && toDay(current.adoptedOn) > adoptedOn) {
    throw ValidationError.because('compliance.standard.beforeCurrent', {
      field: 'adoptedOn',
      current: toDay(current.adoptedOn),
    });
  }
  const adoption = em.create(AntiCorruptionStandard, {
    id: newId(),
    organization: actor.organizationId,
    actNumber,
    adoptedOn,
    approvedBy,
    approverName,
    approverBody,
    documentUrl,
    note,
    publishedWhere: null,
    publishedUrl: null,
    publishedOn: null,
    supersededBy: null,
    supersededAt: null,
    recordedBy: actor.personId,
    recordedAt: now,
  });
  if (current) {
    current.supersededBy = adoption;
    current.supersededAt = now;
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance.standard_adopted',
    entityType: 'AntiCorruptionStandard',
    entityId: adoption.id,
    data: { actNumber, adoptedOn, approvedBy, supersedes: current?.id ?? null },
  });
  await em.flush();
  return standardViewOf(em, actor.organizationId);
}

export interface StandardPublicationInput {
  publishedWhere: string;
  publishedUrl?: string | null;
  publishedOn: string;
}

/** §2: records where and when the act in force was published (the website, as the text asks, or elsewhere). */
export async function recordStandardPublication(
  em: EntityManager,
  actor: Actor,
  input: StandardPublicationInput,
  now: Date,
): Promise<StandardView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'record the publication of the standard');
  const publishedWhere = choiceOf(input.publishedWhere, PUBLICATION_PLACES, 'publishedWhere');
  const publishedUrl = optionalLink(input.publishedUrl, 'publishedUrl');
  // An intranet page may have no address reachable from outside; the website and elsewhere do.
  if (!publishedUrl && publishedWhere !== 'intranet') {
    throw ValidationError.because('compliance.standard.publicationLinkRequired', { field: 'publishedUrl' });
  }
  const publishedOn = optionalPastDay(input.publishedOn, 'publishedOn', now);
  if (!publishedOn) {
    throw ValidationError.because('compliance.standard.publishedOnRequired', { field: 'publishedOn' });
  }
  await lockRow(em, Organization, actor.organizationId);
  const current = await currentAdoption(em, actor.organizationId);
  if (!current) throw ConflictError.because('compliance.standard.none');
  const adoptedOn = toDay(current.adoptedOn);
  if (publishedOn < adoptedOn) {
    throw ValidationError.because('compliance.standard.publishedBeforeAdoption', {
      field: 'publishedOn',
      adoptedOn,
    });
  }
  current.publishedWhere = publishedWhere;
  current.publishedUrl = publishedUrl;
  current.publishedOn = publishedOn;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance.standard_published',
    entityType: 'AntiCorruptionStandard',
    entityId: current.id,
    data: { publishedWhere, publishedUrl, publishedOn },
  });
  await em.flush();
  return standardViewOf(em, actor.organizationId);
}
