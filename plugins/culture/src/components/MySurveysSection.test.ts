import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { OPEN_SURVEY } from '../testing/survey-fixture';
import MySurveysSection from './MySurveysSection.vue';

const fake = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => (fake.current as FakeGraphql).client,
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
});

async function mountSection() {
  const options = withPlugin();
  const wrapper = mount(MySurveysSection, {
    global: { plugins: [...options.global.plugins, createPinia()], stubs: { RouterLink: RouterLinkStub } },
  });
  await flushPromises();
  return wrapper;
}

describe('MySurveysSection (§68)', () => {
  it('says when no survey waits', async () => {
    graphql.on('MyCultureSurveys', () => ({ myCultureSurveys: [] }));
    const wrapper = await mountSection();
    expect(wrapper.text()).toContain('No survey is waiting for your answer.');
  });

  it('lists the surveys to answer with their closing day, and those answered', async () => {
    graphql.on('MyCultureSurveys', () => ({
      myCultureSurveys: [OPEN_SURVEY, { ...OPEN_SURVEY, id: 's2', answered: true }],
    }));
    const wrapper = await mountSection();
    const items = wrapper.findAll('[data-testid="my-survey"]');
    expect(items[0]!.text()).toContain('Answer by 06/20/2026');
    expect(items[0]!.findComponent(RouterLinkStub).props('to')).toEqual({
      name: 'culture-survey',
      params: { id: 's1' },
    });
    expect(items[1]!.text()).toContain('Answered, thank you');
  });
});
