import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import type { MyCampaignDeclaration } from '../stores/my-campaign-declarations';
import MyCampaignDeclarationPage from './MyCampaignDeclarationPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;

const text = (en: string) => ({ kk: en, ru: en, en });
const DUE: MyCampaignDeclaration = {
  id: 'd1',
  campaignId: 'c1',
  title: text('Yearly declaration'),
  kind: 'yearly',
  group: 'new_hires',
  procurementReference: null,
  dueOn: '2026-12-20',
  status: 'pending',
  open: true,
  questions: [
    { code: 'outside_jobs', interest: true, text: text('Do you hold an outside job?') },
    { code: 'company_shares', interest: true, text: text('Do you hold shares?') },
  ],
  answers: null,
  submittedAt: null,
  declaredInterest: false,
  asksEthicsCodeAcknowledgement: true,
  ethicsCodeAcknowledgedAt: null,
};

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('MyCampaignDeclarations', () => ({
    myDeclarations: { personId: 'p1', campaigns: { due: [DUE], filed: [] } },
  }));
});

async function mountPage() {
  const options = withPlugin();
  const wrapper = mount(MyCampaignDeclarationPage, {
    props: { campaignId: 'c1' },
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia()], stubs: { RouterLink: RouterLinkStub } },
  });
  await flushPromises();
  return wrapper;
}

describe('MyCampaignDeclarationPage (§72.1, §67)', () => {
  it('says what is missing and sends nothing until every question is answered and a yes explained', async () => {
    const wrapper = await mountPage();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Answer this question');
    expect(wrapper.text()).toContain('Acknowledge the code of business ethics');
    expect(graphql.sent('SubmitDeclaration')).toEqual([]);
    wrapper.unmount();
  });

  it('sends each answer, a yes with its details, and the acknowledgement of the code', async () => {
    graphql.on('SubmitDeclaration', () => ({
      submitDeclaration: {
        ...DUE,
        open: false,
        status: 'submitted',
        submittedAt: '2026-12-05T10:00:00Z',
        declaredInterest: true,
      },
    }));
    const wrapper = await mountPage();
    await wrapper.find('#answer-outside_jobs-yes').setValue(true);
    await wrapper.find('#answer-company_shares-no').setValue(true);
    await flushPromises();
    await wrapper.find('#details-outside_jobs').setValue('Teaching at a college');
    await wrapper.find('#ethics-code').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('SubmitDeclaration')).toEqual([
      {
        campaignId: 'c1',
        input: {
          answers: [
            { code: 'outside_jobs', yes: true, details: 'Teaching at a college' },
            { code: 'company_shares', yes: false, details: null },
          ],
          acknowledgeEthicsCode: true,
        },
      },
    ]);
    expect(wrapper.text()).toContain('Your declaration is submitted');
    wrapper.unmount();
  });
});
