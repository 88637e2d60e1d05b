import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import type { PoolDraw } from './course-test.entity.js';

/**
 * §34, §68: basic topics (ethics, hotline, anti-corruption, conflicts of interest incl.
 * gifts and hospitality, sponsorship) and risk-based ones (procurement, HR, middle managers).
 */
export const COURSE_TOPICS = [
  'general',
  'conflict_of_interest',
  'gifts',
  'procurement',
  'hr',
  'middle_managers',
  'hotline',
  'code_of_ethics',
  'sponsorship_charity',
  'induction',
] as const;
export type CourseTopic = (typeof COURSE_TOPICS)[number];

/** §35.4: a lesson is rich text, a file, a video or an external link (U4, Basel Institute…). */
export const LESSON_KINDS = ['text', 'file', 'video', 'link'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

export interface Lesson {
  id: string;
  kind: LessonKind;
  title: LocalizedText;
  /** Sanitised HTML for `text`; absent for the other kinds. */
  body?: LocalizedText;
  /** The file, video or page for `file`, `video` and `link`. */
  url?: string;
  /** A file uploaded for a `file` or `video` lesson (instead of an address). */
  file?: LessonFileRef;
}

/** A lesson's uploaded file as the lesson names it; the bytes are a LessonFile's. */
export interface LessonFileRef {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
}

/** The course's texts as a version holds them: the draft's are published with it (§35.4). */
export interface CourseDetails {
  topic: CourseTopic;
  title: LocalizedText;
  description: LocalizedText;
  /** Whom the course is for, in a sentence; empty texts when the author gave none. */
  audienceHint: LocalizedText;
}

/**
 * The final test as it stood when a version was published: people who started on the version
 * draw their questions and are marked under these settings even after the test changes.
 */
export interface TestSnapshot {
  draws: PoolDraw[];
  shuffle: boolean;
  timeLimitMinutes: number | null;
  maxAttempts: number;
  passMark: number;
  reviewAllowed: boolean;
}

/**
 * A course: its identity, topic and names. Its content (lessons) lives in versions, so that
 * editing a published course never changes what finished attempts took.
 */
export const Course = defineEntity({
  name: 'Course',
  tableName: 'course',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    topic: p.enum(COURSE_TOPICS),
    title: p.json<LocalizedText>(),
    description: p.json<LocalizedText>(),
    /** Whom the course is for, as the published version says; null before the first publication. */
    audienceHint: p.json<LocalizedText>().nullable(),
    /**
     * Counts the saves of the draft (and publications): a save names the revision it was made on,
     * and one made on an older revision is refused, so two authors never overwrite each other.
     */
    revision: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  filters: tenantFilter,
});

export type ICourse = InferEntity<typeof Course>;

export const COURSE_VERSION_STATUSES = ['draft', 'published', 'retired'] as const;
export type CourseVersionStatus = (typeof COURSE_VERSION_STATUSES)[number];

/** One numbered edition of a course's content; at most one is published at a time. */
export const CourseVersion = defineEntity({
  name: 'CourseVersion',
  tableName: 'course_version',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    course: () => p.manyToOne(Course),
    number: p.integer(),
    status: p.enum(COURSE_VERSION_STATUSES).default('draft'),
    lessons: p.json<Lesson[]>(),
    /** The course's texts in this version; null on versions made before drafts held them. */
    details: p.json<CourseDetails>().nullable(),
    /** The test's settings when this version was published; null for drafts. */
    test: p.json<TestSnapshot>().nullable(),
    publishedAt: p.datetime().nullable(),
    /** Who saved the draft last and when: named to an author whose save came too late. */
    savedBy: () => p.manyToOne(Person).nullable(),
    savedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['course', 'number'] }],
  filters: tenantFilter,
});

export type ICourseVersion = InferEntity<typeof CourseVersion>;
