import type { RoleCode } from '../../kernel/roles.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import type {
  ActivityAudience,
  ActivityKind,
  ActivityTopic,
  CheckForm,
  ICultureActivity,
} from './culture-activity.entity.js';

/** An activity as a version froze it: the plan's columns (§35.1), not its execution. */
export interface ActivitySnapshot {
  id: string;
  kind: ActivityKind;
  topics: ActivityTopic[];
  title: string;
  description: string | null;
  audience: ActivityAudience;
  orgUnitIds: string[];
  role: RoleCode | null;
  deadline: CalendarDay;
  responsibleIds: string[];
  risks: string[];
  /** §9.1, §34: the register's risks it answers; absent from versions approved before they could be named. */
  riskIds?: string[];
  checkForm: CheckForm;
  checkNoneReason: string | null;
  courseId: string | null;
  sessionId: string | null;
  plannedParticipants: number | null;
}

export function snapshotActivity(row: ICultureActivity): ActivitySnapshot {
  return {
    id: row.id,
    kind: row.kind,
    topics: [...row.topics],
    title: row.title,
    description: row.description ?? null,
    audience: row.audience,
    orgUnitIds: [...row.orgUnitIds],
    role: row.role ?? null,
    deadline: toDay(row.deadline),
    responsibleIds: [...row.responsibleIds],
    risks: [...row.risks],
    riskIds: [...(row.riskIds ?? [])],
    checkForm: row.checkForm,
    checkNoneReason: row.checkNoneReason ?? null,
    courseId: row.course?.id ?? null,
    sessionId: row.session?.id ?? null,
    plannedParticipants: row.plannedParticipants ?? null,
  };
}
