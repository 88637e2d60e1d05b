import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

export interface TaxRequestEmployee {
  personId: string;
  fullName: string;
  iin: string;
}

/**
 * §30.3: the yearly request to the tax authority with every employee's IIN, and §30.4 its answer.
 * The list is taken from the staff when the request is prepared and kept with it.
 */
export const TaxAuthorityRequest = defineEntity({
  name: 'TaxAuthorityRequest',
  tableName: 'tax_authority_request',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    year: p.integer(),
    employeeCount: p.integer(),
    /** The staff as the request named them, so the file downloaded later is the one sent. */
    employees: p.json<TaxRequestEmployee[]>().lazy(),
    preparedBy: () => p.manyToOne(Person),
    preparedAt: p.datetime().onCreate(() => new Date()),
    answerReceivedOn: p.date().nullable(),
    answerReference: p.string().length(200).nullable(),
    answerRecordedBy: () => p.manyToOne(Person).nullable(),
  },
  uniques: [{ properties: ['organization', 'year'] }],
  filters: tenantFilter,
});

export type ITaxAuthorityRequest = InferEntity<typeof TaxAuthorityRequest>;
