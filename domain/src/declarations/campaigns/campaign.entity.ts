import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { Person } from '../../org/person.entity.js';

/** §72.1: declarations are collected yearly and periodically (an ad hoc campaign). */
export const CAMPAIGN_KINDS = ['yearly', 'ad_hoc'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/**
 * §72.1: the five groups declarations are collected from: current employees, new employees at
 * hiring, members of tender and expert commissions, potential suppliers, management; and, as the
 * training audiences name them (§4.14, §11, §14), the holders of posts exposed to corruption risk.
 */
export const CAMPAIGN_GROUPS = [
  'all_employees',
  'new_hires',
  'commission_members',
  'potential_suppliers',
  'management',
  'risk_exposed_positions',
] as const;
export type CampaignGroup = (typeof CAMPAIGN_GROUPS)[number];

export const CAMPAIGN_STATUSES = ['open', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** A question of a campaign's questionnaire, as the campaign asks it. */
export interface CampaignQuestion {
  /** Stable within the campaign: answers name it. */
  code: string;
  text: LocalizedText;
  /** A "yes" declares an interest: it opens an entry in the conflict-of-interest register (§72.4). */
  interest: boolean;
}

/** One answer of a declaration: yes or no, with what the yes is about. */
export interface DeclarationAnswer {
  code: string;
  yes: boolean;
  details: string | null;
}

/** §72: a call to one group to declare the presence or absence of a conflict of interest by a deadline. */
export const DeclarationCampaign = defineEntity({
  name: 'DeclarationCampaign',
  tableName: 'declaration_campaign',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    title: p.json<LocalizedText>(),
    kind: p.enum(CAMPAIGN_KINDS),
    group: p.enum(CAMPAIGN_GROUPS),
    /** The unit whose subtree is asked (employees, new hires, management); null: the whole organisation. */
    orgUnit: () => p.manyToOne(OrgUnit).nullable(),
    /** For commission members: the procurement the commission sits on. */
    procurementReference: p.string().length(200).nullable(),
    /** For new hires: people hired on these days join the campaign (at launch and daily after). */
    hiredFrom: p.date().nullable(),
    hiredTo: p.date().nullable(),
    questions: p.json<CampaignQuestion[]>(),
    deadline: p.date(),
    status: p.enum(CAMPAIGN_STATUSES).default('open'),
    launchedBy: () => p.manyToOne(Person),
    launchedAt: p.datetime(),
    closedAt: p.datetime().nullable(),
  },
  filters: tenantFilter,
});

export type IDeclarationCampaign = InferEntity<typeof DeclarationCampaign>;

/**
 * One declarant's declaration in a campaign: an employee's (person) or a potential supplier's (by a
 * one-time link, whose token is kept only as its SHA-256). Pending until submitted.
 */
export const CampaignDeclaration = defineEntity({
  name: 'CampaignDeclaration',
  tableName: 'campaign_declaration',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    campaign: () => p.manyToOne(DeclarationCampaign),
    person: () => p.manyToOne(Person).nullable(),
    /** The declarant's unit when asked, so progress by unit stays as the campaign was run. */
    orgUnit: () => p.manyToOne(OrgUnit).nullable(),
    supplierName: p.string().length(300).nullable(),
    /** The BIN the supplier was invited with, if known; the supplier gives it again on submitting. */
    supplierBin: p.string().length(12).nullable(),
    linkTokenHash: p.string().length(64).nullable().unique(),
    dueOn: p.date(),
    answers: p.json<DeclarationAnswer[]>().nullable(),
    declaredInterest: p.boolean().default(false),
    /** §67: new hires acknowledge the code of business ethics with their declaration. */
    ethicsCodeAcknowledgedAt: p.datetime().nullable(),
    submittedAt: p.datetime().nullable(),
    lastRemindedAt: p.datetime().nullable(),
    reminderCount: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['campaign', 'person'] }],
  indexes: [{ properties: ['person'] }],
  filters: tenantFilter,
});

export type ICampaignDeclaration = InferEntity<typeof CampaignDeclaration>;

export const CAMPAIGN_ENTITIES = [DeclarationCampaign, CampaignDeclaration] as const;
