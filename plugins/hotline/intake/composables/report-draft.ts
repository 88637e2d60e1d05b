import type {
  HotlineCategory,
  HotlineReportInput,
  IntakeAnswerInput,
  SubmitHotlineReportMutation,
} from '../graphql/generated/graphql';
import type { IntakeMessages } from '../i18n/en';
import type { AnswerDraft } from './intake-answers';

// §69: the categories the code of business ethics covers, in the methodology's order.
export const HOTLINE_CATEGORIES: readonly HotlineCategory[] = [
  'policy_violation',
  'law_violation',
  'criminal_offence',
  'corruption',
  'reporting_transparency',
  'conflict_of_interest',
  'other',
];

// The server's limits on the description (it trims first, as here).
export const WHAT_MIN_CHARS = 20;
export const WHAT_MAX_CHARS = 20_000;

/** What the reporter has typed so far; kept in memory only, for as long as the page is open. */
export interface ReportDraft {
  organizationId: string;
  category: HotlineCategory | '';
  what: string;
  when: string;
  where: string;
  who: string;
  anonymous: boolean;
  name: string;
  contact: string;
  attachments: File[];
  /** Answers to the custom questions, by question id (only the chosen category's are sent). */
  answers: Record<string, AnswerDraft>;
}

export type DraftField = 'organizationId' | 'category' | 'what' | 'name' | 'contact' | 'attachments';
export type ValidationKey = keyof IntakeMessages['validation'];
export type DraftProblems = Partial<Record<DraftField, ValidationKey>>;

export function emptyDraft(): ReportDraft {
  return {
    organizationId: '',
    category: '',
    what: '',
    when: '',
    where: '',
    who: '',
    anonymous: true,
    name: '',
    contact: '',
    attachments: [],
    answers: {},
  };
}

/** The checks the reporter can fix before sending; the server repeats them. */
export function draftProblems(draft: ReportDraft): DraftProblems {
  const problems: DraftProblems = {};
  if (!draft.organizationId) problems.organizationId = 'organization';
  if (!draft.category) problems.category = 'category';
  const what = draft.what.trim();
  if (what.length === 0) problems.what = 'whatRequired';
  else if (what.length < WHAT_MIN_CHARS) problems.what = 'whatTooShort';
  else if (what.length > WHAT_MAX_CHARS) problems.what = 'whatTooLong';
  if (!draft.anonymous) {
    if (!draft.name.trim()) problems.name = 'name';
    if (!draft.contact.trim()) problems.contact = 'contact';
  }
  return problems;
}

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed : null;
}

/**
 * The mutation input. An anonymous report carries no name or contact even when some were typed
 * before the reporter switched to anonymous.
 */
export function reportInput(draft: ReportDraft, answers: IntakeAnswerInput[] = []): HotlineReportInput {
  if (!draft.category) throw new Error('reportInput() needs a category; check draftProblems() first');
  return {
    organizationId: draft.organizationId,
    category: draft.category,
    what: draft.what.trim(),
    when: optional(draft.when),
    where: optional(draft.where),
    who: optional(draft.who),
    anonymous: draft.anonymous,
    ...(draft.anonymous ? {} : { name: draft.name.trim(), contact: draft.contact.trim() }),
    ...(draft.attachments.length > 0 ? { attachments: [...draft.attachments] } : {}),
    ...(answers.length > 0 ? { answers } : {}),
  };
}

/** What the server answers an accepted report with: the receipt (shown once) and the case number. */
export type IssuedReceipt = SubmitHotlineReportMutation['submitHotlineReport'];
