import { ValidationError } from '../../kernel/errors.js';
import type { AttachmentInput } from './attachments.js';
import type { IntakeAnswerInput } from '../questionnaire/intake-answers.js';
import {
  HOTLINE_CATEGORIES,
  type HotlineCategory,
  type HotlineContent,
  type ReporterIdentity,
} from '../cases/hotline-report.entity.js';

/** What the intake form (or an operator taking a call) submits. */
export interface HotlineReportInput {
  category: HotlineCategory;
  what: string;
  when?: string | null;
  where?: string | null;
  who?: string | null;
  anonymous: boolean;
  /** Required for an open report. */
  name?: string | null;
  contact?: string | null;
  attachments?: readonly AttachmentInput[];
  /** Answers to the category's custom questions (questionnaire/). */
  answers?: readonly IntakeAnswerInput[] | null;
}

export const MIN_DESCRIPTION_LENGTH = 20;
export const MAX_DESCRIPTION_LENGTH = 20_000;
const MAX_DETAIL_LENGTH = 2_000;
const MAX_IDENTITY_LENGTH = 300;
export const MAX_MESSAGE_LENGTH = 20_000;

function optional(value: string | null | undefined, field: string, label: string): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > MAX_DETAIL_LENGTH) {
    throw ValidationError.because('kernel.textTooLong', { field, label, max: MAX_DETAIL_LENGTH });
  }
  return trimmed.length > 0 ? trimmed : null;
}

function required(value: string | null | undefined, field: string, label: string): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length === 0)
    throw ValidationError.because('hotline.report.identityRequired', { field, label });
  if (trimmed.length > MAX_IDENTITY_LENGTH) {
    throw ValidationError.because('kernel.textTooLong', { field, label, max: MAX_IDENTITY_LENGTH });
  }
  return trimmed;
}

/** Checks the form; returns the content and, for an open report, the identity to seal. */
export function checkReportInput(input: HotlineReportInput): {
  content: HotlineContent;
  identity: ReporterIdentity | null;
} {
  if (!(HOTLINE_CATEGORIES as readonly string[]).includes(input.category)) {
    throw ValidationError.because('hotline.report.categoryRequired', { field: 'category' });
  }
  const what = input.what?.trim() ?? '';
  if (what.length === 0) {
    throw ValidationError.because('hotline.report.whatRequired', { field: 'what' });
  }
  if (what.length < MIN_DESCRIPTION_LENGTH) {
    throw ValidationError.because('hotline.report.whatTooShort', {
      field: 'what',
      min: MIN_DESCRIPTION_LENGTH,
    });
  }
  if (what.length > MAX_DESCRIPTION_LENGTH) {
    throw ValidationError.because('hotline.report.whatTooLong', {
      field: 'what',
      max: MAX_DESCRIPTION_LENGTH,
    });
  }
  const content: HotlineContent = {
    what,
    when: optional(input.when, 'when', 'When it happened'),
    where: optional(input.where, 'where', 'Where it happened'),
    who: optional(input.who, 'who', 'Who is involved'),
  };
  if (typeof input.anonymous !== 'boolean') {
    throw ValidationError.because('hotline.report.anonymityRequired', { field: 'anonymous' });
  }
  const identity = input.anonymous
    ? null
    : {
        name: required(input.name, 'name', 'Your name'),
        contact: required(input.contact, 'contact', 'A contact'),
      };
  return { content, identity };
}

/** A message body: trimmed, not empty unless files come with it, at most 20 000 characters. */
export function checkMessageBody(body: string | null | undefined, hasFiles: boolean): string {
  const text = body?.trim() ?? '';
  if (text.length === 0 && !hasFiles)
    throw ValidationError.because('hotline.message.required', { field: 'body' });
  if (text.length > MAX_MESSAGE_LENGTH) {
    throw ValidationError.because('hotline.message.tooLong', {
      field: 'body',
      max: MAX_MESSAGE_LENGTH,
    });
  }
  return text;
}
