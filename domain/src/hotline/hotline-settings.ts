import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { NotFoundError, ValidationError } from '../kernel/errors.js';
import type { ErrorMessageKey } from '../kernel/error-messages.js';
import { newId } from '../kernel/ids.js';
import { isUuid } from '../org/org-queries.js';
import { Person, type IPerson } from '../org/person.entity.js';
import { RoleGrant } from '../org/role-grant.entity.js';
import { lockedFresh } from '../database/row-lock.js';
import type { PersonRef } from './cases/case-summary.js';
import {
  DEFAULT_ACKNOWLEDGE_HOURS,
  DEFAULT_PROCESSING_DAYS,
  DEFAULT_REPORTER_ACCESS_IDLE_DAYS,
  DEFAULT_RETENTION_YEARS,
  HotlineSettings,
  type IHotlineSettings,
} from './hotline-settings.entity.js';
import { ALTERNATE_HANDLER_APPOINTERS, COMPLIANCE_SERVICE_ROLES, HOTLINE_MANAGERS } from './hotline-roles.js';

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

const LIMITS = {
  acknowledgeHours: { min: 1, max: 168, key: 'hotline.settings.acknowledgeHours' },
  processingDays: { min: 1, max: 365, key: 'hotline.settings.processingDays' },
  retentionYears: { min: 1, max: 50, key: 'hotline.settings.retentionYears' },
  reporterAccessIdleDays: { min: 7, max: 3650, key: 'hotline.settings.reporterAccessIdleDays' },
} as const satisfies Record<keyof HotlineSettingsValues, { min: number; max: number; key: ErrorMessageKey }>;

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

/**
 * The organisation's settings row, created with the defaults when absent and locked for the rest
 * of the transaction (FOR NO KEY UPDATE), so concurrent changes take turns instead of racing to
 * create it or overwriting each other.
 */
export async function lockSettings(em: EntityManager, organizationId: string): Promise<IHotlineSettings> {
  await em.execute(
    `insert into hotline_settings (id, organization_id) values (?, ?) on conflict (organization_id) do nothing`,
    [newId(), organizationId],
  );
  const row = await lockedFresh(em, HotlineSettings, { organization: organizationId });
  if (!row) throw new Error(`The hotline settings of organisation ${organizationId} are missing`);
  return row;
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
    const { min, max, key: messageKey } = LIMITS[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw ValidationError.because(messageKey, { field: key, min, max });
    }
    changes[key] = value;
  }
  const row = await lockSettings(em, actor.organizationId);
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

/** The settings with the alternate handler, as the settings page shows them. */
export interface HotlineSettingsView extends HotlineSettingsValues {
  alternateHandler: PersonRef | null;
}

export async function hotlineSettingsView(em: EntityManager, actor: Actor): Promise<HotlineSettingsView> {
  const values = await hotlineSettings(em, actor.organizationId);
  const row = await em.findOne(
    HotlineSettings,
    { organization: actor.organizationId },
    { populate: ['alternateHandler'] },
  );
  const alternate = row?.alternateHandler ?? null;
  return {
    ...values,
    alternateHandler: alternate ? { id: alternate.id, fullName: alternate.fullName } : null,
  };
}

/**
 * Names the alternate handler (ADR 008): who runs the cases that name a compliance head, and the
 * second pair of eyes on disclosures that involve whoever runs a case. The first head names them,
 * never a compliance head, who must not pick who judges her; a board member (§60.4: the
 * compliance service reports to the board) or a deputy of the first head — anyone active outside
 * the compliance service. Null clears it: those cases then wait for the first head.
 */
export async function setHotlineAlternateHandler(
  em: EntityManager,
  actor: Actor,
  personId: string | null,
): Promise<HotlineSettingsView> {
  requireAnyRole(actor, ALTERNATE_HANDLER_APPOINTERS, 'name the alternate handler of the hotline');
  let person: IPerson | null = null;
  if (personId !== null) {
    person = isUuid(personId)
      ? await em.findOne(Person, { id: personId, organization: actor.organizationId })
      : null;
    if (!person) throw NotFoundError.forId('Person', personId);
    if (!person.active) {
      throw ValidationError.because('hotline.settings.personInactive', {
        field: 'personId',
      });
    }
    const service = await em.count(RoleGrant, {
      organization: actor.organizationId,
      person: person.id,
      role: { $in: [...COMPLIANCE_SERVICE_ROLES] },
    });
    if (service > 0) {
      throw ValidationError.because('hotline.settings.alternateInService', {
        field: 'personId',
        reason: 'compliance_service',
      });
    }
  }
  const row = await lockSettings(em, actor.organizationId);
  row.alternateHandler = person;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.alternate_handler_set',
    entityType: 'HotlineSettings',
    entityId: row.id,
    data: { personId: person?.id ?? null },
  });
  return {
    acknowledgeHours: row.acknowledgeHours,
    processingDays: row.processingDays,
    retentionYears: row.retentionYears,
    reporterAccessIdleDays: row.reporterAccessIdleDays,
    alternateHandler: person ? { id: person.id, fullName: person.fullName } : null,
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
