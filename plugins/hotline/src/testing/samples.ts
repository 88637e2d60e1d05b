import type { HrActionFieldsFragment, LabourDisputeFieldsFragment } from '../graphql/generated/graphql';
import type { HotlineCase } from '../stores/hotline-case';
import type { HotlineQueueRow } from '../stores/hotline-cases';

export const ANNA = { id: 'p-anna', fullName: 'Анна Серікова' };
export const BOLAT = { id: 'p-bolat', fullName: 'Болат Жаксылыков' };
export const DANA = { id: 'p-dana', fullName: 'Дана Омарова' };

/** A queue row as the server sends it. */
export function caseSummary(overrides: Partial<HotlineQueueRow> = {}): HotlineQueueRow {
  return {
    id: 'case-1',
    number: 'HL-2026-0001',
    withheld: false,
    handledBy: 'compliance',
    category: 'corruption',
    channel: 'web',
    status: 'received',
    scope: 'pending',
    anonymous: true,
    receivedAt: '2026-03-02T08:00:00Z',
    acknowledgeBy: '2026-03-03T08:00:00Z',
    acknowledgedAt: null,
    processBy: '2026-04-01T08:00:00Z',
    closedAt: null,
    overdueAcknowledgement: false,
    acknowledgedInTime: null,
    assignees: [],
    priority: 'normal',
    labels: [],
    ...overrides,
  };
}

/** A compliance head's row for a case that names a compliance head: only that it exists. */
export function withheldRow(overrides: Partial<HotlineQueueRow> = {}): HotlineQueueRow {
  return caseSummary({
    withheld: true,
    handledBy: 'alternate',
    category: null,
    channel: null,
    scope: null,
    anonymous: null,
    acknowledgeBy: null,
    acknowledgedAt: null,
    processBy: null,
    closedAt: null,
    overdueAcknowledgement: null,
    acknowledgedInTime: null,
    assignees: null,
    priority: null,
    labels: null,
    ...overrides,
  });
}

export function hotlineCase(overrides: Partial<HotlineCase> = {}): HotlineCase {
  return {
    id: 'case-1',
    number: 'HL-2026-0001',
    handledBy: 'compliance',
    category: 'corruption',
    channel: 'web',
    status: 'received',
    scope: 'pending',
    outOfScopeReason: null,
    outOfScopeNote: null,
    anonymous: true,
    hasReporterIdentity: false,
    receivedAt: '2026-03-02T08:00:00Z',
    acknowledgeBy: '2026-03-03T08:00:00Z',
    acknowledgedAt: null,
    checkDays: null,
    processBy: '2026-04-01T08:00:00Z',
    closedAt: null,
    overdueAcknowledgement: false,
    acknowledgedInTime: null,
    priority: 'normal',
    labels: [],
    findings: null,
    outcome: null,
    content: {
      what: 'The procurement head asked a supplier for a payment to pass the tender.',
      when: 'February 2026',
      where: null,
      who: null,
    },
    intakeAnswers: [],
    assignees: [],
    involvedPersons: [],
    messages: [
      {
        id: 'm-1',
        author: 'system',
        authorPerson: null,
        kind: 'acknowledgement',
        code: 'auto_receipt',
        body: '',
        createdAt: '2026-03-02T08:00:00Z',
        attachments: [],
      },
    ],
    notes: [],
    attachments: [],
    recommendations: [],
    disclosures: [],
    enteredBy: null,
    viewerCan: { assign: true, acknowledge: true, work: true, readIdentity: false, decideDisclosure: true },
    ...overrides,
  };
}

/** An HR action as the server sends it: a flagged draft dismissal of Anna. */
export function hrAction(overrides: Partial<HrActionFieldsFragment> = {}): HrActionFieldsFragment {
  return {
    id: 'hr-1',
    person: ANNA,
    kind: 'dismissal',
    initiator: 'employer',
    decidedOn: '2026-04-01',
    description: 'Dismissal for absence',
    status: 'draft',
    flagged: true,
    flaggedAt: '2026-04-01T09:00:00Z',
    createdAt: '2026-04-01T09:00:00Z',
    commissionRecommendation: null,
    commissionRecommendationOn: null,
    finalizedAt: null,
    ...overrides,
  };
}

/** A labour dispute as the server sends it: Bolat's, undecided. */
export function dispute(overrides: Partial<LabourDisputeFieldsFragment> = {}): LabourDisputeFieldsFragment {
  return {
    id: 'ld-1',
    person: BOLAT,
    body: 'conciliation_commission',
    appliedOn: '2026-03-01',
    decisionDueOn: '2026-03-31',
    decidedOn: null,
    decision: null,
    agencyRepresentativeAttended: null,
    signatories: [],
    protocolDueOn: null,
    protocolForwardedOn: null,
    decisionOverdue: false,
    protocolOverdue: false,
    ...overrides,
  };
}
