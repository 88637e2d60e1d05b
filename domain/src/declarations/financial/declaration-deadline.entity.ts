import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/** §28: the tax forms whose filing HR tracks — assets and liabilities, income and property. */
export const DECLARATION_FORMS = ['250.00', '270.00'] as const;
export type DeclarationForm = (typeof DECLARATION_FORMS)[number];

/**
 * The statutory filing deadline of a form in a year. The methodology does not state the date
 * (§24.3 note), so HR sets it per form and year; the §24.3 reminder is due a month before it.
 */
export const DeclarationDeadline = defineEntity({
  name: 'DeclarationDeadline',
  tableName: 'declaration_deadline',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    form: p.enum(DECLARATION_FORMS),
    /** The year the form is filed in. */
    year: p.integer(),
    dueOn: p.date(),
    setBy: () => p.manyToOne(Person),
    setAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organization', 'form', 'year'] }],
  filters: tenantFilter,
});

export type IDeclarationDeadline = InferEntity<typeof DeclarationDeadline>;
