import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { assignment, text } from '../testing/samples';
import type { MyAssignment } from '../stores/my-assignments';
import CoursePage from './CoursePage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({
    viewer: { id: 'viewer', roles: ['employee'] },
    locale: 'en',
    graphqlUrl: '/graphql',
  }),
}));

/** The observers the page made, to play the browser scrolling a text lesson's end into view. */
const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];

class FakeIntersectionObserver {
  private readonly record: { callback: IntersectionObserverCallback; targets: Element[] };
  constructor(callback: IntersectionObserverCallback) {
    this.record = { callback, targets: [] };
    observers.push(this.record);
  }
  observe(target: Element): void {
    this.record.targets.push(target);
  }
  disconnect(): void {
    this.record.targets = [];
  }
}

let graphql: FakeGraphql;
let mine: MyAssignment;

const LESSONS = [
  {
    id: 'lesson-text',
    kind: 'text' as const,
    url: null,
    file: null,
    title: text('Introduction'),
    body: text('<p>Read me</p>'),
  },
  {
    id: 'lesson-file',
    kind: 'file' as const,
    url: 'https://example.org/memo.pdf',
    file: null,
    title: text('Memo'),
    body: null,
  },
];

function withDone(doneLessonIds: string[]): MyAssignment {
  return {
    ...mine,
    doneLessonIds,
    canStartAttempt: doneLessonIds.length === LESSONS.length,
  };
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  observers.length = 0;
  graphql = new FakeGraphql();
  fake.current = graphql;
  const base = assignment();
  mine = assignment({
    canStartAttempt: false,
    lessonsTotal: 2,
    doneLessonIds: [],
    lessonsRequiredBeforeTest: true,
    course: {
      ...base.course,
      lessons: LESSONS,
      test: { ...base.course.test!, lessonsRequiredBeforeTest: true },
    },
  });
  graphql
    .on('GetMyAssignment', () => ({ myAssignment: mine }))
    .on('MarkLessonDone', ({ lessonId }) => {
      mine = withDone([...mine.doneLessonIds, String(lessonId)]);
      return { markLessonDone: mine };
    });
});

afterEach(() => vi.unstubAllGlobals());

async function mountCourse() {
  const Stub = { template: '<p>page</p>' };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'my-training', component: Stub },
      { path: '/tests/:testId', name: 'test', component: Stub },
      { path: '/courses/:enrolmentId', name: 'course', component: CoursePage, props: true },
    ],
  });
  await router.push('/courses/enrolment-1');
  const options = withPlugin();
  const wrapper = mount(CoursePage, {
    props: { enrolmentId: 'enrolment-1' },
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

function scrollTextLessonEndIntoView(): void {
  for (const { callback, targets } of observers) {
    const entries = targets.map((target) => ({ isIntersecting: true, target }) as IntersectionObserverEntry);
    if (entries.length > 0) callback(entries, {} as IntersectionObserver);
  }
}

describe('CoursePage lessons', () => {
  it('shows each lesson done or not and the progress, and says why the test waits', async () => {
    const wrapper = await mountCourse();
    expect(wrapper.get('[data-testid="lesson-progress"]').text()).toBe('Lessons done: 0 of 2');
    expect(wrapper.get('[data-testid="lesson-state-1"]').text()).toContain('Not done yet');
    expect(wrapper.get('[data-testid="lesson-state-1"]').text()).toContain('Read the text to the end');
    expect(wrapper.get('[data-testid="lesson-state-2"]').text()).toContain('Opening the material completes');
    const start = wrapper.get('[data-testid="start-test-disabled"]');
    expect(start.attributes('disabled')).toBeDefined();
    expect(start.attributes('aria-describedby')).toBe('lessons-first');
    expect(wrapper.get('#lessons-first').text()).toBe(
      'The test opens once every lesson is done: 2 of 2 lessons are left.',
    );
    expect(wrapper.find('a.start').exists()).toBe(false);
  });

  it('counts a file as done when opened and a text when read to its end, then opens the test', async () => {
    const wrapper = await mountCourse();
    await wrapper.get('a[download]').trigger('click');
    await flushPromises();
    expect(graphql.sent('MarkLessonDone')).toEqual([{ courseId: 'course-1', lessonId: 'lesson-file' }]);
    expect(wrapper.get('[data-testid="lesson-state-2"]').text()).toContain('Done');
    expect(wrapper.get('[data-testid="lesson-progress"]').text()).toBe('Lessons done: 1 of 2');
    expect(wrapper.get('#lessons-first').text()).toContain('1 of 2 lessons are left');

    // Opening the file again sends nothing more.
    await wrapper.get('a[download]').trigger('click');
    await flushPromises();
    expect(graphql.sent('MarkLessonDone')).toHaveLength(1);

    scrollTextLessonEndIntoView();
    await flushPromises();
    expect(graphql.sent('MarkLessonDone')).toEqual([
      { courseId: 'course-1', lessonId: 'lesson-file' },
      { courseId: 'course-1', lessonId: 'lesson-text' },
    ]);
    expect(wrapper.get('[data-testid="lesson-progress"]').text()).toBe('Lessons done: 2 of 2');
    expect(wrapper.find('[data-testid="start-test-disabled"]').exists()).toBe(false);
    expect(wrapper.get('a.start').text()).toBe('Start the test');
  });
});
