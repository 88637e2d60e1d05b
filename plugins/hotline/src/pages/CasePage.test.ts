import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import type { HotlineCase } from '../stores/hotline-case';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { testRouter } from '../testing/router';
import { ANNA, BOLAT, DANA, hotlineCase } from '../testing/samples';
import { button, chooseOption } from '../testing/ui';
import { SEARCH_DELAY_MS } from '@adal/sdk';
import CasePage from './CasePage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: {
    viewer: { id: 'p-head', roles: ['compliance_head'] },
    graphqlUrl: 'https://adal.example/graphql',
    token: 'token-1',
  },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
}));

const INVESTIGATOR_CAN = {
  assign: false,
  acknowledge: true,
  work: true,
  readIdentity: true,
  decideDisclosure: false,
};
let graphql: FakeGraphql;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T20:00:00Z'));
  graphql = new FakeGraphql();
  graphql.on('ListHotlineCaseLabels', () => ({ hotlineCaseLabels: [] }));
  fake.current = graphql;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function mountCase(shown: HotlineCase) {
  graphql.on('GetHotlineCase', () => ({ hotlineCase: shown }));
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(CasePage, {
    props: { id: shown.id },
    attachTo: document.body,
    global: {
      ...options.global,
      plugins: [...options.global.plugins, createPinia(), await testRouter(`/cases/${shown.id}`)],
    },
  });
  await flushPromises();
  return wrapper;
}

describe('CasePage', () => {
  it('shows an investigator the report, the conversation and private notes, without the manager’s actions', async () => {
    const wrapper = await mountCase(
      hotlineCase({
        viewerCan: INVESTIGATOR_CAN,
        assignees: [ANNA],
        notes: [
          {
            id: 'n-1',
            author: ANNA,
            body: 'Ask the archive for the tender file.',
            createdAt: '2026-03-02T12:00:00Z',
          },
        ],
      }),
    );
    const text = wrapper.text();
    expect(wrapper.find('h1').text()).toBe('Case HL-2026-0001');
    // The number never breaks at its hyphens on a phone.
    expect(wrapper.get('h1 .case-number').text()).toBe('HL-2026-0001');
    expect(text).toContain('The procurement head asked a supplier for a payment to pass the tender.');
    expect(text).toContain('Acknowledge within 12 h 0 min');
    expect(text).toContain('Your report has been received. Keep your receipt');
    expect(text).toContain('Never shown to the reporter.');
    expect(text).toContain('Ask the archive for the tender file.');
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(
      expect.arrayContaining(['Acknowledge receipt', 'Close the case']),
    );
    expect(wrapper.findAll('button').map((b) => b.text())).not.toEqual(
      expect.arrayContaining(['Assign investigators']),
    );
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Triage');
    wrapper.unmount();
  });

  it('greys out the investigators a case may not go to, with the reason, and assigns the chosen one', async () => {
    graphql
      .on('ListInvestigatorCandidates', () => ({
        hotlineInvestigatorCandidates: [
          { person: ANNA, eligible: true, reason: null },
          { person: BOLAT, eligible: false, reason: 'named' },
          { person: DANA, eligible: false, reason: 'reporting_line' },
        ],
      }))
      .on('AssignHotlineCase', () => ({ assignHotlineCase: hotlineCase({ assignees: [ANNA] }) }));
    const wrapper = await mountCase(hotlineCase({ involvedPersons: [BOLAT] }));
    await button(wrapper, 'Assign investigators').trigger('click');
    await flushPromises();

    expect(wrapper.find('#assign-p-bolat').attributes('disabled')).toBeDefined();
    expect(wrapper.find('#assign-reason-p-bolat').text()).toBe('Named in the report');
    expect(wrapper.find('#assign-p-bolat').attributes('aria-describedby')).toBe('assign-reason-p-bolat');
    expect(wrapper.find('#assign-reason-p-dana').text()).toBe(
      'In the reporting line of a person named in the report',
    );
    await wrapper.find('#assign-p-anna').setValue(true);
    await button(wrapper, 'Assign').trigger('click');
    await flushPromises();
    expect(graphql.sent('AssignHotlineCase')).toEqual([{ id: 'case-1', investigatorIds: ['p-anna'] }]);
    expect(wrapper.text()).toContain(ANNA.fullName);
    wrapper.unmount();
  });

  it('splits the case into tabs, and shows its history from the trail in words when opened', async () => {
    graphql.on('GetHotlineCaseTimeline', () => ({
      hotlineCase: {
        id: 'case-1',
        timeline: [
          {
            id: 'e-1',
            at: '2026-03-01T19:00:00Z',
            atPrecision: 'day',
            action: 'hotline.report_received',
            actor: null,
            facts: [{ key: 'category', values: ['corruption'] }],
          },
          {
            id: 'e-2',
            at: '2026-03-01T19:00:00Z',
            atPrecision: 'day',
            action: 'hotline.priority_changed',
            actor: ANNA,
            facts: [
              { key: 'from', values: ['normal'] },
              { key: 'to', values: ['urgent'] },
            ],
          },
        ],
      },
    }));
    const wrapper = await mountCase(hotlineCase());
    const tabs = wrapper.findAll('[role="tab"]').map((tab) => tab.text());
    expect(tabs).toEqual([
      'Overview',
      'Conversation',
      'Notes',
      'Findings and recommendations',
      'Protection',
      'History',
    ]);
    expect(graphql.sent('GetHotlineCaseTimeline')).toEqual([]);
    await wrapper.findAll('[role="tab"]').at(-1)!.trigger('click');
    await flushPromises();
    expect(graphql.sent('GetHotlineCaseTimeline')).toEqual([{ id: 'case-1' }]);
    const history = wrapper.find('[data-testid="case-timeline"]').text();
    expect(history).toContain('Report received');
    expect(history).toContain('category: Corruption');
    expect(history).toContain('Priority changed');
    expect(history).toContain('was: Normal');
    expect(history).toContain('now: Urgent');
    expect(history).toContain(ANNA.fullName);
    expect(history).toContain('day only: the report is anonymous');
    wrapper.unmount();
  });

  it('exports the case as a PDF in the page’s language, the identity only when ticked', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(new Blob(['%PDF-1.7']), { status: 200 });
    });
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:case'), revokeObjectURL: vi.fn() }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const wrapper = await mountCase(
      hotlineCase({
        anonymous: false,
        hasReporterIdentity: true,
        viewerCan: { ...hotlineCase().viewerCan, readIdentity: true },
      }),
    );
    await button(wrapper, 'Download the PDF').trigger('click');
    await flushPromises();
    await wrapper.find('#export-identity').setValue(true);
    await button(wrapper, 'Download the PDF').trigger('click');
    await flushPromises();
    expect(fetched).toEqual([
      'https://adal.example/hotline/cases/case-1.pdf?lang=en',
      'https://adal.example/hotline/cases/case-1.pdf?lang=en&identity=1',
    ]);
    click.mockRestore();
    wrapper.unmount();
  });

  it('downloads an attachment with the viewer’s token and hands it over as a file', async () => {
    const fetched: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      fetched.push({ url, init });
      return new Response(new Blob(['%PDF-1.7']), { status: 200 });
    });
    const created = vi.fn(() => 'blob:report-file');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(`${this.download} ${this.href}`);
    });
    const wrapper = await mountCase(
      hotlineCase({
        attachments: [
          {
            id: 'att 1',
            fileName: 'invoice.pdf',
            contentType: 'application/pdf',
            sizeBytes: 20480,
            uploadedBy: 'reporter',
            createdAt: '2026-03-02T08:00:00Z',
          },
        ],
      }),
    );
    expect(wrapper.text()).toContain('20 KB');
    await wrapper.find('button[aria-label="Download invoice.pdf"]').trigger('click');
    await flushPromises();
    expect(fetched).toHaveLength(1);
    expect(fetched[0]?.url).toBe('https://adal.example/hotline/attachments/att%201');
    expect(fetched[0]?.init.headers).toEqual({ authorization: 'Bearer token-1' });
    expect(clicked).toEqual(['invoice.pdf blob:report-file']);
    click.mockRestore();
    wrapper.unmount();
  });

  it('asks before closing and says why the server refused to close', async () => {
    graphql.on('CloseHotlineCase', () => {
      throw new AdalGraphqlError('CONFLICT', 'Record the findings before closing the case', {
        details: { messageKey: 'hotline.case.findingsRequired', params: {} },
      });
    });
    const wrapper = await mountCase(
      hotlineCase({ status: 'in_progress', scope: 'in_scope', acknowledgedAt: '2026-03-02T09:00:00Z' }),
    );
    await button(wrapper, 'Close the case').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('A closed case cannot be reopened');
    expect(graphql.sent('CloseHotlineCase')).toEqual([]);

    await chooseOption(wrapper, '#close-outcome', 'Substantiated');
    await wrapper.find('#close-message').setValue('The facts were confirmed and measures were taken.');
    const dialogButtons = wrapper
      .findAll('[role="dialog"] button')
      .filter((b) => b.text() === 'Close the case');
    await dialogButtons.at(-1)!.trigger('click');
    await flushPromises();
    expect(graphql.sent('CloseHotlineCase')).toEqual([
      {
        id: 'case-1',
        input: {
          outcome: 'substantiated',
          messageToReporter: 'The facts were confirmed and measures were taken.',
        },
      },
    ]);
    expect(wrapper.text()).toContain('record the findings first');
    expect(wrapper.text()).toContain('Record the findings before closing the case');
    wrapper.unmount();
  });

  it('reveals an open reporter’s identity only on request, and says the reading is recorded', async () => {
    graphql.on('RevealHotlineReporterIdentity', () => ({
      revealHotlineReporterIdentity: { name: 'Айгүл Нұрлан', contact: '+7 701 000 00 00' },
    }));
    const wrapper = await mountCase(
      hotlineCase({
        anonymous: false,
        hasReporterIdentity: true,
        viewerCan: INVESTIGATOR_CAN,
        assignees: [ANNA],
      }),
    );
    expect(wrapper.text()).not.toContain('Айгүл');
    await button(wrapper, 'Reveal the name and contact').trigger('click');
    await flushPromises();
    expect(graphql.sent('RevealHotlineReporterIdentity')).toEqual([{ id: 'case-1' }]);
    expect(wrapper.text()).toContain('Айгүл Нұрлан');
    expect(wrapper.text()).toContain('Your reading is recorded on the audit trail.');
    wrapper.unmount();
  });

  it('lets the compliance head ask for a disclosure only for someone else, and decide only what is not hers (four eyes)', async () => {
    const disclosure = (id: string, by: typeof ANNA, to: typeof ANNA, viewerCanDecide: boolean) => ({
      id,
      caseId: 'case-1',
      caseNumber: 'HL-2026-0001',
      requestedBy: by,
      requestedFor: to,
      reason: 'Needed as a witness',
      requestedAt: '2026-03-05T09:00:00Z',
      decidedBy: null,
      decidedAt: null,
      approved: null,
      viewerCanDecide,
    });
    const HEAD = { id: 'p-head', fullName: 'Гүлнар Сейітова' };
    const forDana = disclosure('d-1', ANNA, DANA, true);
    const forHer = disclosure('d-2', BOLAT, HEAD, false);
    graphql
      .on('SearchPeople', ({ search }) => ({
        people: [HEAD, BOLAT]
          .filter((person) => person.fullName.toLowerCase().includes(String(search)))
          .map((person) => ({
            ...person,
            email: `${person.id}@corp.kz`,
            orgUnit: { id: 'hq', names: { kk: 'HQ', ru: 'HQ', en: 'HQ' } },
          })),
      }))
      .on('RequestIdentityDisclosure', () => ({
        requestIdentityDisclosure: hotlineCase({
          anonymous: false,
          hasReporterIdentity: true,
          disclosures: [forDana, forHer],
        }),
      }))
      .on('DecideIdentityDisclosure', () => ({
        decideIdentityDisclosure: {
          ...forDana,
          approved: true,
          decidedBy: HEAD,
          decidedAt: '2026-03-06T09:00:00Z',
          viewerCanDecide: false,
        },
      }));
    const wrapper = await mountCase(
      hotlineCase({ anonymous: false, hasReporterIdentity: true, disclosures: [forDana, forHer] }),
    );
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Reveal the name and contact');
    expect(wrapper.text()).toContain('Requests waiting for your decision: 1');
    expect(wrapper.find('button[aria-label="Approve disclosure to Гүлнар Сейітова"]').exists()).toBe(false);

    async function pick(name: string): Promise<void> {
      await wrapper.find('#disclosure-person').setValue(name.slice(0, 4).toLowerCase());
      await new Promise((resolve) => setTimeout(resolve, SEARCH_DELAY_MS + 20));
      await flushPromises();
      await wrapper.find(`[role="option"][aria-label^="${name}"]`).trigger('click');
      await flushPromises();
    }

    await button(wrapper, 'Request disclosure').trigger('click');
    await wrapper.find('#disclosure-reason').setValue('The check needs a statement from the reporter.');
    await pick(HEAD.fullName);
    await button(wrapper, 'Send the request').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('You cannot ask for a disclosure to yourself.');
    expect(graphql.sent('RequestIdentityDisclosure')).toEqual([]);

    await wrapper.find('button[aria-label^="Remove Гүлнар"]').trigger('click');
    await pick(BOLAT.fullName);
    await button(wrapper, 'Send the request').trigger('click');
    await flushPromises();
    expect(graphql.sent('RequestIdentityDisclosure')).toEqual([
      {
        id: 'case-1',
        input: { forPersonId: BOLAT.id, reason: 'The check needs a statement from the reporter.' },
      },
    ]);

    // An approval cannot be undone: it is confirmed first, and a change of mind sends nothing.
    await wrapper.find('button[aria-label="Approve disclosure to Дана Омарова"]').trigger('click');
    expect(wrapper.text()).toContain(
      'Дана Омарова will be able to read the reporter’s name and contact. The decision cannot be changed later.',
    );
    await button(wrapper, 'Cancel').trigger('click');
    expect(graphql.sent('DecideIdentityDisclosure')).toEqual([]);
    await wrapper.find('button[aria-label="Approve disclosure to Дана Омарова"]').trigger('click');
    await button(wrapper, 'Yes, approve').trigger('click');
    await flushPromises();
    expect(graphql.sent('DecideIdentityDisclosure')).toEqual([{ id: 'd-1', approved: true }]);
    expect(wrapper.text()).toContain('Approved');
    wrapper.unmount();
  });

  it('records the findings with their outcome and shows them', async () => {
    graphql.on('RecordHotlineFindings', ({ input }) => ({
      recordHotlineFindings: hotlineCase({
        status: 'in_progress',
        findings: (input as { findings: string }).findings,
        outcome: 'partly_substantiated',
      }),
    }));
    const wrapper = await mountCase(hotlineCase({ status: 'in_progress', scope: 'in_scope' }));
    expect(wrapper.text()).toContain('No findings recorded yet.');
    await button(wrapper, 'Record the findings').trigger('click');
    await button(wrapper, 'Save the findings').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Write what the check established.');
    expect(wrapper.text()).toContain('Choose the outcome.');
    expect(graphql.sent('RecordHotlineFindings')).toEqual([]);

    await wrapper.find('#findings-text').setValue('The payment request was confirmed by two witnesses.');
    await chooseOption(wrapper, '#findings-outcome', 'Partly substantiated');
    await button(wrapper, 'Save the findings').trigger('click');
    await flushPromises();
    expect(graphql.sent('RecordHotlineFindings')).toEqual([
      {
        id: 'case-1',
        input: {
          findings: 'The payment request was confirmed by two witnesses.',
          outcome: 'partly_substantiated',
        },
      },
    ]);
    const section = wrapper.find('[aria-labelledby="findings-heading"]').text();
    expect(section).toContain('The payment request was confirmed by two witnesses.');
    expect(section).toContain('Outcome: Partly substantiated');
    wrapper.unmount();
  });

  it('offers the register’s keepers to propose a risk from a case closed as substantiated, by a link to the register', async () => {
    const closed = await mountCase(
      hotlineCase({ status: 'closed', scope: 'in_scope', outcome: 'substantiated' }),
    );
    const link = closed.find('[data-testid="propose-risk"]');
    expect(link.text()).toBe('Propose a risk');
    expect(link.attributes('href')).toBe('/compliance/risks?proposeFrom=hotline_case%3Acase-1');
    closed.unmount();
    for (const shown of [
      hotlineCase({ status: 'in_progress', scope: 'in_scope', outcome: 'substantiated' }),
      hotlineCase({ status: 'closed', scope: 'in_scope', outcome: 'not_substantiated' }),
    ]) {
      const wrapper = await mountCase(shown);
      expect(wrapper.find('[data-testid="propose-risk"]').exists()).toBe(false);
      wrapper.unmount();
    }
    const head = fake.context.viewer;
    fake.context.viewer = { id: 'p-inv', roles: ['hotline_investigator'] };
    try {
      const wrapper = await mountCase(
        hotlineCase({
          status: 'closed',
          scope: 'in_scope',
          outcome: 'substantiated',
          viewerCan: INVESTIGATOR_CAN,
        }),
      );
      expect(wrapper.find('[data-testid="propose-risk"]').exists()).toBe(false);
      wrapper.unmount();
    } finally {
      fake.context.viewer = head;
    }
  });

  it('triages a report out of scope only with a reason (§69)', async () => {
    graphql.on('TriageHotlineCase', () => ({
      triageHotlineCase: hotlineCase({ status: 'closed', scope: 'out_of_scope', outcome: 'out_of_scope' }),
    }));
    const wrapper = await mountCase(hotlineCase());
    await button(wrapper, 'Triage').trigger('click');
    await flushPromises();
    await wrapper.find('#triage-out').setValue(true);
    await button(wrapper, 'Close as out of scope').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Choose why the report is out of scope.');
    expect(graphql.sent('TriageHotlineCase')).toEqual([]);

    await chooseOption(wrapper, '#triage-reason', 'An attempt at personal revenge');
    await button(wrapper, 'Close as out of scope').trigger('click');
    await flushPromises();
    expect(graphql.sent('TriageHotlineCase')).toEqual([
      { id: 'case-1', input: { scope: 'out_of_scope', reason: 'personal_revenge' } },
    ]);
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Triage');
    wrapper.unmount();
  });
});
