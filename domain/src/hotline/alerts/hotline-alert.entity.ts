import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { HotlineReport } from '../cases/hotline-report.entity.js';

/** `due_soon`: the acknowledgement deadline is near; `overdue`: it has passed unacknowledged. */
export const HOTLINE_ALERT_KINDS = ['due_soon', 'overdue'] as const;
export type HotlineAlertKind = (typeof HOTLINE_ALERT_KINDS)[number];

/**
 * An acknowledgement alert queued for a case (§69: first feedback within 24 hours). The unique
 * key is what keeps an alert from going out twice, even when two replicas run the job at once.
 * Deleted with its case when the case is purged.
 */
export const HotlineAlert = defineEntity({
  name: 'HotlineAlert',
  tableName: 'hotline_alert',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    report: () => p.manyToOne(HotlineReport).deleteRule('cascade'),
    kind: p.enum(HOTLINE_ALERT_KINDS),
    /** The deadline the alert spoke of. */
    acknowledgeBy: p.datetime(),
    sentAt: p.datetime(),
  },
  uniques: [{ properties: ['report', 'kind'] }],
  filters: tenantFilter,
});

export type IHotlineAlert = InferEntity<typeof HotlineAlert>;
