import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { member, UNITS } from '../testing/samples';
import { STAFF_PAGE_SIZE } from '../stores/staff';
import PeoplePage from './PeoplePage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));
vi.mock('single-spa', () => ({ navigateToUrl: vi.fn() }));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql
    .on('ListOrgUnitHeadcounts', () => ({ orgUnitHeadcounts: UNITS }))
    .on('ListStaff', () => ({
      staff: {
        total: 30,
        people: [
          member(),
          member({ id: 'p2', fullName: 'Ерлан Жұмабаев', email: 'erlan@corp.kz', position: null }),
        ],
      },
    }));
});

async function mountPage(path = '/people') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/people', name: 'people', component: PeoplePage },
      { path: '/import', name: 'import', component: PeoplePage },
    ],
  });
  await router.push(path);
  const options = withPlugin();
  const wrapper = mount(PeoplePage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

const header = (wrapper: Awaited<ReturnType<typeof mountPage>>, name: string) =>
  wrapper.findAll('th').find((th) => th.text() === name)!;

// Mounting PrimeVue's table and selects takes seconds on a busy machine.
describe('PeoplePage', { timeout: 20_000 }, () => {
  it('lists a page of the staff of the unit the address names, sorted by name, with every column', async () => {
    const wrapper = await mountPage('/people?orgUnit=u2');
    expect(graphql.sent('ListStaff').at(-1)).toMatchObject({
      orgUnitId: 'u2',
      offset: 0,
      limit: STAFF_PAGE_SIZE,
      sort: { field: 'name', direction: 'asc' },
    });
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual([
      'Name',
      'E-mail',
      'Org unit',
      'Position',
      'Roles',
      'Status',
    ]);
    expect(header(wrapper, 'Name').attributes('aria-sort')).toBe('ascending');
    expect(
      wrapper
        .findAll('tbody tr')[0]!
        .findAll('td')
        .map((td) => td.text()),
    ).toEqual(['Дана Омарова', 'dana@corp.kz', 'Head office', 'Lawyer', 'Employee', 'Active']);
    expect(wrapper.text()).toContain('People found: 30');
    expect(wrapper.get('.adal-pager-position').text()).toBe('1–2 of 30');
    wrapper.unmount();
  });

  it('sorts and pages on the server, and starts again at the first page for a new order', async () => {
    const wrapper = await mountPage();
    await wrapper
      .findAll('.adal-table-pager button')
      .find((b) => b.text() === 'Next page')!
      .trigger('click');
    await flushPromises();
    expect(graphql.sent('ListStaff').at(-1)).toMatchObject({ offset: STAFF_PAGE_SIZE });
    await header(wrapper, 'E-mail').trigger('click');
    await flushPromises();
    expect(graphql.sent('ListStaff').at(-1)).toMatchObject({
      offset: 0,
      sort: { field: 'email', direction: 'asc' },
    });
    await header(wrapper, 'E-mail').trigger('click');
    await flushPromises();
    expect(graphql.sent('ListStaff').at(-1)).toMatchObject({ sort: { field: 'email', direction: 'desc' } });
    expect(header(wrapper, 'E-mail').attributes('aria-sort')).toBe('descending');
    wrapper.unmount();
  });

  it('opens a person to manage from their name', async () => {
    const wrapper = await mountPage();
    await wrapper.get('button[aria-label="Manage Ерлан Жұмабаев"]').trigger('click');
    await flushPromises();
    expect(document.body.querySelector('[role="dialog"]')?.textContent).toContain('Manage Ерлан Жұмабаев');
    wrapper.unmount();
  });
});
