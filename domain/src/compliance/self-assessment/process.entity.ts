import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { NAME_COLLATION } from '../../database/name-collation.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * §73: a process of the organisation that a self-assessment may draw (procurement, hiring, due
 * diligence of counterparties…). It is drawn for a quarter it was active in; an archived one
 * leaves the catalogue and is never drawn again, while the self-assessments that drew it keep it.
 */
export const ComplianceProcess = defineEntity({
  name: 'ComplianceProcess',
  tableName: 'compliance_process',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** The name as entered; it stands in for any language `names` lacks. */
    name: p.string().length(300).collation(NAME_COLLATION),
    names: p.json<Partial<LocalizedText>>().nullable(),
    ownerUnit: () => p.manyToOne(OrgUnit).nullable(),
    activeFrom: p.date(),
    /** The last day the process ran; null while it still runs. */
    activeTo: p.date().nullable(),
    archivedAt: p.datetime().nullable(),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organization', 'name'] }],
  filters: tenantFilter,
});

export type IComplianceProcess = InferEntity<typeof ComplianceProcess>;

/**
 * §73 step 2: a process internal audit (or internal control testing) reviewed in a quarter; the
 * self-assessment that looks back on that quarter leaves it out, so that the two do not duplicate.
 */
export const InternalAuditCoverage = defineEntity({
  name: 'InternalAuditCoverage',
  tableName: 'compliance_internal_audit_coverage',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    process: () => p.manyToOne(ComplianceProcess),
    /** YYYY-Qn (quarter.ts). */
    quarter: p.string().length(7),
    recordedBy: () => p.manyToOne(Person),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['process', 'quarter'] }],
  indexes: [{ properties: ['organization', 'quarter'] }],
  filters: tenantFilter,
});

export type IInternalAuditCoverage = InferEntity<typeof InternalAuditCoverage>;
