import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { isUuid } from '../../org/org-queries.js';
import { LessonFile } from './lesson-file.entity.js';
import { newId } from '../../kernel/ids.js';
import { Person } from '../../org/person.entity.js';
import {
  COURSE_TOPICS,
  Course,
  CourseVersion,
  LESSON_KINDS,
  type CourseDetails,
  type CourseTopic,
  type ICourse,
  type ICourseVersion,
  type LessonFileRef,
} from './course.entity.js';
import {
  detailsOf,
  draftText,
  getCourse,
  getCourseForChange,
  sanitizedLessons,
  toLessons,
  type LessonInput,
} from './courses.js';
import type { LocalizedInput } from '../localized-input.js';
import { requireTrainingManager } from '../training-roles.js';

/** At most this many lessons in a course: a course is taken in one sitting or a few (§35.4). */
export const MAX_LESSONS = 100;
/** A title or a hint, in characters. */
export const MAX_SHORT_TEXT = 500;
/** A description or a lesson body, in characters (HTML). */
export const MAX_LONG_TEXT = 200_000;

export interface CourseDraftInput {
  topic: CourseTopic;
  title: LocalizedInput;
  description: LocalizedInput;
  audienceHint: LocalizedInput;
  lessons: readonly LessonInput[];
}

function checkLength(text: LocalizedInput | undefined, max: number, field: string): void {
  for (const value of [text?.kk, text?.ru, text?.en]) {
    if (value && value.length > max)
      throw ValidationError.because('training.course.textTooLong', { field, max });
  }
}

/**
 * A draft may be incomplete — it is saved as the author types — so only what can never become
 * right is refused: an unknown topic or kind, an address that is not http(s), oversized texts.
 * What is missing (a title, a body) is refused when the course is published.
 */
function checkDraft(input: CourseDraftInput): void {
  if (!COURSE_TOPICS.includes(input.topic)) {
    throw ValidationError.because('training.course.topicUnknown', { field: 'topic' });
  }
  checkLength(input.title, MAX_SHORT_TEXT, 'title');
  checkLength(input.audienceHint, MAX_SHORT_TEXT, 'audienceHint');
  checkLength(input.description, MAX_LONG_TEXT, 'description');
  if (input.lessons.length > MAX_LESSONS) {
    throw ValidationError.because('training.course.tooManyLessons', { field: 'lessons', max: MAX_LESSONS });
  }
  input.lessons.forEach((lesson, i) => {
    const field = `lessons.${i}`;
    if (!LESSON_KINDS.includes(lesson.kind)) {
      throw ValidationError.because('training.course.lessonKindUnknown', { field, lesson: i + 1 });
    }
    checkLength(lesson.title, MAX_SHORT_TEXT, `${field}.title`);
    checkLength(lesson.body, MAX_LONG_TEXT, `${field}.body`);
    const url = lesson.url?.trim() ?? '';
    if (lesson.kind !== 'text' && url !== '' && !/^https?:\/\/\S+$/.test(url)) {
      throw ValidationError.because('training.course.lessonUrlRequired', {
        field: `${field}.url`,
        lesson: i + 1,
        kind: lesson.kind,
      });
    }
  });
}

/** The draft as the author sent it: texts trimmed, bodies sanitized, incomplete parts kept. */
function draftLessons(lessons: readonly LessonInput[]): LessonInput[] {
  return sanitizedLessons(
    lessons.map((lesson) => ({
      ...lesson,
      ...(lesson.url === undefined ? {} : { url: lesson.url.trim() }),
    })),
  );
}

/** The uploaded files the lessons name, each of this course; an unknown one is refused. */
async function lessonFiles(
  em: EntityManager,
  courseId: string,
  lessons: readonly LessonInput[],
): Promise<Map<string, LessonFileRef>> {
  const ids = [...new Set(lessons.flatMap((lesson) => (lesson.fileId ? [lesson.fileId] : [])))];
  if (ids.length === 0) return new Map();
  const files = await em.find(LessonFile, { id: { $in: ids.filter(isUuid) }, course: courseId });
  const missing = ids.find((id) => !files.some((file) => file.id === id));
  if (missing !== undefined) throw NotFoundError.forId('LessonFile', missing);
  return new Map(
    files.map((file) => [
      file.id,
      { id: file.id, name: file.fileName, contentType: file.contentType, sizeBytes: file.sizeBytes },
    ]),
  );
}

export interface SavedDraft {
  course: ICourse;
  version: ICourseVersion;
}

/**
 * Saves the course's draft: its texts and its lessons. The save names the revision the author
 * started from; when someone saved or published in the meantime the save is refused
 * (`training.course.staleDraft`, naming who saved) and nothing changes, so that two authors
 * never overwrite each other silently. A published course gets a new draft version: people
 * who started on the published one keep it (§35.4).
 */
export async function saveCourseDraft(
  em: EntityManager,
  actor: Actor,
  input: { courseId: string; revision: number; draft: CourseDraftInput },
  now: Date = new Date(),
): Promise<SavedDraft> {
  requireTrainingManager(actor, 'edit courses');
  const found = await getCourseForChange(em, actor, input.courseId);
  // Read again now that the row is ours: the revision another save committed meanwhile counts.
  const course = await em.findOneOrFail(Course, { id: found.id }, { refresh: true });
  const latest = await em.findOne(
    CourseVersion,
    { course: course.id },
    { orderBy: { number: 'desc' }, populate: ['savedBy'], refresh: true },
  );
  if (input.revision !== course.revision) {
    throw ConflictError.because('training.course.staleDraft', {
      field: 'revision',
      savedBy: latest?.savedBy?.fullName ?? '—',
      savedAt: latest?.savedAt?.toISOString() ?? '',
      revision: course.revision,
    });
  }
  checkDraft(input.draft);
  const details: CourseDetails = {
    topic: input.draft.topic,
    title: draftText(input.draft.title),
    description: draftText(input.draft.description),
    audienceHint: draftText(input.draft.audienceHint),
  };
  const lessons = toLessons(
    draftLessons(input.draft.lessons),
    draftText,
    await lessonFiles(em, course.id, input.draft.lessons),
  );
  let version: ICourseVersion;
  if (latest && latest.status === 'draft') {
    version = latest;
    version.lessons = lessons;
    version.details = details;
  } else {
    version = em.create(CourseVersion, {
      id: newId(),
      organization: actor.organizationId,
      course,
      number: (latest?.number ?? 0) + 1,
      status: 'draft',
      lessons,
      details,
      test: null,
      publishedAt: null,
    });
  }
  version.savedBy = em.getReference(Person, actor.personId);
  version.savedAt = now;
  course.revision += 1;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.course_draft_saved',
    entityType: 'Course',
    entityId: course.id,
    data: { version: version.number, revision: course.revision, lessons: lessons.length },
  });
  return { course, version };
}

/** A course as its authors see it in the list. */
export interface AuthoredCourse {
  course: ICourse;
  /** The texts the authors work on: the draft's, else the published version's. */
  details: CourseDetails;
  /** The version taught now, or null before the first publication. */
  published: ICourseVersion | null;
  /** The draft being edited, or null when the latest version is published. */
  draft: ICourseVersion | null;
  /** When the course or its draft last changed. */
  changedAt: Date;
}

function authored(course: ICourse, versions: readonly ICourseVersion[]): AuthoredCourse {
  const published = versions.find((version) => version.status === 'published') ?? null;
  const draft = versions.find((version) => version.status === 'draft') ?? null;
  const times = versions.map((version) =>
    (version.savedAt ?? version.publishedAt ?? version.createdAt).getTime(),
  );
  return {
    course,
    details: draft?.details ?? published?.details ?? detailsOf(course),
    published,
    draft,
    changedAt: new Date(Math.max(course.createdAt.getTime(), ...times)),
  };
}

const SEARCH_MAX = 100;

/** The organisation's courses for their authors, last changed first; `search` matches a title in any language. */
export async function listAuthoredCourses(
  em: EntityManager,
  actor: Actor,
  options: { search?: string | null } = {},
): Promise<AuthoredCourse[]> {
  requireTrainingManager(actor, 'edit courses');
  const courses = await em.find(Course, { organization: actor.organizationId });
  const versions = await em.find(CourseVersion, {
    course: { $in: courses.map((course) => course.id) },
    status: { $in: ['draft', 'published'] },
  });
  const needle = (options.search ?? '').trim().slice(0, SEARCH_MAX).toLocaleLowerCase('ru');
  return courses
    .map((course) =>
      authored(
        course,
        versions.filter((version) => version.course.id === course.id),
      ),
    )
    .filter(
      ({ details, course }) =>
        needle === '' ||
        [...Object.values(details.title), ...Object.values(course.title)].some((title) =>
          title.toLocaleLowerCase('ru').includes(needle),
        ),
    )
    .sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime());
}

/** One course for its authors: its draft, the version taught and every version, newest first. */
export async function getAuthoredCourse(
  em: EntityManager,
  actor: Actor,
  courseId: string,
): Promise<AuthoredCourse & { versions: ICourseVersion[] }> {
  requireTrainingManager(actor, 'edit courses');
  const course = await getCourse(em, actor, courseId);
  const versions = await em.find(
    CourseVersion,
    { course: course.id },
    { orderBy: { number: 'desc' }, populate: ['savedBy'] },
  );
  return { ...authored(course, versions), versions };
}
