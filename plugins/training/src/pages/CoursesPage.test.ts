import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import Select from 'primevue/select';
import { createMemoryHistory, createRouter } from 'vue-router';
import { FakeGraphql } from '@adal/sdk/testing';
import type { AuthoredCourseRowFragment } from '../graphql/generated/graphql';
import { withPlugin } from '../testing/mount-options';
import CoursesPage from './CoursesPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ viewer: { id: 'viewer', roles: ['employee', 'training_admin'] }, locale: 'en' }),
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
});

const text = (en: string) => ({ kk: `${en} (kk)`, ru: `${en} (ru)`, en });

function row(overrides: Partial<AuthoredCourseRowFragment> = {}): AuthoredCourseRowFragment {
  return {
    id: 'course-1',
    status: 'changed',
    revision: 3,
    changedAt: '2026-12-04T10:00:00Z',
    details: { topic: 'gifts', title: text('Gifts and hospitality') },
    publishedVersion: { id: 'v1', number: 1 },
    draft: { id: 'v2', number: 2 },
    ...overrides,
  } as AuthoredCourseRowFragment;
}

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/courses', name: 'courses', component: { template: '<p/>' } },
      { path: '/courses/:id/edit', name: 'course-editor', component: { template: '<p/>' } },
    ],
  });
  await router.push('/courses');
  const options = withPlugin();
  const wrapper = mount(CoursesPage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return { wrapper, router };
}

describe('CoursesPage', () => {
  it('lists the courses with their topic, status and published version in words', async () => {
    graphql.on('ListAuthoredCourses', () => ({
      authoredTrainingCourses: [
        row(),
        row({
          id: 'course-2',
          status: 'draft',
          publishedVersion: null,
          details: { topic: 'hr', title: text('HR') },
        }),
      ],
    }));
    const { wrapper } = await mountPage();
    const rows = wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(rows.map((cells) => cells.slice(0, 4))).toEqual([
      ['Gifts and hospitality', 'Gifts and hospitality', 'Published, with unpublished changes', 'Version 1'],
      ['HR', 'Human resources', 'Draft, never published', 'Not published'],
    ]);
    expect(wrapper.get('tbody a').attributes('href')).toBe('/courses/course-1/edit');
    wrapper.unmount();
  });

  it('says what to do when there is no course, and searches on the server', async () => {
    graphql.on('ListAuthoredCourses', () => ({ authoredTrainingCourses: [] }));
    const { wrapper } = await mountPage();
    expect(wrapper.text()).toContain('There are no courses yet. Create the first one with “New course”.');
    await wrapper.get('#courses-search').setValue('anti');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(graphql.sent('ListAuthoredCourses').at(-1)).toEqual({ search: 'anti' });
    expect(wrapper.text()).toContain('No course title contains “anti”.');
    wrapper.unmount();
  });

  it('creates a course from its topic and title and opens it in the editor', async () => {
    graphql.on('ListAuthoredCourses', () => ({ authoredTrainingCourses: [] }));
    graphql.on('CreateTrainingCourse', () => ({
      createTrainingCourse: { id: 'v1', course: { id: 'new-course' } },
    }));
    const { wrapper, router } = await mountPage();
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'New course')!
      .trigger('click');
    await flushPromises();
    await wrapper.get('form.form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Choose a topic.');
    expect(wrapper.text()).toContain('Write the title in Kazakh and in Russian.');
    expect(graphql.sent('CreateTrainingCourse')).toHaveLength(0);

    wrapper.findComponent(Select).vm.$emit('update:modelValue', 'gifts');
    await wrapper.get('#new-course-title-kk').setValue('Сыйлықтар');
    await wrapper.get('#new-course-title-ru').setValue('Подарки');
    await wrapper.get('form.form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('CreateTrainingCourse')).toEqual([
      { input: { topic: 'gifts', title: { kk: 'Сыйлықтар', ru: 'Подарки', en: null }, lessons: [] } },
    ]);
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/courses/new-course/edit'));
    wrapper.unmount();
  });
});
