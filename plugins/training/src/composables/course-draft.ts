import { computed, onBeforeUnmount, ref, shallowRef } from 'vue';
import { toAdalError, type AdalGraphqlError } from '@adal/sdk';
import type {
  AuthoredCourseFieldsFragment,
  CourseDraftInput,
  CourseTopic,
  LessonKind,
} from '../graphql/generated/graphql';

/** A text as the author types it, in each language. */
export interface Texts {
  kk: string;
  ru: string;
  en: string;
}

export interface DraftLesson {
  /** Stable while the page is open: the list's key, also for lessons not saved yet. */
  key: string;
  /** The server's id, once saved. */
  id: string | null;
  kind: LessonKind;
  title: Texts;
  body: Texts;
  url: string;
  /** An uploaded file, for file and video lessons. */
  file: LessonFileOf | null;
}

export interface LessonFileOf {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
}

export interface CourseDraft {
  topic: CourseTopic;
  title: Texts;
  description: Texts;
  audienceHint: Texts;
  lessons: DraftLesson[];
}

export type AuthoredCourse = AuthoredCourseFieldsFragment;

/** Where the autosave stands, as the page says it. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: AdalGraphqlError }
  | { kind: 'conflict'; savedBy: string; error: AdalGraphqlError };

/** How long after the last keystroke the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1500;

const empty = (): Texts => ({ kk: '', ru: '', en: '' });
const texts = (text: { kk: string; ru: string; en: string } | null | undefined): Texts =>
  text ? { kk: text.kk, ru: text.ru, en: text.en } : empty();

let keys = 0;
const nextKey = (): string => `lesson-${++keys}`;

/** The draft the author edits: the course's draft, else a copy of the version published now. */
export function draftOf(course: AuthoredCourse): CourseDraft {
  const version = course.draft ?? course.publishedVersion;
  const details = version?.details ?? course.details;
  return {
    topic: details.topic,
    title: texts(details.title),
    description: texts(details.description),
    audienceHint: texts(details.audienceHint),
    lessons: (version?.lessons ?? []).map((lesson) => ({
      key: nextKey(),
      id: lesson.id,
      kind: lesson.kind,
      title: texts(lesson.title),
      body: texts(lesson.body),
      url: lesson.url ?? '',
      file: lesson.file
        ? {
            id: lesson.file.id,
            name: lesson.file.name,
            contentType: lesson.file.contentType,
            sizeBytes: lesson.file.sizeBytes,
          }
        : null,
    })),
  };
}

export function newLesson(kind: LessonKind): DraftLesson {
  return { key: nextKey(), id: null, kind, title: empty(), body: empty(), url: '', file: null };
}

export function draftInput(draft: CourseDraft): CourseDraftInput {
  return {
    topic: draft.topic,
    title: { ...draft.title },
    description: { ...draft.description },
    audienceHint: { ...draft.audienceHint },
    lessons: draft.lessons.map((lesson) => ({
      ...(lesson.id ? { id: lesson.id } : {}),
      kind: lesson.kind,
      title: { ...lesson.title },
      ...(lesson.kind === 'text' ? { body: { ...lesson.body } } : { url: lesson.url.trim() }),
      ...(lesson.kind !== 'text' && lesson.kind !== 'link' && lesson.file ? { fileId: lesson.file.id } : {}),
    })),
  };
}

export interface DraftServer {
  load(courseId: string): Promise<AuthoredCourse>;
  save(courseId: string, revision: number, input: CourseDraftInput): Promise<AuthoredCourse>;
}

/**
 * The course editor's draft and its autosave: each edit (re)starts a short wait, after which the
 * draft is saved with the revision it was loaded at. A save that comes too late (someone else
 * saved meanwhile) stops the autosave and says who saved; the author reloads. A refused or failed
 * save says why and can be retried; edits made while a save runs are saved after it.
 */
export function useCourseDraft(courseId: () => string, server: DraftServer, delayMs = AUTOSAVE_DELAY_MS) {
  const course = shallowRef<AuthoredCourse | null>(null);
  const draft = ref<CourseDraft | null>(null);
  const state = ref<SaveState>({ kind: 'idle' });
  const loadError = ref<AdalGraphqlError | null>(null);
  const loading = ref(false);
  let revision = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  /** An edit came while a save was under way. */
  let again = false;

  function stopTimer(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  async function load(): Promise<void> {
    stopTimer();
    loading.value = true;
    loadError.value = null;
    try {
      const loaded = await server.load(courseId());
      course.value = loaded;
      revision = loaded.revision;
      draft.value = draftOf(loaded);
      state.value = { kind: 'idle' };
    } catch (caught) {
      loadError.value = toAdalError(caught);
    } finally {
      loading.value = false;
    }
  }

  async function saveOnce(): Promise<void> {
    if (!draft.value) return;
    const sent = draft.value.lessons.map((lesson) => lesson.key);
    state.value = { kind: 'saving' };
    try {
      const saved = await server.save(courseId(), revision, draftInput(draft.value));
      revision = saved.revision;
      course.value = saved;
      // New lessons take the ids the server gave them, by their place in what was sent.
      const ids = saved.draft?.lessons.map((lesson) => lesson.id) ?? [];
      for (const lesson of draft.value.lessons) {
        const at = sent.indexOf(lesson.key);
        if (lesson.id === null && at >= 0 && ids[at]) lesson.id = ids[at];
      }
      state.value = again ? { kind: 'pending' } : { kind: 'saved', at: new Date() };
    } catch (caught) {
      const error = toAdalError(caught);
      again = false;
      if (error.code === 'CONFLICT' && error.messageKey === 'training.course.staleDraft') {
        const savedBy = error.params['savedBy'];
        state.value = { kind: 'conflict', savedBy: typeof savedBy === 'string' ? savedBy : '', error };
      } else {
        state.value = { kind: 'failed', error };
      }
    }
  }

  /** Saves until what is saved is what the author has: edits made during a save go in the next. */
  async function saveLoop(): Promise<void> {
    do {
      again = false;
      await saveOnce();
    } while (again && state.value.kind === 'pending');
  }

  /** Saves now (a retry, or before publishing); joins a save already under way. */
  async function saveNow(): Promise<boolean> {
    stopTimer();
    if (state.value.kind === 'conflict') return false;
    if (running) {
      again = true;
      await running;
    } else {
      running = saveLoop();
      try {
        await running;
      } finally {
        running = null;
      }
    }
    return state.value.kind === 'saved';
  }

  /** Something was typed or changed: save once the author pauses. */
  function edited(): void {
    if (state.value.kind === 'conflict') return;
    stopTimer();
    if (running) {
      again = true;
      return;
    }
    state.value = { kind: 'pending' };
    timer = setTimeout(() => void saveNow(), delayMs);
  }

  const unsaved = computed(() => ['pending', 'saving', 'failed'].includes(state.value.kind));

  onBeforeUnmount(stopTimer);

  return { course, draft, state, loading, loadError, unsaved, load, edited, saveNow };
}
