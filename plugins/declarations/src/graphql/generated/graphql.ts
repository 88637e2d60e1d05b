/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** submitted; pending before its due date; overdue after it; missed when the campaign closed without it. */
export type CampaignDeclarationStatus =
  | 'missed'
  | 'overdue'
  | 'pending'
  | 'submitted';

/** §15.2–§15.6: the step a conflict-of-interest case waits for, or settled. */
export type ConflictCaseStatus =
  | 'awaiting_conclusion'
  | 'awaiting_decision'
  | 'awaiting_forward'
  | 'awaiting_transfer'
  | 'settled';

export type ConflictConclusionInput = {
  /** §15.3: the recommendations, or why there is no conflict. */
  conclusion: string;
  conflictFound: boolean;
  referral?: ConflictReferral | null | undefined;
};

export type ConflictCourseInput = {
  courseId: string;
  dueOn: string;
};

export type ConflictDecisionInput = {
  /** With the measure assign_course: the published course and the day it is due (YYYY-MM-DD). */
  course?: ConflictCourseInput | null | undefined;
  measures: Array<ConflictMeasure>;
  /** The order or the reasons. */
  note: string;
  referral?: ConflictReferral | null | undefined;
};

export type ConflictIinAccessMemoInput = {
  firstHeadId: string;
  /** YYYY-MM-DD */
  memoDate: string;
  memoNumber: string;
  securityOfficerId: string;
};

/** How the match was made: the same IIN, the same name and birth date, or the BIN of where they work. */
export type ConflictMatchKind =
  | 'same_bin'
  | 'same_iin'
  | 'same_name_and_birth_date';

/** Who the declared person was found to be: an employee, at a supplier, or dismissed for corruption. */
export type ConflictMatchSource =
  | 'corruption_dismissal'
  | 'employee'
  | 'supplier';

/** §15.4: remove from the matter, change duties, other measures; §15.6: transfer to an equivalent post. */
export type ConflictMeasure =
  | 'assign_course'
  | 'change_duties'
  | 'other_measures'
  | 'remove_from_matter'
  | 'transfer_to_equivalent_post';

/** §15.1: what the conflict is about, whom it concerns (relatedPersonId from the declared list, or relatedPersonName; relatedEmployeeId when they work here too), the counterparty and the decision at stake. deputyId is required when a first head is a party (§15.5). */
export type ConflictNotificationInput = {
  counterparty: string;
  decisionAtStake: string;
  deputyId?: string | null | undefined;
  matter: string;
  relatedEmployeeId?: string | null | undefined;
  relatedPersonId?: string | null | undefined;
  relatedPersonName?: string | null | undefined;
  relationKind?: string | null | undefined;
  typicalCase?: TypicalConflictCase | null | undefined;
};

/** Annex 2: signs of an offence go to the anti-corruption Agency; case 5 to the relevant authorised body. */
export type ConflictReferral =
  | 'anti_corruption_agency'
  | 'relevant_authorised_body';

/** An entry of the register: open, settled, or concluded to be no conflict. */
export type ConflictRegisterStatus =
  | 'no_conflict'
  | 'open'
  | 'settled';

/** What brought a conflict to light: a notification (§15), a declaration campaign (§72), the quarterly analysis (§14), an audit or the hotline. */
export type ConflictSource =
  | 'audit'
  | 'campaign'
  | 'hotline'
  | 'notification'
  | 'quarterly_analysis';

/** §15: forward (§15.2), conclude (§15.3), decide (§15.4–§15.5), transfer (§15.6). */
export type ConflictStep =
  | 'conclude'
  | 'decide'
  | 'forward'
  | 'transfer';

export type ConflictTransferInput = {
  /** The post and the order. */
  note: string;
  /** YYYY-MM-DD; today when absent. */
  transferredOn?: string | null | undefined;
};

/** Suppliers' founders and managers, or people dismissed for corruption offences. */
export type ConflictWatchlistKind =
  | 'corruption_dismissals'
  | 'supplier_people';

export type DecideGiftInput = {
  /** §17.6: the assessed price; the declared value when left out. */
  buyBackPriceTenge?: number | null | undefined;
  /** YYYY-MM-DD; today when left out. */
  decidedOn?: string | null | undefined;
  decision: GiftDecision;
  note?: string | null | undefined;
};

/** §25–§26: why the person must declare. */
export type DeclarantCategory =
  | 'authorised_state_functions'
  | 'candidate'
  | 'equated'
  | 'official'
  | 'responsible_state_position';

export type DeclarationAnswerInput = {
  code: string;
  /** Required with a "yes": what it is about. */
  details?: string | null | undefined;
  yes: boolean;
};

/** §72.1: the five groups: all employees, new hires, tender and expert commission members, potential suppliers, management. */
export type DeclarationCampaignGroup =
  | 'all_employees'
  | 'commission_members'
  | 'management'
  | 'new_hires'
  | 'potential_suppliers'
  | 'risk_exposed_positions';

/** §72.1: yearly, or ad hoc (periodically, when needed). */
export type DeclarationCampaignKind =
  | 'ad_hoc'
  | 'yearly';

export type DeclarationCampaignQuestionInput = {
  /** Small Latin letters, digits and _; given one by its place when left out. */
  code?: string | null | undefined;
  interest: boolean;
  text: LocalizedTextInput;
};

/** §29: the six categories of officials whose declaration data is published. */
export type DeclarationPublicationCategory =
  | 'administrative_corps_a'
  | 'human_rights_commissioner'
  | 'judge'
  | 'parliament_deputy'
  | 'political_state_position'
  | 'quasi_public_manager';

export type DeclarationRuleChangeInput = {
  inForceOn: string;
  kind: DeclarationRuleChangeKind;
  /** §26: the employees a change in who must declare concerns. */
  personIds?: Array<string> | null | undefined;
  title: string;
};

/** A change in the law on declarations (§24.1(d)) or in who must declare (§26). */
export type DeclarationRuleChangeKind =
  | 'declarant_list'
  | 'law';

export type DeclarationSupplierInput = {
  /** When known: checked by its check digit; the supplier must then give the same. */
  bin?: string | null | undefined;
  name: string;
};

export type DeclareGiftInput = {
  /** One of KZT, USD, EUR, RUB, CNY, GBP, TRY, AED, KGS, UZS; any other is a VALIDATION error. */
  currency: string;
  description?: string | null | undefined;
  event: GiftEvent;
  /** Tenge for one unit of the currency on the day; required unless KZT. */
  exchangeRate?: number | null | undefined;
  giver: string;
  giverOrganization?: string | null | undefined;
  /** §18: required for hospitality. */
  hostPresent?: boolean | null | undefined;
  kind: GiftKind;
  /** YYYY-MM-DD: the day the person learned of a receipt they did not know of. */
  learnedOn?: string | null | undefined;
  occasion: string;
  /** YYYY-MM-DD: the day it was offered, received or refused. */
  occurredOn: string;
  official?: boolean | null | undefined;
  /** A family member who received it, by name. */
  recipientName?: string | null | undefined;
  /** A family member from the declared relatives who received it. */
  relatedPersonId?: string | null | undefined;
  tripException?: TripException | null | undefined;
  /** Not negative; no upper limit. */
  valueAmount: number;
  /** §17.3: money transferred without consent. */
  withoutConsent?: boolean | null | undefined;
};

export type FilingProofInput = {
  filedOn: string;
  /** 250.00 or 270.00 */
  form: string;
  personId: string;
  year: number;
};

/** Proof in by the deadline, after it, none yet (deadline ahead or unset), none past it, or no form due. */
export type FinancialFilingStatus =
  | 'filed'
  | 'filed_late'
  | 'not_due'
  | 'overdue'
  | 'pending';

/** The duty and liability (§24.1(b)), a change in the law (§24.1(d), 30 working days) or in who must declare (§26, one month), the reminder a month before the deadline (§24.3), the post-service warning (§16). */
export type FinancialNoticeKind =
  | 'deadline_reminder'
  | 'declarant_list_change'
  | 'duty_and_liability'
  | 'law_change'
  | 'post_service_warning';

export type FinancialNoticeRecipient =
  | 'employee'
  | 'spouse';

/** Sent by its term or after it; waiting before its term or past it. */
export type FinancialNoticeStanding =
  | 'overdue'
  | 'pending'
  | 'sent'
  | 'sent_late';

export type ForeignAccountFindingInput = {
  bank: string;
  country: string;
  iin: string;
};

/** Open within the 6 months, past them (§30.6: the first head acts), closed by the term or after it. */
export type ForeignAccountFindingStatus =
  | 'closed'
  | 'closed_late'
  | 'open'
  | 'overdue';

/** §30.5: the first head, HR and the employee, notified at the same time. */
export type ForeignAccountNoticeRecipient =
  | 'employee'
  | 'first_head'
  | 'hr';

/** Record the hand-over of a received gift (§17.5), or decide what becomes of it (§17.6). */
export type GiftAction =
  | 'decide'
  | 'hand_over';

/** §17.5–§17.6, §20: keep as an official gift, hand over to the state property body, buy back at its value, refuse (return to the giver), or pay its value back to the budget. */
export type GiftDecision =
  | 'buy_back'
  | 'hand_over'
  | 'keep_as_official'
  | 'pay_back'
  | 'refuse';

/** What became of the offer: offered (not yet answered), received, or refused. */
export type GiftEvent =
  | 'offered'
  | 'received'
  | 'refused';

export type GiftHandOverInput = {
  /** YYYY-MM-DD */
  handedOverOn: string;
  /** The state property body, the budget, or the giver. */
  handedOverTo: string;
};

/** §17–§18: a thing, money, a service, a trip invitation or hospitality. */
export type GiftKind =
  | 'gift'
  | 'hospitality'
  | 'money'
  | 'service'
  | 'trip';

export type GiftPreApprovalInput = {
  currency?: string | null | undefined;
  /** YYYY-MM-DD */
  eventOn: string;
  hostPresent?: boolean | null | undefined;
  inviter: string;
  kind: InvitationKind;
  occasion: string;
  tripException?: TripException | null | undefined;
  valueAmount?: number | null | undefined;
};

export type GiftPreApprovalStatus =
  | 'approved'
  | 'refused'
  | 'requested';

export type GiftRegisterFilter = {
  /** YYYY-MM-DD, by the day it occurred. */
  from?: string | null | undefined;
  kind?: GiftKind | null | undefined;
  /** Only those past their hand-over day and not handed over. */
  overdue?: boolean | null | undefined;
  /** Words of the declarant’s name, the giver or the occasion. */
  search?: string | null | undefined;
  status?: GiftStatus | null | undefined;
  /** YYYY-MM-DD */
  to?: string | null | undefined;
};

export type GiftStatus =
  | 'awaiting_decision'
  | 'decided';

export type InvitationKind =
  | 'gift'
  | 'hospitality'
  | 'trip';

export type LaunchDeclarationCampaignInput = {
  /** YYYY-MM-DD, today or later. */
  deadline: string;
  group: DeclarationCampaignGroup;
  /** New hires: the first hiring day that joins (YYYY-MM-DD); none: today. */
  hiredFrom?: string | null | undefined;
  /** New hires: the last hiring day that joins; none: no end. */
  hiredTo?: string | null | undefined;
  kind: DeclarationCampaignKind;
  /** Commission members: the people, by id. */
  memberIds?: Array<string> | null | undefined;
  /** Employees, new hires, management: the unit subtree asked; none: everyone. */
  orgUnitId?: string | null | undefined;
  /** Commission members: the procurement. */
  procurementReference?: string | null | undefined;
  /** The questionnaire as edited for this campaign; none: the standard questions. */
  questions?: Array<DeclarationCampaignQuestionInput> | null | undefined;
  /** Potential suppliers: each gets a one-time link. */
  suppliers?: Array<DeclarationSupplierInput> | null | undefined;
  title: LocalizedTextInput;
};

/** Kazakh and Russian are required; English falls back to Russian. */
export type LocalizedTextInput = {
  en?: string | null | undefined;
  kk: string;
  ru: string;
};

export type RecordDeclarationPublicationInput = {
  personId: string;
  /** YYYY-MM-DD, not after today. */
  publishedOn: string;
  /** The address of the published page (http or https). */
  url: string;
  /** The reporting year of the published declaration. */
  year: number;
};

export type RegisterDeclarantInput = {
  category: DeclarantCategory;
  maslikhatDeputy?: boolean | null | undefined;
  /** YYYY-MM-DD: the day they took the post. */
  obligedFrom: string;
  personId: string;
  publicationCategory?: DeclarationPublicationCategory | null | undefined;
};

export type RelatedPersonInput = {
  /** YYYY-MM-DD */
  birthDate?: string | null | undefined;
  fullName: string;
  /** To correct one already on the list; omit to add. */
  id?: string | null | undefined;
  /** Optional; checked by its check digit. */
  iin?: string | null | undefined;
  jobTitle?: string | null | undefined;
  note?: string | null | undefined;
  relation: Relation;
  workplace?: string | null | undefined;
  /** The BIN of the workplace, checked by its check digit. */
  workplaceBin?: string | null | undefined;
};

/** How a declared person is related to the employee: close relatives, the spouse and in-laws (§13), a dependant living with them (§4.8), or a personally linked person (Annex 2). */
export type Relation =
  | 'adopted_child'
  | 'adoptive_parent'
  | 'child'
  | 'classmate'
  | 'colleague'
  | 'dependant'
  | 'former_business_partner'
  | 'friend'
  | 'grandchild'
  | 'grandparent'
  | 'other_linked'
  | 'parent'
  | 'sibling_full'
  | 'sibling_half'
  | 'spouse'
  | 'spouse_child'
  | 'spouse_parent'
  | 'spouse_sibling_full'
  | 'spouse_sibling_half';

export type RelationClass =
  | 'close_relative'
  | 'dependant'
  | 'in_law'
  | 'linked_person'
  | 'spouse';

export type SubmitDeclarationInput = {
  /** §67: required (true) in a new-hires campaign. */
  acknowledgeEthicsCode?: boolean | null | undefined;
  answers: Array<DeclarationAnswerInput>;
};

/** A supplier's founder (participant) or manager (director). */
export type SupplierRole =
  | 'founder'
  | 'manager';

/** Planned, held on a day, or cancelled: §74.3 counts the share of planned trainings held. */
export type TrainingSessionStatus =
  | 'cancelled'
  | 'held'
  | 'planned';

/** §17.8 (a)–(d): invited by the spouse or relatives at their expense; by an individual unrelated to the work, with a higher official’s consent; under an international treaty; to a scientific, sporting, creative, professional or humanitarian event. */
export type TripException =
  | 'family_invitation'
  | 'international_treaty'
  | 'professional_event'
  | 'unrelated_individual_consented';

/** Annex 2: the seven typical conflict-of-interest cases. */
export type TypicalConflictCase =
  | 'c1'
  | 'c2'
  | 'c3'
  | 'c4'
  | 'c5'
  | 'c6'
  | 'c7';

export type CloseDeclarationCampaignMutationVariables = Exact<{
  id: string;
}>;


export type CloseDeclarationCampaignMutation = { closeDeclarationCampaign: { id: string, kind: DeclarationCampaignKind, group: DeclarationCampaignGroup, orgUnitId: string | null, procurementReference: string | null, deadline: string, open: boolean, launchedAt: string, closedAt: string | null, title: { kk: string, ru: string, en: string } } };

export type ConcludeConflictOfInterestMutationVariables = Exact<{
  id: string;
  input: ConflictConclusionInput;
}>;


export type ConcludeConflictOfInterestMutation = { concludeConflictOfInterest: { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null, assignedCourse: { courseId: string, dueOn: string, title: { kk: string, ru: string, en: string } } | null, assignableCourses: Array<{ id: string, title: { kk: string, ru: string, en: string } }> } };

export type ConflictCaseFieldsFragment = { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null, assignedCourse: { courseId: string, dueOn: string, title: { kk: string, ru: string, en: string } } | null, assignableCourses: Array<{ id: string, title: { kk: string, ru: string, en: string } }> };

export type ConflictQuarterlyAnalysisFieldsFragment = { quarter: string, iinAccessNeedsMemo: boolean, reviewedAt: string | null, matchesReviewed: number | null, findings: string | null, memo: { memoNumber: string, memoDate: string, recordedAt: string, firstHead: { id: string, fullName: string }, securityOfficer: { id: string, fullName: string } } | null, reviewedBy: { id: string, fullName: string } | null };

export type ConflictQuarterlyAnalysisQueryVariables = Exact<{
  quarter: string;
}>;


export type ConflictQuarterlyAnalysisQuery = { conflictQuarterlyAnalysis: { quarter: string, iinAccessNeedsMemo: boolean, reviewedAt: string | null, matchesReviewed: number | null, findings: string | null, memo: { memoNumber: string, memoDate: string, recordedAt: string, firstHead: { id: string, fullName: string }, securityOfficer: { id: string, fullName: string } } | null, reviewedBy: { id: string, fullName: string } | null }, conflictMatches: { quarter: string, iinsShown: boolean, matches: Array<{ kind: ConflictMatchKind, source: ConflictMatchSource, relatedPersonId: string | null, relatedPersonName: string, relation: string, employeeIin: string | null, sameReportingLine: boolean, declarant: { id: string, fullName: string }, employee: { id: string, fullName: string } | null, listed: { fullName: string, iin: string | null, birthDate: string | null, companyName: string | null, bin: string | null, role: SupplierRole | null, dismissedOn: string | null, employer: string | null, row: number } | null }> } };

export type ConflictRegisterQueryVariables = Exact<{
  search?: string | null | undefined;
  status?: ConflictRegisterStatus | null | undefined;
  source?: ConflictSource | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConflictRegisterQuery = { conflictOfInterestRegister: { total: number, rows: Array<{ id: string, source: ConflictSource, sourceId: string | null, relatedPersonName: string | null, counterparty: string | null, description: string, identifiedOn: string, status: ConflictRegisterStatus, measures: string | null, measureCodes: Array<ConflictMeasure>, settledOn: string | null, caseNumber: string | null, notifiedOn: string | null, forwardedOn: string | null, concludedOn: string | null, decidedOn: string | null, transferredOn: string | null, settledInTime: boolean | null, person: { id: string, fullName: string } }> } };

export type ConflictTypicalCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConflictTypicalCasesQuery = { conflictTypicalCases: Array<{ code: TypicalConflictCase, measures: Array<ConflictMeasure>, referral: ConflictReferral, title: { kk: string, ru: string, en: string }, prescription: { kk: string, ru: string, en: string } }> };

export type ConflictWatchlistsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConflictWatchlistsQuery = { conflictWatchlists: Array<{ kind: ConflictWatchlistKind, columns: Array<string>, loaded: { filename: string, entryCount: number, importedAt: string, importedBy: { id: string, fullName: string } } | null }> };

export type DecideConflictOfInterestMutationVariables = Exact<{
  id: string;
  input: ConflictDecisionInput;
}>;


export type DecideConflictOfInterestMutation = { decideConflictOfInterest: { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null, assignedCourse: { courseId: string, dueOn: string, title: { kk: string, ru: string, en: string } } | null, assignableCourses: Array<{ id: string, title: { kk: string, ru: string, en: string } }> } };

export type ForwardConflictOfInterestMutationVariables = Exact<{
  id: string;
}>;


export type ForwardConflictOfInterestMutation = { forwardConflictOfInterest: { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null, assignedCourse: { courseId: string, dueOn: string, title: { kk: string, ru: string, en: string } } | null, assignableCourses: Array<{ id: string, title: { kk: string, ru: string, en: string } }> } };

export type GetConflictCaseQueryVariables = Exact<{
  id: string;
}>;


export type GetConflictCaseQuery = { conflictOfInterestCase: { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null, assignedCourse: { courseId: string, dueOn: string, title: { kk: string, ru: string, en: string } } | null, assignableCourses: Array<{ id: string, title: { kk: string, ru: string, en: string } }> } };

export type ImportConflictWatchlistMutationVariables = Exact<{
  kind: ConflictWatchlistKind;
  file: File;
}>;


export type ImportConflictWatchlistMutation = { importConflictWatchlist: { kind: ConflictWatchlistKind, entryCount: number, replaced: number } };

export type MyConflictNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConflictNotificationsQuery = { myConflictNotifications: Array<{ id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null, assignedCourse: { courseId: string, dueOn: string, title: { kk: string, ru: string, en: string } } | null, assignableCourses: Array<{ id: string, title: { kk: string, ru: string, en: string } }> }> };

export type NotifyConflictOfInterestMutationVariables = Exact<{
  input: ConflictNotificationInput;
}>;


export type NotifyConflictOfInterestMutation = { notifyConflictOfInterest: { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null, assignedCourse: { courseId: string, dueOn: string, title: { kk: string, ru: string, en: string } } | null, assignableCourses: Array<{ id: string, title: { kk: string, ru: string, en: string } }> } };

export type RecordConflictIinAccessMemoMutationVariables = Exact<{
  quarter: string;
  input: ConflictIinAccessMemoInput;
}>;


export type RecordConflictIinAccessMemoMutation = { recordConflictIinAccessMemo: { quarter: string, iinAccessNeedsMemo: boolean, reviewedAt: string | null, matchesReviewed: number | null, findings: string | null, memo: { memoNumber: string, memoDate: string, recordedAt: string, firstHead: { id: string, fullName: string }, securityOfficer: { id: string, fullName: string } } | null, reviewedBy: { id: string, fullName: string } | null } };

export type RecordConflictTransferMutationVariables = Exact<{
  id: string;
  input: ConflictTransferInput;
}>;


export type RecordConflictTransferMutation = { recordConflictTransfer: { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null, assignedCourse: { courseId: string, dueOn: string, title: { kk: string, ru: string, en: string } } | null, assignableCourses: Array<{ id: string, title: { kk: string, ru: string, en: string } }> } };

export type ReviewConflictQuarterlyAnalysisMutationVariables = Exact<{
  quarter: string;
  findings: string;
  matchesReviewed: number;
}>;


export type ReviewConflictQuarterlyAnalysisMutation = { reviewConflictQuarterlyAnalysis: { quarter: string, iinAccessNeedsMemo: boolean, reviewedAt: string | null, matchesReviewed: number | null, findings: string | null, memo: { memoNumber: string, memoDate: string, recordedAt: string, firstHead: { id: string, fullName: string }, securityOfficer: { id: string, fullName: string } } | null, reviewedBy: { id: string, fullName: string } | null } };

export type DecideGiftMutationVariables = Exact<{
  id: string;
  input: DecideGiftInput;
}>;


export type DecideGiftMutation = { decideGift: { id: string, recipientName: string | null, kind: GiftKind, event: GiftEvent, giver: string, giverOrganization: string | null, occasion: string, description: string, occurredOn: string, learnedOn: string | null, valueAmount: number, currency: string, exchangeRate: number, valueTenge: number, mciTenge: number | null, valueMci: number | null, official: boolean, withoutConsent: boolean, tripException: TripException | null, tripBanned: boolean, hostPresent: boolean | null, countsAsGift: boolean, actionDueOn: string | null, handedOverOn: string | null, handedOverTo: string | null, handOverOverdue: boolean, status: GiftStatus, decision: GiftDecision | null, decisionNote: string | null, buyBackPriceTenge: number | null, decidedOn: string | null, decidedInTime: boolean | null, declaredAt: string, actions: Array<GiftAction>, person: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null } };

export type DecideGiftPreApprovalMutationVariables = Exact<{
  id: string;
  approve: boolean;
  note?: string | null | undefined;
}>;


export type DecideGiftPreApprovalMutation = { decideGiftPreApproval: { id: string, kind: InvitationKind, inviter: string, occasion: string, eventOn: string, valueAmount: number | null, currency: string | null, tripException: TripException | null, hostPresent: boolean | null, status: GiftPreApprovalStatus, decisionNote: string | null, decidedAt: string | null, requestedAt: string, person: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null } };

export type DeclarationCampaignFieldsFragment = { id: string, kind: DeclarationCampaignKind, group: DeclarationCampaignGroup, orgUnitId: string | null, procurementReference: string | null, deadline: string, open: boolean, launchedAt: string, closedAt: string | null, title: { kk: string, ru: string, en: string } };

export type DeclarationCampaignCountsFieldsFragment = { total: number, submitted: number, pending: number, overdue: number, missed: number };

export type DeclarationCampaignDeclarantsQueryVariables = Exact<{
  campaignId: string;
  orgUnitId?: string | null | undefined;
  status?: CampaignDeclarationStatus | null | undefined;
  search?: string | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type DeclarationCampaignDeclarantsQuery = { declarationCampaignDeclarants: { total: number, rows: Array<{ id: string, fullName: string | null, email: string | null, supplierName: string | null, supplierBin: string | null, dueOn: string, status: CampaignDeclarationStatus, submittedAt: string | null, declaredInterest: boolean, lastRemindedAt: string | null, reminderCount: number, orgUnitNames: { kk: string, ru: string, en: string } | null }> } };

export type DeclarationCampaignProgressQueryVariables = Exact<{
  campaignId: string;
  orgUnitId?: string | null | undefined;
}>;


export type DeclarationCampaignProgressQuery = { declarationCampaignProgress: { id: string, orgUnitId: string | null, campaign: { id: string, kind: DeclarationCampaignKind, group: DeclarationCampaignGroup, orgUnitId: string | null, procurementReference: string | null, deadline: string, open: boolean, launchedAt: string, closedAt: string | null, title: { kk: string, ru: string, en: string } }, totals: { total: number, submitted: number, pending: number, overdue: number, missed: number }, units: Array<{ id: string, orgUnitId: string, hasChildren: boolean, names: { kk: string, ru: string, en: string }, counts: { total: number, submitted: number, pending: number, overdue: number, missed: number } }> } };

export type DeclarationCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeclarationCampaignsQuery = { declarationCampaigns: Array<{ id: string, campaign: { id: string, kind: DeclarationCampaignKind, group: DeclarationCampaignGroup, orgUnitId: string | null, procurementReference: string | null, deadline: string, open: boolean, launchedAt: string, closedAt: string | null, title: { kk: string, ru: string, en: string } }, totals: { total: number, submitted: number, pending: number, overdue: number, missed: number } }> };

export type DeclarationMeetingsQueryVariables = Exact<{
  year: number;
}>;


export type DeclarationMeetingsQuery = { declarationMeetings: { held: boolean, viewerPlans: boolean, viewerOpens: boolean, meetings: Array<{ sessionId: string, status: TrainingSessionStatus, day: string, attended: number, absent: number }> } };

export type DeclarationOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeclarationOrgUnitsQuery = { orgUnits: Array<{ id: string, name: string, path: string, names: { kk: string, ru: string, en: string } }> };

export type DeclarationPublicationsQueryVariables = Exact<{
  year: number;
}>;


export type DeclarationPublicationsQuery = { declarationPublications: Array<{ personId: string, fullName: string, publicationCategory: DeclarationPublicationCategory, spouses: Array<string>, deadline: string, publishedOn: string | null, url: string | null, overdue: boolean }> };

export type DeclarationRuleChangeFieldsFragment = { id: string, kind: DeclarationRuleChangeKind, title: string, inForceOn: string, noticesDueOn: string, notices: number, sent: number };

export type DeclarationRuleChangesQueryVariables = Exact<{
  year: number;
}>;


export type DeclarationRuleChangesQuery = { declarationRuleChanges: Array<{ id: string, kind: DeclarationRuleChangeKind, title: string, inForceOn: string, noticesDueOn: string, notices: number, sent: number }> };

export type DeclareGiftMutationVariables = Exact<{
  input: DeclareGiftInput;
}>;


export type DeclareGiftMutation = { declareGift: { id: string, recipientName: string | null, kind: GiftKind, event: GiftEvent, giver: string, giverOrganization: string | null, occasion: string, description: string, occurredOn: string, learnedOn: string | null, valueAmount: number, currency: string, exchangeRate: number, valueTenge: number, mciTenge: number | null, valueMci: number | null, official: boolean, withoutConsent: boolean, tripException: TripException | null, tripBanned: boolean, hostPresent: boolean | null, countsAsGift: boolean, actionDueOn: string | null, handedOverOn: string | null, handedOverTo: string | null, handOverOverdue: boolean, status: GiftStatus, decision: GiftDecision | null, decisionNote: string | null, buyBackPriceTenge: number | null, decidedOn: string | null, decidedInTime: boolean | null, declaredAt: string, actions: Array<GiftAction>, person: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null } };

export type FinancialDeclarantStatusFieldsFragment = { personId: string, fullName: string, orgUnitId: string, category: DeclarantCategory, publicationCategory: DeclarationPublicationCategory | null, obligedFrom: string, obligedUntil: string | null, form: string | null, deadline: string | null, filedOn: string | null, proofId: string | null, filing: FinancialFilingStatus, dutyNotice: FinancialNoticeStanding | null, spouseNoticesPending: number, reminder: FinancialNoticeStanding | null, reminderDueOn: string | null, trustManagementDueOn: string, trustManagementSettledOn: string | null };

export type FinancialNoticeFieldsFragment = { id: string, personId: string, personName: string, kind: FinancialNoticeKind, recipient: FinancialNoticeRecipient, spouseName: string | null, ruleTitle: string | null, form: string | null, year: number | null, dueOn: string | null, sentAt: string | null, signedOn: string | null, banUntil: string | null, standing: FinancialNoticeStanding };

export type FinancialNoticesOnFileQueryVariables = Exact<{
  personId: string;
}>;


export type FinancialNoticesOnFileQuery = { financialNotices: Array<{ id: string, personId: string, personName: string, kind: FinancialNoticeKind, recipient: FinancialNoticeRecipient, spouseName: string | null, ruleTitle: string | null, form: string | null, year: number | null, dueOn: string | null, sentAt: string | null, signedOn: string | null, banUntil: string | null, standing: FinancialNoticeStanding }> };

export type ForeignAccountAccessOrderQueryVariables = Exact<{ [key: string]: never; }>;


export type ForeignAccountAccessOrderQuery = { foreignAccountAccessOrder: { id: string, orderNumber: string, orderDate: string, approvedBy: { id: string, fullName: string }, members: Array<{ id: string, fullName: string }> } | null };

export type ForeignAccountFindingFieldsFragment = { id: string, personId: string, personName: string, year: number, bank: string, country: string, foundOn: string, notifyBy: string, notifiedAt: string | null, closureDueOn: string, closedOn: string | null, status: ForeignAccountFindingStatus, notices: Array<{ id: string, recipient: ForeignAccountNoticeRecipient, personName: string, sentAt: string }> };

export type ForeignAccountUndertakingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForeignAccountUndertakingsQuery = { foreignAccountUndertakings: Array<{ personId: string, fullName: string, signedOn: string | null }> };

export type GetFinancialDeclarationStatusQueryVariables = Exact<{
  year: number;
  orgUnitId: string;
}>;


export type GetFinancialDeclarationStatusQuery = { financialDeclarationStatus: Array<{ personId: string, fullName: string, orgUnitId: string, category: DeclarantCategory, publicationCategory: DeclarationPublicationCategory | null, obligedFrom: string, obligedUntil: string | null, form: string | null, deadline: string | null, filedOn: string | null, proofId: string | null, filing: FinancialFilingStatus, dutyNotice: FinancialNoticeStanding | null, spouseNoticesPending: number, reminder: FinancialNoticeStanding | null, reminderDueOn: string | null, trustManagementDueOn: string, trustManagementSettledOn: string | null }> };

export type GetGiftQueryVariables = Exact<{
  id: string;
}>;


export type GetGiftQuery = { giftDeclaration: { id: string, recipientName: string | null, kind: GiftKind, event: GiftEvent, giver: string, giverOrganization: string | null, occasion: string, description: string, occurredOn: string, learnedOn: string | null, valueAmount: number, currency: string, exchangeRate: number, valueTenge: number, mciTenge: number | null, valueMci: number | null, official: boolean, withoutConsent: boolean, tripException: TripException | null, tripBanned: boolean, hostPresent: boolean | null, countsAsGift: boolean, actionDueOn: string | null, handedOverOn: string | null, handedOverTo: string | null, handOverOverdue: boolean, status: GiftStatus, decision: GiftDecision | null, decisionNote: string | null, buyBackPriceTenge: number | null, decidedOn: string | null, decidedInTime: boolean | null, declaredAt: string, actions: Array<GiftAction>, person: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null } };

export type GetMyFinancialDeclarationQueryVariables = Exact<{ [key: string]: never; }>;


export type GetMyFinancialDeclarationQuery = { myFinancialDeclaration: { status: { personId: string, fullName: string, orgUnitId: string, category: DeclarantCategory, publicationCategory: DeclarationPublicationCategory | null, obligedFrom: string, obligedUntil: string | null, form: string | null, deadline: string | null, filedOn: string | null, proofId: string | null, filing: FinancialFilingStatus, dutyNotice: FinancialNoticeStanding | null, spouseNoticesPending: number, reminder: FinancialNoticeStanding | null, reminderDueOn: string | null, trustManagementDueOn: string, trustManagementSettledOn: string | null }, notices: Array<{ id: string, personId: string, personName: string, kind: FinancialNoticeKind, recipient: FinancialNoticeRecipient, spouseName: string | null, ruleTitle: string | null, form: string | null, year: number | null, dueOn: string | null, sentAt: string | null, signedOn: string | null, banUntil: string | null, standing: FinancialNoticeStanding }> } | null, myForeignAccountFindings: Array<{ id: string, personId: string, personName: string, year: number, bank: string, country: string, foundOn: string, notifyBy: string, notifiedAt: string | null, closureDueOn: string, closedOn: string | null, status: ForeignAccountFindingStatus, notices: Array<{ id: string, recipient: ForeignAccountNoticeRecipient, personName: string, sentAt: string }> }> };

export type GiftFieldsFragment = { id: string, recipientName: string | null, kind: GiftKind, event: GiftEvent, giver: string, giverOrganization: string | null, occasion: string, description: string, occurredOn: string, learnedOn: string | null, valueAmount: number, currency: string, exchangeRate: number, valueTenge: number, mciTenge: number | null, valueMci: number | null, official: boolean, withoutConsent: boolean, tripException: TripException | null, tripBanned: boolean, hostPresent: boolean | null, countsAsGift: boolean, actionDueOn: string | null, handedOverOn: string | null, handedOverTo: string | null, handOverOverdue: boolean, status: GiftStatus, decision: GiftDecision | null, decisionNote: string | null, buyBackPriceTenge: number | null, decidedOn: string | null, decidedInTime: boolean | null, declaredAt: string, actions: Array<GiftAction>, person: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null };

export type GiftPreApprovalFieldsFragment = { id: string, kind: InvitationKind, inviter: string, occasion: string, eventOn: string, valueAmount: number | null, currency: string | null, tripException: TripException | null, hostPresent: boolean | null, status: GiftPreApprovalStatus, decisionNote: string | null, decidedAt: string | null, requestedAt: string, person: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null };

export type GiftPreApprovalsQueryVariables = Exact<{
  status?: GiftPreApprovalStatus | null | undefined;
}>;


export type GiftPreApprovalsQuery = { giftPreApprovals: Array<{ id: string, kind: InvitationKind, inviter: string, occasion: string, eventOn: string, valueAmount: number | null, currency: string | null, tripException: TripException | null, hostPresent: boolean | null, status: GiftPreApprovalStatus, decisionNote: string | null, decidedAt: string | null, requestedAt: string, person: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }> };

export type GiftRegisterQueryVariables = Exact<{
  filter?: GiftRegisterFilter | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type GiftRegisterQuery = { giftRegister: { total: number, items: Array<{ id: string, recipientName: string | null, kind: GiftKind, event: GiftEvent, tripBanned: boolean, giver: string, giverOrganization: string | null, occurredOn: string, valueTenge: number, valueMci: number | null, actionDueOn: string | null, handOverOverdue: boolean, handedOverOn: string | null, decision: GiftDecision | null, decidedInTime: boolean | null, actions: Array<GiftAction>, person: { id: string, fullName: string } }> } };

export type GiftRegisterRowFragment = { id: string, recipientName: string | null, kind: GiftKind, event: GiftEvent, tripBanned: boolean, giver: string, giverOrganization: string | null, occurredOn: string, valueTenge: number, valueMci: number | null, actionDueOn: string | null, handOverOverdue: boolean, handedOverOn: string | null, decision: GiftDecision | null, decidedInTime: boolean | null, actions: Array<GiftAction>, person: { id: string, fullName: string } };

export type LaunchDeclarationCampaignMutationVariables = Exact<{
  input: LaunchDeclarationCampaignInput;
}>;


export type LaunchDeclarationCampaignMutation = { launchDeclarationCampaign: { id: string, declarants: number, campaign: { id: string, kind: DeclarationCampaignKind, group: DeclarationCampaignGroup, orgUnitId: string | null, procurementReference: string | null, deadline: string, open: boolean, launchedAt: string, closedAt: string | null, title: { kk: string, ru: string, en: string } }, supplierLinks: Array<{ id: string, supplierName: string, token: string }> } };

export type ListForeignAccountFindingsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type ListForeignAccountFindingsQuery = { foreignAccountFindings: Array<{ id: string, personId: string, personName: string, year: number, bank: string, country: string, foundOn: string, notifyBy: string, notifiedAt: string | null, closureDueOn: string, closedOn: string | null, status: ForeignAccountFindingStatus, notices: Array<{ id: string, recipient: ForeignAccountNoticeRecipient, personName: string, sentAt: string }> }> };

export type ListPendingFinancialNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListPendingFinancialNoticesQuery = { pendingFinancialNotices: Array<{ id: string, personId: string, personName: string, kind: FinancialNoticeKind, recipient: FinancialNoticeRecipient, spouseName: string | null, ruleTitle: string | null, form: string | null, year: number | null, dueOn: string | null, sentAt: string | null, signedOn: string | null, banUntil: string | null, standing: FinancialNoticeStanding }> };

export type ListTaxAuthorityRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListTaxAuthorityRequestsQuery = { taxAuthorityRequests: Array<{ id: string, year: number, employeeCount: number, preparedAt: string, answerReceivedOn: string | null, answerReference: string | null, fileName: string }> };

export type MyCampaignDeclarationFieldsFragment = { id: string, campaignId: string, kind: DeclarationCampaignKind, group: DeclarationCampaignGroup, procurementReference: string | null, dueOn: string, status: CampaignDeclarationStatus, open: boolean, submittedAt: string | null, declaredInterest: boolean, asksEthicsCodeAcknowledgement: boolean, ethicsCodeAcknowledgedAt: string | null, title: { kk: string, ru: string, en: string }, questions: Array<{ code: string, interest: boolean, text: { kk: string, ru: string, en: string } }>, answers: Array<{ code: string, yes: boolean, details: string | null }> | null };

export type MyCampaignDeclarationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCampaignDeclarationsQuery = { myDeclarations: { personId: string, campaigns: { due: Array<{ id: string, campaignId: string, kind: DeclarationCampaignKind, group: DeclarationCampaignGroup, procurementReference: string | null, dueOn: string, status: CampaignDeclarationStatus, open: boolean, submittedAt: string | null, declaredInterest: boolean, asksEthicsCodeAcknowledgement: boolean, ethicsCodeAcknowledgedAt: string | null, title: { kk: string, ru: string, en: string }, questions: Array<{ code: string, interest: boolean, text: { kk: string, ru: string, en: string } }>, answers: Array<{ code: string, yes: boolean, details: string | null }> | null }>, filed: Array<{ id: string, campaignId: string, kind: DeclarationCampaignKind, group: DeclarationCampaignGroup, procurementReference: string | null, dueOn: string, status: CampaignDeclarationStatus, open: boolean, submittedAt: string | null, declaredInterest: boolean, asksEthicsCodeAcknowledgement: boolean, ethicsCodeAcknowledgedAt: string | null, title: { kk: string, ru: string, en: string }, questions: Array<{ code: string, interest: boolean, text: { kk: string, ru: string, en: string } }>, answers: Array<{ code: string, yes: boolean, details: string | null }> | null }> } } };

export type MyGiftPreApprovalsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGiftPreApprovalsQuery = { myGiftPreApprovals: Array<{ id: string, kind: InvitationKind, inviter: string, occasion: string, eventOn: string, valueAmount: number | null, currency: string | null, tripException: TripException | null, hostPresent: boolean | null, status: GiftPreApprovalStatus, decisionNote: string | null, decidedAt: string | null, requestedAt: string, person: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }> };

export type MyGiftsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGiftsQuery = { myGifts: Array<{ id: string, recipientName: string | null, kind: GiftKind, event: GiftEvent, giver: string, giverOrganization: string | null, occasion: string, description: string, occurredOn: string, learnedOn: string | null, valueAmount: number, currency: string, exchangeRate: number, valueTenge: number, mciTenge: number | null, valueMci: number | null, official: boolean, withoutConsent: boolean, tripException: TripException | null, tripBanned: boolean, hostPresent: boolean | null, countsAsGift: boolean, actionDueOn: string | null, handedOverOn: string | null, handedOverTo: string | null, handOverOverdue: boolean, status: GiftStatus, decision: GiftDecision | null, decisionNote: string | null, buyBackPriceTenge: number | null, decidedOn: string | null, decidedInTime: boolean | null, declaredAt: string, actions: Array<GiftAction>, person: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }> };

export type MyRelatedPersonsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRelatedPersonsQuery = { myRelatedPersons: Array<{ id: string, relation: Relation, relationClass: RelationClass, familyMember: boolean, fullName: string, iin: string | null, birthDate: string | null, workplace: string | null, workplaceBin: string | null, jobTitle: string | null, note: string | null }> };

export type PrepareTaxAuthorityRequestMutationVariables = Exact<{
  year: number;
}>;


export type PrepareTaxAuthorityRequestMutation = { prepareTaxAuthorityRequest: { id: string, year: number, employeeCount: number, fileName: string } };

export type RecordDeclarantDepartureMutationVariables = Exact<{
  personId: string;
  leftOn: string;
}>;


export type RecordDeclarantDepartureMutation = { recordDeclarantDeparture: { id: string, personId: string, personName: string, kind: FinancialNoticeKind, recipient: FinancialNoticeRecipient, spouseName: string | null, ruleTitle: string | null, form: string | null, year: number | null, dueOn: string | null, sentAt: string | null, signedOn: string | null, banUntil: string | null, standing: FinancialNoticeStanding } };

export type RecordDeclarationPublicationMutationVariables = Exact<{
  input: RecordDeclarationPublicationInput;
}>;


export type RecordDeclarationPublicationMutation = { recordDeclarationPublication: { id: string, personId: string, year: number, publishedOn: string, url: string } };

export type RecordDeclarationRuleChangeMutationVariables = Exact<{
  input: DeclarationRuleChangeInput;
}>;


export type RecordDeclarationRuleChangeMutation = { recordDeclarationRuleChange: string };

export type RecordFilingProofMutationVariables = Exact<{
  input: FilingProofInput;
  file: File;
}>;


export type RecordFilingProofMutation = { recordFilingProof: string };

export type RecordForeignAccountAccessOrderMutationVariables = Exact<{
  orderNumber: string;
  orderDate: string;
  memberIds: Array<string> | string;
}>;


export type RecordForeignAccountAccessOrderMutation = { recordForeignAccountAccessOrder: string };

export type RecordForeignAccountClosureMutationVariables = Exact<{
  findingId: string;
  closedOn: string;
  file: File;
}>;


export type RecordForeignAccountClosureMutation = { recordForeignAccountClosure: { id: string, personId: string, personName: string, year: number, bank: string, country: string, foundOn: string, notifyBy: string, notifiedAt: string | null, closureDueOn: string, closedOn: string | null, status: ForeignAccountFindingStatus, notices: Array<{ id: string, recipient: ForeignAccountNoticeRecipient, personName: string, sentAt: string }> } };

export type RecordForeignAccountUndertakingMutationVariables = Exact<{
  personId: string;
  signedOn: string;
}>;


export type RecordForeignAccountUndertakingMutation = { recordForeignAccountUndertaking: string };

export type RecordGiftHandOverMutationVariables = Exact<{
  id: string;
  input: GiftHandOverInput;
}>;


export type RecordGiftHandOverMutation = { recordGiftHandOver: { id: string, recipientName: string | null, kind: GiftKind, event: GiftEvent, giver: string, giverOrganization: string | null, occasion: string, description: string, occurredOn: string, learnedOn: string | null, valueAmount: number, currency: string, exchangeRate: number, valueTenge: number, mciTenge: number | null, valueMci: number | null, official: boolean, withoutConsent: boolean, tripException: TripException | null, tripBanned: boolean, hostPresent: boolean | null, countsAsGift: boolean, actionDueOn: string | null, handedOverOn: string | null, handedOverTo: string | null, handOverOverdue: boolean, status: GiftStatus, decision: GiftDecision | null, decisionNote: string | null, buyBackPriceTenge: number | null, decidedOn: string | null, decidedInTime: boolean | null, declaredAt: string, actions: Array<GiftAction>, person: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null } };

export type RecordTaxAuthorityAnswerMutationVariables = Exact<{
  requestId: string;
  receivedOn: string;
  reference?: string | null | undefined;
  findings: Array<ForeignAccountFindingInput> | ForeignAccountFindingInput;
}>;


export type RecordTaxAuthorityAnswerMutation = { recordTaxAuthorityAnswer: Array<{ id: string, personId: string, personName: string, year: number, bank: string, country: string, foundOn: string, notifyBy: string, notifiedAt: string | null, closureDueOn: string, closedOn: string | null, status: ForeignAccountFindingStatus, notices: Array<{ id: string, recipient: ForeignAccountNoticeRecipient, personName: string, sentAt: string }> }> };

export type RecordTrustManagementMutationVariables = Exact<{
  personId: string;
  settledOn: string;
  nothingToTransfer: boolean;
  file?: File | null | undefined;
}>;


export type RecordTrustManagementMutation = { recordTrustManagement: string };

export type RegisterDeclarantMutationVariables = Exact<{
  input: RegisterDeclarantInput;
}>;


export type RegisterDeclarantMutation = { registerDeclarant: { personId: string, fullName: string, orgUnitId: string, category: DeclarantCategory, publicationCategory: DeclarationPublicationCategory | null, obligedFrom: string, obligedUntil: string | null, form: string | null, deadline: string | null, filedOn: string | null, proofId: string | null, filing: FinancialFilingStatus, dutyNotice: FinancialNoticeStanding | null, spouseNoticesPending: number, reminder: FinancialNoticeStanding | null, reminderDueOn: string | null, trustManagementDueOn: string, trustManagementSettledOn: string | null } };

export type RelatedPersonFieldsFragment = { id: string, relation: Relation, relationClass: RelationClass, familyMember: boolean, fullName: string, iin: string | null, birthDate: string | null, workplace: string | null, workplaceBin: string | null, jobTitle: string | null, note: string | null };

export type RemindOverdueDeclarantsMutationVariables = Exact<{
  campaignId: string;
}>;


export type RemindOverdueDeclarantsMutation = { remindOverdueDeclarants: number };

export type RemoveRelatedPersonMutationVariables = Exact<{
  id: string;
}>;


export type RemoveRelatedPersonMutation = { removeRelatedPerson: boolean };

export type RequestGiftPreApprovalMutationVariables = Exact<{
  input: GiftPreApprovalInput;
}>;


export type RequestGiftPreApprovalMutation = { requestGiftPreApproval: { id: string, kind: InvitationKind, inviter: string, occasion: string, eventOn: string, valueAmount: number | null, currency: string | null, tripException: TripException | null, hostPresent: boolean | null, status: GiftPreApprovalStatus, decisionNote: string | null, decidedAt: string | null, requestedAt: string, person: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null } };

export type SaveRelatedPersonMutationVariables = Exact<{
  input: RelatedPersonInput;
}>;


export type SaveRelatedPersonMutation = { saveRelatedPerson: { id: string, relation: Relation, relationClass: RelationClass, familyMember: boolean, fullName: string, iin: string | null, birthDate: string | null, workplace: string | null, workplaceBin: string | null, jobTitle: string | null, note: string | null } };

export type SendFinancialNoticesMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type SendFinancialNoticesMutation = { sendFinancialNotices: Array<{ id: string, personId: string, personName: string, kind: FinancialNoticeKind, recipient: FinancialNoticeRecipient, spouseName: string | null, ruleTitle: string | null, form: string | null, year: number | null, dueOn: string | null, sentAt: string | null, signedOn: string | null, banUntil: string | null, standing: FinancialNoticeStanding }> };

export type SetDeclarationDeadlineMutationVariables = Exact<{
  form: string;
  year: number;
  dueOn: string;
}>;


export type SetDeclarationDeadlineMutation = { setDeclarationDeadline: string };

export type SignFinancialNoticeMutationVariables = Exact<{
  id: string;
  signedOn: string;
}>;


export type SignFinancialNoticeMutation = { signFinancialNotice: { id: string, personId: string, personName: string, kind: FinancialNoticeKind, recipient: FinancialNoticeRecipient, spouseName: string | null, ruleTitle: string | null, form: string | null, year: number | null, dueOn: string | null, sentAt: string | null, signedOn: string | null, banUntil: string | null, standing: FinancialNoticeStanding } };

export type StandardDeclarationQuestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StandardDeclarationQuestionsQuery = { standardDeclarationQuestions: Array<{ code: string, interest: boolean, text: { kk: string, ru: string, en: string } }> };

export type SubmitDeclarationMutationVariables = Exact<{
  campaignId: string;
  input: SubmitDeclarationInput;
}>;


export type SubmitDeclarationMutation = { submitDeclaration: { id: string, campaignId: string, kind: DeclarationCampaignKind, group: DeclarationCampaignGroup, procurementReference: string | null, dueOn: string, status: CampaignDeclarationStatus, open: boolean, submittedAt: string | null, declaredInterest: boolean, asksEthicsCodeAcknowledgement: boolean, ethicsCodeAcknowledgedAt: string | null, title: { kk: string, ru: string, en: string }, questions: Array<{ code: string, interest: boolean, text: { kk: string, ru: string, en: string } }>, answers: Array<{ code: string, yes: boolean, details: string | null }> | null } };

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
export const ConflictCaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  assignedCourse {
    courseId
    title {
      kk
      ru
      en
    }
    dueOn
  }
  assignableCourses {
    id
    title {
      kk
      ru
      en
    }
  }
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}
    `, {"fragmentName":"ConflictCaseFields"}) as unknown as TypedDocumentString<ConflictCaseFieldsFragment, unknown>;
export const ConflictQuarterlyAnalysisFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConflictQuarterlyAnalysisFields on ConflictQuarterlyAnalysis {
  quarter
  iinAccessNeedsMemo
  memo {
    memoNumber
    memoDate
    firstHead {
      id
      fullName
    }
    securityOfficer {
      id
      fullName
    }
    recordedAt
  }
  reviewedAt
  reviewedBy {
    id
    fullName
  }
  matchesReviewed
  findings
}
    `, {"fragmentName":"ConflictQuarterlyAnalysisFields"}) as unknown as TypedDocumentString<ConflictQuarterlyAnalysisFieldsFragment, unknown>;
export const DeclarationCampaignFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeclarationCampaignFields on DeclarationCampaign {
  id
  title {
    kk
    ru
    en
  }
  kind
  group
  orgUnitId
  procurementReference
  deadline
  open
  launchedAt
  closedAt
}
    `, {"fragmentName":"DeclarationCampaignFields"}) as unknown as TypedDocumentString<DeclarationCampaignFieldsFragment, unknown>;
export const DeclarationCampaignCountsFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeclarationCampaignCountsFields on DeclarationCampaignCounts {
  total
  submitted
  pending
  overdue
  missed
}
    `, {"fragmentName":"DeclarationCampaignCountsFields"}) as unknown as TypedDocumentString<DeclarationCampaignCountsFieldsFragment, unknown>;
export const DeclarationRuleChangeFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeclarationRuleChangeFields on DeclarationRuleChange {
  id
  kind
  title
  inForceOn
  noticesDueOn
  notices
  sent
}
    `, {"fragmentName":"DeclarationRuleChangeFields"}) as unknown as TypedDocumentString<DeclarationRuleChangeFieldsFragment, unknown>;
export const FinancialDeclarantStatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {
  personId
  fullName
  orgUnitId
  category
  publicationCategory
  obligedFrom
  obligedUntil
  form
  deadline
  filedOn
  proofId
  filing
  dutyNotice
  spouseNoticesPending
  reminder
  reminderDueOn
  trustManagementDueOn
  trustManagementSettledOn
}
    `, {"fragmentName":"FinancialDeclarantStatusFields"}) as unknown as TypedDocumentString<FinancialDeclarantStatusFieldsFragment, unknown>;
export const FinancialNoticeFieldsFragmentDoc = new TypedDocumentString(`
    fragment FinancialNoticeFields on FinancialNotice {
  id
  personId
  personName
  kind
  recipient
  spouseName
  ruleTitle
  form
  year
  dueOn
  sentAt
  signedOn
  banUntil
  standing
}
    `, {"fragmentName":"FinancialNoticeFields"}) as unknown as TypedDocumentString<FinancialNoticeFieldsFragment, unknown>;
export const ForeignAccountFindingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ForeignAccountFindingFields on ForeignAccountFinding {
  id
  personId
  personName
  year
  bank
  country
  foundOn
  notifyBy
  notifiedAt
  closureDueOn
  closedOn
  status
  notices {
    id
    recipient
    personName
    sentAt
  }
}
    `, {"fragmentName":"ForeignAccountFindingFields"}) as unknown as TypedDocumentString<ForeignAccountFindingFieldsFragment, unknown>;
export const GiftFieldsFragmentDoc = new TypedDocumentString(`
    fragment GiftFields on GiftDeclaration {
  id
  person {
    id
    fullName
  }
  recipientName
  kind
  event
  giver
  giverOrganization
  occasion
  description
  occurredOn
  learnedOn
  valueAmount
  currency
  exchangeRate
  valueTenge
  mciTenge
  valueMci
  official
  withoutConsent
  tripException
  tripBanned
  hostPresent
  countsAsGift
  actionDueOn
  handedOverOn
  handedOverTo
  handOverOverdue
  status
  decision
  decisionNote
  buyBackPriceTenge
  decidedOn
  decidedBy {
    id
    fullName
  }
  decidedInTime
  declaredAt
  actions
}
    `, {"fragmentName":"GiftFields"}) as unknown as TypedDocumentString<GiftFieldsFragment, unknown>;
export const GiftPreApprovalFieldsFragmentDoc = new TypedDocumentString(`
    fragment GiftPreApprovalFields on GiftPreApproval {
  id
  person {
    id
    fullName
  }
  kind
  inviter
  occasion
  eventOn
  valueAmount
  currency
  tripException
  hostPresent
  status
  decisionNote
  decidedBy {
    id
    fullName
  }
  decidedAt
  requestedAt
}
    `, {"fragmentName":"GiftPreApprovalFields"}) as unknown as TypedDocumentString<GiftPreApprovalFieldsFragment, unknown>;
export const GiftRegisterRowFragmentDoc = new TypedDocumentString(`
    fragment GiftRegisterRow on GiftDeclaration {
  id
  person {
    id
    fullName
  }
  recipientName
  kind
  event
  tripBanned
  giver
  giverOrganization
  occurredOn
  valueTenge
  valueMci
  actionDueOn
  handOverOverdue
  handedOverOn
  decision
  decidedInTime
  actions
}
    `, {"fragmentName":"GiftRegisterRow"}) as unknown as TypedDocumentString<GiftRegisterRowFragment, unknown>;
export const MyCampaignDeclarationFieldsFragmentDoc = new TypedDocumentString(`
    fragment MyCampaignDeclarationFields on MyCampaignDeclaration {
  id
  campaignId
  title {
    kk
    ru
    en
  }
  kind
  group
  procurementReference
  dueOn
  status
  open
  questions {
    code
    interest
    text {
      kk
      ru
      en
    }
  }
  answers {
    code
    yes
    details
  }
  submittedAt
  declaredInterest
  asksEthicsCodeAcknowledgement
  ethicsCodeAcknowledgedAt
}
    `, {"fragmentName":"MyCampaignDeclarationFields"}) as unknown as TypedDocumentString<MyCampaignDeclarationFieldsFragment, unknown>;
export const RelatedPersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelatedPersonFields on RelatedPerson {
  id
  relation
  relationClass
  familyMember
  fullName
  iin
  birthDate
  workplace
  workplaceBin
  jobTitle
  note
}
    `, {"fragmentName":"RelatedPersonFields"}) as unknown as TypedDocumentString<RelatedPersonFieldsFragment, unknown>;
export const CloseDeclarationCampaignDocument = new TypedDocumentString(`
    mutation CloseDeclarationCampaign($id: ID!) {
  closeDeclarationCampaign(id: $id) {
    ...DeclarationCampaignFields
  }
}
    fragment DeclarationCampaignFields on DeclarationCampaign {
  id
  title {
    kk
    ru
    en
  }
  kind
  group
  orgUnitId
  procurementReference
  deadline
  open
  launchedAt
  closedAt
}`) as unknown as TypedDocumentString<CloseDeclarationCampaignMutation, CloseDeclarationCampaignMutationVariables>;
export const ConcludeConflictOfInterestDocument = new TypedDocumentString(`
    mutation ConcludeConflictOfInterest($id: ID!, $input: ConflictConclusionInput!) {
  concludeConflictOfInterest(id: $id, input: $input) {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  assignedCourse {
    courseId
    title {
      kk
      ru
      en
    }
    dueOn
  }
  assignableCourses {
    id
    title {
      kk
      ru
      en
    }
  }
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<ConcludeConflictOfInterestMutation, ConcludeConflictOfInterestMutationVariables>;
export const ConflictQuarterlyAnalysisDocument = new TypedDocumentString(`
    query ConflictQuarterlyAnalysis($quarter: String!) {
  conflictQuarterlyAnalysis(quarter: $quarter) {
    ...ConflictQuarterlyAnalysisFields
  }
  conflictMatches(quarter: $quarter) {
    quarter
    iinsShown
    matches {
      kind
      source
      declarant {
        id
        fullName
      }
      relatedPersonId
      relatedPersonName
      relation
      employee {
        id
        fullName
      }
      employeeIin
      listed {
        fullName
        iin
        birthDate
        companyName
        bin
        role
        dismissedOn
        employer
        row
      }
      sameReportingLine
    }
  }
}
    fragment ConflictQuarterlyAnalysisFields on ConflictQuarterlyAnalysis {
  quarter
  iinAccessNeedsMemo
  memo {
    memoNumber
    memoDate
    firstHead {
      id
      fullName
    }
    securityOfficer {
      id
      fullName
    }
    recordedAt
  }
  reviewedAt
  reviewedBy {
    id
    fullName
  }
  matchesReviewed
  findings
}`) as unknown as TypedDocumentString<ConflictQuarterlyAnalysisQuery, ConflictQuarterlyAnalysisQueryVariables>;
export const ConflictRegisterDocument = new TypedDocumentString(`
    query ConflictRegister($search: String, $status: ConflictRegisterStatus, $source: ConflictSource, $limit: Int, $offset: Int) {
  conflictOfInterestRegister(
    search: $search
    status: $status
    source: $source
    limit: $limit
    offset: $offset
  ) {
    total
    rows {
      id
      person {
        id
        fullName
      }
      source
      sourceId
      relatedPersonName
      counterparty
      description
      identifiedOn
      status
      measures
      measureCodes
      settledOn
      caseNumber
      notifiedOn
      forwardedOn
      concludedOn
      decidedOn
      transferredOn
      settledInTime
    }
  }
}
    `) as unknown as TypedDocumentString<ConflictRegisterQuery, ConflictRegisterQueryVariables>;
export const ConflictTypicalCasesDocument = new TypedDocumentString(`
    query ConflictTypicalCases {
  conflictTypicalCases {
    code
    title {
      kk
      ru
      en
    }
    prescription {
      kk
      ru
      en
    }
    measures
    referral
  }
}
    `) as unknown as TypedDocumentString<ConflictTypicalCasesQuery, ConflictTypicalCasesQueryVariables>;
export const ConflictWatchlistsDocument = new TypedDocumentString(`
    query ConflictWatchlists {
  conflictWatchlists {
    kind
    columns
    loaded {
      filename
      entryCount
      importedAt
      importedBy {
        id
        fullName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConflictWatchlistsQuery, ConflictWatchlistsQueryVariables>;
export const DecideConflictOfInterestDocument = new TypedDocumentString(`
    mutation DecideConflictOfInterest($id: ID!, $input: ConflictDecisionInput!) {
  decideConflictOfInterest(id: $id, input: $input) {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  assignedCourse {
    courseId
    title {
      kk
      ru
      en
    }
    dueOn
  }
  assignableCourses {
    id
    title {
      kk
      ru
      en
    }
  }
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<DecideConflictOfInterestMutation, DecideConflictOfInterestMutationVariables>;
export const ForwardConflictOfInterestDocument = new TypedDocumentString(`
    mutation ForwardConflictOfInterest($id: ID!) {
  forwardConflictOfInterest(id: $id) {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  assignedCourse {
    courseId
    title {
      kk
      ru
      en
    }
    dueOn
  }
  assignableCourses {
    id
    title {
      kk
      ru
      en
    }
  }
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<ForwardConflictOfInterestMutation, ForwardConflictOfInterestMutationVariables>;
export const GetConflictCaseDocument = new TypedDocumentString(`
    query GetConflictCase($id: ID!) {
  conflictOfInterestCase(id: $id) {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  assignedCourse {
    courseId
    title {
      kk
      ru
      en
    }
    dueOn
  }
  assignableCourses {
    id
    title {
      kk
      ru
      en
    }
  }
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<GetConflictCaseQuery, GetConflictCaseQueryVariables>;
export const ImportConflictWatchlistDocument = new TypedDocumentString(`
    mutation ImportConflictWatchlist($kind: ConflictWatchlistKind!, $file: File!) {
  importConflictWatchlist(kind: $kind, file: $file) {
    kind
    entryCount
    replaced
  }
}
    `) as unknown as TypedDocumentString<ImportConflictWatchlistMutation, ImportConflictWatchlistMutationVariables>;
export const MyConflictNotificationsDocument = new TypedDocumentString(`
    query MyConflictNotifications {
  myConflictNotifications {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  assignedCourse {
    courseId
    title {
      kk
      ru
      en
    }
    dueOn
  }
  assignableCourses {
    id
    title {
      kk
      ru
      en
    }
  }
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<MyConflictNotificationsQuery, MyConflictNotificationsQueryVariables>;
export const NotifyConflictOfInterestDocument = new TypedDocumentString(`
    mutation NotifyConflictOfInterest($input: ConflictNotificationInput!) {
  notifyConflictOfInterest(input: $input) {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  assignedCourse {
    courseId
    title {
      kk
      ru
      en
    }
    dueOn
  }
  assignableCourses {
    id
    title {
      kk
      ru
      en
    }
  }
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<NotifyConflictOfInterestMutation, NotifyConflictOfInterestMutationVariables>;
export const RecordConflictIinAccessMemoDocument = new TypedDocumentString(`
    mutation RecordConflictIinAccessMemo($quarter: String!, $input: ConflictIinAccessMemoInput!) {
  recordConflictIinAccessMemo(quarter: $quarter, input: $input) {
    ...ConflictQuarterlyAnalysisFields
  }
}
    fragment ConflictQuarterlyAnalysisFields on ConflictQuarterlyAnalysis {
  quarter
  iinAccessNeedsMemo
  memo {
    memoNumber
    memoDate
    firstHead {
      id
      fullName
    }
    securityOfficer {
      id
      fullName
    }
    recordedAt
  }
  reviewedAt
  reviewedBy {
    id
    fullName
  }
  matchesReviewed
  findings
}`) as unknown as TypedDocumentString<RecordConflictIinAccessMemoMutation, RecordConflictIinAccessMemoMutationVariables>;
export const RecordConflictTransferDocument = new TypedDocumentString(`
    mutation RecordConflictTransfer($id: ID!, $input: ConflictTransferInput!) {
  recordConflictTransfer(id: $id, input: $input) {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  assignedCourse {
    courseId
    title {
      kk
      ru
      en
    }
    dueOn
  }
  assignableCourses {
    id
    title {
      kk
      ru
      en
    }
  }
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<RecordConflictTransferMutation, RecordConflictTransferMutationVariables>;
export const ReviewConflictQuarterlyAnalysisDocument = new TypedDocumentString(`
    mutation ReviewConflictQuarterlyAnalysis($quarter: String!, $findings: String!, $matchesReviewed: Int!) {
  reviewConflictQuarterlyAnalysis(
    quarter: $quarter
    findings: $findings
    matchesReviewed: $matchesReviewed
  ) {
    ...ConflictQuarterlyAnalysisFields
  }
}
    fragment ConflictQuarterlyAnalysisFields on ConflictQuarterlyAnalysis {
  quarter
  iinAccessNeedsMemo
  memo {
    memoNumber
    memoDate
    firstHead {
      id
      fullName
    }
    securityOfficer {
      id
      fullName
    }
    recordedAt
  }
  reviewedAt
  reviewedBy {
    id
    fullName
  }
  matchesReviewed
  findings
}`) as unknown as TypedDocumentString<ReviewConflictQuarterlyAnalysisMutation, ReviewConflictQuarterlyAnalysisMutationVariables>;
export const DecideGiftDocument = new TypedDocumentString(`
    mutation DecideGift($id: ID!, $input: DecideGiftInput!) {
  decideGift(id: $id, input: $input) {
    ...GiftFields
  }
}
    fragment GiftFields on GiftDeclaration {
  id
  person {
    id
    fullName
  }
  recipientName
  kind
  event
  giver
  giverOrganization
  occasion
  description
  occurredOn
  learnedOn
  valueAmount
  currency
  exchangeRate
  valueTenge
  mciTenge
  valueMci
  official
  withoutConsent
  tripException
  tripBanned
  hostPresent
  countsAsGift
  actionDueOn
  handedOverOn
  handedOverTo
  handOverOverdue
  status
  decision
  decisionNote
  buyBackPriceTenge
  decidedOn
  decidedBy {
    id
    fullName
  }
  decidedInTime
  declaredAt
  actions
}`) as unknown as TypedDocumentString<DecideGiftMutation, DecideGiftMutationVariables>;
export const DecideGiftPreApprovalDocument = new TypedDocumentString(`
    mutation DecideGiftPreApproval($id: ID!, $approve: Boolean!, $note: String) {
  decideGiftPreApproval(id: $id, approve: $approve, note: $note) {
    ...GiftPreApprovalFields
  }
}
    fragment GiftPreApprovalFields on GiftPreApproval {
  id
  person {
    id
    fullName
  }
  kind
  inviter
  occasion
  eventOn
  valueAmount
  currency
  tripException
  hostPresent
  status
  decisionNote
  decidedBy {
    id
    fullName
  }
  decidedAt
  requestedAt
}`) as unknown as TypedDocumentString<DecideGiftPreApprovalMutation, DecideGiftPreApprovalMutationVariables>;
export const DeclarationCampaignDeclarantsDocument = new TypedDocumentString(`
    query DeclarationCampaignDeclarants($campaignId: ID!, $orgUnitId: ID, $status: CampaignDeclarationStatus, $search: String, $limit: Int, $offset: Int) {
  declarationCampaignDeclarants(
    campaignId: $campaignId
    orgUnitId: $orgUnitId
    status: $status
    search: $search
    limit: $limit
    offset: $offset
  ) {
    total
    rows {
      id
      fullName
      email
      orgUnitNames {
        kk
        ru
        en
      }
      supplierName
      supplierBin
      dueOn
      status
      submittedAt
      declaredInterest
      lastRemindedAt
      reminderCount
    }
  }
}
    `) as unknown as TypedDocumentString<DeclarationCampaignDeclarantsQuery, DeclarationCampaignDeclarantsQueryVariables>;
export const DeclarationCampaignProgressDocument = new TypedDocumentString(`
    query DeclarationCampaignProgress($campaignId: ID!, $orgUnitId: ID) {
  declarationCampaignProgress(campaignId: $campaignId, orgUnitId: $orgUnitId) {
    id
    orgUnitId
    campaign {
      ...DeclarationCampaignFields
    }
    totals {
      ...DeclarationCampaignCountsFields
    }
    units {
      id
      orgUnitId
      hasChildren
      names {
        kk
        ru
        en
      }
      counts {
        ...DeclarationCampaignCountsFields
      }
    }
  }
}
    fragment DeclarationCampaignFields on DeclarationCampaign {
  id
  title {
    kk
    ru
    en
  }
  kind
  group
  orgUnitId
  procurementReference
  deadline
  open
  launchedAt
  closedAt
}
fragment DeclarationCampaignCountsFields on DeclarationCampaignCounts {
  total
  submitted
  pending
  overdue
  missed
}`) as unknown as TypedDocumentString<DeclarationCampaignProgressQuery, DeclarationCampaignProgressQueryVariables>;
export const DeclarationCampaignsDocument = new TypedDocumentString(`
    query DeclarationCampaigns {
  declarationCampaigns {
    id
    campaign {
      ...DeclarationCampaignFields
    }
    totals {
      ...DeclarationCampaignCountsFields
    }
  }
}
    fragment DeclarationCampaignFields on DeclarationCampaign {
  id
  title {
    kk
    ru
    en
  }
  kind
  group
  orgUnitId
  procurementReference
  deadline
  open
  launchedAt
  closedAt
}
fragment DeclarationCampaignCountsFields on DeclarationCampaignCounts {
  total
  submitted
  pending
  overdue
  missed
}`) as unknown as TypedDocumentString<DeclarationCampaignsQuery, DeclarationCampaignsQueryVariables>;
export const DeclarationMeetingsDocument = new TypedDocumentString(`
    query DeclarationMeetings($year: Int!) {
  declarationMeetings(year: $year) {
    held
    viewerPlans
    viewerOpens
    meetings {
      sessionId
      status
      day
      attended
      absent
    }
  }
}
    `) as unknown as TypedDocumentString<DeclarationMeetingsQuery, DeclarationMeetingsQueryVariables>;
export const DeclarationOrgUnitsDocument = new TypedDocumentString(`
    query DeclarationOrgUnits {
  orgUnits {
    id
    name
    names {
      kk
      ru
      en
    }
    path
  }
}
    `) as unknown as TypedDocumentString<DeclarationOrgUnitsQuery, DeclarationOrgUnitsQueryVariables>;
export const DeclarationPublicationsDocument = new TypedDocumentString(`
    query DeclarationPublications($year: Int!) {
  declarationPublications(year: $year) {
    personId
    fullName
    publicationCategory
    spouses
    deadline
    publishedOn
    url
    overdue
  }
}
    `) as unknown as TypedDocumentString<DeclarationPublicationsQuery, DeclarationPublicationsQueryVariables>;
export const DeclarationRuleChangesDocument = new TypedDocumentString(`
    query DeclarationRuleChanges($year: Int!) {
  declarationRuleChanges(year: $year) {
    ...DeclarationRuleChangeFields
  }
}
    fragment DeclarationRuleChangeFields on DeclarationRuleChange {
  id
  kind
  title
  inForceOn
  noticesDueOn
  notices
  sent
}`) as unknown as TypedDocumentString<DeclarationRuleChangesQuery, DeclarationRuleChangesQueryVariables>;
export const DeclareGiftDocument = new TypedDocumentString(`
    mutation DeclareGift($input: DeclareGiftInput!) {
  declareGift(input: $input) {
    ...GiftFields
  }
}
    fragment GiftFields on GiftDeclaration {
  id
  person {
    id
    fullName
  }
  recipientName
  kind
  event
  giver
  giverOrganization
  occasion
  description
  occurredOn
  learnedOn
  valueAmount
  currency
  exchangeRate
  valueTenge
  mciTenge
  valueMci
  official
  withoutConsent
  tripException
  tripBanned
  hostPresent
  countsAsGift
  actionDueOn
  handedOverOn
  handedOverTo
  handOverOverdue
  status
  decision
  decisionNote
  buyBackPriceTenge
  decidedOn
  decidedBy {
    id
    fullName
  }
  decidedInTime
  declaredAt
  actions
}`) as unknown as TypedDocumentString<DeclareGiftMutation, DeclareGiftMutationVariables>;
export const FinancialNoticesOnFileDocument = new TypedDocumentString(`
    query FinancialNoticesOnFile($personId: ID!) {
  financialNotices(personId: $personId) {
    ...FinancialNoticeFields
  }
}
    fragment FinancialNoticeFields on FinancialNotice {
  id
  personId
  personName
  kind
  recipient
  spouseName
  ruleTitle
  form
  year
  dueOn
  sentAt
  signedOn
  banUntil
  standing
}`) as unknown as TypedDocumentString<FinancialNoticesOnFileQuery, FinancialNoticesOnFileQueryVariables>;
export const ForeignAccountAccessOrderDocument = new TypedDocumentString(`
    query ForeignAccountAccessOrder {
  foreignAccountAccessOrder {
    id
    orderNumber
    orderDate
    approvedBy {
      id
      fullName
    }
    members {
      id
      fullName
    }
  }
}
    `) as unknown as TypedDocumentString<ForeignAccountAccessOrderQuery, ForeignAccountAccessOrderQueryVariables>;
export const ForeignAccountUndertakingsDocument = new TypedDocumentString(`
    query ForeignAccountUndertakings {
  foreignAccountUndertakings {
    personId
    fullName
    signedOn
  }
}
    `) as unknown as TypedDocumentString<ForeignAccountUndertakingsQuery, ForeignAccountUndertakingsQueryVariables>;
export const GetFinancialDeclarationStatusDocument = new TypedDocumentString(`
    query GetFinancialDeclarationStatus($year: Int!, $orgUnitId: ID!) {
  financialDeclarationStatus(year: $year, orgUnitId: $orgUnitId) {
    ...FinancialDeclarantStatusFields
  }
}
    fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {
  personId
  fullName
  orgUnitId
  category
  publicationCategory
  obligedFrom
  obligedUntil
  form
  deadline
  filedOn
  proofId
  filing
  dutyNotice
  spouseNoticesPending
  reminder
  reminderDueOn
  trustManagementDueOn
  trustManagementSettledOn
}`) as unknown as TypedDocumentString<GetFinancialDeclarationStatusQuery, GetFinancialDeclarationStatusQueryVariables>;
export const GetGiftDocument = new TypedDocumentString(`
    query GetGift($id: ID!) {
  giftDeclaration(id: $id) {
    ...GiftFields
  }
}
    fragment GiftFields on GiftDeclaration {
  id
  person {
    id
    fullName
  }
  recipientName
  kind
  event
  giver
  giverOrganization
  occasion
  description
  occurredOn
  learnedOn
  valueAmount
  currency
  exchangeRate
  valueTenge
  mciTenge
  valueMci
  official
  withoutConsent
  tripException
  tripBanned
  hostPresent
  countsAsGift
  actionDueOn
  handedOverOn
  handedOverTo
  handOverOverdue
  status
  decision
  decisionNote
  buyBackPriceTenge
  decidedOn
  decidedBy {
    id
    fullName
  }
  decidedInTime
  declaredAt
  actions
}`) as unknown as TypedDocumentString<GetGiftQuery, GetGiftQueryVariables>;
export const GetMyFinancialDeclarationDocument = new TypedDocumentString(`
    query GetMyFinancialDeclaration {
  myFinancialDeclaration {
    status {
      ...FinancialDeclarantStatusFields
    }
    notices {
      ...FinancialNoticeFields
    }
  }
  myForeignAccountFindings {
    ...ForeignAccountFindingFields
  }
}
    fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {
  personId
  fullName
  orgUnitId
  category
  publicationCategory
  obligedFrom
  obligedUntil
  form
  deadline
  filedOn
  proofId
  filing
  dutyNotice
  spouseNoticesPending
  reminder
  reminderDueOn
  trustManagementDueOn
  trustManagementSettledOn
}
fragment FinancialNoticeFields on FinancialNotice {
  id
  personId
  personName
  kind
  recipient
  spouseName
  ruleTitle
  form
  year
  dueOn
  sentAt
  signedOn
  banUntil
  standing
}
fragment ForeignAccountFindingFields on ForeignAccountFinding {
  id
  personId
  personName
  year
  bank
  country
  foundOn
  notifyBy
  notifiedAt
  closureDueOn
  closedOn
  status
  notices {
    id
    recipient
    personName
    sentAt
  }
}`) as unknown as TypedDocumentString<GetMyFinancialDeclarationQuery, GetMyFinancialDeclarationQueryVariables>;
export const GiftPreApprovalsDocument = new TypedDocumentString(`
    query GiftPreApprovals($status: GiftPreApprovalStatus) {
  giftPreApprovals(status: $status) {
    ...GiftPreApprovalFields
  }
}
    fragment GiftPreApprovalFields on GiftPreApproval {
  id
  person {
    id
    fullName
  }
  kind
  inviter
  occasion
  eventOn
  valueAmount
  currency
  tripException
  hostPresent
  status
  decisionNote
  decidedBy {
    id
    fullName
  }
  decidedAt
  requestedAt
}`) as unknown as TypedDocumentString<GiftPreApprovalsQuery, GiftPreApprovalsQueryVariables>;
export const GiftRegisterDocument = new TypedDocumentString(`
    query GiftRegister($filter: GiftRegisterFilter, $limit: Int, $offset: Int) {
  giftRegister(filter: $filter, limit: $limit, offset: $offset) {
    total
    items {
      ...GiftRegisterRow
    }
  }
}
    fragment GiftRegisterRow on GiftDeclaration {
  id
  person {
    id
    fullName
  }
  recipientName
  kind
  event
  tripBanned
  giver
  giverOrganization
  occurredOn
  valueTenge
  valueMci
  actionDueOn
  handOverOverdue
  handedOverOn
  decision
  decidedInTime
  actions
}`) as unknown as TypedDocumentString<GiftRegisterQuery, GiftRegisterQueryVariables>;
export const LaunchDeclarationCampaignDocument = new TypedDocumentString(`
    mutation LaunchDeclarationCampaign($input: LaunchDeclarationCampaignInput!) {
  launchDeclarationCampaign(input: $input) {
    id
    declarants
    campaign {
      ...DeclarationCampaignFields
    }
    supplierLinks {
      id
      supplierName
      token
    }
  }
}
    fragment DeclarationCampaignFields on DeclarationCampaign {
  id
  title {
    kk
    ru
    en
  }
  kind
  group
  orgUnitId
  procurementReference
  deadline
  open
  launchedAt
  closedAt
}`) as unknown as TypedDocumentString<LaunchDeclarationCampaignMutation, LaunchDeclarationCampaignMutationVariables>;
export const ListForeignAccountFindingsDocument = new TypedDocumentString(`
    query ListForeignAccountFindings($year: Int) {
  foreignAccountFindings(year: $year) {
    ...ForeignAccountFindingFields
  }
}
    fragment ForeignAccountFindingFields on ForeignAccountFinding {
  id
  personId
  personName
  year
  bank
  country
  foundOn
  notifyBy
  notifiedAt
  closureDueOn
  closedOn
  status
  notices {
    id
    recipient
    personName
    sentAt
  }
}`) as unknown as TypedDocumentString<ListForeignAccountFindingsQuery, ListForeignAccountFindingsQueryVariables>;
export const ListPendingFinancialNoticesDocument = new TypedDocumentString(`
    query ListPendingFinancialNotices {
  pendingFinancialNotices {
    ...FinancialNoticeFields
  }
}
    fragment FinancialNoticeFields on FinancialNotice {
  id
  personId
  personName
  kind
  recipient
  spouseName
  ruleTitle
  form
  year
  dueOn
  sentAt
  signedOn
  banUntil
  standing
}`) as unknown as TypedDocumentString<ListPendingFinancialNoticesQuery, ListPendingFinancialNoticesQueryVariables>;
export const ListTaxAuthorityRequestsDocument = new TypedDocumentString(`
    query ListTaxAuthorityRequests {
  taxAuthorityRequests {
    id
    year
    employeeCount
    preparedAt
    answerReceivedOn
    answerReference
    fileName
  }
}
    `) as unknown as TypedDocumentString<ListTaxAuthorityRequestsQuery, ListTaxAuthorityRequestsQueryVariables>;
export const MyCampaignDeclarationsDocument = new TypedDocumentString(`
    query MyCampaignDeclarations {
  myDeclarations {
    personId
    campaigns {
      due {
        ...MyCampaignDeclarationFields
      }
      filed {
        ...MyCampaignDeclarationFields
      }
    }
  }
}
    fragment MyCampaignDeclarationFields on MyCampaignDeclaration {
  id
  campaignId
  title {
    kk
    ru
    en
  }
  kind
  group
  procurementReference
  dueOn
  status
  open
  questions {
    code
    interest
    text {
      kk
      ru
      en
    }
  }
  answers {
    code
    yes
    details
  }
  submittedAt
  declaredInterest
  asksEthicsCodeAcknowledgement
  ethicsCodeAcknowledgedAt
}`) as unknown as TypedDocumentString<MyCampaignDeclarationsQuery, MyCampaignDeclarationsQueryVariables>;
export const MyGiftPreApprovalsDocument = new TypedDocumentString(`
    query MyGiftPreApprovals {
  myGiftPreApprovals {
    ...GiftPreApprovalFields
  }
}
    fragment GiftPreApprovalFields on GiftPreApproval {
  id
  person {
    id
    fullName
  }
  kind
  inviter
  occasion
  eventOn
  valueAmount
  currency
  tripException
  hostPresent
  status
  decisionNote
  decidedBy {
    id
    fullName
  }
  decidedAt
  requestedAt
}`) as unknown as TypedDocumentString<MyGiftPreApprovalsQuery, MyGiftPreApprovalsQueryVariables>;
export const MyGiftsDocument = new TypedDocumentString(`
    query MyGifts {
  myGifts {
    ...GiftFields
  }
}
    fragment GiftFields on GiftDeclaration {
  id
  person {
    id
    fullName
  }
  recipientName
  kind
  event
  giver
  giverOrganization
  occasion
  description
  occurredOn
  learnedOn
  valueAmount
  currency
  exchangeRate
  valueTenge
  mciTenge
  valueMci
  official
  withoutConsent
  tripException
  tripBanned
  hostPresent
  countsAsGift
  actionDueOn
  handedOverOn
  handedOverTo
  handOverOverdue
  status
  decision
  decisionNote
  buyBackPriceTenge
  decidedOn
  decidedBy {
    id
    fullName
  }
  decidedInTime
  declaredAt
  actions
}`) as unknown as TypedDocumentString<MyGiftsQuery, MyGiftsQueryVariables>;
export const MyRelatedPersonsDocument = new TypedDocumentString(`
    query MyRelatedPersons {
  myRelatedPersons {
    ...RelatedPersonFields
  }
}
    fragment RelatedPersonFields on RelatedPerson {
  id
  relation
  relationClass
  familyMember
  fullName
  iin
  birthDate
  workplace
  workplaceBin
  jobTitle
  note
}`) as unknown as TypedDocumentString<MyRelatedPersonsQuery, MyRelatedPersonsQueryVariables>;
export const PrepareTaxAuthorityRequestDocument = new TypedDocumentString(`
    mutation PrepareTaxAuthorityRequest($year: Int!) {
  prepareTaxAuthorityRequest(year: $year) {
    id
    year
    employeeCount
    fileName
  }
}
    `) as unknown as TypedDocumentString<PrepareTaxAuthorityRequestMutation, PrepareTaxAuthorityRequestMutationVariables>;
export const RecordDeclarantDepartureDocument = new TypedDocumentString(`
    mutation RecordDeclarantDeparture($personId: ID!, $leftOn: String!) {
  recordDeclarantDeparture(personId: $personId, leftOn: $leftOn) {
    ...FinancialNoticeFields
  }
}
    fragment FinancialNoticeFields on FinancialNotice {
  id
  personId
  personName
  kind
  recipient
  spouseName
  ruleTitle
  form
  year
  dueOn
  sentAt
  signedOn
  banUntil
  standing
}`) as unknown as TypedDocumentString<RecordDeclarantDepartureMutation, RecordDeclarantDepartureMutationVariables>;
export const RecordDeclarationPublicationDocument = new TypedDocumentString(`
    mutation RecordDeclarationPublication($input: RecordDeclarationPublicationInput!) {
  recordDeclarationPublication(input: $input) {
    id
    personId
    year
    publishedOn
    url
  }
}
    `) as unknown as TypedDocumentString<RecordDeclarationPublicationMutation, RecordDeclarationPublicationMutationVariables>;
export const RecordDeclarationRuleChangeDocument = new TypedDocumentString(`
    mutation RecordDeclarationRuleChange($input: DeclarationRuleChangeInput!) {
  recordDeclarationRuleChange(input: $input)
}
    `) as unknown as TypedDocumentString<RecordDeclarationRuleChangeMutation, RecordDeclarationRuleChangeMutationVariables>;
export const RecordFilingProofDocument = new TypedDocumentString(`
    mutation RecordFilingProof($input: FilingProofInput!, $file: File!) {
  recordFilingProof(input: $input, file: $file)
}
    `) as unknown as TypedDocumentString<RecordFilingProofMutation, RecordFilingProofMutationVariables>;
export const RecordForeignAccountAccessOrderDocument = new TypedDocumentString(`
    mutation RecordForeignAccountAccessOrder($orderNumber: String!, $orderDate: String!, $memberIds: [ID!]!) {
  recordForeignAccountAccessOrder(
    orderNumber: $orderNumber
    orderDate: $orderDate
    memberIds: $memberIds
  )
}
    `) as unknown as TypedDocumentString<RecordForeignAccountAccessOrderMutation, RecordForeignAccountAccessOrderMutationVariables>;
export const RecordForeignAccountClosureDocument = new TypedDocumentString(`
    mutation RecordForeignAccountClosure($findingId: ID!, $closedOn: String!, $file: File!) {
  recordForeignAccountClosure(
    findingId: $findingId
    closedOn: $closedOn
    file: $file
  ) {
    ...ForeignAccountFindingFields
  }
}
    fragment ForeignAccountFindingFields on ForeignAccountFinding {
  id
  personId
  personName
  year
  bank
  country
  foundOn
  notifyBy
  notifiedAt
  closureDueOn
  closedOn
  status
  notices {
    id
    recipient
    personName
    sentAt
  }
}`) as unknown as TypedDocumentString<RecordForeignAccountClosureMutation, RecordForeignAccountClosureMutationVariables>;
export const RecordForeignAccountUndertakingDocument = new TypedDocumentString(`
    mutation RecordForeignAccountUndertaking($personId: ID!, $signedOn: String!) {
  recordForeignAccountUndertaking(personId: $personId, signedOn: $signedOn)
}
    `) as unknown as TypedDocumentString<RecordForeignAccountUndertakingMutation, RecordForeignAccountUndertakingMutationVariables>;
export const RecordGiftHandOverDocument = new TypedDocumentString(`
    mutation RecordGiftHandOver($id: ID!, $input: GiftHandOverInput!) {
  recordGiftHandOver(id: $id, input: $input) {
    ...GiftFields
  }
}
    fragment GiftFields on GiftDeclaration {
  id
  person {
    id
    fullName
  }
  recipientName
  kind
  event
  giver
  giverOrganization
  occasion
  description
  occurredOn
  learnedOn
  valueAmount
  currency
  exchangeRate
  valueTenge
  mciTenge
  valueMci
  official
  withoutConsent
  tripException
  tripBanned
  hostPresent
  countsAsGift
  actionDueOn
  handedOverOn
  handedOverTo
  handOverOverdue
  status
  decision
  decisionNote
  buyBackPriceTenge
  decidedOn
  decidedBy {
    id
    fullName
  }
  decidedInTime
  declaredAt
  actions
}`) as unknown as TypedDocumentString<RecordGiftHandOverMutation, RecordGiftHandOverMutationVariables>;
export const RecordTaxAuthorityAnswerDocument = new TypedDocumentString(`
    mutation RecordTaxAuthorityAnswer($requestId: ID!, $receivedOn: String!, $reference: String, $findings: [ForeignAccountFindingInput!]!) {
  recordTaxAuthorityAnswer(
    requestId: $requestId
    receivedOn: $receivedOn
    reference: $reference
    findings: $findings
  ) {
    ...ForeignAccountFindingFields
  }
}
    fragment ForeignAccountFindingFields on ForeignAccountFinding {
  id
  personId
  personName
  year
  bank
  country
  foundOn
  notifyBy
  notifiedAt
  closureDueOn
  closedOn
  status
  notices {
    id
    recipient
    personName
    sentAt
  }
}`) as unknown as TypedDocumentString<RecordTaxAuthorityAnswerMutation, RecordTaxAuthorityAnswerMutationVariables>;
export const RecordTrustManagementDocument = new TypedDocumentString(`
    mutation RecordTrustManagement($personId: ID!, $settledOn: String!, $nothingToTransfer: Boolean!, $file: File) {
  recordTrustManagement(
    personId: $personId
    settledOn: $settledOn
    nothingToTransfer: $nothingToTransfer
    file: $file
  )
}
    `) as unknown as TypedDocumentString<RecordTrustManagementMutation, RecordTrustManagementMutationVariables>;
export const RegisterDeclarantDocument = new TypedDocumentString(`
    mutation RegisterDeclarant($input: RegisterDeclarantInput!) {
  registerDeclarant(input: $input) {
    ...FinancialDeclarantStatusFields
  }
}
    fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {
  personId
  fullName
  orgUnitId
  category
  publicationCategory
  obligedFrom
  obligedUntil
  form
  deadline
  filedOn
  proofId
  filing
  dutyNotice
  spouseNoticesPending
  reminder
  reminderDueOn
  trustManagementDueOn
  trustManagementSettledOn
}`) as unknown as TypedDocumentString<RegisterDeclarantMutation, RegisterDeclarantMutationVariables>;
export const RemindOverdueDeclarantsDocument = new TypedDocumentString(`
    mutation RemindOverdueDeclarants($campaignId: ID!) {
  remindOverdueDeclarants(campaignId: $campaignId)
}
    `) as unknown as TypedDocumentString<RemindOverdueDeclarantsMutation, RemindOverdueDeclarantsMutationVariables>;
export const RemoveRelatedPersonDocument = new TypedDocumentString(`
    mutation RemoveRelatedPerson($id: ID!) {
  removeRelatedPerson(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveRelatedPersonMutation, RemoveRelatedPersonMutationVariables>;
export const RequestGiftPreApprovalDocument = new TypedDocumentString(`
    mutation RequestGiftPreApproval($input: GiftPreApprovalInput!) {
  requestGiftPreApproval(input: $input) {
    ...GiftPreApprovalFields
  }
}
    fragment GiftPreApprovalFields on GiftPreApproval {
  id
  person {
    id
    fullName
  }
  kind
  inviter
  occasion
  eventOn
  valueAmount
  currency
  tripException
  hostPresent
  status
  decisionNote
  decidedBy {
    id
    fullName
  }
  decidedAt
  requestedAt
}`) as unknown as TypedDocumentString<RequestGiftPreApprovalMutation, RequestGiftPreApprovalMutationVariables>;
export const SaveRelatedPersonDocument = new TypedDocumentString(`
    mutation SaveRelatedPerson($input: RelatedPersonInput!) {
  saveRelatedPerson(input: $input) {
    ...RelatedPersonFields
  }
}
    fragment RelatedPersonFields on RelatedPerson {
  id
  relation
  relationClass
  familyMember
  fullName
  iin
  birthDate
  workplace
  workplaceBin
  jobTitle
  note
}`) as unknown as TypedDocumentString<SaveRelatedPersonMutation, SaveRelatedPersonMutationVariables>;
export const SendFinancialNoticesDocument = new TypedDocumentString(`
    mutation SendFinancialNotices($ids: [ID!]!) {
  sendFinancialNotices(ids: $ids) {
    ...FinancialNoticeFields
  }
}
    fragment FinancialNoticeFields on FinancialNotice {
  id
  personId
  personName
  kind
  recipient
  spouseName
  ruleTitle
  form
  year
  dueOn
  sentAt
  signedOn
  banUntil
  standing
}`) as unknown as TypedDocumentString<SendFinancialNoticesMutation, SendFinancialNoticesMutationVariables>;
export const SetDeclarationDeadlineDocument = new TypedDocumentString(`
    mutation SetDeclarationDeadline($form: String!, $year: Int!, $dueOn: String!) {
  setDeclarationDeadline(form: $form, year: $year, dueOn: $dueOn)
}
    `) as unknown as TypedDocumentString<SetDeclarationDeadlineMutation, SetDeclarationDeadlineMutationVariables>;
export const SignFinancialNoticeDocument = new TypedDocumentString(`
    mutation SignFinancialNotice($id: ID!, $signedOn: String!) {
  signFinancialNotice(id: $id, signedOn: $signedOn) {
    ...FinancialNoticeFields
  }
}
    fragment FinancialNoticeFields on FinancialNotice {
  id
  personId
  personName
  kind
  recipient
  spouseName
  ruleTitle
  form
  year
  dueOn
  sentAt
  signedOn
  banUntil
  standing
}`) as unknown as TypedDocumentString<SignFinancialNoticeMutation, SignFinancialNoticeMutationVariables>;
export const StandardDeclarationQuestionsDocument = new TypedDocumentString(`
    query StandardDeclarationQuestions {
  standardDeclarationQuestions {
    code
    interest
    text {
      kk
      ru
      en
    }
  }
}
    `) as unknown as TypedDocumentString<StandardDeclarationQuestionsQuery, StandardDeclarationQuestionsQueryVariables>;
export const SubmitDeclarationDocument = new TypedDocumentString(`
    mutation SubmitDeclaration($campaignId: ID!, $input: SubmitDeclarationInput!) {
  submitDeclaration(campaignId: $campaignId, input: $input) {
    ...MyCampaignDeclarationFields
  }
}
    fragment MyCampaignDeclarationFields on MyCampaignDeclaration {
  id
  campaignId
  title {
    kk
    ru
    en
  }
  kind
  group
  procurementReference
  dueOn
  status
  open
  questions {
    code
    interest
    text {
      kk
      ru
      en
    }
  }
  answers {
    code
    yes
    details
  }
  submittedAt
  declaredInterest
  asksEthicsCodeAcknowledgement
  ethicsCodeAcknowledgedAt
}`) as unknown as TypedDocumentString<SubmitDeclarationMutation, SubmitDeclarationMutationVariables>;