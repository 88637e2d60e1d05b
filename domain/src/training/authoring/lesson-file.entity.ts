import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { Course } from './course.entity.js';

/**
 * §35.4: a file an author uploaded for a lesson (a PDF, a Word or PowerPoint document, a video),
 * kept in the database with the type detected from its bytes. Versions refer to it by id, so a
 * file stays for the versions that show it.
 */
export const LessonFile = defineEntity({
  name: 'LessonFile',
  tableName: 'lesson_file',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    course: () => p.manyToOne(Course),
    fileName: p.string().length(255),
    contentType: p.string().length(100),
    sizeBytes: p.integer(),
    data: p.blob().lazy(),
    uploadedBy: () => p.manyToOne(Person).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  filters: tenantFilter,
});

export type ILessonFile = InferEntity<typeof LessonFile>;
