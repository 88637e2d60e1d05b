import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { DeclarationProofFile } from './proof-file.entity.js';

/**
 * §26: who files the declaration of income and property, each with their spouses — persons holding
 * a responsible state position, persons authorised to perform state functions, officials, persons
 * equated to them; §25: candidates for a state position.
 */
export const DECLARANT_CATEGORIES = [
  'responsible_state_position',
  'authorised_state_functions',
  'official',
  'equated',
  'candidate',
] as const;
export type DeclarantCategory = (typeof DECLARANT_CATEGORIES)[number];

/**
 * §29: the six categories of officials whose declaration data (and their spouses') is published
 * by 31 December of the year after the reporting year.
 */
export const PUBLICATION_CATEGORIES = [
  'political_state_position',
  'administrative_corps_a',
  'parliament_deputy',
  'human_rights_commissioner',
  'judge',
  'quasi_public_manager',
] as const;
export type PublicationCategory = (typeof PUBLICATION_CATEGORIES)[number];

/**
 * A person HR lists as obliged to declare (§24.1(c): HR identifies them), from the day they took
 * the post (`obligedFrom`, which starts form 250.00 and the §13 trust-management term) to the
 * day they left it (`obligedUntil`, which starts the §16 post-service warning).
 */
export const Declarant = defineEntity({
  name: 'Declarant',
  tableName: 'declarant',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    category: p.enum(DECLARANT_CATEGORIES),
    /** §29: set when the person's declaration data must be published. */
    publicationCategory: p.enum(PUBLICATION_CATEGORIES).nullable(),
    /** §30.2: maslikhat deputies are not asked for the no-foreign-account undertaking. */
    maslikhatDeputy: p.boolean().default(false),
    obligedFrom: p.date(),
    obligedUntil: p.date().nullable(),
    /** §13: income-generating property goes into trust management within 30 calendar days of taking office. */
    trustManagementDueOn: p.date(),
    /** The day the transfer was proved, or the day HR recorded that the person holds nothing to transfer. */
    trustManagementSettledOn: p.date().nullable(),
    trustManagementNothingToTransfer: p.boolean().default(false),
    trustManagementProof: () => p.manyToOne(DeclarationProofFile).nullable(),
    registeredBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organization', 'person'] }],
  filters: tenantFilter,
});

export type IDeclarant = InferEntity<typeof Declarant>;
