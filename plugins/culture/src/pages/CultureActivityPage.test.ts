import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import DatePicker from 'primevue/datepicker';
import InputNumber from 'primevue/inputnumber';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { HR, OFFICER, activity } from '../testing/plan-fixture';
import { routes } from '../routes';
import CultureActivityPage from './CultureActivityPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  roles: ['employee', 'hr_officer'] as string[],
  uploads: [] as { operation: string; variables: Record<string, unknown> }[],
  downloads: [] as { path: string; fileName: string }[],
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({
    viewer: { id: HR.id, roles: fake.roles },
    locale: 'en',
    token: 'token-1',
    graphqlUrl: 'https://adal.example/graphql',
  }),
  // A file goes as a multipart request: recorded here, answered as the fake client answers.
  uploaderFor: () => ({
    request: (document: { toString(): string }, variables: Record<string, unknown>) => {
      const operation = /mutation\s+(\w+)/.exec(document.toString())?.[1] ?? 'unknown';
      fake.uploads.push({ operation, variables });
      const send = fake.current!.client.request as (d: unknown, v: unknown) => Promise<unknown>;
      return send(document, variables);
    },
  }),
  downloadFromGateway: async (request: { path: string; fileName: string }) => {
    fake.downloads.push({ path: request.path, fileName: request.fileName });
    return request.fileName;
  },
}));

/** An activity of the approved plan HR answers for, due in April, with a link already added. */
const LINK = {
  id: 'e-link',
  kind: 'link',
  title: 'News on the portal',
  url: 'https://portal.example.kz/news/1',
  fileName: null,
  contentType: null,
  sizeBytes: null,
  addedBy: OFFICER,
  addedAt: '2027-04-10T05:00:00Z',
} as const;
const CARRIED_OUT = activity({
  actions: ['report', 'add_evidence'],
  evidence: [LINK],
});

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.roles = ['employee', 'hr_officer'];
  fake.uploads.length = 0;
  fake.downloads.length = 0;
});

async function mountPage() {
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push('/activities/a-1');
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(CultureActivityPage, {
    props: { id: 'a-1' },
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

function button(wrapper: Awaited<ReturnType<typeof mountPage>>, label: string) {
  const found = wrapper.findAll('button').filter((b) => b.text() === label);
  if (found.length === 0) throw new Error(`No button "${label}"`);
  return found.at(-1)!;
}

describe('an activity of the plan', () => {
  it('says what it is, who answers for it and its deadline; no way back to a plan HR cannot read', async () => {
    graphql.on('CultureActivity', () => ({ cultureActivity: CARRIED_OUT }));
    const wrapper = await mountPage();
    expect(wrapper.get('h1').text()).toBe(CARRIED_OUT.title);
    const about = wrapper.get('dl').text();
    expect(about).toContain('Deadline04/15/2027');
    expect(about).toContain(`Responsible${HR.fullName}`);
    expect(about).toContain('Typical conflict-of-interest cases (§19)');
    expect(about).toContain('Knowledge checkQuestionnaire');
    const risks = wrapper.get('ul[aria-label="Risks it answers"]');
    expect(risks.get('li').attributes('title')).toBe('Hiring of relatives');
    expect(risks.get('li').text()).toBe('№ 7: Hiring of relatives');
    expect(about).toContain('Risks noted as textТуыстарды жұмысқа алу');
    expect(wrapper.text()).toContain('Not reported yet.');
    expect(wrapper.text()).not.toContain('Back to the plan');
    wrapper.unmount();
  });

  it("shows a linked course's results and does not ask its participants in the report", async () => {
    fake.roles = ['employee', 'compliance_officer'];
    const tested = {
      ...CARRIED_OUT,
      checkForm: 'test' as const,
      course: { id: 'c-1', title: { kk: 'Курс', ru: 'Курс', en: 'Conflict of interest course' } },
      results: { participants: 48, passed: 41 },
    };
    graphql.on('CultureActivity', () => ({ cultureActivity: tested }));
    graphql.on('ReportCultureActivity', () => ({
      reportCultureActivity: {
        ...tested,
        status: 'done',
        heldOn: '2027-04-14',
        reportedBy: OFFICER,
        reportedAt: '2027-04-14T10:00:00Z',
      },
    }));
    const wrapper = await mountPage();
    expect(wrapper.get('[data-testid="activity-results"]').text()).toBe(
      'Took part48Passed with at least 60\u00a0%41',
    );
    expect(wrapper.text()).toContain('Back to the plan for 2027');
    await button(wrapper, 'Report').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('The participants come from the linked course or session.');
    expect(wrapper.find('#report-participants').exists()).toBe(false);
    wrapper.getComponent(DatePicker).vm.$emit('update:modelValue', new Date(2027, 3, 14));
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('ReportCultureActivity')).toEqual([
      {
        id: 'a-1',
        input: { status: 'done', heldOn: '2027-04-14', actualParticipants: null, note: null, incentives: [] },
      },
    ]);
    wrapper.unmount();
  });

  it('is reported done with its participants and an incentive given (§35.5)', async () => {
    graphql.on('CultureActivity', () => ({ cultureActivity: CARRIED_OUT }));
    graphql.on('ReportCultureActivity', ({ input }) => ({
      reportCultureActivity: {
        ...CARRIED_OUT,
        status: 'done',
        heldOn: '2027-04-14',
        actualParticipants: 35,
        incentives: (input as { incentives: unknown[] }).incentives,
        reportedBy: HR,
        reportedAt: '2027-04-14T10:00:00Z',
      },
    }));
    const wrapper = await mountPage();
    await button(wrapper, 'Report').trigger('click');
    await flushPromises();

    // Nothing goes while the day and the participants are missing.
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('ReportCultureActivity')).toEqual([]);
    expect(wrapper.get('#report-held-on-error').text()).toBe('Choose the day it was held.');
    expect(wrapper.get('#report-participants-error').text()).toBe('Give the number of participants.');

    wrapper.getComponent(DatePicker).vm.$emit('update:modelValue', new Date(2027, 3, 14));
    wrapper
      .findAllComponents(InputNumber)
      .find((n) => n.props('inputId') === 'report-participants')!
      .vm.$emit('update:modelValue', 35);
    await button(wrapper, 'Add an incentive').trigger('click');
    await flushPromises();
    const incentive = wrapper.get('fieldset.incentive');
    await incentive.get('input[type="text"]').setValue('Letters of thanks');
    wrapper
      .findAllComponents(InputNumber)
      .find((n) => String(n.props('inputId')).startsWith('report-incentive-people-'))!
      .vm.$emit('update:modelValue', 3);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('ReportCultureActivity')).toEqual([
      {
        id: 'a-1',
        input: {
          status: 'done',
          heldOn: '2027-04-14',
          actualParticipants: 35,
          note: null,
          incentives: [{ kind: 'non_financial', description: 'Letters of thanks', people: 3 }],
        },
      },
    ]);
    const report = wrapper.get('[data-testid="activity-report"]').text();
    expect(report).toContain('Held on04/14/2027');
    expect(report).toContain('Participants35');
    expect(report).toContain('Non-financial: Letters of thanks — people: 3');
    expect(report).toContain(`Reported by ${HR.fullName}, 04/14/2027`);
    expect(wrapper.get('h1').element.parentElement!.textContent).toContain('Done');
    // Reported, the activity's report is changed, not made anew.
    const labels = wrapper.findAll('button').map((b) => b.text());
    expect(labels).toContain('Change the report');
    expect(labels).not.toContain('Report');
    wrapper.unmount();
  });

  it("shows the server's refusal of the day it was held at that field", async () => {
    graphql.on('CultureActivity', () => ({ cultureActivity: CARRIED_OUT }));
    graphql.on('ReportCultureActivity', () => {
      throw new AdalGraphqlError('VALIDATION', 'Give the day it was held', {
        details: { messageKey: 'culture.activity.heldOn', params: { year: 2027 }, field: 'heldOn' },
      });
    });
    const wrapper = await mountPage();
    await button(wrapper, 'Report').trigger('click');
    await flushPromises();
    await wrapper.get('#report-status-cancelled').trigger('click');
    await wrapper.get('#report-note').setValue('The trainer fell ill');
    await wrapper.get('#report-status-done').trigger('click');
    await flushPromises();
    wrapper.getComponent(DatePicker).vm.$emit('update:modelValue', new Date(2027, 11, 30));
    wrapper
      .findAllComponents(InputNumber)
      .find((n) => n.props('inputId') === 'report-participants')!
      .vm.$emit('update:modelValue', 10);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#report-held-on-error').text()).toBe(
      'Give the day it was held, within 2027 and not after today.',
    );
    wrapper.unmount();
  });
});

describe("an activity's evidence", () => {
  it('adds an attendance list as a file, saying the types and the limit beside the chooser', async () => {
    graphql.on('CultureActivity', () => ({ cultureActivity: CARRIED_OUT }));
    const LIST = {
      ...LINK,
      id: 'e-list',
      kind: 'attendance',
      title: 'Attendance list, 14 April',
      url: null,
      fileName: 'attendance.pdf',
      contentType: 'application/pdf',
      sizeBytes: 250_000,
      addedBy: HR,
    };
    graphql.on('AddCultureEvidence', () => ({
      addCultureEvidence: { ...CARRIED_OUT, evidence: [LINK, LIST] },
    }));
    const wrapper = await mountPage();
    await button(wrapper, 'Add evidence').trigger('click');
    await flushPromises();
    expect(wrapper.get('#evidence-file-hint').text()).toBe('PDF, JPEG, PNG or XLSX, at most 10 MB.');
    await wrapper.get('#evidence-title').setValue('Attendance list, 14 April');
    const file = new File(['%PDF-1.4'], 'attendance.pdf', { type: 'application/pdf' });
    const input = wrapper.get('#evidence-file');
    Object.defineProperty(input.element, 'files', { value: [file] });
    await input.trigger('change');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fake.uploads).toEqual([
      {
        operation: 'AddCultureEvidence',
        variables: {
          activityId: 'a-1',
          input: { kind: 'attendance', title: 'Attendance list, 14 April', url: null },
          file,
        },
      },
    ]);
    const items = wrapper.findAll('[data-testid="activity-evidence"]');
    expect(items[1]!.text()).toContain('attendance.pdf · 0.2 MB');

    await items[1]!.get('button[aria-label="Download: Attendance list, 14 April"]').trigger('click');
    await flushPromises();
    expect(fake.downloads).toEqual([{ path: '/culture/evidence/e-list', fileName: 'attendance.pdf' }]);
    wrapper.unmount();
  });

  it('adds a link as JSON and refuses one that is not https', async () => {
    graphql.on('CultureActivity', () => ({ cultureActivity: { ...CARRIED_OUT, evidence: [] } }));
    graphql.on('AddCultureEvidence', () => ({ addCultureEvidence: CARRIED_OUT }));
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('No evidence yet.');
    await button(wrapper, 'Add evidence').trigger('click');
    await flushPromises();
    await wrapper.get('#evidence-kind-link').trigger('click');
    await flushPromises();
    await wrapper.get('#evidence-title').setValue('News on the portal');
    await wrapper.get('#evidence-url').setValue('http://portal.example.kz/news/1');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#evidence-url-error').text()).toBe('Give a link starting with https://.');
    await wrapper.get('#evidence-url').setValue('https://portal.example.kz/news/1');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fake.uploads).toEqual([]);
    expect(graphql.sent('AddCultureEvidence')).toEqual([
      {
        activityId: 'a-1',
        input: { kind: 'link', title: 'News on the portal', url: 'https://portal.example.kz/news/1' },
        file: null,
      },
    ]);
    expect(wrapper.get('[data-testid="activity-evidence"] a').attributes('href')).toBe(
      'https://portal.example.kz/news/1',
    );
    wrapper.unmount();
  });

  it('removes evidence once confirmed', async () => {
    graphql.on('CultureActivity', () => ({ cultureActivity: CARRIED_OUT }));
    graphql.on('RemoveCultureEvidence', () => ({ removeCultureEvidence: { ...CARRIED_OUT, evidence: [] } }));
    const wrapper = await mountPage();
    await wrapper.get('button[aria-label="Remove: News on the portal"]').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('The removal stays on the audit trail.');
    expect(graphql.sent('RemoveCultureEvidence')).toEqual([]);
    await button(wrapper, 'Remove').trigger('click');
    await flushPromises();
    expect(graphql.sent('RemoveCultureEvidence')).toEqual([{ id: 'e-link' }]);
    expect(wrapper.text()).toContain('No evidence yet.');
    wrapper.unmount();
  });

  it('offers neither report nor evidence to a reader of a closed plan', async () => {
    fake.roles = ['employee', 'auditor'];
    graphql.on('CultureActivity', () => ({ cultureActivity: { ...CARRIED_OUT, actions: [] } }));
    const wrapper = await mountPage();
    const labels = wrapper.findAll('button').map((b) => b.text());
    expect(labels).not.toContain('Report');
    expect(labels).not.toContain('Add evidence');
    expect(labels).not.toContain('Remove');
    wrapper.unmount();
  });
});
