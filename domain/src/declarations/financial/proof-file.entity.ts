import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * A scanned or photographed proof (PDF, JPEG or PNG judged by its bytes): the tax authority's
 * receipt for a filed declaration (§24.2), the trust-management contract (§13), or a bank's
 * confirmation that a foreign account is closed (§30.5). Never the declaration itself.
 */
export const DeclarationProofFile = defineEntity({
  name: 'DeclarationProofFile',
  tableName: 'declaration_proof_file',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** Whose proof it is. */
    person: () => p.manyToOne(Person),
    fileName: p.string().length(255),
    contentType: p.string().length(100),
    sizeBytes: p.integer(),
    data: p.blob().lazy(),
    uploadedBy: () => p.manyToOne(Person),
    uploadedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['person'] }],
  filters: tenantFilter,
});

export type IDeclarationProofFile = InferEntity<typeof DeclarationProofFile>;
