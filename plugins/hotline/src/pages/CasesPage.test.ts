import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { testRouter } from '../testing/router';
import { ANNA, BOLAT, DANA, caseSummary, withheldRow } from '../testing/samples';
import { button, chooseOption } from '../testing/ui';
import CasesPage from './CasesPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: { viewer: { id: 'p-head', roles: ['compliance_head'] }, graphqlUrl: '/graphql', token: 't' },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
}));

const RECEIPT = '4821 0937 1122 3344 5566 7788 9900 1234';
let graphql: FakeGraphql;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T20:00:00Z'));
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.context.viewer.roles = ['compliance_head'];
  graphql
    .on('ListHotlineRecommendations', () => ({ hotlineRecommendations: [] }))
    .on('ListHotlineDisclosureRequests', () => ({ hotlineDisclosureRequests: [] }))
    .on('ListHotlineCaseLabels', () => ({ hotlineCaseLabels: [] }))
    .on('ListSavedHotlineFilters', () => ({ mySavedHotlineFilters: [] }));
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

async function mountPage() {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(CasesPage, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia(), await testRouter()] },
  });
  await flushPromises();
  return wrapper;
}

// The whole page mounts (the queue's DataTable, the caller dialog, the panels): on a busy machine
// that takes longer than vitest's default 5 s.
describe('CasesPage', { timeout: 20_000 }, () => {
  it('says so when there are no reports yet', async () => {
    graphql.on('ListHotlineCases', () => ({ hotlineCases: { total: 0, items: [] } }));
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('No reports yet.');
    wrapper.unmount();
  });

  it('shows each case with the time left to acknowledge it, how late the acknowledgement is, or that none is due', async () => {
    graphql.on('ListHotlineCases', () => ({
      hotlineCases: {
        total: 4,
        items: [
          caseSummary({ acknowledgeBy: '2026-03-03T08:00:00Z' }),
          caseSummary({
            id: 'case-2',
            number: 'HL-2026-0002',
            acknowledgeBy: '2026-03-02T17:30:00Z',
            overdueAcknowledgement: true,
          }),
          caseSummary({
            id: 'case-3',
            number: 'HL-2026-0003',
            status: 'acknowledged',
            acknowledgedAt: '2026-03-01T09:00:00Z',
            acknowledgedInTime: true,
            assignees: [ANNA],
          }),
          caseSummary({
            id: 'case-4',
            number: 'HL-2026-0004',
            status: 'closed',
            closedAt: '2026-03-01T10:00:00Z',
          }),
        ],
      },
    }));
    const wrapper = await mountPage();
    const cards = wrapper.findAll('tbody tr');
    expect(cards).toHaveLength(4);
    expect(cards[0]!.text()).toContain('HL-2026-0001');
    expect(cards[0]!.find('a').attributes('aria-label')).toBe('Case HL-2026-0001');
    expect(cards[0]!.text()).toContain('Acknowledge within 12 h 0 min');
    expect(cards[0]!.text()).toContain('Not assigned yet');
    expect(cards[1]!.text()).toContain('Acknowledgement overdue by 2 h 30 min');
    expect(cards[2]!.text()).not.toContain('Acknowledge within');
    expect(cards[2]!.text()).not.toContain('overdue');
    expect(cards[2]!.text()).toContain(ANNA.fullName);
    // The urgency column of a case already answered, or closed unanswered, says so rather than nothing.
    expect(cards[2]!.text()).toContain('Answered in time');
    expect(cards[3]!.text()).toContain('Closed unanswered');
    expect(cards[0]!.text()).not.toContain('Answered');
    expect(cards[0]!.find('a').attributes('href')).toBe('/cases/case-1');
    wrapper.unmount();
  });

  it('filters on the server by overdue acknowledgement and by case number', async () => {
    graphql.on('ListHotlineCases', () => ({ hotlineCases: { total: 1, items: [caseSummary()] } }));
    const wrapper = await mountPage();
    await wrapper.find('#cases-overdue').setValue(true);
    await flushPromises();
    await wrapper.find('#cases-search').setValue('HL-2026-0001');
    await wrapper.find('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(graphql.sent('ListHotlineCases').map((sent) => sent['filter'])).toEqual([
      { offset: 0, limit: 25 },
      { overdueOnly: true, offset: 0, limit: 25 },
      { overdueOnly: true, search: 'HL-2026-0001', offset: 0, limit: 25 },
    ]);
    wrapper.unmount();
  });

  it('sorts by a column on the server, from the first page, and pages through the result', async () => {
    graphql.on('ListHotlineCases', () => ({
      hotlineCases: {
        total: 30,
        items: [caseSummary(), caseSummary({ id: 'case-2', number: 'HL-2026-0002' })],
      },
    }));
    const wrapper = await mountPage();
    const headers = wrapper.findAll('th');
    expect(headers.map((th) => th.text())).toEqual([
      '',
      'Number',
      'Urgency',
      'Priority',
      'Status',
      'Category',
      'Check due by',
      'Received',
      'Investigators',
      'Received by',
      'Labels',
    ]);
    // Newest first until asked otherwise.
    expect(headers[7]!.attributes('aria-sort')).toBe('descending');
    await headers[6]!.trigger('click');
    await flushPromises();
    await button(wrapper, 'Next page').trigger('click');
    await flushPromises();
    expect(graphql.sent('ListHotlineCases').map((sent) => sent['filter'])).toEqual([
      { offset: 0, limit: 25 },
      { sort: { field: 'deadline', direction: 'asc' }, offset: 0, limit: 25 },
      { sort: { field: 'deadline', direction: 'asc' }, offset: 25, limit: 25 },
    ]);
    expect(wrapper.findAll('th')[6]!.attributes('aria-sort')).toBe('ascending');
    expect(wrapper.find('nav').text()).toContain('26–27 of 30');
    wrapper.unmount();
  });

  it('filters by label and priority on the server, and saves the filters under a name', async () => {
    graphql
      .on('ListHotlineCases', () => ({ hotlineCases: { total: 0, items: [] } }))
      .on('ListHotlineCaseLabels', () => ({ hotlineCaseLabels: ['закупки'] }))
      .on('ListSavedHotlineFilters', () => ({ mySavedHotlineFilters: [] }))
      .on('SaveHotlineFilter', (variables) => ({
        saveHotlineFilter: {
          id: 'f-1',
          name: variables['name'],
          filter: { ...(variables['filter'] as object), search: null },
        },
      }));
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('No saved filters yet');
    await wrapper.find('#cases-label').setValue(' Закупки ');
    await wrapper.find('#cases-label').trigger('keydown', { key: 'Enter' });
    await flushPromises();
    await chooseOption(wrapper, '#cases-priority', 'Urgent');
    expect(graphql.sent('ListHotlineCases').at(-1)!['filter']).toEqual({
      priority: 'urgent',
      labels: ['закупки'],
      offset: 0,
      limit: 25,
    });
    await wrapper.find('#cases-saved-name').setValue('Срочные закупки');
    await button(wrapper, 'Save the filters').trigger('click');
    await flushPromises();
    expect(graphql.sent('SaveHotlineFilter')).toEqual([
      {
        name: 'Срочные закупки',
        filter: {
          status: null,
          category: null,
          channel: null,
          priority: 'urgent',
          labels: ['закупки'],
          overdueOnly: false,
          assignedToMe: false,
        },
      },
    ]);
    expect(wrapper.text()).toContain('Saved as “Срочные закупки”.');
    wrapper.unmount();
  });

  it('asks before deleting a saved filter', async () => {
    const saved = {
      id: 'f-1',
      name: 'Срочные',
      filter: {
        status: null,
        category: null,
        channel: null,
        priority: 'urgent',
        labels: [],
        overdueOnly: false,
        assignedToMe: false,
        search: null,
      },
    };
    graphql
      .on('ListHotlineCases', () => ({ hotlineCases: { total: 0, items: [] } }))
      .on('ListSavedHotlineFilters', () => ({ mySavedHotlineFilters: [saved] }))
      .on('DeleteHotlineFilter', () => ({ deleteHotlineFilter: true }));
    const wrapper = await mountPage();
    await chooseOption(wrapper, '#cases-saved-filter', 'Срочные');
    expect(graphql.sent('ListHotlineCases').at(-1)!['filter']).toEqual({
      priority: 'urgent',
      offset: 0,
      limit: 25,
    });
    await button(wrapper, 'Delete').trigger('click');
    await flushPromises();
    expect(graphql.sent('DeleteHotlineFilter')).toEqual([]);
    expect(wrapper.text()).toContain('“Срочные” will be deleted.');
    await button(wrapper, 'Delete the filter').trigger('click');
    await flushPromises();
    expect(graphql.sent('DeleteHotlineFilter')).toEqual([{ id: 'f-1' }]);
    wrapper.unmount();
  });

  it('labels the ticked cases at once and says what became of each', async () => {
    graphql
      .on('ListHotlineCases', () => ({
        hotlineCases: {
          total: 2,
          items: [caseSummary(), caseSummary({ id: 'case-2', number: 'HL-2026-0002' })],
        },
      }))
      .on('BulkLabelHotlineCases', () => ({
        bulkLabelHotlineCases: [
          {
            caseId: 'case-1',
            number: 'HL-2026-0001',
            done: true,
            errorCode: null,
            messageKey: null,
            params: null,
          },
          {
            caseId: 'case-2',
            number: 'HL-2026-0002',
            done: false,
            errorCode: 'VALIDATION',
            messageKey: 'hotline.label.tooMany',
            params: { max: 10 },
          },
        ],
      }));
    const wrapper = await mountPage();
    expect(wrapper.find('#bulk-heading').exists()).toBe(false);
    await wrapper.find('#cases-select-page').setValue(true);
    await flushPromises();
    expect(wrapper.text()).toContain('2 cases selected');
    await wrapper.find('#bulk-label').setValue('Комиссия');
    await button(wrapper, 'Add the label').trigger('click');
    await flushPromises();
    expect(graphql.sent('BulkLabelHotlineCases')).toEqual([
      { caseIds: ['case-1', 'case-2'], labels: ['Комиссия'] },
    ]);
    const results = wrapper.find('[aria-labelledby="bulk-results-heading"]').text();
    expect(results).toContain('1 of 2 cases changed.');
    expect(results).toContain('HL-2026-0001 — Done');
    expect(results).toContain('HL-2026-0002 — Not changed: A case carries at most 10 labels');
    wrapper.unmount();
  });

  it('enters a phone report and shows its receipt once, in groups, to be read to the caller', async () => {
    graphql
      .on('ListHotlineCases', () => ({ hotlineCases: { total: 0, items: [] } }))
      .on('EnterHotlineReportForCaller', () => ({
        enterHotlineReportForCaller: { receipt: RECEIPT, number: 'HL-2026-0009' },
      }));
    const wrapper = await mountPage();
    await button(wrapper, 'Enter a report received by phone or in person').trigger('click');
    await flushPromises();

    await wrapper.find('form.form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Choose a category.');
    expect(graphql.sent('EnterHotlineReportForCaller')).toEqual([]);

    await wrapper.find('#caller-what').setValue('The warehouse manager sells fuel coupons for cash.');
    await chooseOption(wrapper, '#caller-category', 'Corruption');
    await wrapper.find('form.form').trigger('submit');
    await flushPromises();

    expect(graphql.sent('EnterHotlineReportForCaller')[0]?.['input']).toMatchObject({
      channel: 'phone',
      category: 'corruption',
      anonymous: true,
    });
    const groups = wrapper.findAll('.receipt li .digits').map((group) => group.text());
    expect(groups).toEqual(['4821', '0937', '1122', '3344', '5566', '7788', '9900', '1234']);
    expect(wrapper.find('.receipt li .visually-hidden').text()).toBe('4 8 2 1');
    expect(wrapper.text()).toContain('Read the receipt to the caller now.');
    expect(wrapper.text()).toContain('case HL-2026-0009');
    expect(graphql.sent('ListHotlineCases')).toHaveLength(2);

    await button(wrapper, 'The caller has the receipt — close').trigger('click');
    await flushPromises();
    expect(wrapper.text()).not.toContain('4821');
    wrapper.unmount();
  });

  it('shows the compliance head the recommendations still open on every case, linked to their case', async () => {
    graphql
      .on('ListHotlineCases', () => ({ hotlineCases: { total: 0, items: [] } }))
      .on('ListHotlineRecommendations', ({ overdueOnly }) => ({
        hotlineRecommendations: [
          {
            id: 'r-1',
            caseId: 'case-7',
            caseNumber: 'HL-2025-0007',
            kind: 'disciplinary',
            text: 'Reprimand the warehouse manager',
            owner: ANNA,
            dueOn: '2026-02-01',
            doneAt: null,
            doneNote: null,
            overdue: true,
          },
        ].filter((item) => !overdueOnly || item.overdue),
      }));
    const wrapper = await mountPage();
    const monitor = wrapper.find('[aria-labelledby="monitor-heading"]');
    expect(monitor.text()).toContain('Reprimand the warehouse manager');
    expect(monitor.text()).toContain('Overdue');
    expect(monitor.find('a').attributes('href')).toBe('/cases/case-7');
    await wrapper.find('#monitor-overdue').setValue(true);
    await flushPromises();
    expect(graphql.sent('ListHotlineRecommendations')).toEqual([
      { overdueOnly: false },
      { overdueOnly: true },
    ]);
    wrapper.unmount();
  });

  it('shows a case that names a compliance head only as existing: number, date, status, its handler', async () => {
    graphql.on('ListHotlineCases', () => ({
      hotlineCases: {
        total: 2,
        items: [
          withheldRow({ id: 'case-7', number: 'HL-2026-0007', handledBy: 'awaiting_alternate' }),
          caseSummary(),
        ],
      },
    }));
    const wrapper = await mountPage();
    const [withheld, whole] = wrapper.findAll('tbody tr');
    const cells = withheld!.findAll('td').map((cell) => cell.text());
    expect(cells[1]).toBe('HL-2026-0007');
    expect(cells[4]).toContain('Awaiting an alternate handler');
    expect(cells[7]).not.toBe('');
    // Urgency, priority, category, deadline, investigators, channel and labels: nothing of what the case is about.
    for (const hidden of [2, 3, 5, 6, 8, 9, 10]) expect(cells[hidden]).toBe('Not shown');
    // Nor can it be ticked for a bulk action.
    expect(withheld!.find('input[type="checkbox"]').exists()).toBe(false);
    expect(withheld!.classes()).toContain('withheld');
    expect(withheld!.find('a').exists()).toBe(false);
    expect(wrapper.text()).toContain('you see only that the case exists');
    expect(whole!.find('a').attributes('href')).toBe('/cases/case-1');
    wrapper.unmount();
  });

  it('lets the first head decide the disclosure requests that involve whoever runs a case, without the case', async () => {
    fake.context.viewer.roles = ['first_head'];
    const request = {
      id: 'd-9',
      caseId: 'case-7',
      caseNumber: 'HL-2026-0007',
      requestedBy: BOLAT,
      requestedFor: DANA,
      reason: 'The alternate handler needs the reporter as a witness',
      requestedAt: '2026-03-01T09:00:00Z',
      decidedBy: null,
      decidedAt: null,
      approved: null,
      viewerCanDecide: true,
    };
    graphql
      .on('ListHotlineCases', () => ({ hotlineCases: { total: 0, items: [] } }))
      .on('ListHotlineDisclosureRequests', () => ({ hotlineDisclosureRequests: [request] }))
      .on('DecideIdentityDisclosure', () => ({
        decideIdentityDisclosure: { ...request, approved: false, decidedBy: ANNA, viewerCanDecide: false },
      }));
    const wrapper = await mountPage();
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain(
      'Enter a report received by phone or in person',
    );
    const panel = wrapper.find('[aria-labelledby="disclosure-requests-heading"]');
    expect(panel.text()).toContain('Case HL-2026-0007');
    expect(panel.text()).toContain('The alternate handler needs the reporter as a witness');
    expect(panel.text()).toContain(`Disclose to${DANA.fullName}`);
    await panel.find(`button[aria-label="Decline disclosure to ${DANA.fullName}"]`).trigger('click');
    expect(panel.text()).toContain(`The request will be declined: ${DANA.fullName} will not see`);
    expect(graphql.sent('DecideIdentityDisclosure')).toEqual([]);
    await button(wrapper, 'Yes, decline').trigger('click');
    await flushPromises();
    expect(graphql.sent('DecideIdentityDisclosure')).toEqual([{ id: 'd-9', approved: false }]);
    expect(wrapper.find('[aria-labelledby="disclosure-requests-heading"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
