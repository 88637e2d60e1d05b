import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { FakeGraphql } from '@adal/sdk/testing';
import type { PersonCertificateFieldsFragment } from '../graphql/generated/graphql';
import { routes } from '../routes';
import { withPlugin } from '../testing/mount-options';
import MyTrainingPage from './MyTrainingPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({
    viewer: { id: 'viewer', roles: ['employee'] },
    locale: 'ru',
    graphqlUrl: 'https://adal.example.kz/graphql',
  }),
}));

const mine: PersonCertificateFieldsFragment = {
  id: 'cert-1',
  code: '7KQ4-M2XA-9PTB',
  courseId: 'c1',
  courseTitle: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов', en: 'Conflict of interest' },
  issuedOn: '2026-03-10',
  scorePercent: 90,
  validUntil: '2026-12-31',
  standing: 'valid',
};

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql().on('ListMyAssignments', () => ({ myAssignments: [] }));
  fake.current = graphql;
});

async function mountPage() {
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push('/');
  const options = withPlugin('ru');
  const wrapper = mount(MyTrainingPage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

describe('MyTrainingPage', () => {
  it('lists the learner’s certificates in Russian, each downloadable in the interface language by default', async () => {
    graphql.on('ListMyCertificates', () => ({ myCertificates: [mine] }));
    const wrapper = await mountPage();
    expect(wrapper.get('#my-certificates-heading').text()).toBe('Мои сертификаты');
    const row = wrapper.get('tbody tr');
    expect(row.text()).toContain('Конфликт интересов');
    expect(row.text()).toContain('Действителен');
    expect(row.get('a[download]').attributes('href')).toBe(
      'https://adal.example.kz/training/certificates/7KQ4-M2XA-9PTB.pdf?lang=ru',
    );
    wrapper.unmount();
  });

  it('tells a learner without certificates how to get one', async () => {
    graphql.on('ListMyCertificates', () => ({ myCertificates: [] }));
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain(
      'У вас пока нет сертификатов. Сдайте тест по курсу, чтобы получить сертификат.',
    );
    wrapper.unmount();
  });

  it('shows the certificates only once the courses above them have arrived, so they do not jump down', async () => {
    let answerCourses: (value: { myAssignments: [] }) => void = () => undefined;
    graphql
      .on('ListMyAssignments', () => new Promise((resolve) => (answerCourses = resolve)))
      .on('ListMyCertificates', () => ({ myCertificates: [mine] }));
    const wrapper = await mountPage();
    expect(wrapper.find('#my-certificates-heading').exists()).toBe(false);
    answerCourses({ myAssignments: [] });
    await flushPromises();
    expect(wrapper.get('#my-certificates-heading').text()).toBe('Мои сертификаты');
    wrapper.unmount();
  });
});
