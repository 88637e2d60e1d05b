import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import MyFinancialDeclaration from './MyFinancialDeclaration.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({}),
  uploaderFor: () => ({ request: vi.fn() }),
}));

const STATUS = {
  personId: 'p1',
  fullName: 'Ерлан Жұмабаев',
  orgUnitId: 'u1',
  category: 'employee',
  publicationCategory: null,
  obligedFrom: '2020-01-01',
  obligedUntil: null,
  form: '270.00',
  deadline: '2027-05-15',
  filedOn: null,
  proofId: null,
  filing: 'pending',
  dutyNotice: 'sent',
  spouseNoticesPending: 0,
  reminder: 'pending',
  reminderDueOn: '2027-05-05',
  trustManagementDueOn: '2020-02-01',
  trustManagementSettledOn: '2020-01-20',
};

function notice(id: string, kind: string, at: { sentAt?: string; signedOn?: string; standing: string }) {
  return {
    id,
    personId: 'p1',
    personName: 'Ерлан Жұмабаев',
    kind,
    recipient: 'declarant',
    spouseName: null,
    ruleTitle: null,
    form: '270.00',
    year: 2027,
    dueOn: null,
    sentAt: at.sentAt ?? null,
    signedOn: at.signedOn ?? null,
    banUntil: null,
    standing: at.standing,
  };
}

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
});

async function mountSection(notices: ReturnType<typeof notice>[]) {
  graphql.on('GetMyFinancialDeclaration', () => ({
    myFinancialDeclaration: { status: STATUS, notices },
    myForeignAccountFindings: [],
  }));
  const options = withPlugin();
  const wrapper = mount(MyFinancialDeclaration, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

describe('MyFinancialDeclaration (§24: the notices HR gave the person)', () => {
  it('lists only the notices HR sent or the person signed, never HR queue states', async () => {
    const wrapper = await mountSection([
      notice('n1', 'duty_and_liability', { sentAt: '2027-01-10T05:00:00Z', standing: 'sent' }),
      notice('n2', 'deadline_reminder', { standing: 'overdue' }),
      notice('n3', 'law_change', { standing: 'pending' }),
      notice('n4', 'post_service_warning', {
        sentAt: '2027-02-01T05:00:00Z',
        signedOn: '2027-02-02',
        standing: 'sent',
      }),
    ]);
    const items = wrapper.findAll('.notices li').map((li) => ({
      text: li.text(),
      tag: li.find('.adal-tag').text(),
    }));
    expect(items).toEqual([
      { text: 'Duty to declare and liability · 270.00Received', tag: 'Received' },
      { text: 'Post-service employment warning · 270.00Signed', tag: 'Signed' },
    ]);
    expect(wrapper.text()).not.toContain('To send');
    expect(wrapper.text()).not.toContain('Overdue');
    wrapper.unmount();
  });

  it('says there are no notices while HR has sent none', async () => {
    const wrapper = await mountSection([notice('n2', 'deadline_reminder', { standing: 'pending' })]);
    expect(wrapper.find('.notices').exists()).toBe(false);
    expect(wrapper.text()).toContain('No notices yet.');
    wrapper.unmount();
  });
});
