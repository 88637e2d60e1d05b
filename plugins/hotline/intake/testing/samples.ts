import type { ReporterReport } from '../composables/reporter-report';

export const RECEIPT = '48210937556612348765432109876543';

export function reporterReport(overrides: Partial<ReporterReport> = {}): ReporterReport {
  return {
    number: 'HL-2025-0007',
    content: {
      what: 'The head of procurement took an envelope from a supplier.\nThe tender went to that supplier.',
      when: 'March 2025',
      where: null,
      who: 'Head of procurement',
    },
    category: 'corruption',
    status: 'acknowledged',
    receivedAt: '2025-03-03T09:00:00.000Z',
    acknowledgedAt: '2025-03-03T15:00:00.000Z',
    processBy: '2025-04-02T09:00:00.000Z',
    outcome: null,
    closedAt: null,
    attachments: [],
    messages: [
      {
        id: 'm1',
        from: 'organisation',
        kind: 'acknowledgement',
        code: 'auto_receipt',
        body: '',
        createdAt: '2025-03-03T09:00:00.000Z',
        attachments: [],
      },
      {
        id: 'm2',
        from: 'organisation',
        kind: 'question',
        code: null,
        body: 'Which contract was it?',
        createdAt: '2025-03-04T10:00:00.000Z',
        attachments: [],
      },
      {
        id: 'm3',
        from: 'reporter',
        kind: 'reporter',
        code: null,
        body: 'The invoice is attached.',
        createdAt: '2025-03-02T08:00:00.000Z',
        attachments: [{ id: 'a1', fileName: 'invoice.pdf', sizeBytes: 2048 }],
      },
    ],
    ...overrides,
  };
}
