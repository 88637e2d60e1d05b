/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** To whom the compliance function reports, as the intake tells reporters: the board of directors, a supervisory board, or the first head of a state body. */
export type ComplianceReportsTo =
  | 'board_of_directors'
  | 'state_body_head'
  | 'supervisory_board';

/** What a report is about (§69): policies and procedures, law, a criminal offence, corruption, transparency in reporting to management, a conflict of interest, or other. */
export type HotlineCategory =
  | 'conflict_of_interest'
  | 'corruption'
  | 'criminal_offence'
  | 'law_violation'
  | 'other'
  | 'policy_violation'
  | 'reporting_transparency';

export type HotlineMessageKind =
  | 'acknowledgement'
  | 'interim_feedback'
  | 'message'
  | 'outcome'
  | 'question'
  | 'reporter';

export type HotlineOutcome =
  | 'not_substantiated'
  | 'out_of_scope'
  | 'partly_substantiated'
  | 'substantiated';

/** A solved HotlineChallenge. */
export type HotlineProofInput = {
  challenge: string;
  nonce: string;
};

/** The public intake form (§69). Name and contact only for an open report. */
export type HotlineReportInput = {
  anonymous: boolean;
  /** Answers to the category's custom questions. */
  answers?: Array<IntakeAnswerInput> | null | undefined;
  /** Up to 5 files of at most 5 MB: PDF, PNG, JPEG, DOCX, XLSX or text (multipart request). */
  attachments?: Array<File> | null | undefined;
  category: HotlineCategory;
  contact?: string | null | undefined;
  name?: string | null | undefined;
  organizationId: string;
  /** What happened: 20 to 20 000 characters. */
  what: string;
  when?: string | null | undefined;
  where?: string | null | undefined;
  /** Who is involved. */
  who?: string | null | undefined;
};

export type HotlineStatus =
  | 'acknowledged'
  | 'closed'
  | 'in_progress'
  | 'received';

/** An answer to one of the category's custom questions (see intakeQuestions). */
export type IntakeAnswerInput = {
  /** The options chosen. */
  optionIds?: Array<string> | null | undefined;
  questionId: string;
  /** Short or long text, or a date as YYYY-MM-DD. */
  text?: string | null | undefined;
  /** A yes/no question. */
  yes?: boolean | null | undefined;
};

/** What a custom question takes for an answer. */
export type IntakeQuestionKind =
  | 'date'
  | 'long_text'
  | 'multiple_choice'
  | 'short_text'
  | 'single_choice'
  | 'yes_no';

/** An answer or further facts from the reporter (§69), with files if any (multipart request). */
export type ReporterMessageInput = {
  /** Up to 5 files of at most 5 MB each. */
  attachments?: Array<File> | null | undefined;
  body: string;
};

export type AddReporterMessageMutationVariables = Exact<{
  receipt: string;
  input: ReporterMessageInput;
  proof?: HotlineProofInput | null | undefined;
}>;


export type AddReporterMessageMutation = { addReporterMessage: { number: string, category: HotlineCategory, status: HotlineStatus, receivedAt: string, acknowledgedAt: string | null, processBy: string | null, outcome: HotlineOutcome | null, closedAt: string | null, content: { what: string, when: string | null, where: string | null, who: string | null }, attachments: Array<{ id: string, fileName: string, sizeBytes: number }>, messages: Array<{ id: string, from: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, attachments: Array<{ id: string, fileName: string, sizeBytes: number }> }> } };

export type HotlineChallengeQueryVariables = Exact<{
  strong?: boolean | null | undefined;
}>;


export type HotlineChallengeQuery = { hotlineChallenge: { challenge: string, difficulty: number, expiresAt: string } };

export type HotlineReportByReceiptQueryVariables = Exact<{
  receipt: string;
  proof: HotlineProofInput;
}>;


export type HotlineReportByReceiptQuery = { hotlineReportByReceipt: { number: string, category: HotlineCategory, status: HotlineStatus, receivedAt: string, acknowledgedAt: string | null, processBy: string | null, outcome: HotlineOutcome | null, closedAt: string | null, content: { what: string, when: string | null, where: string | null, who: string | null }, attachments: Array<{ id: string, fileName: string, sizeBytes: number }>, messages: Array<{ id: string, from: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, attachments: Array<{ id: string, fileName: string, sizeBytes: number }> }> } };

export type IntakeOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type IntakeOrganizationsQuery = { intakeOrganizations: Array<{ id: string, names: { kk: string, ru: string, en: string }, profile: { reportsTo: ComplianceReportsTo, acknowledgeHours: number, brandColor: string | null, logoDataUrl: string | null } }> };

export type IntakeQuestionsQueryVariables = Exact<{
  organizationId: string;
}>;


export type IntakeQuestionsQuery = { intakeQuestions: Array<{ id: string, category: HotlineCategory, kind: IntakeQuestionKind, required: boolean, texts: { kk: string, ru: string, en: string }, options: Array<{ id: string, labels: { kk: string, ru: string, en: string } }> }> };

export type ReporterReportFieldsFragment = { number: string, category: HotlineCategory, status: HotlineStatus, receivedAt: string, acknowledgedAt: string | null, processBy: string | null, outcome: HotlineOutcome | null, closedAt: string | null, content: { what: string, when: string | null, where: string | null, who: string | null }, attachments: Array<{ id: string, fileName: string, sizeBytes: number }>, messages: Array<{ id: string, from: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, attachments: Array<{ id: string, fileName: string, sizeBytes: number }> }> };

export type SubmitHotlineReportMutationVariables = Exact<{
  input: HotlineReportInput;
  proof: HotlineProofInput;
}>;


export type SubmitHotlineReportMutation = { submitHotlineReport: { receipt: string, number: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ReporterReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReporterReportFields on ReporterReport {
  number
  content {
    what
    when
    where
    who
  }
  category
  status
  receivedAt
  acknowledgedAt
  processBy
  outcome
  closedAt
  attachments {
    id
    fileName
    sizeBytes
  }
  messages {
    id
    from
    kind
    code
    body
    createdAt
    attachments {
      id
      fileName
      sizeBytes
    }
  }
}
    `, {"fragmentName":"ReporterReportFields"}) as unknown as TypedDocumentString<ReporterReportFieldsFragment, unknown>;
export const AddReporterMessageDocument = new TypedDocumentString(`
    mutation AddReporterMessage($receipt: String!, $input: ReporterMessageInput!, $proof: HotlineProofInput) {
  addReporterMessage(receipt: $receipt, input: $input, proof: $proof) {
    ...ReporterReportFields
  }
}
    fragment ReporterReportFields on ReporterReport {
  number
  content {
    what
    when
    where
    who
  }
  category
  status
  receivedAt
  acknowledgedAt
  processBy
  outcome
  closedAt
  attachments {
    id
    fileName
    sizeBytes
  }
  messages {
    id
    from
    kind
    code
    body
    createdAt
    attachments {
      id
      fileName
      sizeBytes
    }
  }
}`) as unknown as TypedDocumentString<AddReporterMessageMutation, AddReporterMessageMutationVariables>;
export const HotlineChallengeDocument = new TypedDocumentString(`
    query HotlineChallenge($strong: Boolean) {
  hotlineChallenge(strong: $strong) {
    challenge
    difficulty
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<HotlineChallengeQuery, HotlineChallengeQueryVariables>;
export const HotlineReportByReceiptDocument = new TypedDocumentString(`
    query HotlineReportByReceipt($receipt: String!, $proof: HotlineProofInput!) {
  hotlineReportByReceipt(receipt: $receipt, proof: $proof) {
    ...ReporterReportFields
  }
}
    fragment ReporterReportFields on ReporterReport {
  number
  content {
    what
    when
    where
    who
  }
  category
  status
  receivedAt
  acknowledgedAt
  processBy
  outcome
  closedAt
  attachments {
    id
    fileName
    sizeBytes
  }
  messages {
    id
    from
    kind
    code
    body
    createdAt
    attachments {
      id
      fileName
      sizeBytes
    }
  }
}`) as unknown as TypedDocumentString<HotlineReportByReceiptQuery, HotlineReportByReceiptQueryVariables>;
export const IntakeOrganizationsDocument = new TypedDocumentString(`
    query IntakeOrganizations {
  intakeOrganizations {
    id
    names {
      kk
      ru
      en
    }
    profile {
      reportsTo
      acknowledgeHours
      brandColor
      logoDataUrl
    }
  }
}
    `) as unknown as TypedDocumentString<IntakeOrganizationsQuery, IntakeOrganizationsQueryVariables>;
export const IntakeQuestionsDocument = new TypedDocumentString(`
    query IntakeQuestions($organizationId: ID!) {
  intakeQuestions(organizationId: $organizationId) {
    id
    category
    kind
    required
    texts {
      kk
      ru
      en
    }
    options {
      id
      labels {
        kk
        ru
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IntakeQuestionsQuery, IntakeQuestionsQueryVariables>;
export const SubmitHotlineReportDocument = new TypedDocumentString(`
    mutation SubmitHotlineReport($input: HotlineReportInput!, $proof: HotlineProofInput!) {
  submitHotlineReport(input: $input, proof: $proof) {
    receipt
    number
  }
}
    `) as unknown as TypedDocumentString<SubmitHotlineReportMutation, SubmitHotlineReportMutationVariables>;