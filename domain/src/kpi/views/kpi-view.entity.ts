import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import type { RoleCode } from '../../kernel/roles.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import type { ViewFilters } from './view-period.js';
import type { KpiWidget } from './view-layout.js';
import type { ViewFigures } from './view-figures.js';

export const SCHEDULE_FREQUENCIES = ['monthly', 'quarterly'] as const;
export type ScheduleFrequency = (typeof SCHEDULE_FREQUENCIES)[number];

/** A view mailed as its PDF to chosen people, each computed with the recipient's own rights. */
export interface ViewSchedule {
  frequency: ScheduleFrequency;
  recipientIds: string[];
  /** The month (YYYY-MM) or quarter (YYYY-Qn) last sent, so a restart never mails one twice. */
  lastSent: string | null;
}

/**
 * §69, §74: a dashboard of KPIs a compliance head or officer composes: widgets on a grid of 12
 * columns, filters every widget follows, shared read-only with roles or people. Every save keeps
 * the layout as it was (KpiViewVersion) and raises `version`, which an edit must name.
 */
export const KpiView = defineEntity({
  name: 'KpiView',
  tableName: 'kpi_view',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    owner: () => p.manyToOne(Person),
    title: p.string().length(200),
    filters: p.json<ViewFilters>(),
    widgets: p.json<KpiWidget[]>(),
    version: p.integer(),
    /** The roles it is shared with, read-only. */
    sharedRoles: p.json<RoleCode[]>(),
    schedule: p.json<ViewSchedule>().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    /** A deleted view keeps its sign-offs (what the board was shown) but leaves every list. */
    deletedAt: p.datetime().nullable(),
  },
  filters: tenantFilter,
});
export type IKpiView = InferEntity<typeof KpiView>;

/** A person a view is shared with, read-only. */
export const KpiViewShare = defineEntity({
  name: 'KpiViewShare',
  tableName: 'kpi_view_share',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    view: () => p.manyToOne(KpiView),
    person: () => p.manyToOne(Person),
  },
  uniques: [{ properties: ['view', 'person'] }],
  filters: tenantFilter,
});
export type IKpiViewShare = InferEntity<typeof KpiViewShare>;

/** A view as one save left it. */
export const KpiViewVersion = defineEntity({
  name: 'KpiViewVersion',
  tableName: 'kpi_view_version',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    view: () => p.manyToOne(KpiView),
    version: p.integer(),
    title: p.string().length(200),
    filters: p.json<ViewFilters>(),
    widgets: p.json<KpiWidget[]>(),
    savedBy: () => p.manyToOne(Person),
    savedAt: p.datetime(),
  },
  uniques: [{ properties: ['view', 'version'] }],
  filters: tenantFilter,
});
export type IKpiViewVersion = InferEntity<typeof KpiViewVersion>;

/** What the view's keeper says about a widget's figures for one period. */
export const KpiWidgetComment = defineEntity({
  name: 'KpiWidgetComment',
  tableName: 'kpi_widget_comment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    view: () => p.manyToOne(KpiView),
    widgetId: p.string().length(40),
    periodKey: p.string().length(40),
    text: p.text(),
    author: () => p.manyToOne(Person),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['view', 'widgetId', 'periodKey'] }],
  filters: tenantFilter,
});
export type IKpiWidgetComment = InferEntity<typeof KpiWidgetComment>;

/**
 * §69: the compliance head vouches for a view's figures of one period: who, when, and the
 * figures, filters and commentary frozen as they were. One per view and period.
 */
export const KpiViewSignOff = defineEntity({
  name: 'KpiViewSignOff',
  tableName: 'kpi_view_sign_off',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    view: () => p.manyToOne(KpiView),
    periodKey: p.string().length(40),
    viewVersion: p.integer(),
    figures: p.json<ViewFigures>(),
    signedBy: () => p.manyToOne(Person),
    signedAt: p.datetime(),
  },
  uniques: [{ properties: ['view', 'periodKey'] }],
  filters: tenantFilter,
});
export type IKpiViewSignOff = InferEntity<typeof KpiViewSignOff>;
