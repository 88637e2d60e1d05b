import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import type { QuarterlyFigures } from './quarterly-figures.js';

/**
 * A quarterly hotline report as it was generated (§69: management reviews the compliance service's
 * periodic report; §60.4: the board receives it). Its figures are frozen at generation, so the
 * PDF and the workbook read the same in every language and whenever they are downloaded.
 */
export const HotlineQuarterlyReport = defineEntity({
  name: 'HotlineQuarterlyReport',
  tableName: 'hotline_quarterly_report',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** "2026-Q1". */
    quarter: p.string().length(7),
    generatedAt: p.datetime(),
    /** Who asked for it; null when the scheduled job generated it. */
    generatedBy: () => p.manyToOne(Person).nullable(),
    figures: p.json<QuarterlyFigures>(),
  },
  indexes: [{ properties: ['organization', 'quarter'] }],
  filters: tenantFilter,
});

export type IHotlineQuarterlyReport = InferEntity<typeof HotlineQuarterlyReport>;
