import type {
  HotlineCategory,
  HotlineChannel,
  HotlinePriority,
  HotlineOutcome,
  HotlineStatus,
  IntakeQuestionKind,
  OutOfScopeReason,
  RecommendationKind,
} from '../graphql/generated/graphql';

// The domain's value lists in the order people read them; labels come from i18n by value.

/** §69: what a report may be about. */
export const HOTLINE_CATEGORIES: readonly HotlineCategory[] = [
  'policy_violation',
  'law_violation',
  'criminal_offence',
  'corruption',
  'reporting_transparency',
  'conflict_of_interest',
  'other',
];
export const HOTLINE_STATUSES: readonly HotlineStatus[] = [
  'received',
  'acknowledged',
  'in_progress',
  'closed',
];
/** §69: reports the hotline does not take up, e.g. personal revenge or an unfounded attack on a reputation. */
export const OUT_OF_SCOPE_REASONS: readonly OutOfScopeReason[] = [
  'not_related',
  'personal_revenge',
  'reputation_attack',
  'other',
];
/** Outcomes a check can reach; out_of_scope comes from triage only. */
export const CHECK_OUTCOMES: readonly HotlineOutcome[] = [
  'substantiated',
  'partly_substantiated',
  'not_substantiated',
];
/** §69: HR and legal follow-up when discipline or dismissal results. */
export const RECOMMENDATION_KINDS: readonly RecommendationKind[] = [
  'corrective',
  'disciplinary',
  'dismissal',
  'legal',
];

/** What a custom intake question takes for an answer, in the order the editor offers them. */
export const INTAKE_QUESTION_KINDS: readonly IntakeQuestionKind[] = [
  'short_text',
  'long_text',
  'single_choice',
  'multiple_choice',
  'date',
  'yes_no',
];
export const CHOICE_QUESTION_KINDS: readonly IntakeQuestionKind[] = ['single_choice', 'multiple_choice'];
/** How a report reached the hotline. */
export const HOTLINE_CHANNELS: readonly HotlineChannel[] = ['web', 'phone', 'in_person', 'letter'];
/** How soon the handlers mean to take a case up, lowest first. */
export const HOTLINE_PRIORITIES: readonly HotlinePriority[] = ['low', 'normal', 'high', 'urgent'];
