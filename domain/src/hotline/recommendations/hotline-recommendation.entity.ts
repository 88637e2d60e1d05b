import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { HotlineReport } from '../cases/hotline-report.entity.js';

/** §69: HR and legal follow-up when discipline or dismissal results. */
export const RECOMMENDATION_KINDS = ['corrective', 'disciplinary', 'dismissal', 'legal'] as const;
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

/** §69: a recommendation from a case, with an owner and a due date, monitored until done. */
export const HotlineRecommendation = defineEntity({
  name: 'HotlineRecommendation',
  tableName: 'hotline_recommendation',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    report: () => p.manyToOne(HotlineReport).deleteRule('cascade'),
    kind: p.enum(RECOMMENDATION_KINDS),
    text: p.text(),
    owner: () => p.manyToOne(Person),
    dueOn: p.date(),
    doneAt: p.datetime().nullable(),
    doneNote: p.text().nullable(),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime(),
  },
  indexes: [{ properties: ['report'] }, { properties: ['organization', 'dueOn'] }],
  filters: tenantFilter,
});

export type IHotlineRecommendation = InferEntity<typeof HotlineRecommendation>;
