import {
  COMPLETION_READERS,
  listCourses,
  COURSE_TOPICS,
  Course,
  CourseTest,
  LESSON_KINDS,
  lessonVersionsFor,
  type ICourse,
  type ICourseTest,
  type Lesson,
  type LessonFileRef,
} from '@adal/domain';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { byKey } from './by-key.js';

export const CourseTopicEnum = builder.enumType('CourseTopic', {
  description: 'Basic and risk-based training topics (§34, §68).',
  values: COURSE_TOPICS,
});

export const LessonKindEnum = builder.enumType('LessonKind', { values: LESSON_KINDS });

export const LessonRef = builder.objectRef<Lesson>('Lesson');

const LessonFileRefType = builder.objectRef<LessonFileRef>('LessonFile');

builder.objectType(LessonFileRefType, {
  description:
    'A file uploaded for a lesson; downloaded with the Bearer token from /training/lesson-files/<id> by anyone of the organisation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    contentType: t.exposeString('contentType'),
    sizeBytes: t.exposeInt('sizeBytes'),
  }),
});

export { LessonFileRefType };

builder.objectType(LessonRef, {
  description: 'A lesson of a course (§35.4): rich text, a file, a video or an external link.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: LessonKindEnum, resolve: (lesson) => lesson.kind }),
    title: t.field({ type: LocalizedTextRef, resolve: (lesson) => lesson.title }),
    body: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description: 'Sanitised HTML, for text lessons.',
      resolve: (lesson) => lesson.body ?? null,
    }),
    url: t.string({ nullable: true, resolve: (lesson) => lesson.url ?? null }),
    file: t.field({
      type: LessonFileRefType,
      nullable: true,
      description: 'The uploaded file of a file or video lesson, when it has one instead of an address.',
      resolve: (lesson) => lesson.file ?? null,
    }),
  }),
});

const CourseTestRef = builder.objectRef<ICourseTest>('CourseTest');

builder.objectType(CourseTestRef, {
  description: "A course's final test; questions are drawn at random from its pools for each attempt.",
  fields: (t) => ({
    id: t.exposeID('id'),
    passMark: t.float({ description: 'Percent; 60 by default (§5.3).', resolve: (test) => test.passMark }),
    timeLimitMinutes: t.int({ nullable: true, resolve: (test) => test.timeLimitMinutes ?? null }),
    maxAttempts: t.int({ nullable: true, resolve: (test) => test.maxAttempts }),
    questionCount: t.int({ resolve: (test) => test.draws.reduce((sum, draw) => sum + draw.count, 0) }),
    reviewAllowed: t.exposeBoolean('reviewAllowed', {
      description: 'Whether a person sees the right answers and their explanations after submitting.',
    }),
    lessonsRequiredBeforeTest: t.exposeBoolean('lessonsRequiredBeforeTest', {
      description: 'Whether an attempt starts only once every lesson of the course is done.',
    }),
  }),
});

/** Courses by id, in batches; the tenant-filtered manager loads nothing of another organisation. */
export const CourseRef = builder.loadableObjectRef('Course', {
  load: (ids: string[], context: GatewayContext): Promise<ICourse[]> =>
    context.em.find(Course, { id: { $in: ids } }),
  sort: (course) => course.id,
});

builder.objectType(CourseRef, {
  description: 'A course with kk/ru/en texts; lessons are those of the version published now.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.field({ type: LocalizedTextRef, resolve: (course) => course.title }),
    description: t.field({ type: LocalizedTextRef, nullable: true, resolve: (course) => course.description }),
    topic: t.field({ type: CourseTopicEnum, resolve: (course) => course.topic }),
    audienceHint: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description: 'Whom the course is for; null while the author gave none.',
      resolve: (course) =>
        course.audienceHint && Object.values(course.audienceHint).some((text) => text !== '')
          ? course.audienceHint
          : null,
    }),
    lessons: t.loadableList({
      type: LessonRef,
      description:
        'The lessons of the version published now — or, for a person who started the course on an earlier ' +
        'version and has not passed yet, of that version (§35.4).',
      resolve: (course) => course.id,
      load: async (courseIds: string[], context: GatewayContext) => {
        const versions = await lessonVersionsFor(context.em, context.actor?.personId ?? null, courseIds);
        return courseIds.map((id) => versions.get(id)?.lessons ?? []);
      },
    }),
    test: t.loadable({
      type: CourseTestRef,
      nullable: true,
      resolve: (course) => course.id,
      load: async (courseIds: string[], context: GatewayContext) =>
        byKey(
          courseIds,
          await context.em.find(CourseTest, { course: { $in: courseIds } }),
          (test) => test.course.id,
        ),
    }),
  }),
});

builder.queryField('trainingCourses', (t) =>
  t.withAuth({ anyRole: COMPLETION_READERS }).field({
    type: [CourseRef],
    description: "The organisation's courses, for those who follow training (§68).",
    resolve: (_root, _args, context) => listCourses(context.em, context.actor),
  }),
);
