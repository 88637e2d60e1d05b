import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { richTextIsEmpty, sanitizeRichText } from '../../kernel/rich-text.js';
import { isUuid } from '../../org/org-queries.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { Person } from '../../org/person.entity.js';
import { CourseTest } from './course-test.entity.js';
import { Question } from '../bank/question.entity.js';
import {
  Course,
  CourseVersion,
  LESSON_KINDS,
  type CourseDetails,
  type TestSnapshot,
  type CourseTopic,
  type ICourse,
  type ICourseVersion,
  type Lesson,
  type LessonFileRef,
  type LessonKind,
} from './course.entity.js';
import { lacksKazakhOrRussian, toLocalizedText, type LocalizedInput } from '../localized-input.js';
import { COMPLETION_READERS, requireTrainingManager } from '../training-roles.js';

export interface LessonInput {
  /** A lesson kept from the draft keeps its id; a new one gets one. */
  id?: string;
  kind: LessonKind;
  title: LocalizedInput;
  body?: LocalizedInput;
  url?: string;
  /** An uploaded file's id, for `file` and `video` lessons. */
  fileId?: string;
}

export interface CreateCourseInput {
  topic: CourseTopic;
  title: LocalizedInput;
  /** Required before the course is published, not to start it. */
  description?: LocalizedInput;
  audienceHint?: LocalizedInput;
  lessons: readonly LessonInput[];
}

/** A text lesson's body in every language, sanitized (scripts, handlers and the like removed). */
function sanitizedBody(body: LocalizedInput | undefined): LocalizedInput | undefined {
  if (!body) return undefined;
  return {
    kk: sanitizeRichText(body.kk ?? ''),
    ru: sanitizeRichText(body.ru ?? ''),
    ...(body.en === undefined ? {} : { en: sanitizeRichText(body.en) }),
  };
}

/**
 * The lessons as they will be stored: bodies sanitized first, so that a body holding nothing but
 * a script counts as missing rather than slipping through as an empty text.
 */
export function sanitizedLessons(lessons: readonly LessonInput[]): LessonInput[] {
  return lessons.map((lesson) => {
    const body = sanitizedBody(lesson.body);
    if (!body) return lesson;
    const readable = (html: string | undefined) => (html && !richTextIsEmpty(html) ? html : '');
    return {
      ...lesson,
      body: { kk: readable(body.kk), ru: readable(body.ru), ...(body.en ? { en: readable(body.en) } : {}) },
    };
  });
}

function hasFile(lesson: LessonInput | Lesson): boolean {
  return ('fileId' in lesson && !!lesson.fileId) || ('file' in lesson && !!lesson.file);
}

/** Refuses the first lesson that is not complete, naming it by its number. */
export function checkLessons(lessons: readonly (LessonInput | Lesson)[]): void {
  lessons.forEach((lesson, i) => {
    const at = { lesson: i + 1, field: `lessons.${i}` };
    if (lacksKazakhOrRussian(lesson.title)) {
      throw ValidationError.because('training.course.lessonTitleRequired', {
        ...at,
        field: `${at.field}.title`,
      });
    }
    if (!LESSON_KINDS.includes(lesson.kind))
      throw ValidationError.because('training.course.lessonKindUnknown', at);
    if (lesson.kind === 'text' && lacksKazakhOrRussian(lesson.body)) {
      throw ValidationError.because('training.course.lessonBodyRequired', {
        ...at,
        field: `${at.field}.body`,
      });
    }
    const uploaded = (lesson.kind === 'file' || lesson.kind === 'video') && hasFile(lesson);
    if (lesson.kind !== 'text' && !uploaded && !/^https?:\/\/\S+$/.test(lesson.url ?? '')) {
      throw ValidationError.because('training.course.lessonUrlRequired', {
        ...at,
        field: `${at.field}.url`,
        kind: lesson.kind,
      });
    }
  });
}

/** A text in every language, empty where the author wrote nothing (drafts may be incomplete). */
export function draftText(text: LocalizedInput | undefined): LocalizedText {
  return { kk: text?.kk?.trim() ?? '', ru: text?.ru?.trim() ?? '', en: text?.en?.trim() ?? '' };
}

export function toLessons(
  lessons: readonly LessonInput[],
  text: (input: LocalizedInput) => LocalizedText = toLocalizedText,
  files: ReadonlyMap<string, LessonFileRef> = new Map(),
): ICourseVersion['lessons'] {
  const seen = new Set<string>();
  return lessons.map((lesson) => ({
    // A lesson keeps its id across saves of the draft; a repeated or foreign-looking one is replaced.
    id: lesson.id && isUuid(lesson.id) && !seen.has(lesson.id) ? (seen.add(lesson.id), lesson.id) : newId(),
    kind: lesson.kind,
    title: text(lesson.title),
    ...(lesson.kind === 'text' && lesson.body ? { body: text(lesson.body) } : {}),
    ...(lesson.kind !== 'text' && lesson.url ? { url: lesson.url } : {}),
    ...((lesson.kind === 'file' || lesson.kind === 'video') && lesson.fileId && files.has(lesson.fileId)
      ? { file: files.get(lesson.fileId)! }
      : {}),
  }));
}

/** The organisation's courses, oldest first, for those who follow training (§68). */
export async function listCourses(em: EntityManager, actor: Actor): Promise<ICourse[]> {
  requireAnyRole(actor, COMPLETION_READERS, 'see the courses');
  return em.find(Course, { organization: actor.organizationId }, { orderBy: { createdAt: 'asc' } });
}

export async function getCourse(em: EntityManager, actor: Actor, courseId: string): Promise<ICourse> {
  const course = isUuid(courseId)
    ? await em.findOne(Course, { id: courseId, organization: actor.organizationId })
    : null;
  if (!course) throw NotFoundError.forId('Course', courseId);
  return course;
}

/**
 * The course, locked until the transaction ends: changes of a course, its versions, its test
 * and its assignments take turns, each reading what the previous one committed.
 */
export async function getCourseForChange(
  em: EntityManager,
  actor: Actor,
  courseId: string,
): Promise<ICourse> {
  const course = await getCourse(em, actor, courseId);
  await lockRow(em, Course, course.id);
  return course;
}

/** The version people take now, or null while the course has never been published. */
export async function publishedVersion(em: EntityManager, courseId: string): Promise<ICourseVersion | null> {
  return em.findOne(CourseVersion, { course: courseId, status: 'published' });
}

async function latestVersion(em: EntityManager, courseId: string): Promise<ICourseVersion | null> {
  return em.findOne(CourseVersion, { course: courseId }, { orderBy: { number: 'desc' } });
}

/** Creates a course with its first (draft) version. */
export async function createCourse(
  em: EntityManager,
  actor: Actor,
  input: CreateCourseInput,
): Promise<{ course: ICourse; version: ICourseVersion }> {
  requireTrainingManager(actor, 'create courses');
  if (lacksKazakhOrRussian(input.title)) {
    throw ValidationError.because('training.localizedRequired', { field: 'title', what: 'The title' });
  }
  const lessons = sanitizedLessons(input.lessons);
  checkLessons(lessons);
  const details: CourseDetails = {
    topic: input.topic,
    title: toLocalizedText(input.title),
    description: draftText(input.description),
    audienceHint: draftText(input.audienceHint),
  };
  const course = em.create(Course, {
    id: newId(),
    organization: actor.organizationId,
    topic: input.topic,
    title: details.title,
    description: details.description,
    audienceHint: null,
    revision: 0,
  });
  const version = em.create(CourseVersion, {
    id: newId(),
    organization: actor.organizationId,
    course,
    number: 1,
    status: 'draft',
    lessons: toLessons(lessons),
    details,
    test: null,
    publishedAt: null,
    savedBy: actor.personId,
    savedAt: new Date(),
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.course_created',
    entityType: 'Course',
    entityId: course.id,
    data: { topic: input.topic, title: course.title.ru },
  });
  return { course, version };
}

/**
 * Replaces the course's lessons. A draft is edited in place; once the latest version is
 * published, the edit makes a new draft version, so attempts keep the version they took.
 */
export async function editCourseContent(
  em: EntityManager,
  actor: Actor,
  input: { courseId: string; lessons: readonly LessonInput[] },
): Promise<ICourseVersion> {
  requireTrainingManager(actor, 'edit courses');
  // An edit racing a publication must not change the version just published.
  const course = await getCourseForChange(em, actor, input.courseId);
  const lessons = sanitizedLessons(input.lessons);
  checkLessons(lessons);
  const latest = await latestVersion(em, course.id);
  let version: ICourseVersion;
  if (latest && latest.status === 'draft') {
    latest.lessons = toLessons(lessons);
    version = latest;
  } else {
    version = em.create(CourseVersion, {
      id: newId(),
      organization: actor.organizationId,
      course,
      number: (latest?.number ?? 0) + 1,
      status: 'draft',
      lessons: toLessons(lessons),
      details: latest?.details ?? detailsOf(course),
      test: null,
      publishedAt: null,
    });
  }
  version.savedBy = em.getReference(Person, actor.personId);
  version.savedAt = new Date();
  // An author editing the draft in the browser meanwhile reloads before saving over this.
  course.revision += 1;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.course_edited',
    entityType: 'Course',
    entityId: course.id,
    data: { version: version.number, lessons: input.lessons.length },
  });
  return version;
}

/** The texts of a course published before versions held them. */
export function detailsOf(course: ICourse): CourseDetails {
  return {
    topic: course.topic,
    title: course.title,
    description: course.description,
    audienceHint: course.audienceHint ?? { kk: '', ru: '', en: '' },
  };
}

/** A course is published with a title and a description in Kazakh and Russian (§35.4). */
function checkDetails(details: CourseDetails): void {
  if (lacksKazakhOrRussian(details.title)) {
    throw ValidationError.because('training.localizedRequired', { field: 'title', what: 'The title' });
  }
  if (lacksKazakhOrRussian(details.description)) {
    throw ValidationError.because('training.localizedRequired', {
      field: 'description',
      what: 'The description',
    });
  }
}

/**
 * The test's settings to publish with the version. §5.3, §35.3: a course ends with a test, so a
 * course without one, or whose test would draw no question, is not published.
 */
async function publishableTest(em: EntityManager, courseId: string): Promise<TestSnapshot> {
  const test = await em.findOne(CourseTest, { course: courseId });
  const wanted = test?.draws.reduce((sum, draw) => sum + draw.count, 0) ?? 0;
  if (!test || wanted === 0) throw ValidationError.because('training.course.emptyTest', { field: 'test' });
  for (const draw of test.draws) {
    const holds = await em.count(Question, { pool: draw.poolId, organization: test.organization.id });
    if (holds < draw.count) {
      throw ValidationError.because(
        holds === 0 ? 'training.course.emptyTest' : 'training.course.testPoolTooSmall',
        {
          field: 'test',
          holds,
          count: draw.count,
        },
      );
    }
  }
  return {
    draws: test.draws.map((draw) => ({ ...draw })),
    shuffle: test.shuffle,
    timeLimitMinutes: test.timeLimitMinutes ?? null,
    maxAttempts: test.maxAttempts,
    passMark: test.passMark,
    reviewAllowed: test.reviewAllowed,
  };
}

/** Publishes the latest draft; the previously published version is retired. */
export async function publishCourse(
  em: EntityManager,
  actor: Actor,
  input: { courseId: string },
  now: Date = new Date(),
): Promise<ICourseVersion> {
  requireTrainingManager(actor, 'publish courses');
  const course = await getCourseForChange(em, actor, input.courseId);
  const latest = await latestVersion(em, course.id);
  if (!latest || latest.status !== 'draft') {
    throw ConflictError.because('training.course.noDraft', { courseId: course.id });
  }
  const details = latest.details ?? detailsOf(course);
  checkDetails(details);
  if (latest.lessons.length === 0) {
    throw ValidationError.because('training.course.noLessons', { field: 'lessons' });
  }
  checkLessons(latest.lessons);
  const test = await publishableTest(em, course.id);
  const current = await publishedVersion(em, course.id);
  if (current) current.status = 'retired';
  latest.status = 'published';
  latest.publishedAt = now;
  // A missing English text reads the Russian one once published; the draft kept it empty.
  latest.details = {
    topic: details.topic,
    title: toLocalizedText(details.title),
    description: toLocalizedText(details.description),
    audienceHint: toLocalizedText(details.audienceHint),
  };
  latest.lessons = latest.lessons.map((lesson) => ({
    ...lesson,
    title: toLocalizedText(lesson.title),
    ...(lesson.body ? { body: toLocalizedText(lesson.body) } : {}),
  }));
  latest.test = test;
  // What people see of the course from now on: the texts of the published version.
  course.topic = latest.details.topic;
  course.title = latest.details.title;
  course.description = latest.details.description;
  course.audienceHint = latest.details.audienceHint;
  course.revision += 1;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.course_published',
    entityType: 'Course',
    entityId: course.id,
    data: { version: latest.number },
  });
  return latest;
}
