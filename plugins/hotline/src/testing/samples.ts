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
    assignees: [],
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
    assignees: null,
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
    findings: null,
    outcome: null,
    content: {
      what: 'The procurement head asked a supplier for a payment to pass the tender.',
      when: 'February 2026',
      where: null,
      who: null,
    },
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
