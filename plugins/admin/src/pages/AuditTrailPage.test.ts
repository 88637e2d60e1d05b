import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import type { AuditTrailQuery } from '../graphql/generated/graphql';
import { withPlugin } from '../testing/mount-options';
import AuditTrailPage from './AuditTrailPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ token: 'token', graphqlUrl: '/graphql', locale: 'en' }),
}));

type TrailEvent = AuditTrailQuery['auditEvents'][number];

const edit: TrailEvent = {
  id: 'e1',
  at: '2026-12-03T09:05:00.000Z',
  atPrecision: 'instant',
  action: 'person.updated',
  entityType: 'Person',
  entityId: 'p1',
  data: { position: 'Senior auditor' },
  withheld: [],
  actor: { id: 'a1', fullName: 'Әсел Есімова', email: 'admin@demo.adal.kz' },
};
const linked: TrailEvent = {
  id: 'e2',
  at: '2026-12-02T19:00:00.000Z',
  atPrecision: 'day',
  action: 'hotline.involved_persons_linked',
  entityType: 'HotlineReport',
  entityId: 'r1',
  data: {},
  withheld: ['personIds'],
  actor: null,
};

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql
    .on('AuditChainCheck', () => ({
      auditChainStatus: { ok: true, checked: 2, problem: null, brokenEvent: null },
    }))
    .on('AuditTrailFacets', () => ({
      auditTrailFacets: {
        actions: ['person.updated', 'hotline.involved_persons_linked'],
        actors: [edit.actor],
      },
    }))
    .on('AuditTrail', () => ({ auditEvents: [edit, linked] }));
});

async function mountPage(path = '/audit-trail') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/audit-trail', name: 'audit-trail', component: AuditTrailPage }],
  });
  await router.push(path);
  const options = withPlugin();
  const wrapper = mount(AuditTrailPage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return { wrapper, router };
}

// Mounting PrimeVue's table and pickers takes seconds on a busy machine.
describe('AuditTrailPage', { timeout: 20_000 }, () => {
  it('lists the events by the names of their actions, the hotline’s dated to the day without the withheld names', async () => {
    const { wrapper } = await mountPage();
    expect(wrapper.text()).toContain('The chain is intact: all 2 events are verified.');
    const rows = wrapper.findAll('tbody tr').map((row) => row.text());
    expect(rows[0]).toContain('Person updated');
    expect(rows[0]).toContain('Senior auditor');
    expect(rows[1]).toContain('Involved persons linked');
    expect(rows[1]).toContain('date only');
    expect(rows[1]).toContain('Withheld: personIds');
    expect(rows[1]).toContain('System or reporter');
    expect(wrapper.text()).not.toContain('person.updated');
    wrapper.unmount();
  });

  it('says so when nothing matches, and offers a retry when the trail cannot be read', async () => {
    graphql.on('AuditTrail', () => ({ auditEvents: [] }));
    const empty = await mountPage();
    expect(empty.wrapper.text()).toContain('No event matches this search.');
    empty.wrapper.unmount();
    graphql.on('AuditTrail', () => {
      throw new AdalGraphqlError('NETWORK', 'offline');
    });
    const failed = await mountPage();
    expect(failed.wrapper.text()).toContain('The server could not be reached.');
    graphql.on('AuditTrail', () => ({ auditEvents: [edit] }));
    await failed.wrapper
      .findAll('button')
      .find((b) => b.text() === 'Try again')
      ?.trigger('click');
    await flushPromises();
    expect(failed.wrapper.find('tbody tr').text()).toContain('Person updated');
    failed.wrapper.unmount();
  });

  it('names the first broken event in plain words and marks its row', async () => {
    graphql.on('AuditChainCheck', () => ({
      auditChainStatus: { ok: false, checked: 0, problem: 'event_altered', brokenEvent: edit },
    }));
    const { wrapper } = await mountPage();
    expect(wrapper.text()).toContain('The chain is broken');
    expect(wrapper.text()).toContain('An event no longer matches its seal: its content was changed.');
    expect(wrapper.text()).toContain('First broken event: «Person updated»');
    expect(wrapper.text()).toContain('Әсел Есімова (Person p1)');
    expect(wrapper.find('tbody tr.broken-row').text()).toContain('Broken here');
    wrapper.unmount();
  });

  it('says a broken event is out of sight when the reader may not see it', async () => {
    graphql.on('AuditChainCheck', () => ({
      auditChainStatus: { ok: false, checked: 3, problem: 'link_broken', brokenEvent: null },
    }));
    const { wrapper } = await mountPage();
    expect(wrapper.text()).toContain('Events were removed or inserted.');
    expect(wrapper.text()).toContain('The first broken event is missing or not visible to you.');
    wrapper.unmount();
  });

  it('searches what the address holds, and keeps a new search in the address', async () => {
    const { wrapper, router } = await mountPage(
      '/audit-trail?action=person.updated&from=2026-12-01&to=2026-12-03',
    );
    expect(graphql.sent('AuditTrail')[0]).toMatchObject({
      filter: { action: 'person.updated', from: '2026-12-01', to: '2026-12-03' },
      after: null,
    });
    await wrapper.find('#audit-entity-id').setValue('p1');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('AuditTrail').at(-1)?.['filter']).toEqual({
      action: 'person.updated',
      from: '2026-12-01',
      to: '2026-12-03',
      entityId: 'p1',
    });
    expect(router.currentRoute.value.query).toMatchObject({ entityId: 'p1', action: 'person.updated' });
    wrapper.unmount();
  });

  it('refuses a first day after the last before asking, and shows a refusal by the server at its field', async () => {
    const { wrapper } = await mountPage('/audit-trail?from=2026-12-05&to=2026-12-01');
    // The address asked: the server refuses and names the field.
    graphql.on('AuditTrail', () => {
      throw new AdalGraphqlError('VALIDATION', 'The first day comes after the last', {
        details: { field: 'to' },
      });
    });
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#audit-from-error').text()).toBe('The first day comes after the last.');
    const sent = graphql.sent('AuditTrail').length;
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('AuditTrail')).toHaveLength(sent);
    wrapper.unmount();
  });

  it('pages on from the last event seen and back, and reads the trail from its start when the time column is sorted', async () => {
    const page = (from: number, count: number): TrailEvent[] =>
      Array.from({ length: count }, (_, index) => ({ ...edit, id: `e${from + index}` }));
    graphql.on('AuditTrail', (variables) =>
      variables['after'] === 'e49' ? { auditEvents: page(50, 3) } : { auditEvents: page(0, 51) },
    );
    const { wrapper } = await mountPage();
    const pager = () => wrapper.get('.adal-table-pager');
    const press = async (name: string) => {
      await pager()
        .findAll('button')
        .find((b) => b.text() === name)!
        .trigger('click');
      await flushPromises();
    };
    // One event more than a page says that another page follows; it is not shown.
    expect(wrapper.findAll('tbody tr')).toHaveLength(50);
    expect(pager().text()).toContain('Page 1');
    await press('Next page');
    expect(graphql.sent('AuditTrail').at(-1)).toMatchObject({ limit: 51, after: 'e49', oldestFirst: false });
    expect(wrapper.findAll('tbody tr')).toHaveLength(3);
    expect(pager().get('button:disabled').text()).toBe('Next page');
    await press('Previous page');
    expect(graphql.sent('AuditTrail').at(-1)).toMatchObject({ after: null });
    expect(wrapper.findAll('tbody tr')).toHaveLength(50);

    const time = wrapper.findAll('th').find((th) => th.text() === 'Time')!;
    expect(time.attributes('aria-sort')).toBe('descending');
    await time.trigger('click');
    await flushPromises();
    expect(graphql.sent('AuditTrail').at(-1)).toMatchObject({ after: null, oldestFirst: true });
    expect(
      wrapper
        .findAll('th')
        .find((th) => th.text() === 'Time')!
        .attributes('aria-sort'),
    ).toBe('ascending');
    wrapper.unmount();
  });
});
