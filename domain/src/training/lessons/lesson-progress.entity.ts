import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { CourseVersion } from '../authoring/course.entity.js';

/**
 * §35.4: a lesson of a course version a person has done: a file or a link opened, a video
 * started, a text read to its end. One row per person, version and lesson, written once.
 */
export const LessonProgress = defineEntity({
  name: 'LessonProgress',
  tableName: 'lesson_progress',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    courseVersion: () => p.manyToOne(CourseVersion),
    /** The lesson's id within the version's `lessons`. */
    lessonId: p.uuid(),
    doneAt: p.datetime(),
  },
  uniques: [{ properties: ['person', 'courseVersion', 'lessonId'] }],
  filters: tenantFilter,
});

export type ILessonProgress = InferEntity<typeof LessonProgress>;
