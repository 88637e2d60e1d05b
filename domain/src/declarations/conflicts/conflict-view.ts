import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { CalendarDay } from '../../kernel/working-days.js';
import type { IPerson } from '../../org/person.entity.js';
import type {
  ConflictCaseStatus,
  ConflictStep,
  IConflictOfInterestCase,
  AssignedCourse,
} from './conflict-of-interest-case.entity.js';
import { CONFLICT_CONCLUDERS, CONFLICT_TRANSFER_RECORDERS } from './conflict-roles.js';
import type { ConflictMeasure, Referral, TypicalCase } from './typical-cases.js';

export interface ConflictPersonRef {
  id: string;
  fullName: string;
}

export interface ConflictCaseView {
  id: string;
  number: string;
  status: ConflictCaseStatus;
  notifier: ConflictPersonRef;
  relatedPersonId: string | null;
  relatedPersonName: string;
  relationKind: string | null;
  relatedEmployee: ConflictPersonRef | null;
  counterparty: string;
  matter: string;
  decisionAtStake: string;
  typicalCase: TypicalCase | null;
  notifiedAt: Date;
  notifiedOn: CalendarDay;
  forwardOwner: ConflictPersonRef | null;
  forwardDueOn: CalendarDay | null;
  forwardedOn: CalendarDay | null;
  forwardedBy: ConflictPersonRef | null;
  concludeDueOn: CalendarDay | null;
  concludedOn: CalendarDay | null;
  concludedBy: ConflictPersonRef | null;
  conflictFound: boolean | null;
  conclusion: string | null;
  identifiedOn: CalendarDay | null;
  deputy: ConflictPersonRef | null;
  decideDueOn: CalendarDay | null;
  decidedOn: CalendarDay | null;
  decidedBy: ConflictPersonRef | null;
  measures: ConflictMeasure[];
  assignedCourse: AssignedCourse | null;
  decisionNote: string | null;
  referral: Referral | null;
  transferDueOn: CalendarDay | null;
  transferredOn: CalendarDay | null;
  transferNote: string | null;
  settledOn: CalendarDay | null;
  settledInTime: boolean | null;
  /** The open step and its due day; null once settled. */
  currentStep: ConflictStep | null;
  dueOn: CalendarDay | null;
  /** The open step's due day has passed (a due day is overdue from the next day on). */
  overdue: boolean;
  /** The steps the viewer may take now. */
  actions: ConflictStep[];
}

const STEP_OF: Record<ConflictCaseStatus, ConflictStep | null> = {
  awaiting_forward: 'forward',
  awaiting_conclusion: 'conclude',
  awaiting_decision: 'decide',
  awaiting_transfer: 'transfer',
  settled: null,
};

/** The step a case waits for and its due day. */
export function openStep(conflict: IConflictOfInterestCase): {
  step: ConflictStep | null;
  dueOn: CalendarDay | null;
} {
  const step = STEP_OF[conflict.status];
  const dueOn =
    step === 'forward'
      ? conflict.forwardDueOn
      : step === 'conclude'
        ? conflict.concludeDueOn
        : step === 'decide'
          ? conflict.decideDueOn
          : step === 'transfer'
            ? conflict.transferDueOn
            : null;
  return { step, dueOn: dueOn ?? null };
}

function ref(person: IPerson | null | undefined): ConflictPersonRef | null {
  return person ? { id: person.id, fullName: person.fullName } : null;
}

export function conflictCaseView(
  conflict: IConflictOfInterestCase,
  actor: Actor,
  now: Date,
  deciderIds: readonly string[],
): ConflictCaseView {
  const { step, dueOn } = openStep(conflict);
  const overdue = dueOn !== null && kazakhstanDay(now) > dueOn;
  const party = conflict.notifier.id === actor.personId || conflict.relatedEmployee?.id === actor.personId;
  const actions: ConflictStep[] = [];
  if (!party && step === 'forward') {
    if (conflict.forwardOwner?.id === actor.personId || (overdue && hasAnyRole(actor, CONFLICT_CONCLUDERS)))
      actions.push('forward');
  }
  if (!party && step === 'conclude' && hasAnyRole(actor, CONFLICT_CONCLUDERS)) actions.push('conclude');
  if (!party && step === 'decide' && deciderIds.includes(actor.personId)) actions.push('decide');
  if (!party && step === 'transfer' && hasAnyRole(actor, CONFLICT_TRANSFER_RECORDERS))
    actions.push('transfer');
  return {
    id: conflict.id,
    number: conflict.number,
    status: conflict.status,
    notifier: ref(conflict.notifier)!,
    relatedPersonId: conflict.relatedPersonId ?? null,
    relatedPersonName: conflict.relatedPersonName,
    relationKind: conflict.relationKind ?? null,
    relatedEmployee: ref(conflict.relatedEmployee),
    counterparty: conflict.counterparty,
    matter: conflict.matter,
    decisionAtStake: conflict.decisionAtStake,
    typicalCase: conflict.typicalCase ?? null,
    notifiedAt: conflict.notifiedAt,
    notifiedOn: conflict.notifiedOn,
    forwardOwner: ref(conflict.forwardOwner),
    forwardDueOn: conflict.forwardDueOn ?? null,
    forwardedOn: conflict.forwardedOn ?? null,
    forwardedBy: ref(conflict.forwardedBy),
    concludeDueOn: conflict.concludeDueOn ?? null,
    concludedOn: conflict.concludedOn ?? null,
    concludedBy: ref(conflict.concludedBy),
    conflictFound: conflict.conflictFound ?? null,
    conclusion: conflict.conclusion ?? null,
    identifiedOn: conflict.identifiedOn ?? null,
    deputy: ref(conflict.deputy),
    decideDueOn: conflict.decideDueOn ?? null,
    decidedOn: conflict.decidedOn ?? null,
    decidedBy: ref(conflict.decidedBy),
    measures: conflict.measures ?? [],
    assignedCourse: conflict.assignedCourse ?? null,
    decisionNote: conflict.decisionNote ?? null,
    referral: conflict.referral ?? null,
    transferDueOn: conflict.transferDueOn ?? null,
    transferredOn: conflict.transferredOn ?? null,
    transferNote: conflict.transferNote ?? null,
    settledOn: conflict.settledOn ?? null,
    settledInTime: conflict.settledInTime ?? null,
    currentStep: step,
    dueOn,
    overdue,
    actions,
  };
}
