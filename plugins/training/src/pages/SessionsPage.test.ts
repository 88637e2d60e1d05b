import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DatePicker from 'primevue/datepicker';
import InputNumber from 'primevue/inputnumber';
import Select from 'primevue/select';
import { AdalGraphqlError, type AdalRole } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { testRouter } from '../testing/router';
import { trainingSession } from '../testing/samples';
import SessionsPage from './SessionsPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  roles: [] as string[],
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ viewer: { id: 'viewer', roles: fake.roles }, locale: 'en' }),
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.roles = ['employee', 'training_admin'];
});

async function mountPage(roles: AdalRole[] = ['employee', 'training_admin']) {
  fake.roles = roles;
  const options = withPlugin();
  const router = await testRouter('/sessions');
  const wrapper = mount(SessionsPage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return { wrapper, router };
}

const button = (wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], label: string) =>
  wrapper.findAll('button').find((b) => b.text() === label);

describe('SessionsPage', () => {
  it('lists the sessions with their day, topic, kind and status in words and their counts, a page at a time', async () => {
    graphql.on('ListTrainingSessions', ({ offset }) => ({
      trainingSessions: {
        total: 27,
        sessions:
          offset === 0
            ? [
                trainingSession({ attended: 27, absent: 3 }),
                trainingSession({
                  id: 'session-2',
                  kind: 'external_course',
                  status: 'planned',
                  plannedOn: '2026-12-01',
                  heldOn: null,
                  trainer: 'Ерлан Жақсылықов',
                  attended: 0,
                  absent: 0,
                }),
              ]
            : [trainingSession({ id: 'session-26', status: 'cancelled', heldOn: null })],
      },
    }));
    const { wrapper } = await mountPage();
    const cells = (row: number) => {
      const tr = wrapper.findAll('tbody tr')[row]!;
      return tr.findAll('td').map((td) => td.text());
    };
    expect(cells(0)).toEqual([
      '10/15/2026',
      'Conflicts of interest',
      'Seminar',
      'Айгүл Серікова',
      'Held',
      '27',
      '3',
    ]);
    expect(cells(1)).toEqual([
      '12/01/2026',
      'Conflicts of interest',
      'External course',
      'Ерлан Жақсылықов',
      'Planned',
      '0',
      '0',
    ]);
    expect(wrapper.find('tbody a').attributes('href')).toBe('/sessions/session-1');

    await button(wrapper, 'Next page')!.trigger('click');
    await flushPromises();
    expect(graphql.sent('ListTrainingSessions').map((v) => v['offset'])).toEqual([0, 25]);
    expect(cells(0)).toContain('Cancelled');
    wrapper.unmount();
  });

  it('says what to do when there are no sessions, and searches on the server', async () => {
    graphql.on('ListTrainingSessions', () => ({ trainingSessions: { total: 0, sessions: [] } }));
    const { wrapper } = await mountPage();
    expect(wrapper.get('.adal-table-empty').text()).toContain(
      'Plan a seminar, webinar or course with “Plan a session”',
    );
    await wrapper.find('#sessions-search').setValue('этика');
    await wrapper.find('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(graphql.sent('ListTrainingSessions').at(-1)).toEqual({ search: 'этика', limit: 25, offset: 0 });
    expect(wrapper.get('.adal-table-empty').text()).toBe('No session matches “этика”.');
    wrapper.unmount();
  });

  it('offers planning only to those who plan; the others read', async () => {
    graphql.on('ListTrainingSessions', () => ({ trainingSessions: { total: 0, sessions: [] } }));
    const { wrapper } = await mountPage(['auditor']);
    expect(button(wrapper, 'Plan a session')).toBeUndefined();
    expect(wrapper.get('.adal-table-empty').text()).toBe(
      'No sessions yet. They appear here once the training administrators plan them.',
    );
    wrapper.unmount();
  });

  it('shows the server’s refusal of a field at that field and keeps the dialog open', async () => {
    graphql.on('ListTrainingSessions', () => ({ trainingSessions: { total: 0, sessions: [] } }));
    graphql.on('PlanTrainingSession', () => {
      throw new AdalGraphqlError('VALIDATION', 'Enter a date', {
        details: { messageKey: 'training.session.day', field: 'plannedOn' },
      });
    });
    const { wrapper, router } = await mountPage();
    await button(wrapper, 'Plan a session')?.trigger('click');
    await flushPromises();
    await wrapper.find('form.form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#session-topic-ru-error').text()).toBe('Write the topic in Russian.');
    expect(graphql.sent('PlanTrainingSession')).toEqual([]);

    wrapper.findComponent(Select).vm.$emit('update:modelValue', 'seminar');
    await wrapper.find('#session-topic-kk').setValue('Мүдделер қақтығысы');
    await wrapper.find('#session-topic-ru').setValue('Конфликт интересов');
    wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2026, 10, 5));
    wrapper.findComponent(InputNumber).vm.$emit('update:modelValue', 90);
    await wrapper.find('#session-trainer').setValue('Айгүл Серікова');
    await wrapper.find('form.form').trigger('submit');
    await flushPromises();

    expect(graphql.sent('PlanTrainingSession')).toHaveLength(1);
    const error = wrapper.get('#session-planned-on-error');
    expect(error.text()).toBe('Enter a date (YYYY-MM-DD)');
    expect(wrapper.get('#session-planned-on').attributes('aria-describedby')).toContain(
      'session-planned-on-error',
    );
    expect(wrapper.text()).toContain('The session was not saved: correct the marked field.');
    expect(wrapper.find('.p-dialog').exists()).toBe(true);
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('sessions'));
    wrapper.unmount();
  });

  it('opens a planned session on its own page', async () => {
    graphql.on('ListTrainingSessions', () => ({ trainingSessions: { total: 0, sessions: [] } }));
    graphql.on('PlanTrainingSession', ({ input }) => ({
      planTrainingSession: trainingSession({ id: 'session-9', ...(input as object), status: 'planned' }),
    }));
    const { wrapper, router } = await mountPage();
    await button(wrapper, 'Plan a session')?.trigger('click');
    await flushPromises();
    wrapper.findComponent(Select).vm.$emit('update:modelValue', 'webinar');
    await wrapper.find('#session-topic-kk').setValue('Сыйлықтар');
    await wrapper.find('#session-topic-ru').setValue('Подарки');
    wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2026, 10, 5));
    wrapper.findComponent(InputNumber).vm.$emit('update:modelValue', 60);
    await wrapper.find('#session-trainer').setValue('Данияр Оспанов');
    await button(wrapper, 'Add a material')?.trigger('click');
    await wrapper.find('#session-material-0-title').setValue('Invitation');
    await wrapper.find('#session-material-0-url').setValue('https://intranet.example.kz/invite');
    await wrapper.find('form.form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('PlanTrainingSession')[0]?.['input']).toMatchObject({
      kind: 'webinar',
      plannedOn: '2026-11-05',
      durationMinutes: 60,
      materials: [{ title: 'Invitation', url: 'https://intranet.example.kz/invite' }],
    });
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/sessions/session-9'));
    wrapper.unmount();
  });
});
