import type { ProgrammeDirection, ProgrammeItemStatus } from './graphql/generated/graphql';

/** §65–§72: the programme's directions, in the methodology's order. */
export const PROGRAMME_DIRECTIONS: readonly ProgrammeDirection[] = [
  'leadership',
  'policies_procedures',
  'training_communication',
  'hotline_investigation',
  'supplier_due_diligence',
  'candidate_due_diligence',
  'conflicts_of_interest',
  'other',
];

export const PROGRAMME_ITEM_STATUSES: readonly ProgrammeItemStatus[] = [
  'planned',
  'in_progress',
  'done',
  'cancelled',
];

/** The colour of a status chip. */
export const statusSeverity = (status: ProgrammeItemStatus) =>
  status === 'done'
    ? 'success'
    : status === 'in_progress'
      ? 'info'
      : status === 'cancelled'
        ? 'warn'
        : 'secondary';
