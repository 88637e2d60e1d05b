import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { AdalGraphqlError, SEARCH_DELAY_MS } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { ANNA, BOLAT, dispute, hrAction } from '../testing/samples';
import ProtectionPage from './ProtectionPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: {
    viewer: { id: 'p-x', fullName: 'X', roles: [] as string[] },
    graphqlUrl: '/graphql',
    token: 't',
  },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
}));

const flaggedDismissal = hrAction();
const DISPUTE = dispute({ decisionOverdue: true });
let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql
    .on('ListProtectionRecords', () => ({
      protectionRecords: [
        {
          id: 'pr-1',
          person: ANNA,
          basis: 'open_reporter',
          reportedTo: 'hotline',
          stateBodyName: null,
          reportedOn: '2026-03-02',
          caseId: 'case-1',
          reportNumber: 'HL-2026-0001',
          startsOn: '2026-03-02',
          endsOn: '2029-03-01',
          active: true,
        },
        {
          id: 'pr-2',
          person: BOLAT,
          basis: 'assisted',
          reportedTo: 'state_body',
          stateBodyName: 'the Anti-Corruption Agency',
          reportedOn: '2026-04-14',
          caseId: null,
          reportNumber: null,
          startsOn: '2026-04-14',
          endsOn: '2029-04-16',
          active: true,
        },
      ],
    }))
    .on('IncompleteCalendarYears', () => ({ incompleteCalendarYears: [2027] }))
    .on('ListPublicHolidays', () => ({ publicHolidays: [] }))
    .on('ListHrActions', () => ({ hrActions: [flaggedDismissal] }))
    .on('ListLabourDisputes', () => ({ labourDisputes: [DISPUTE] }));
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountAs(roles: string[]) {
  fake.context.viewer.roles = roles;
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(ProtectionPage, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

const dialog = () => document.body.querySelector<HTMLElement>('[role="dialog"]');

async function press(wrapper: Awaited<ReturnType<typeof mountAs>>, name: string, within = '') {
  const found = wrapper
    .findAll(`${within} button`)
    .find((candidate) => candidate.text() === name || candidate.attributes('aria-label') === name);
  if (!found) throw new Error(`no button ${name}`);
  await found.trigger('click');
  await flushPromises();
}

// Mounting PrimeVue's tables and dialogs takes seconds on a busy machine.
describe('ProtectionPage', { timeout: 20_000 }, () => {
  it('shows the compliance head the protected people, the flagged actions and overdue disputes as tables', async () => {
    const wrapper = await mountAs(['compliance_head']);
    const records = wrapper.get('[role="region"][aria-label="Protected people"]');
    expect(records.findAll('th').map((th) => th.text())).toEqual([
      'Person',
      'Status',
      'Basis',
      'Report',
      'Protected from',
      'Protected until',
    ]);
    expect(records.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))).toEqual([
      [
        ANNA.fullName,
        'Protected',
        'The open reporter',
        'Reported to the hotline on 03/02/2026 HL-2026-0001',
        '03/02/2026',
        '03/01/2029',
      ],
      [
        BOLAT.fullName,
        'Protected',
        'Assisted the check',
        'Reported to the Anti-Corruption Agency on 04/14/2026',
        '04/14/2026',
        '04/16/2029',
      ],
    ]);
    // The protection ends in 2029; the calendar says 2027 lacks its Kurban Ait day.
    expect(wrapper.text()).toContain(
      'The holiday calendar of 2027 is incomplete: the date of Kurban Ait is not published yet.',
    );
    expect(graphql.sent('IncompleteCalendarYears')).toEqual([
      { fromYear: new Date().getFullYear(), toYear: 2029 },
    ]);

    const actions = wrapper.get('[role="region"][aria-label="HR actions"]');
    expect(actions.findAll('th').map((th) => th.text())).toEqual([
      'Employee',
      'Kind',
      'Decided on',
      'Status',
      'Commission’s recommendation',
      'Description',
      'Actions',
    ]);
    // The action that may not become final yet is marked, and says why.
    const waiting = actions.get('tbody tr.waiting');
    expect(waiting.findAll('td').map((td) => td.text())).toEqual([
      ANNA.fullName,
      'Dismissal At the employer’s initiative',
      '04/01/2026',
      'DraftProtected person',
      'Needs the disciplinary commission’s recommendation before it can be final.',
      'Dismissal for absence',
      'Attach the commission’s recommendation',
    ]);
    expect(wrapper.text()).toContain('waiting for a commission’s recommendation: 1');
    expect(waiting.get('button').attributes('aria-label')).toBe(
      `Attach the commission’s recommendation: ${ANNA.fullName}, Dismissal`,
    );

    const disputes = wrapper.get('[role="region"][aria-label="Labour disputes"]');
    expect(disputes.get('tbody tr.overdue').text()).toContain('Overdue');
    expect(disputes.get('tbody tr').findAll('td')[4]!.text()).toBe('Not yet');
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Make final');
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Enter an HR action');
    wrapper.unmount();
  });

  it('lets the compliance head attach the commission’s recommendation from the action’s row', async () => {
    graphql.on('AttachCommissionRecommendation', (variables) => ({
      attachCommissionRecommendation: {
        ...flaggedDismissal,
        commissionRecommendation: (variables['input'] as { reference: string }).reference,
        commissionRecommendationOn: '2026-04-10',
      },
    }));
    const wrapper = await mountAs(['compliance_head']);
    await press(wrapper, 'Attach the commission’s recommendation');
    expect(dialog()?.textContent).toContain(`${ANNA.fullName} — Dismissal, decided on 04/01/2026`);
    await press(wrapper, 'Attach', '[role="dialog"]');
    expect(dialog()?.textContent).toContain('Enter the protocol number or a summary.');
    expect(graphql.sent('AttachCommissionRecommendation')).toEqual([]);

    await wrapper.get('#commission-reference').setValue('Protocol No. 7');
    await wrapper.get('#commission-on').setValue('2026-04-10');
    await press(wrapper, 'Attach', '[role="dialog"]');
    expect(graphql.sent('AttachCommissionRecommendation')).toEqual([
      { id: 'hr-1', input: { reference: 'Protocol No. 7', on: '2026-04-10' } },
    ]);
    expect(dialog()).toBeNull();
    const row = wrapper.get('[role="region"][aria-label="HR actions"] tbody tr');
    expect(row.classes()).not.toContain('waiting');
    expect(row.text()).toContain('Protocol No. 7 (04/10/2026)');
    expect(row.text()).toContain('Change the recommendation');
    wrapper.unmount();
  });

  it('keeps who is protected from HR, asks before making an action final, and says why it cannot be', async () => {
    graphql.on('FinalizeHrAction', () => {
      throw new AdalGraphqlError('CONFLICT', 'A commission recommendation is required');
    });
    const wrapper = await mountAs(['hr_officer']);
    expect(graphql.sent('ListProtectionRecords')).toEqual([]);
    expect(wrapper.text()).not.toContain('Protected people');
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(
      expect.arrayContaining(['Enter an HR action', 'Import from a file', 'Register a labour dispute']),
    );
    await press(wrapper, `Make final: ${ANNA.fullName}, Dismissal`);
    expect(graphql.sent('FinalizeHrAction')).toEqual([]);
    expect(dialog()?.textContent).toContain('A final action can no longer be changed.');
    await press(wrapper, 'Make final', '[role="dialog"]');
    expect(graphql.sent('FinalizeHrAction')).toEqual([{ id: 'hr-1' }]);
    expect(wrapper.get('[role="dialog"] [role="alert"]').text()).toContain(
      'attach the disciplinary commission’s recommendation first',
    );
    wrapper.unmount();
  });

  it('records a labour dispute’s decision from its row, then offers the protocol’s next step', async () => {
    graphql.on('RecordDisputeDecision', (variables) => ({
      recordDisputeDecision: {
        ...DISPUTE,
        decidedOn: '2026-03-20',
        decision: (variables['input'] as { decision: string }).decision,
        agencyRepresentativeAttended: true,
        signatories: [{ personId: null, name: 'Aigul Sarsenova' }],
        protocolDueOn: '2026-03-25',
        decisionOverdue: false,
      },
    }));
    const wrapper = await mountAs(['compliance_officer']);
    await press(wrapper, `Record the decision: ${BOLAT.fullName}`);
    expect(dialog()?.textContent).toContain(`${BOLAT.fullName}, application received on 03/01/2026`);
    await wrapper.get('#dispute-decision').setValue('Reinstated in the post');
    await press(wrapper, 'Save', '[role="dialog"]');
    // §40.3 and §40.7: the Agency's attendance and who signed are asked for before anything is sent.
    expect(dialog()?.textContent).toContain('Say whether the Agency’s representative attended.');
    expect(dialog()?.textContent).toContain('Name at least one member who signed the decision.');
    expect(graphql.sent('RecordDisputeDecision')).toEqual([]);
    await wrapper.get('#dispute-agency-yes').setValue(true);
    await wrapper.get('#dispute-signatory-typed').setValue('  Aigul   Sarsenova ');
    await press(wrapper, 'Add the member', '[role="dialog"]');
    await wrapper.get('#dispute-signatory-typed').setValue('aigul sarsenova');
    await press(wrapper, 'Add the member', '[role="dialog"]');
    await wrapper.get('#dispute-signatory-typed').setValue('Ivan Petrov');
    await press(wrapper, 'Save', '[role="dialog"]');
    expect(graphql.sent('RecordDisputeDecision')).toEqual([
      {
        id: 'ld-1',
        input: {
          decision: 'Reinstated in the post',
          agencyRepresentativeAttended: true,
          signatories: [{ name: 'Aigul Sarsenova' }, { name: 'Ivan Petrov' }],
        },
      },
    ]);
    const row = wrapper.get('[role="region"][aria-label="Labour disputes"] tbody tr');
    expect(row.classes()).not.toContain('overdue');
    expect(row.text()).toContain('Reinstated in the post');
    expect(row.text()).toContain('The Agency’s representative attended');
    expect(row.text()).toContain('Signed by: Aigul Sarsenova');
    expect(row.findAll('td')[1]!.text()).toBe('Conciliation commission');
    expect(row.get('button').text()).toBe('Record the protocol sent');
    wrapper.unmount();
  });

  it('lets a compliance officer record a report to a state body, and shows the refusal of a day after today', async () => {
    graphql
      .on('SearchPeople', () => ({
        people: [
          { ...ANNA, email: 'anna@corp.kz', orgUnit: { id: 'hq', names: { kk: 'HQ', ru: 'HQ', en: 'HQ' } } },
        ],
      }))
      .on('GrantStateBodyProtection', () => {
        throw new AdalGraphqlError('VALIDATION', 'The report date 2099-01-01 is in the future', {
          details: { messageKey: 'hotline.protection.reportDateInFuture', params: { date: '2099-01-01' } },
        });
      });
    const wrapper = await mountAs(['compliance_officer']);
    expect(wrapper.text()).not.toContain('Protected people');
    await press(wrapper, 'Record a report to a state body');
    expect(dialog()?.textContent).toContain('Protection for a report to a state body');
    await press(wrapper, 'Grant protection', '[role="dialog"]');
    expect(dialog()?.textContent).toContain('Name the state body.');
    expect(dialog()?.textContent).toContain('Choose the day.');
    expect(graphql.sent('GrantStateBodyProtection')).toEqual([]);

    await wrapper.get('#protection-person').setValue('anna');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DELAY_MS + 20));
    await flushPromises();
    await wrapper.get('[role="option"]').trigger('click');
    await wrapper.get('#protection-state-body').setValue('Anti-Corruption Agency');
    await wrapper.get('#protection-reported-on').setValue('2099-01-01');
    await press(wrapper, 'Grant protection', '[role="dialog"]');
    expect(graphql.sent('GrantStateBodyProtection')).toEqual([
      {
        input: {
          personId: ANNA.id,
          basis: 'assisted',
          stateBodyName: 'Anti-Corruption Agency',
          reportedOn: '2099-01-01',
        },
      },
    ]);
    expect(wrapper.get('[role="dialog"] [role="alert"]').text()).toContain(
      'The report date 01/01/2099 is in the future',
    );
    wrapper.unmount();
  });

  it('lets an auditor read the labour disputes, not who is protected, without any button that changes something', async () => {
    const wrapper = await mountAs(['auditor']);
    expect(wrapper.text()).not.toContain('Protected people');
    expect(wrapper.text()).toContain('Labour disputes');
    expect(wrapper.findAll('th').map((th) => th.text())).not.toContain('Actions');
    // The columns' headers sort the list; they change nothing.
    expect(wrapper.findAll('button:not(.adal-table-sort)').map((b) => b.text())).toEqual([]);
    wrapper.unmount();
  });
});
