import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { AdalGraphqlError, type AdalRole } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import type { PersonCertificateFieldsFragment } from '../graphql/generated/graphql';
import { routes } from '../routes';
import { withPlugin } from '../testing/mount-options';
import { chooseOption } from '../testing/ui';
import PersonCertificatesPage from './PersonCertificatesPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null, roles: [] as string[] }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({
    viewer: { id: 'viewer', roles: fake.roles },
    locale: 'en',
    graphqlUrl: 'https://adal.example.kz/graphql',
  }),
}));

const recurring: PersonCertificateFieldsFragment = {
  id: 'cert-1',
  code: '7KQ4-M2XA-9PTB',
  courseId: 'c1',
  courseTitle: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов', en: 'Conflict of interest' },
  issuedOn: '2026-03-10',
  scorePercent: 90,
  validUntil: '2026-12-31',
  standing: 'valid',
};
const expired: PersonCertificateFieldsFragment = {
  ...recurring,
  id: 'cert-2',
  code: 'ABCD-EFGH-JKMN',
  courseTitle: { kk: 'Сыйлықтар', ru: 'Подарки', en: 'Gifts' },
  issuedOn: '2025-02-01',
  scorePercent: 70,
  validUntil: '2025-12-31',
  standing: 'expired',
};
const induction: PersonCertificateFieldsFragment = {
  ...recurring,
  id: 'cert-3',
  code: 'WXYZ-2345-6789',
  courseTitle: { kk: 'Кіріспе', ru: 'Вводный курс', en: 'Induction' },
  validUntil: null,
};

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
});

async function mountPage(roles: AdalRole[], certificates: PersonCertificateFieldsFragment[]) {
  fake.roles = roles;
  graphql.on('ListPersonCertificates', ({ personId }) => ({
    personCertificates: { personId, fullName: 'Әсел Құрманғазықызы', certificates },
  }));
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push('/people/p1/certificates');
  const options = withPlugin();
  const wrapper = mount(PersonCertificatesPage, {
    props: { personId: 'p1' },
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

const rowOf = (wrapper: Awaited<ReturnType<typeof mountPage>>, title: string) =>
  wrapper.findAll('tbody tr').find((row) => row.text().includes(title));

describe('PersonCertificatesPage', () => {
  it('lists the person’s certificates with date, score, expiry, standing and a download in the chosen language', async () => {
    const wrapper = await mountPage(['training_admin'], [recurring, expired, induction]);
    expect(graphql.sent('ListPersonCertificates')).toEqual([{ personId: 'p1' }]);
    expect(wrapper.get('h1').text()).toBe('Certificates: Әсел Құрманғазықызы');

    const valid = rowOf(wrapper, 'Conflict of interest');
    expect(valid?.text()).toContain('90 %');
    expect(valid?.text()).toContain('Valid');
    expect(valid?.text()).toContain('7KQ4-M2XA-9PTB');
    expect(rowOf(wrapper, 'Gifts')?.text()).toContain('Expired');
    expect(rowOf(wrapper, 'Induction')?.text()).toContain('Does not expire');

    const link = () => valid?.get('a[download]');
    expect(link()?.attributes('href')).toBe(
      'https://adal.example.kz/training/certificates/7KQ4-M2XA-9PTB.pdf?lang=en',
    );
    expect(link()?.attributes('aria-label')).toBe('Download PDF: the certificate for “Conflict of interest”');
    await chooseOption(wrapper, '#person-certificates-language', 'Russian');
    expect(rowOf(wrapper, 'Conflict of interest')?.get('a[download]').attributes('href')).toBe(
      'https://adal.example.kz/training/certificates/7KQ4-M2XA-9PTB.pdf?lang=ru',
    );
    // The training administrator came from completion and goes back there.
    expect(wrapper.text()).toContain('Back to training completion');
    wrapper.unmount();
  });

  it('says what happens when the person has none, and offers no way to completion to an administrator who cannot open it', async () => {
    const wrapper = await mountPage(['org_admin'], []);
    expect(wrapper.text()).toContain(
      'No certificates yet. A certificate is issued when a course test is passed.',
    );
    expect(wrapper.text()).not.toContain('Back to training completion');
    wrapper.unmount();
  });

  it('shows the error with a retry when the list cannot be loaded', async () => {
    fake.roles = ['training_admin'];
    let fail = true;
    graphql.on('ListPersonCertificates', ({ personId }) => {
      if (fail) throw new AdalGraphqlError('INTERNAL', 'boom');
      return { personCertificates: { personId, fullName: 'Әсел Құрманғазықызы', certificates: [recurring] } };
    });
    const router = createRouter({ history: createMemoryHistory(), routes });
    await router.push('/people/p1/certificates');
    const options = withPlugin();
    const wrapper = mount(PersonCertificatesPage, {
      props: { personId: 'p1' },
      attachTo: document.body,
      global: { plugins: [...options.global.plugins, createPinia(), router] },
    });
    await flushPromises();
    expect(wrapper.text()).toContain('Something went wrong on the server. Try again later.');
    fail = false;
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Try again')
      ?.trigger('click');
    await flushPromises();
    expect(rowOf(wrapper, 'Conflict of interest')).toBeDefined();
    wrapper.unmount();
  });
});
