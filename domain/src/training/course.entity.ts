import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../kernel/ids.js';
import type { LocalizedText } from '../kernel/locale.js';
import { tenantFilter } from '../database/tenant-filter.js';
import { Organization } from '../org/organization.entity.js';

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
    publishedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['course', 'number'] }],
  filters: tenantFilter,
});

export type ICourseVersion = InferEntity<typeof CourseVersion>;
