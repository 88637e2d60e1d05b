import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/** §67.P: the 9 recommended policies and procedures, in the text's order. */
export const PROGRAMME_POLICIES = [
  'business_ethics_code',
  'compliance_service_regulation',
  'compliance_job_descriptions',
  'anti_corruption_policy',
  'conflict_of_interest_policy',
  'due_diligence_procedure',
  'hotline_and_investigations_policy',
  'gifts_and_hospitality_procedure',
  'charity_and_sponsorship_procedure',
] as const;

/** §67.C: the 7 processes that carry the policies' controls, in the text's order. */
export const PROGRAMME_CONTROLS = [
  'procurement_controls',
  'hiring_controls',
  'new_products_budgets_review',
  'bonus_controls',
  'sponsorship_charity_approval',
  'internal_control_risk_management',
  'security_and_internal_audit_checks',
] as const;

export const CHECKLIST_CODES = [...PROGRAMME_POLICIES, ...PROGRAMME_CONTROLS] as const;
export type ChecklistCode = (typeof CHECKLIST_CODES)[number];

export const CHECKLIST_STATUSES = ['missing', 'draft', 'adopted'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

/** §67: where the organisation stands on one policy or process control; absent means missing. */
export const ComplianceChecklistItem = defineEntity({
  name: 'ComplianceChecklistItem',
  tableName: 'compliance_checklist_item',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    code: p.enum(CHECKLIST_CODES),
    status: p.enum(CHECKLIST_STATUSES),
    documentName: p.string().length(300).nullable(),
    documentNumber: p.string().length(100).nullable(),
    documentDate: p.date().nullable(),
    documentUrl: p.string().length(2000).nullable(),
    owner: () => p.manyToOne(Person).nullable(),
    updatedBy: () => p.manyToOne(Person),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['organization', 'code'] }],
  filters: tenantFilter,
});

export type IComplianceChecklistItem = InferEntity<typeof ComplianceChecklistItem>;
