import { PublicHoliday } from '../../kernel/public-holiday.entity.js';
import { HotlineProtectionTask } from './hotline-protection-task.entity.js';
import { HrAction } from './hr-action.entity.js';
import { LabourDispute } from './labour-dispute.entity.js';
import { ProtectionRecord } from './protection-record.entity.js';

/** Protection of people who assist anti-corruption (§39–§41) and the working-day calendar it counts in. */
export const PROTECTION_ENTITIES = [
  PublicHoliday,
  ProtectionRecord,
  HrAction,
  LabourDispute,
  HotlineProtectionTask,
] as const;
