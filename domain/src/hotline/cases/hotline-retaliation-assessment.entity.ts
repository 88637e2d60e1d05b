import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { HotlineReport } from './hotline-report.entity.js';

/** ISO 37002 §8.4: how likely the reporter and witnesses are to suffer retaliation. */
export const RETALIATION_RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RetaliationRiskLevel = (typeof RETALIATION_RISK_LEVELS)[number];

/** The retaliation-risk assessment made at triage; one per case, the latest triage's. */
export const HotlineRetaliationAssessment = defineEntity({
  name: 'HotlineRetaliationAssessment',
  tableName: 'hotline_retaliation_assessment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    report: () => p.manyToOne(HotlineReport).deleteRule('cascade').unique(),
    level: p.enum(RETALIATION_RISK_LEVELS),
    /** Sealed like the case's notes: it may say who threatens whom. Required for medium and high. */
    reasonSealed: p.blob().nullable(),
    assessedBy: () => p.manyToOne(Person),
    assessedAt: p.datetime(),
  },
  filters: tenantFilter,
});

export type IHotlineRetaliationAssessment = InferEntity<typeof HotlineRetaliationAssessment>;
