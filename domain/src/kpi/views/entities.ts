import {
  KpiView,
  KpiViewShare,
  KpiViewSignOff,
  KpiViewVersion,
  KpiWidgetComment,
} from './kpi-view.entity.js';

export const KPI_VIEW_ENTITIES = [
  KpiView,
  KpiViewShare,
  KpiViewVersion,
  KpiWidgetComment,
  KpiViewSignOff,
] as const;
