import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import type { AuthoredCourseFieldsFragment, CourseDraftInput } from '../graphql/generated/graphql';
import { AUTOSAVE_DELAY_MS } from '../composables/course-draft';
import { withPlugin } from '../testing/mount-options';
import CourseEditorPage from './CourseEditorPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  upload: null as ((courseId: string, file: File) => Promise<unknown>) | null,
}));
vi.mock('../composables/lesson-file-upload', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useLessonFileUpload: () => (courseId: string, file: File) => fake.upload!(courseId, file),
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ viewer: { id: 'viewer', roles: ['employee', 'training_admin'] }, locale: 'en' }),
}));

const text = (en: string) => ({ kk: `${en} (kk)`, ru: `${en} (ru)`, en });

function lesson(id: string, title: string) {
  return { id, kind: 'link' as const, title: text(title), body: null, url: `https://example.kz/${id}` };
}

function authored(
  overrides: Partial<AuthoredCourseFieldsFragment> = {},
  lessons = [lesson('l1', 'Gifts'), lesson('l2', 'Conflicts'), lesson('l3', 'Hotline')],
): AuthoredCourseFieldsFragment {
  const details = {
    topic: 'gifts' as const,
    title: text('Gifts and hospitality'),
    description: text('On gifts'),
    audienceHint: text('Everyone'),
  };
  return {
    id: 'course-1',
    status: 'draft',
    revision: 4,
    changedAt: '2026-12-04T10:00:00Z',
    details,
    publishedVersion: null,
    draft: {
      id: 'v1',
      number: 1,
      status: 'draft',
      publishedAt: null,
      savedAt: '2026-12-04T10:00:00Z',
      savedByName: 'Aigerim Bekova',
      details,
      lessons,
    },
    versions: [{ id: 'v1', number: 1, status: 'draft', publishedAt: null, savedAt: '2026-12-04T10:00:00Z' }],
    course: {
      id: 'course-1',
      test: { id: 't1', questionCount: 10, passMark: 60, timeLimitMinutes: 20, maxAttempts: 3 },
    },
    ...overrides,
  } as AuthoredCourseFieldsFragment;
}

let graphql: FakeGraphql;
let wrapper: VueWrapper | null = null;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  vi.useRealTimers();
});

async function mountPage(): Promise<VueWrapper> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/courses', name: 'courses', component: { template: '<p/>' } },
      { path: '/courses/:id/edit', name: 'course-editor', component: { template: '<p/>' } },
      { path: '/courses/:id/:section', component: { template: '<p/>' } },
    ],
  });
  await router.push('/courses/course-1/edit');
  const options = withPlugin();
  wrapper = mount(CourseEditorPage, {
    props: { id: 'course-1' },
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

const status = (w: VueWrapper) => w.get('[role="status"][aria-live="polite"]').text();
const button = (w: VueWrapper, label: string) => w.findAll('button').find((b) => b.text() === label);

async function typeTitle(w: VueWrapper, value: string): Promise<void> {
  await w.get('#course-title-en').setValue(value);
}

describe('CourseEditorPage autosave', () => {
  it('saves the draft with its revision 1.5 s after typing stops and says when it was saved', async () => {
    graphql.on('GetTrainingCourse', () => ({ trainingCourse: authored() }));
    graphql.on('SaveTrainingCourseDraft', ({ input }) => ({
      saveTrainingCourseDraft: authored({
        revision: 5,
        details: { ...authored().details, title: { en: '', ...(input as CourseDraftInput).title } as never },
      }),
    }));
    const w = await mountPage();
    expect(status(w)).toBe('All changes are saved.');

    await typeTitle(w, 'Gifts');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 500);
    await typeTitle(w, 'Gifts, hospitality');
    expect(status(w)).toBe('Changes not saved yet…');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    // Still typing a moment ago: nothing is sent yet.
    expect(graphql.sent('SaveTrainingCourseDraft')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    await flushPromises();

    const sent = graphql.sent('SaveTrainingCourseDraft');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ courseId: 'course-1', revision: 4 });
    expect((sent[0]!['input'] as CourseDraftInput).title.en).toBe('Gifts, hospitality');
    expect(status(w)).toMatch(/^Saved at \d{1,2}:\d{2}/);

    // The next save names the revision the server answered.
    await typeTitle(w, 'Gifts and more');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await flushPromises();
    expect(graphql.sent('SaveTrainingCourseDraft')[1]).toMatchObject({ revision: 5 });
  });

  it('saves what waits for the pause before leaving the editor', async () => {
    graphql.on('GetTrainingCourse', () => ({ trainingCourse: authored() }));
    graphql.on('SaveTrainingCourseDraft', () => ({ saveTrainingCourseDraft: authored({ revision: 5 }) }));
    // Mounted as the router shows it, so that its leave guard counts.
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/courses', name: 'courses', component: { template: '<p>list</p>' } },
        { path: '/courses/:id/edit', name: 'course-editor', component: CourseEditorPage, props: true },
      ],
    });
    await router.push('/courses/course-1/edit');
    const options = withPlugin();
    wrapper = mount(
      { template: '<RouterView />' },
      { attachTo: document.body, global: { plugins: [...options.global.plugins, createPinia(), router] } },
    );
    await flushPromises();
    await typeTitle(wrapper, 'Typed just now');
    await router.push('/courses');
    await flushPromises();
    expect(graphql.sent('SaveTrainingCourseDraft')).toHaveLength(1);
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/courses'));
  });

  it('says why a save failed, next to the refused field too, and saves again on retry', async () => {
    graphql.on('GetTrainingCourse', () => ({ trainingCourse: authored() }));
    let refuse = true;
    graphql.on('SaveTrainingCourseDraft', () => {
      if (refuse) {
        throw new AdalGraphqlError('VALIDATION', 'The text is longer than 500 characters', {
          details: { messageKey: 'training.course.textTooLong', params: { max: 500 }, field: 'title' },
        });
      }
      return { saveTrainingCourseDraft: authored({ revision: 5 }) };
    });
    const w = await mountPage();
    await typeTitle(w, 'x'.repeat(20));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await flushPromises();
    expect(status(w)).toBe('Not saved: The text is longer than 500 characters');
    expect(w.get('#course-title-kk-error').text()).toBe('The text is longer than 500 characters');

    refuse = false;
    await button(w, 'Save again')!.trigger('click');
    await flushPromises();
    expect(graphql.sent('SaveTrainingCourseDraft')).toHaveLength(2);
    expect(status(w)).toMatch(/^Saved at/);
    expect(w.find('#course-title-kk-error').exists()).toBe(false);
  });

  it('stops on a conflict, says who saved, and reloads their draft on request', async () => {
    let loads = 0;
    graphql.on('GetTrainingCourse', () => {
      loads += 1;
      return { trainingCourse: authored(loads > 1 ? { revision: 9 } : {}) };
    });
    graphql.on('SaveTrainingCourseDraft', () => {
      throw new AdalGraphqlError('CONFLICT', 'Dana Omarova saved this draft in the meantime', {
        details: {
          messageKey: 'training.course.staleDraft',
          params: { savedBy: 'Dana Omarova' },
          field: 'revision',
        },
      });
    });
    const w = await mountPage();
    await typeTitle(w, 'Mine');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await flushPromises();
    expect(status(w)).toContain('Dana Omarova saved this course while you were editing it.');
    // No further saves go out while the draft is stale.
    await typeTitle(w, 'Mine again');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(graphql.sent('SaveTrainingCourseDraft')).toHaveLength(1);
    expect(button(w, 'Publish')!.attributes('disabled')).toBeDefined();

    await button(w, 'Reload the course')!.trigger('click');
    await flushPromises();
    expect(loads).toBe(2);
    expect(status(w)).toBe('All changes are saved.');
    expect((w.get('#course-title-en').element as HTMLInputElement).value).toBe('Gifts and hospitality');
  });
});

describe('CourseEditorPage lessons', () => {
  it('moves a lesson down by keyboard-reachable buttons, announces it, keeps focus on it and saves the new order', async () => {
    graphql.on('GetTrainingCourse', () => ({ trainingCourse: authored() }));
    graphql.on('SaveTrainingCourseDraft', () => ({ saveTrainingCourseDraft: authored({ revision: 5 }) }));
    const w = await mountPage();
    const down = w.findAll('button').find((b) => b.attributes('aria-label') === 'Move lesson 1 down')!;
    await down.trigger('click');
    await flushPromises();
    expect(w.findAll('.lesson h3').map((h) => h.text())).toEqual([
      'Lesson 1 of 3 (Link) Conflicts',
      'Lesson 2 of 3 (Link) Gifts',
      'Lesson 3 of 3 (Link) Hotline',
    ]);
    expect(w.text()).toContain('Lesson “Gifts” is now number 2 of 3.');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move lesson 2 down');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await flushPromises();
    const input = graphql.sent('SaveTrainingCourseDraft')[0]!['input'] as CourseDraftInput;
    expect(input.lessons.map((l) => l.id)).toEqual(['l2', 'l1', 'l3']);
    // The first lesson cannot go further up.
    expect(
      w
        .findAll('button')
        .find((b) => b.attributes('aria-label') === 'Move lesson 1 up')!
        .attributes('disabled'),
    ).toBeDefined();
  });

  it('removes a lesson only after a confirmation', async () => {
    graphql.on('GetTrainingCourse', () => ({ trainingCourse: authored() }));
    graphql.on('SaveTrainingCourseDraft', () => ({ saveTrainingCourseDraft: authored({ revision: 5 }) }));
    const w = await mountPage();
    await button(w, 'Remove lesson 2')!.trigger('click');
    await flushPromises();
    expect(w.text()).toContain('Lesson “Conflicts” is removed from the draft.');
    await button(w, 'Keep it')!.trigger('click');
    await flushPromises();
    expect(w.findAll('.lesson')).toHaveLength(3);
    await button(w, 'Remove lesson 2')!.trigger('click');
    await flushPromises();
    await button(w, 'Remove the lesson')!.trigger('click');
    await flushPromises();
    expect(w.findAll('.lesson')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await flushPromises();
    const input = graphql.sent('SaveTrainingCourseDraft')[0]!['input'] as CourseDraftInput;
    expect(input.lessons.map((l) => l.id)).toEqual(['l1', 'l3']);
  });

  it('adds a lesson of the kind chosen, open for its title and address', async () => {
    graphql.on('GetTrainingCourse', () => ({ trainingCourse: authored({}, []) }));
    graphql.on('SaveTrainingCourseDraft', () => ({
      saveTrainingCourseDraft: authored({ revision: 5 }, [lesson('new-id', 'Video')]),
    }));
    const w = await mountPage();
    expect(w.text()).toContain('There are no lessons yet.');
    await button(w, 'Video')!.trigger('click');
    await flushPromises();
    expect(w.text()).toContain('Lesson 1 added.');
    expect(w.find('label[for$="-url"]').text()).toContain('Address of the video');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await flushPromises();
    const input = graphql.sent('SaveTrainingCourseDraft')[0]!['input'] as CourseDraftInput;
    expect(input.lessons).toEqual([{ kind: 'video', title: { kk: '', ru: '', en: '' }, url: '' }]);
  });
});

describe('CourseEditorPage publication and preview', () => {
  it('asks before publishing, saying people already enrolled finish on their version, then publishes', async () => {
    let published = false;
    graphql.on('GetTrainingCourse', () => ({
      trainingCourse: published
        ? authored({ status: 'published', draft: null, revision: 6 })
        : authored({
            status: 'changed',
            publishedVersion: { ...authored().draft!, id: 'v1', number: 1, status: 'published' },
            draft: { ...authored().draft!, id: 'v2', number: 2 },
          }),
    }));
    graphql.on('PublishTrainingCourse', () => {
      published = true;
      return { publishTrainingCourse: { id: 'v2', number: 2 } };
    });
    const w = await mountPage();
    await button(w, 'Publish')!.trigger('click');
    await flushPromises();
    expect(w.text()).toContain('Publish version 2?');
    expect(w.text()).toContain(
      'People who have already started the course finish on their version, its lessons and test; people who start afterwards get version 2.',
    );
    expect(graphql.sent('PublishTrainingCourse')).toHaveLength(0);
    await button(w, 'Publish version 2')!.trigger('click');
    await flushPromises();
    expect(graphql.sent('PublishTrainingCourse')).toEqual([{ courseId: 'course-1' }]);
    expect(w.text()).toContain('Version 2 is published.');
  });

  it('shows a refusal to publish a course with an empty test next to the test, and changes nothing', async () => {
    graphql.on('GetTrainingCourse', () => ({
      trainingCourse: authored({ course: { id: 'course-1', test: null } }),
    }));
    graphql.on('PublishTrainingCourse', () => {
      throw new AdalGraphqlError('VALIDATION', 'The course has no test', {
        details: { messageKey: 'training.course.emptyTest', params: {}, field: 'test' },
      });
    });
    const w = await mountPage();
    await button(w, 'Publish')!.trigger('click');
    await flushPromises();
    await button(w, 'Publish version 1')!.trigger('click');
    await flushPromises();
    const refusal = w.get('.test [role="alert"]');
    expect(refusal.text()).toBe(
      'The course has no test, or its test would draw no questions; set up the test before publishing',
    );
    expect(w.text()).toContain('Not published:');
    expect(w.find('.test a').attributes('href')).toBe('/courses/course-1/test');
    expect(graphql.sent('GetTrainingCourse')).toHaveLength(1);
  });

  it('shows a refusal of a lesson field at that lesson, and at its field once opened', async () => {
    graphql.on('GetTrainingCourse', () => ({ trainingCourse: authored() }));
    graphql.on('PublishTrainingCourse', () => {
      throw new AdalGraphqlError('VALIDATION', 'Lesson 2 needs an address', {
        details: {
          messageKey: 'training.course.lessonUrlRequired',
          params: { lesson: 2, kind: 'link' },
          field: 'lessons.1.url',
        },
      });
    });
    const w = await mountPage();
    await button(w, 'Publish')!.trigger('click');
    await flushPromises();
    await button(w, 'Publish version 1')!.trigger('click');
    await flushPromises();
    const lessons = w.findAll('.lesson');
    expect(lessons[0]!.find('[role="alert"]').exists()).toBe(false);
    expect(lessons[1]!.get('[role="alert"]').text()).toBe('Lesson 2 needs an http(s) address of its link');
    await button(w, 'Edit lesson 2')!.trigger('click');
    await flushPromises();
    expect(w.findAll('.lesson')[1]!.get('.adal-field-error').text()).toBe(
      'Lesson 2 needs an http(s) address of its link',
    );
  });

  it('previews the draft as a learner sees it, read-only, without sending anything', async () => {
    graphql.on('GetTrainingCourse', () => ({ trainingCourse: authored() }));
    const w = await mountPage();
    const before = graphql.requests.length;
    await button(w, 'Preview as a learner')!.trigger('click');
    await flushPromises();
    const preview = w.get('.preview');
    expect(preview.get('h2').text()).toBe('Gifts and hospitality');
    expect(preview.findAll('.lesson h3').map((h) => h.text())).toEqual([
      '1. Link: Gifts',
      '2. Link: Conflicts',
      '3. Link: Hotline',
    ]);
    expect(preview.text()).toContain('Questions: 10');
    expect(button(w, 'Start the test (not available in preview)')!.attributes('disabled')).toBeDefined();
    expect(w.find('#course-title-en').exists()).toBe(false);
    expect(graphql.requests.length).toBe(before);
  });
});

describe('CourseEditorPage links', () => {
  it('links to the question bank and the test settings of the course', async () => {
    graphql.on('GetTrainingCourse', () => ({ trainingCourse: authored() }));
    const w = await mountPage();
    const tabs = w.findAll('nav.tabs a').map((a) => [a.text(), a.attributes('href')]);
    expect(tabs).toEqual([
      ['Course and lessons', '/courses/course-1/edit'],
      ['Question bank', '/courses/course-1/questions'],
      ['Test settings', '/courses/course-1/test'],
    ]);
  });
});

describe('CourseEditorPage lesson files', () => {
  async function chooseFile(w: VueWrapper, file: File): Promise<void> {
    const input = w.get('input[type="file"]');
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
    await input.trigger('change');
    await flushPromises();
  }

  it('uploads the chosen file at once and saves the lesson naming it', async () => {
    graphql.on('GetTrainingCourse', () => ({ trainingCourse: authored({}, []) }));
    graphql.on('SaveTrainingCourseDraft', () => ({ saveTrainingCourseDraft: authored({ revision: 5 }) }));
    const uploads: [string, string][] = [];
    fake.upload = async (courseId, file) => {
      uploads.push([courseId, file.name]);
      return { id: 'file-1', name: 'Rules.pdf', contentType: 'application/pdf', sizeBytes: 2 * 1024 * 1024 };
    };
    const w = await mountPage();
    await button(w, 'File')!.trigger('click');
    await flushPromises();
    await chooseFile(w, new File(['%PDF-'], 'Rules.pdf'));
    expect(uploads).toEqual([['course-1', 'Rules.pdf']]);
    expect(w.text()).toContain('File: Rules.pdf (2 MB)');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await flushPromises();
    const input = graphql.sent('SaveTrainingCourseDraft').at(-1)!['input'] as CourseDraftInput;
    expect(input.lessons[0]).toMatchObject({ kind: 'file', fileId: 'file-1' });
  });

  it('shows a refused upload next to the file field', async () => {
    graphql.on('GetTrainingCourse', () => ({ trainingCourse: authored({}, []) }));
    graphql.on('SaveTrainingCourseDraft', () => ({ saveTrainingCourseDraft: authored({ revision: 5 }) }));
    fake.upload = () =>
      Promise.reject(
        new AdalGraphqlError('VALIDATION', 'wrong type', {
          details: { messageKey: 'training.lessonFile.type', params: {}, field: 'file' },
        }),
      );
    const w = await mountPage();
    await button(w, 'Video')!.trigger('click');
    await flushPromises();
    await chooseFile(w, new File(['<html>'], 'clip.mp4'));
    const field = w.get('.adal-field-error');
    expect(field.text()).toBe(
      'Upload a PDF, Word (.docx) or PowerPoint (.pptx) document, or an MP4 or WebM video',
    );
  });
});
