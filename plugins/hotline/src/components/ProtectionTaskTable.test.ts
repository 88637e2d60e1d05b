import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { ANNA, BOLAT } from '../testing/samples';
import { button } from '../testing/ui';
import ProtectionTaskTable from './ProtectionTaskTable.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: {
    viewer: { id: 'p-head', roles: ['compliance_head'] as string[] },
    graphqlUrl: '/graphql',
    token: 't',
  },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
}));

const task = (overrides: Record<string, unknown> = {}) => ({
  id: 't-1',
  caseId: 'case-1',
  caseNumber: 'HL-2026-0001',
  owner: ANNA,
  reviewOn: '2026-03-15',
  overdue: false,
  createdAt: '2026-03-01T10:00:00Z',
  completedAt: null,
  completionNote: null,
  ...overrides,
});

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.context.viewer.roles = ['compliance_head'];
  graphql.on('ListProtectionTasks', () => ({
    protectionTasks: [
      task(),
      task({ id: 't-2', caseNumber: 'HL-2026-0002', owner: BOLAT, overdue: true, reviewOn: '2026-02-01' }),
    ],
  }));
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountTable() {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(ProtectionTaskTable, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

describe('ProtectionTaskTable', { timeout: 20_000 }, () => {
  it('lists the open tasks with their owner, review date and whether they are past it', async () => {
    const wrapper = await mountTable();
    expect(graphql.sent('ListProtectionTasks')).toEqual([{ openOnly: true }]);
    const rows = wrapper.findAll('tbody tr').map((row) => row.text());
    expect(rows.find((row) => row.includes('HL-2026-0001'))).toContain(ANNA.fullName);
    expect(rows.find((row) => row.includes('HL-2026-0001'))).toContain('03/15/2026');
    expect(rows.find((row) => row.includes('HL-2026-0002'))).toContain('Past its review date');
    wrapper.unmount();
  });

  it('completes a task only with a note of what was done', async () => {
    graphql.on('CompleteProtectionTask', () => ({
      completeProtectionTask: task({
        completedAt: '2026-03-02T10:00:00Z',
        completionNote: 'Moved to another unit.',
      }),
    }));
    const wrapper = await mountTable();
    await wrapper
      .get('button[aria-label="Complete the protection task of case HL-2026-0001"]')
      .trigger('click');
    await flushPromises();
    await button(wrapper, 'Complete the task').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Say what was done to protect the reporter and witnesses.');
    expect(graphql.sent('CompleteProtectionTask')).toEqual([]);
    await wrapper.get('#protection-task-note').setValue('Moved to another unit.');
    await button(wrapper, 'Complete the task').trigger('click');
    await flushPromises();
    expect(graphql.sent('CompleteProtectionTask')).toEqual([{ id: 't-1', note: 'Moved to another unit.' }]);
    expect(
      wrapper
        .findAll('tbody tr')
        .map((row) => row.text())
        .join(),
    ).not.toContain('HL-2026-0001');
    wrapper.unmount();
  });

  it('is not shown to those who own no protection tasks', async () => {
    fake.context.viewer.roles = ['hr_officer'];
    const wrapper = await mountTable();
    expect(wrapper.find('section').exists()).toBe(false);
    expect(graphql.sent('ListProtectionTasks')).toEqual([]);
    wrapper.unmount();
  });
});
