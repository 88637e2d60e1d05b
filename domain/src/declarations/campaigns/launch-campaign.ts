import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { binProblem } from '../relatives/bin.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { Person } from '../../org/person.entity.js';
import {
  lacksKazakhOrRussian,
  toLocalizedText,
  type LocalizedInput,
} from '../../training/localized-input.js';
import { enrolCampaignGroup } from './audience.js';
import {
  CampaignDeclaration,
  DeclarationCampaign,
  type CampaignGroup,
  type CampaignKind,
  type IDeclarationCampaign,
} from './campaign.entity.js';
import { CAMPAIGN_RUNNERS } from './campaign-roles.js';
import { campaignQuestions, type CampaignQuestionInput } from './questionnaire.js';
import { newSupplierLinkToken, supplierLinkTokenHash } from './supplier-link.js';

export const MAX_TITLE_LENGTH = 300;
export const MAX_SUPPLIERS = 500;
export const MAX_COMMISSION_MEMBERS = 200;

export interface SupplierInvitationInput {
  name: string;
  bin?: string | null;
}

export interface LaunchDeclarationCampaignInput {
  title: LocalizedInput;
  kind: CampaignKind;
  group: CampaignGroup;
  /** Employees, new hires, management: the unit whose subtree is asked; none: the whole organisation. */
  orgUnitId?: string | null;
  deadline: string;
  /** The questionnaire as edited for this campaign; none: the standard questions. */
  questions?: readonly CampaignQuestionInput[] | null;
  procurementReference?: string | null;
  memberIds?: readonly string[] | null;
  suppliers?: readonly SupplierInvitationInput[] | null;
  /** New hires: the first hiring day that joins; none: the launch day. */
  hiredFrom?: string | null;
  hiredTo?: string | null;
}

/** A potential supplier's one-time link token, shown once: only its hash is kept. */
export interface SupplierLink {
  declarationId: string;
  supplierName: string;
  token: string;
}

export interface LaunchedCampaign {
  campaign: IDeclarationCampaign;
  declarants: number;
  supplierLinks: SupplierLink[];
}

function day(text: string | null | undefined, field: string): CalendarDay | null {
  if (text === null || text === undefined || text === '') return null;
  const parsed = parseCalendarDay(text);
  if (!parsed) throw ValidationError.because('kernel.notADate', { field, value: text });
  return parsed;
}

/** Refuses a BIN that fails its check digit (or its shape), naming the field. */
export function requireValidBin(bin: string, field: string): string {
  const trimmed = bin.trim();
  const problem = binProblem(trimmed);
  if (problem) throw ValidationError.because('declarations.campaign.binInvalid', { field, problem });
  return trimmed;
}

async function commissionMembers(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0)
    throw ValidationError.because('declarations.campaign.membersRequired', { field: 'memberIds' });
  if (unique.length > MAX_COMMISSION_MEMBERS) {
    throw ValidationError.because('declarations.campaign.tooManyMembers', {
      field: 'memberIds',
      max: MAX_COMMISSION_MEMBERS,
    });
  }
  const found = await em.find(Person, {
    id: { $in: unique },
    organization: actor.organizationId,
    active: true,
  });
  if (found.length !== unique.length) {
    throw ValidationError.because('declarations.campaign.unknownMember', { field: 'memberIds' });
  }
  return unique;
}

function supplierInvitations(input: readonly SupplierInvitationInput[] | null | undefined) {
  const suppliers = input ?? [];
  if (suppliers.length === 0)
    throw ValidationError.because('declarations.campaign.suppliersRequired', { field: 'suppliers' });
  if (suppliers.length > MAX_SUPPLIERS) {
    throw ValidationError.because('declarations.campaign.tooManySuppliers', {
      field: 'suppliers',
      max: MAX_SUPPLIERS,
    });
  }
  return suppliers.map((supplier, index) => {
    const name = supplier.name.trim().replace(/\s+/g, ' ');
    if (!name || name.length > MAX_TITLE_LENGTH) {
      throw ValidationError.because('declarations.campaign.supplierName', {
        field: `suppliers.${index}.name`,
        number: index + 1,
        max: MAX_TITLE_LENGTH,
      });
    }
    const bin = supplier.bin?.trim() ? requireValidBin(supplier.bin, `suppliers.${index}.bin`) : null;
    return { name, bin };
  });
}

/**
 * §72.1: launches a campaign for one of the five groups: everyone of the group is asked at once
 * (new hires also later, as they are hired), each with a pending declaration due on the deadline.
 * Potential suppliers get a one-time link each, returned here and never again. The caller flushes.
 */
export async function launchDeclarationCampaign(
  em: EntityManager,
  actor: Actor,
  input: LaunchDeclarationCampaignInput,
  now: Date = new Date(),
): Promise<LaunchedCampaign> {
  requireAnyRole(actor, CAMPAIGN_RUNNERS, 'launch a declaration campaign');
  if (lacksKazakhOrRussian(input.title)) {
    throw ValidationError.because('declarations.campaign.titleRequired', { field: 'title' });
  }
  const title = toLocalizedText(input.title);
  if (Object.values(title).some((text) => text.length > MAX_TITLE_LENGTH)) {
    throw ValidationError.because('declarations.campaign.titleTooLong', {
      field: 'title',
      max: MAX_TITLE_LENGTH,
    });
  }
  const today = kazakhstanDay(now);
  const deadline = day(input.deadline, 'deadline');
  if (!deadline)
    throw ValidationError.because('kernel.notADate', { field: 'deadline', value: input.deadline });
  if (deadline < today)
    throw ValidationError.because('declarations.campaign.deadlinePast', { field: 'deadline', deadline });
  const questions = campaignQuestions(input.questions);

  const orgUnit = input.orgUnitId
    ? await em.findOne(OrgUnit, { id: input.orgUnitId, organization: actor.organizationId })
    : null;
  if (input.orgUnitId && !orgUnit)
    throw ValidationError.because('org.unknownOrgUnit', { field: 'orgUnitId' });

  let procurementReference: string | null = null;
  let memberIds: string[] = [];
  let suppliers: { name: string; bin: string | null }[] = [];
  let hiredFrom: CalendarDay | null = null;
  let hiredTo: CalendarDay | null = null;
  if (input.group === 'commission_members') {
    procurementReference = input.procurementReference?.trim() || null;
    if (!procurementReference || procurementReference.length > 200) {
      throw ValidationError.because('declarations.campaign.procurementRequired', {
        field: 'procurementReference',
      });
    }
    memberIds = await commissionMembers(em, actor, input.memberIds ?? []);
  } else if (input.group === 'potential_suppliers') {
    suppliers = supplierInvitations(input.suppliers);
  } else if (input.group === 'new_hires') {
    hiredFrom = day(input.hiredFrom, 'hiredFrom') ?? today;
    hiredTo = day(input.hiredTo, 'hiredTo');
    if (hiredTo !== null && hiredTo < hiredFrom) {
      throw ValidationError.because('declarations.campaign.hireWindow', { field: 'hiredTo' });
    }
  }

  const campaign = em.create(DeclarationCampaign, {
    organization: actor.organizationId,
    title,
    kind: input.kind,
    group: input.group,
    orgUnit,
    procurementReference,
    hiredFrom,
    hiredTo,
    questions,
    deadline,
    status: 'open',
    launchedBy: actor.personId,
    launchedAt: now,
    closedAt: null,
  });
  await em.flush();

  const supplierLinks: SupplierLink[] = [];
  let declarants: number;
  if (input.group === 'commission_members') {
    const people = await em.find(Person, { id: { $in: memberIds } });
    for (const person of people) {
      em.create(CampaignDeclaration, {
        organization: actor.organizationId,
        campaign,
        person,
        orgUnit: person.orgUnit,
        dueOn: deadline,
      });
    }
    declarants = people.length;
  } else if (input.group === 'potential_suppliers') {
    for (const supplier of suppliers) {
      const token = newSupplierLinkToken();
      const declaration = em.create(CampaignDeclaration, {
        organization: actor.organizationId,
        campaign,
        person: null,
        orgUnit: null,
        supplierName: supplier.name,
        supplierBin: supplier.bin,
        linkTokenHash: supplierLinkTokenHash(token),
        dueOn: deadline,
      });
      supplierLinks.push({ declarationId: declaration.id, supplierName: supplier.name, token });
    }
    declarants = suppliers.length;
  } else {
    declarants = await enrolCampaignGroup(em, campaign);
  }
  // New hires join as they are hired; any other group with nobody in it is a mistaken choice.
  if (declarants === 0 && input.group !== 'new_hires')
    throw ValidationError.because('declarations.campaign.nobodyInGroup', { field: 'group' });
  await em.flush();

  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'declarations.campaign.launched',
    entityType: 'DeclarationCampaign',
    entityId: campaign.id,
    data: {
      kind: campaign.kind,
      group: campaign.group,
      orgUnitId: orgUnit?.id ?? null,
      procurementReference,
      deadline,
      questions: questions.map((q) => q.code),
      declarants,
    },
  });
  return { campaign, declarants, supplierLinks };
}
