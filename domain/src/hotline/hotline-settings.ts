import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { ValidationError } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import {
  DEFAULT_ACKNOWLEDGE_HOURS,
  DEFAULT_PROCESSING_DAYS,
  DEFAULT_REPORTER_ACCESS_IDLE_DAYS,
  DEFAULT_RETENTION_YEARS,
  HotlineSettings,
} from './hotline-settings.entity.js';
import { HOTLINE_MANAGERS } from './hotline-roles.js';

export interface HotlineSettingsValues {
  acknowledgeHours: number;
  processingDays: number;
  retentionYears: number;
  reporterAccessIdleDays: number;
}

export const DEFAULT_HOTLINE_SETTINGS: HotlineSettingsValues = {
  acknowledgeHours: DEFAULT_ACKNOWLEDGE_HOURS,
  processingDays: DEFAULT_PROCESSING_DAYS,
  retentionYears: DEFAULT_RETENTION_YEARS,
  reporterAccessIdleDays: DEFAULT_REPORTER_ACCESS_IDLE_DAYS,
};

const LIMITS: Record<keyof HotlineSettingsValues, { min: number; max: number; label: string }> = {
  acknowledgeHours: { min: 1, max: 168, label: 'The acknowledgement deadline is 1 to 168 hours' },
  processingDays: { min: 1, max: 365, label: 'The processing deadline is 1 to 365 days' },
  retentionYears: { min: 1, max: 50, label: 'Closed cases are kept 1 to 50 years' },
  reporterAccessIdleDays: { min: 7, max: 3650, label: 'Reporter access expires after 7 to 3650 idle days' },
};

/** The organisation's hotline settings, or the defaults when none were saved. */
export async function hotlineSettings(
  em: EntityManager,
  organizationId: string,
): Promise<HotlineSettingsValues> {
  const row = await em.findOne(HotlineSettings, { organization: organizationId });
  if (!row) return { ...DEFAULT_HOTLINE_SETTINGS };
  return {
    acknowledgeHours: row.acknowledgeHours,
    processingDays: row.processingDays,
    retentionYears: row.retentionYears,
    reporterAccessIdleDays: row.reporterAccessIdleDays,
  };
}

/** Changes the deadlines and retention periods (compliance head only); applies to cases received from now on. */
export async function updateHotlineSettings(
  em: EntityManager,
  actor: Actor,
  patch: Partial<HotlineSettingsValues>,
): Promise<HotlineSettingsValues> {
  requireAnyRole(actor, HOTLINE_MANAGERS, 'change the hotline settings');
  const changes: Partial<HotlineSettingsValues> = {};
  for (const key of Object.keys(LIMITS) as (keyof HotlineSettingsValues)[]) {
    const value = patch[key];
    if (value === undefined || value === null) continue;
    const { min, max, label } = LIMITS[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw ValidationError.because(label, { field: key, min, max });
    }
    changes[key] = value;
  }
  let row = await em.findOne(HotlineSettings, { organization: actor.organizationId });
  if (!row) {
    row = em.create(HotlineSettings, {
      id: newId(),
      organization: actor.organizationId,
      ...DEFAULT_HOTLINE_SETTINGS,
      lastCaseNumber: 0,
    });
  }
  em.assign(row, changes);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.settings_updated',
    entityType: 'HotlineSettings',
    entityId: row.id,
    data: { ...changes },
  });
  return {
    acknowledgeHours: row.acknowledgeHours,
    processingDays: row.processingDays,
    retentionYears: row.retentionYears,
    reporterAccessIdleDays: row.reporterAccessIdleDays,
  };
}

/**
 * The next case number of the organisation: one upsert on its settings row, which stays locked
 * until the intake's transaction ends, so concurrent intakes never share a number and a
 * number is never given twice (not even after the retention purge).
 */
export async function nextCaseNumber(em: EntityManager, organizationId: string): Promise<number> {
  const [row] = await em.execute<{ last_case_number: number }[]>(
    `insert into hotline_settings (id, organization_id, last_case_number) values (?, ?, 1)
     on conflict (organization_id) do update set last_case_number = hotline_settings.last_case_number + 1
     returning last_case_number`,
    [newId(), organizationId],
  );
  if (!row) throw new Error('The case number sequence did not answer');
  return row.last_case_number;
}
