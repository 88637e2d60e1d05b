import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import PublicPageSettingsPage from './PublicPageSettingsPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({
    viewer: { id: 'v', roles: ['compliance_officer'] },
    locale: 'en',
    token: 't',
    graphqlUrl: 'https://adal.example/graphql',
  }),
}));

let graphql: FakeGraphql;
const data = () => ({
  compliancePublicPage: {
    __typename: 'CompliancePublicPage',
    slug: 'demo',
    enabled: true,
    path: '/transparency/demo',
    lastEndedYear: 2025,
    lastEndedQuarter: 2,
  },
  publishableRisks: [
    {
      __typename: 'PublishableRisk',
      id: 'r1',
      number: 1,
      processOrDocument: 'Tenders',
      level: 'high',
      confidentiality: 'none',
      published: true,
      publishable: true,
    },
    {
      __typename: 'PublishableRisk',
      id: 'r2',
      number: 2,
      processOrDocument: 'Land lease',
      level: 'low',
      confidentiality: 'commercial',
      published: false,
      publishable: false,
    },
  ],
  complianceQuarterlyReports: [],
  publicProposals: [
    {
      __typename: 'PublicProposal',
      id: 'p1',
      receipt: 'AAAA-BBBB',
      text: 'Publish the minutes',
      contact: 'a@b.kz',
      submittedAt: '2026-05-01T05:00:00Z',
      status: 'new',
      answer: null,
    },
  ],
});

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('CompliancePublic', () => data());
  graphql.on('AnswerPublicProposal', () => ({ answerPublicProposal: { id: 'p1' } }));
});

async function mountPage() {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(PublicPageSettingsPage, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

describe('the public page for the keepers (§9.4–§11)', () => {
  it('shows the link, a toggle for an open risk, and why a commercial one is not publishable', async () => {
    const wrapper = await mountPage();
    expect(wrapper.find('a[href="https://adal.example/transparency/demo"]').exists()).toBe(true);
    const [open, commercial] = wrapper.findAll('[data-testid="public-risk"]');
    expect(open!.find('input[type="checkbox"]').exists()).toBe(true);
    expect(commercial!.find('input[type="checkbox"]').exists()).toBe(false);
    expect(commercial!.text()).toContain('Not publishable: commercial information (§9.4)');
    expect(wrapper.find('[data-testid="report-reminder"]').text()).toContain('No report is published for');
    // The quarter is the server's (Kazakhstan's calendar), not the browser's clock.
    expect(wrapper.find('[data-testid="report-reminder"]').text()).toContain('Quarter 2 of 2025');
    wrapper.unmount();
  });

  it('answers a proposal with the decision and its reason', async () => {
    const wrapper = await mountPage();
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Answer')!
      .trigger('click');
    await flushPromises();
    (document.body.querySelector('#decision-rejected') as HTMLInputElement).click();
    const text = document.body.querySelector('#answer-text') as HTMLTextAreaElement;
    text.value = 'Already published every month.';
    text.dispatchEvent(new Event('input'));
    await flushPromises();
    const send = [...document.body.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Publish the answer',
    )!;
    send.click();
    await flushPromises();
    expect(graphql.sent('AnswerPublicProposal')).toEqual([
      { input: { id: 'p1', decision: 'rejected', answer: 'Already published every month.' } },
    ]);
    wrapper.unmount();
  });
});
