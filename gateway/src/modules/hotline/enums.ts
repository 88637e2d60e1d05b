import {
  CASE_HANDLERS,
  HOTLINE_CASE_SORT_FIELDS,
  HOTLINE_CATEGORIES,
  HOTLINE_CHANNELS,
  HOTLINE_MESSAGE_KINDS,
  HOTLINE_OUTCOMES,
  HOTLINE_PRIORITIES,
  HOTLINE_SCOPES,
  HOTLINE_STATUSES,
  OUT_OF_SCOPE_REASONS,
  RECOMMENDATION_KINDS,
} from '@adal/domain';
import { builder } from '../../builder.js';

// Enum values are the domain's own lower-case strings, as for every other enum of the schema.

export const HotlineCategoryEnum = builder.enumType('HotlineCategory', {
  description:
    'What a report is about (§69): policies and procedures, law, a criminal offence, corruption, ' +
    'transparency in reporting to management, a conflict of interest, or other.',
  values: HOTLINE_CATEGORIES,
});

export const HotlineChannelEnum = builder.enumType('HotlineChannel', {
  description:
    'How a report arrived: the web intake, or entered by an operator for a caller (§69: one single hotline).',
  values: HOTLINE_CHANNELS,
});

export const HotlineStatusEnum = builder.enumType('HotlineStatus', { values: HOTLINE_STATUSES });

export const HotlineCaseHandlerEnum = builder.enumType('HotlineCaseHandler', {
  description:
    'Who runs a case: compliance (the compliance head); alternate (the alternate handler, because the report names ' +
    'a compliance head); awaiting_alternate (it names one, and no alternate handler who is not named too is set).',
  values: CASE_HANDLERS,
});

export const HotlineScopeEnum = builder.enumType('HotlineScope', {
  description: 'Triage: whether the hotline handles the report (§69).',
  values: HOTLINE_SCOPES,
});

export const OutOfScopeReasonEnum = builder.enumType('OutOfScopeReason', {
  description:
    'Why a report is out of scope, e.g. personal revenge or an unfounded attack on a reputation (§69).',
  values: OUT_OF_SCOPE_REASONS,
});

export const HotlineOutcomeEnum = builder.enumType('HotlineOutcome', { values: HOTLINE_OUTCOMES });

export const HotlineMessageKindEnum = builder.enumType('HotlineMessageKind', {
  values: HOTLINE_MESSAGE_KINDS,
});

export const RecommendationKindEnum = builder.enumType('RecommendationKind', {
  description:
    'What a recommendation asks for; disciplinary, dismissal and legal ones are HR and legal follow-up (§69).',
  values: RECOMMENDATION_KINDS,
});

export const HotlineCaseSortFieldEnum = builder.enumType('HotlineCaseSortField', {
  description:
    'What the queue is ordered by: when it came (the default), number, urgency (overdue acknowledgements ' +
    'first), processing deadline, status in the order a case goes through, or category.',
  values: HOTLINE_CASE_SORT_FIELDS,
});

export const HotlinePriorityEnum = builder.enumType('HotlinePriority', {
  description: 'How soon the case’s handlers mean to take it up: low, normal, high or urgent.',
  values: HOTLINE_PRIORITIES,
});
