import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Course } from './course.entity.js';

/** How many questions a test draws at random from one pool. */
export interface PoolDraw {
  poolId: string;
  count: number;
}

/** §5.3, §35.3: the pass mark is at least 60 % of 100 %. */
export const DEFAULT_PASS_MARK = 60;

/** A course's final test. Attempts record the course version and the pass mark they were taken under. */
export const CourseTest = defineEntity({
  name: 'CourseTest',
  tableName: 'course_test',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    course: () => p.manyToOne(Course).unique(),
    draws: p.json<PoolDraw[]>(),
    shuffle: p.boolean().default(true),
    /** Null: no time limit. */
    timeLimitMinutes: p.integer().nullable(),
    maxAttempts: p.integer().default(3),
    passMark: p.integer().default(DEFAULT_PASS_MARK),
    /** Whether a person sees which answers were wrong once the attempt is submitted. */
    reviewAllowed: p.boolean().default(true),
    /** §35.4: whether every lesson of the course must be done before an attempt starts. */
    lessonsRequiredBeforeTest: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  filters: tenantFilter,
});

export type ICourseTest = InferEntity<typeof CourseTest>;
