import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { HotlineReport } from './hotline-report.entity.js';

/**
 * Annex 2 case 7: an investigator's written notice of a personal interest in a case, and their
 * refusal to investigate it. The reason is sealed like the case's notes; the person never
 * handles the case again.
 */
export const HotlineConflictDeclaration = defineEntity({
  name: 'HotlineConflictDeclaration',
  tableName: 'hotline_conflict_declaration',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    report: () => p.manyToOne(HotlineReport).deleteRule('cascade'),
    person: () => p.manyToOne(Person),
    reasonSealed: p.blob(),
    /** Whether they were on the case when they declared it (else it was offered to them). */
    wasAssigned: p.boolean(),
    declaredAt: p.datetime(),
  },
  indexes: [{ properties: ['report'] }],
  uniques: [{ name: 'hotline_conflict_declaration_unique', properties: ['report', 'person'] }],
  filters: tenantFilter,
});

export type IHotlineConflictDeclaration = InferEntity<typeof HotlineConflictDeclaration>;
