import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import Select from 'primevue/select';
import type { AdalLocale } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { HEAD, HR, INDICATOR, OFFICER, activity, plan, warning } from '../testing/plan-fixture';
import { routes } from '../routes';
import CulturePlanPage from './CulturePlanPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  roles: ['employee', 'compliance_officer'] as string[],
  downloads: [] as { path: string; query: Record<string, string | null> | undefined }[],
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({
    viewer: { id: 'viewer', roles: fake.roles },
    locale: 'en',
    token: 'token-1',
    graphqlUrl: 'https://adal.example/graphql',
  }),
  downloadFromGateway: async (request: (typeof fake.downloads)[number] & { fileName: string }) => {
    fake.downloads.push({ path: request.path, query: request.query });
    return request.fileName;
  },
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.roles = ['employee', 'compliance_officer'];
  fake.downloads.length = 0;
  graphql.on('CultureTargetIndicator', () => ({ cultureTargetIndicator: INDICATOR }));
});

async function mountPage(locale: AdalLocale = 'en') {
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push('/plan/2027');
  const options = withPlugin(locale, graphql.client);
  const wrapper = mount(CulturePlanPage, {
    props: { year: '2027' },
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

const buttons = (wrapper: Awaited<ReturnType<typeof mountPage>>) =>
  wrapper.findAll('button').map((b) => b.text());

function button(wrapper: Awaited<ReturnType<typeof mountPage>>, label: string) {
  const found = wrapper.findAll('button').filter((b) => b.text() === label);
  if (found.length === 0) throw new Error(`No button "${label}"`);
  return found.at(-1)!;
}

describe('the year without a plan', () => {
  const YEARS = [{ id: 'plan-2026', year: 2026, status: 'in_execution' }];

  it('tells a planner what to do and creates the plan, empty', async () => {
    graphql.on('CulturePlan', () => ({ culturePlan: null, culturePlanYears: YEARS }));
    graphql.on('CreateCulturePlan', () => ({ createCulturePlan: plan() }));
    const wrapper = await mountPage();
    expect(wrapper.get('h2').text()).toBe('No plan for 2027 yet');
    expect(wrapper.text()).toContain('start with an empty plan, or copy the plan of another year');
    expect(buttons(wrapper)).toEqual(expect.arrayContaining(['Create the plan', 'Copy from 2026']));

    await button(wrapper, 'Create the plan').trigger('click');
    await flushPromises();
    expect(graphql.sent('CreateCulturePlan')).toEqual([{ year: 2027, copyFrom: null }]);
    expect(wrapper.text()).toContain('Draft');
    expect(wrapper.text()).toContain('Version 1');
    wrapper.unmount();
  });

  it("copies another year's plan", async () => {
    graphql.on('CulturePlan', () => ({ culturePlan: null, culturePlanYears: YEARS }));
    graphql.on('CreateCulturePlan', () => ({ createCulturePlan: plan({ copiedFromYear: 2026 }) }));
    const wrapper = await mountPage();
    await button(wrapper, 'Copy from 2026').trigger('click');
    await flushPromises();
    expect(graphql.sent('CreateCulturePlan')).toEqual([{ year: 2027, copyFrom: 'plan-2026' }]);
    expect(wrapper.text()).toContain('the plan for 2026');
    wrapper.unmount();
  });

  it('only tells a reader the plan is not made yet', async () => {
    fake.roles = ['employee', 'auditor'];
    graphql.on('CulturePlan', () => ({ culturePlan: null, culturePlanYears: [] }));
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('The compliance service has not drawn up the plan for 2027 yet.');
    expect(buttons(wrapper)).not.toContain('Create the plan');
    wrapper.unmount();
  });

  it('offers the years with a plan, this year and the next in the year picker', async () => {
    graphql.on('CulturePlan', () => ({ culturePlan: null, culturePlanYears: YEARS }));
    const wrapper = await mountPage();
    const thisYear = new Date().getFullYear();
    const offered = (wrapper.getComponent(Select).props('options') as { id: string }[]).map((o) => o.id);
    expect(offered).toEqual(
      [...new Set([2026, 2027, thisYear, thisYear + 1])].sort((a, b) => b - a).map(String),
    );
    wrapper.unmount();
  });
});

describe("the plan's summary", () => {
  it('says an amendment is being drafted, and why, as one sentence after another', async () => {
    graphql.on('CulturePlan', () => ({
      culturePlan: plan({ version: 2, amendmentReason: 'New risks found', actions: ['edit', 'submit'] }),
      culturePlanYears: [],
    }));
    const wrapper = await mountPage();
    const notice = wrapper.findAll('p').find((p) => p.text().startsWith('Amendment'));
    expect(notice?.text()).toBe('Amendment: version 2 is being drafted. New risks found');
    wrapper.unmount();
  });
});

describe("the plan's warnings", () => {
  const WARNINGS = [
    warning('reporter_protection_each_quarter', '§39', 'Q3', 'missing'),
    warning('measured_each_half', '§35.2', 'H1', 'overdue'),
    warning('declaration_meeting_yearly', '§29', 'year', 'missing'),
  ];

  it('names each rule by its paragraph and period, the ones not held first', async () => {
    graphql.on('CulturePlan', () => ({
      culturePlan: plan({ warnings: WARNINGS, actions: ['edit', 'submit'] }),
      culturePlanYears: [{ id: 'plan-2027', year: 2027, status: 'draft' }],
    }));
    const wrapper = await mountPage();
    const items = wrapper
      .get('[data-testid="plan-warnings"]')
      .findAll('li')
      .map((li) => li.text());
    expect(items).toEqual([
      'Not held§35.2: no event with the knowledge gained measured was held in the first half-year01/01/2027 – 06/30/2027',
      "Missing from the plan§29: no first head's meeting explaining declaring is planned in 202701/01/2027 – 12/31/2027",
      'Missing from the plan§39: no event explaining reporter protection, the safe channel and incentives is planned in Q307/01/2027 – 09/30/2027',
    ]);
    wrapper.unmount();
  });

  it('words them in Kazakh and Russian with the paragraph as the language writes it', async () => {
    graphql.on('CulturePlan', () => ({
      culturePlan: plan({ warnings: [WARNINGS[0]!] }),
      culturePlanYears: [],
    }));
    const kk = await mountPage('kk');
    expect(kk.get('[data-testid="plan-warnings"]').text()).toContain(
      '39-тармақ: III тоқсанда хабарлаушыларды қорғауды, қауіпсіз арнаны және көтермелеуді түсіндіру жоспарланбаған',
    );
    kk.unmount();
    const ru = await mountPage('ru');
    expect(ru.get('[data-testid="plan-warnings"]').text()).toContain(
      'п.\u00a039: в III квартале не запланировано разъяснение защиты заявителей, безопасного канала и поощрений',
    );
    ru.unmount();
  });

  it('says all rules are met when there is none', async () => {
    graphql.on('CulturePlan', () => ({ culturePlan: plan({ warnings: [] }), culturePlanYears: [] }));
    const wrapper = await mountPage();
    expect(wrapper.find('[data-testid="plan-warnings"]').exists()).toBe(false);
    // Met for the periods over; for those still ahead, only planned: it does not claim they were held.
    expect(wrapper.text()).toContain(
      "All the methodology's rules are met: every recurring event is planned in its period, and those of the periods already over were held.",
    );
    wrapper.unmount();
  });
});

describe("the plan's activities", () => {
  const ACTIVITIES = [
    activity({
      id: 'a-1',
      title: 'Reporter protection, Q1',
      deadline: '2027-03-20',
      status: 'done',
      heldOn: '2027-03-19',
    }),
    activity({
      id: 'a-2',
      title: 'Procurement training',
      deadline: '2027-05-25',
      overdue: true,
      kind: 'informational',
    }),
    activity({ id: 'a-3', title: 'Consultation schedule', deadline: '2027-11-30', kind: 'organisational' }),
  ];

  it('lists them by status, the overdue one marked, and filters them', async () => {
    graphql.on('CulturePlan', () => ({
      culturePlan: plan({ status: 'in_execution', activities: ACTIVITIES, versions: [] }),
      culturePlanYears: [],
    }));
    const wrapper = await mountPage();
    const groups = wrapper.findAll('h3').map((h) => h.text());
    expect(groups).toEqual(expect.arrayContaining(['Planned (2)', 'Done (1)']));
    const cards = wrapper.findAll('[data-testid="plan-activity"]');
    expect(cards.map((c) => c.find('a').text())).toEqual([
      'Procurement training',
      'Consultation schedule',
      'Reporter protection, Q1',
    ]);
    expect(cards[0]!.classes()).toContain('overdue');
    expect(cards[0]!.text()).toContain('Overdue');
    expect(cards[1]!.classes()).not.toContain('overdue');
    expect(cards[2]!.text()).toContain('Held on03/19/2027');
    // The register's risks each answers, as their numbers.
    expect(cards[0]!.get('ul[aria-label="Risks “Procurement training” answers"]').text()).toContain('№ 7');

    const [status, kind] = wrapper
      .findAllComponents(Select)
      .filter((s) => s.props('inputId') !== 'plan-year');
    status!.vm.$emit('update:modelValue', 'overdue');
    await flushPromises();
    expect(wrapper.findAll('[data-testid="plan-activity"]').map((c) => c.find('a').text())).toEqual([
      'Procurement training',
    ]);
    status!.vm.$emit('update:modelValue', 'all');
    kind!.vm.$emit('update:modelValue', 'organisational');
    await flushPromises();
    expect(wrapper.findAll('[data-testid="plan-activity"]').map((c) => c.find('a').text())).toEqual([
      'Consultation schedule',
    ]);
    wrapper.unmount();
  });

  it('shows them on the timeline, each with its deadline and status said', async () => {
    graphql.on('CulturePlan', () => ({
      culturePlan: plan({ activities: ACTIVITIES }),
      culturePlanYears: [],
    }));
    const wrapper = await mountPage();
    await button(wrapper, 'Timeline').trigger('click');
    const rows = wrapper.get('[data-testid="plan-timeline"]').findAll('li.row');
    expect(rows.map((r) => r.find('.adal-visually-hidden').text())).toEqual([
      'Reporter protection, Q1: deadline 03/20/2027, held on 03/19/2027, Done',
      'Procurement training: deadline 05/25/2027, Planned, Overdue',
      'Consultation schedule: deadline 11/30/2027, Planned',
    ]);
    // The diamond at the deadline stands where its day falls in the year: 20 March is day 79 of 365.
    const deadline = rows[0]!.get('.deadline').attributes('style');
    expect(deadline).toContain(`left: ${((78.5 / 365) * 100).toString()}%`);
    wrapper.unmount();
  });

  it('says the units’ table scrolls sideways while it is wider than the screen', async () => {
    const widths = {
      scrollWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollWidth'),
      clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
    };
    // A phone: the table's 28rem in a 320-pixel box.
    Object.defineProperty(HTMLElement.prototype, 'scrollWidth', { configurable: true, get: () => 448 });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 320 });
    try {
      graphql.on('CulturePlan', () => ({ culturePlan: plan(), culturePlanYears: [] }));
      const wrapper = await mountPage('kk');
      const hint = wrapper
        .get('#plan-indicator-heading')
        .element.parentElement!.querySelector('.adal-table-hint');
      expect(hint?.textContent?.trim()).toBe('⇆ Барлық бағанды көру үшін кестені көлденеңінен айналдырыңыз');
      wrapper.unmount();
    } finally {
      for (const [name, descriptor] of Object.entries(widths)) {
        // happy-dom keeps them further up the chain: taking ours away shows its own again.
        if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
        else Reflect.deleteProperty(HTMLElement.prototype, name);
      }
    }
    // A laptop: the table fits, and nothing is said.
    graphql.on('CulturePlan', () => ({ culturePlan: plan(), culturePlanYears: [] }));
    const wide = await mountPage();
    expect(wide.find('.adal-table-hint').exists()).toBe(false);
    wide.unmount();
  });

  it('shows the §35.3 number first, against the target, with the share and the small unit withheld', async () => {
    graphql.on('CulturePlan', () => ({ culturePlan: plan(), culturePlanYears: [] }));
    const wrapper = await mountPage();
    expect(wrapper.get('[data-testid="indicator-figure"]').text()).toBe('96passedof the target 150');
    expect(wrapper.text()).toContain('Whole organisation: 40\u00a0% of 240 employees');
    const rows = wrapper.findAll('[data-testid="indicator-unit"]').map((r) => r.text());
    expect(rows).toEqual(['Finance department306050\u00a0%', 'Legal officefewer than 5 people']);

    // Drilled into a unit: its figures and its units; the target is the organisation's, not said here.
    graphql.on('CultureTargetIndicator', ({ orgUnitId }) => ({
      cultureTargetIndicator: { ...INDICATOR, orgUnitId, passed: 30, headcount: 60, share: 50, byUnit: [] },
    }));
    await wrapper.get('button[aria-label="Show the units of Finance department"]').trigger('click');
    await flushPromises();
    expect(graphql.sent('CultureTargetIndicator').at(-1)).toEqual({ year: 2027, orgUnitId: 'u-finance' });
    expect(wrapper.get('[data-testid="indicator-figure"]').text()).toBe('30passed');
    expect(wrapper.text()).toContain('Finance department: 50\u00a0% of 60 employees');
    expect(wrapper.text()).toContain('No units below this one.');
    wrapper.unmount();
  });
});

describe("the plan's actions by role", () => {
  it('lets the officer submit a draft, confirmed, and says so', async () => {
    const draft = plan({
      activities: [activity()],
      warnings: [warning('reporter_protection_each_quarter', '§39', 'Q3', 'missing')],
      actions: ['edit', 'submit'],
    });
    graphql.on('CulturePlan', () => ({ culturePlan: draft, culturePlanYears: [] }));
    graphql.on('SubmitCulturePlan', () => ({
      submitCulturePlan: {
        ...draft,
        status: 'submitted',
        actions: [],
        submittedBy: OFFICER,
        submittedAt: '2027-01-10T05:00:00Z',
      },
    }));
    const wrapper = await mountPage();
    expect(buttons(wrapper)).not.toContain('Approve the plan');
    await button(wrapper, 'Submit for approval').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Warnings left: 1.');
    expect(graphql.sent('SubmitCulturePlan')).toEqual([]);
    await wrapper.get('form[novalidate] button[type="submit"]').trigger('submit');
    await flushPromises();
    expect(graphql.sent('SubmitCulturePlan')).toEqual([{ id: 'plan-2027' }]);
    expect(wrapper.text()).toContain('The plan is submitted for approval.');
    expect(wrapper.text()).toContain('Waiting for approval');
    expect(wrapper.text()).toContain(`Submitted${OFFICER.fullName}, 01/10/2027`);
    wrapper.unmount();
  });

  it('lets the first head approve a submitted plan, and return it only with a note', async () => {
    fake.roles = ['employee', 'first_head'];
    const submitted = plan({
      status: 'submitted',
      activities: [activity()],
      actions: ['approve', 'return'],
      submittedBy: OFFICER,
      submittedAt: '2027-01-10T05:00:00Z',
    });
    graphql.on('CulturePlan', () => ({ culturePlan: submitted, culturePlanYears: [] }));
    graphql.on('ApproveCulturePlan', () => ({
      approveCulturePlan: {
        ...submitted,
        status: 'in_execution',
        actions: [],
        versions: [{ number: 1, reason: null, approvedBy: HEAD, approvedAt: '2027-01-12T05:00:00Z' }],
      },
    }));
    const wrapper = await mountPage();
    expect(buttons(wrapper)).not.toContain('Submit for approval');
    expect(buttons(wrapper)).not.toContain('Add an activity');

    await button(wrapper, 'Return for changes').trigger('click');
    await flushPromises();
    await wrapper.get('form[novalidate]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#plan-action-note-error').text()).toBe('Fill this in.');
    expect(graphql.sent('ReturnCulturePlan')).toEqual([]);
    await button(wrapper, 'Cancel').trigger('click');

    await button(wrapper, 'Approve the plan').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('You approve version 1 with its activities (1).');
    await wrapper.get('form[novalidate]').trigger('submit');
    await flushPromises();
    expect(graphql.sent('ApproveCulturePlan')).toEqual([{ id: 'plan-2027' }]);
    expect(wrapper.text()).toContain('Being carried out');
    expect(wrapper.text()).toContain(`Approved${HEAD.fullName}, 01/12/2027`);
    wrapper.unmount();
  });

  it('gives an auditor the plan to read and download, nothing to change', async () => {
    fake.roles = ['employee', 'auditor'];
    graphql.on('CulturePlan', () => ({
      culturePlan: plan({ status: 'in_execution', activities: [activity({ responsible: [HR] })] }),
      culturePlanYears: [],
    }));
    const wrapper = await mountPage();
    const offered = buttons(wrapper);
    for (const label of [
      'Submit for approval',
      'Approve the plan',
      'Amend the plan',
      'Close the plan',
      'Add an activity',
      'Edit',
    ]) {
      expect(offered).not.toContain(label);
    }
    await button(wrapper, 'Download plan (XLSX)').trigger('click');
    await button(wrapper, 'Download plan (PDF)').trigger('click');
    await flushPromises();
    expect(fake.downloads).toEqual([
      { path: '/culture/plans/2027.xlsx', query: { lang: 'en' } },
      { path: '/culture/plans/2027.pdf', query: { lang: 'en' } },
    ]);
    wrapper.unmount();
  });
});
