/**
 * Where a declaration stands: `submitted`; `pending` before its due date; `overdue` after it while
 * the campaign is open; `missed` when the campaign closed without it.
 */
export const DECLARATION_STATUSES = ['submitted', 'pending', 'overdue', 'missed'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

/** DeclarationStatus in SQL over `d` (campaign_declaration) and `c` (declaration_campaign), judged on :today. */
export const DECLARATION_STATUS_SQL = `case when d.submitted_at is not null then 'submitted'
    when c.status = 'closed' then 'missed'
    when d.due_on < cast(:today as date) then 'overdue'
    else 'pending' end`;

export function declarationStatus(
  d: { submittedAt?: Date | null; dueOn: string },
  campaignStatus: 'open' | 'closed',
  today: string,
): DeclarationStatus {
  if (d.submittedAt) return 'submitted';
  if (campaignStatus === 'closed') return 'missed';
  return d.dueOn < today ? 'overdue' : 'pending';
}
