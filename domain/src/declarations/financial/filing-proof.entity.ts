import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { DECLARATION_FORMS } from './declaration-deadline.entity.js';
import { DeclarationProofFile } from './proof-file.entity.js';

/**
 * The proof that a declarant filed a form for a year (§24.1(a): HR collects these notifications
 * of submission), with the reference date the form speaks as of (§27: 31 December of the previous
 * year; §25.2: candidates, the 1st of the month of submission). One per person, form and year.
 */
export const FilingProof = defineEntity({
  name: 'FilingProof',
  tableName: 'filing_proof',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    form: p.enum(DECLARATION_FORMS),
    year: p.integer(),
    referenceDate: p.date(),
    filedOn: p.date(),
    file: () => p.manyToOne(DeclarationProofFile),
    recordedBy: () => p.manyToOne(Person),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organization', 'person', 'form', 'year'] }],
  filters: tenantFilter,
});

export type IFilingProof = InferEntity<typeof FilingProof>;
