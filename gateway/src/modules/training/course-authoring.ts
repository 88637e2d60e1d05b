import {
  COURSE_VERSION_STATUSES,
  TRAINING_MANAGERS,
  createCourse,
  editCourseContent,
  publishCourse,
  type ICourseVersion,
  type LessonInput,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { CourseRef, CourseTopicEnum, LessonKindEnum, LessonRef } from './course.js';
import { LocalizedTextInput, toLocalizedInput } from './localized-input.js';

const CourseVersionStatusEnum = builder.enumType('CourseVersionStatus', {
  description: 'A draft is edited; the published version is taught; a retired one stays for past attempts.',
  values: COURSE_VERSION_STATUSES,
});

const CourseVersionRef = builder.objectRef<ICourseVersion>('CourseVersion');

builder.objectType(CourseVersionRef, {
  description: "A version of a course's lessons; attempts keep pointing at the version they took.",
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeInt('number'),
    status: t.field({ type: CourseVersionStatusEnum, resolve: (version) => version.status }),
    publishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (version) => version.publishedAt ?? null,
    }),
    course: t.field({ type: CourseRef, resolve: (version) => version.course.id }),
    lessons: t.field({ type: [LessonRef], resolve: (version) => version.lessons }),
  }),
});

const LessonAuthoringInput = builder.inputType('LessonAuthoringInput', {
  description:
    'Text lessons carry a body (HTML, sanitized when stored: scripts, event handlers and unsafe links are removed, the ' +
    'formatting kept); files, videos and links carry an http(s) address (§35.4).',
  fields: (t) => ({
    kind: t.field({ type: LessonKindEnum, required: true }),
    title: t.field({ type: LocalizedTextInput, required: true }),
    body: t.field({ type: LocalizedTextInput }),
    url: t.string(),
  }),
});

type LessonArg = typeof LessonAuthoringInput.$inferInput;

function toLesson(lesson: LessonArg): LessonInput {
  return {
    kind: lesson.kind,
    title: toLocalizedInput(lesson.title),
    ...(lesson.body ? { body: toLocalizedInput(lesson.body) } : {}),
    ...(lesson.url ? { url: lesson.url } : {}),
  };
}

const CreateTrainingCourseInput = builder.inputType('CreateTrainingCourseInput', {
  fields: (t) => ({
    topic: t.field({ type: CourseTopicEnum, required: true }),
    title: t.field({ type: LocalizedTextInput, required: true }),
    description: t.field({ type: LocalizedTextInput, required: true }),
    lessons: t.field({ type: [LessonAuthoringInput], required: true }),
  }),
});

builder.mutationField('createTrainingCourse', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: CourseVersionRef,
    description: 'Creates a course with its first version, a draft to publish when ready.',
    args: { input: t.arg({ type: CreateTrainingCourseInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { version } = await context.em.transactional((em) =>
        createCourse(em, context.actor, {
          topic: input.topic,
          title: toLocalizedInput(input.title),
          description: toLocalizedInput(input.description),
          lessons: input.lessons.map(toLesson),
        }),
      );
      return version;
    },
  }),
);

builder.mutationField('editTrainingCourse', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: CourseVersionRef,
    description:
      "Replaces a course's lessons: a draft is edited in place; a published course gets a new draft version, " +
      'so finished attempts keep the version they took.',
    args: {
      courseId: t.arg.id({ required: true }),
      lessons: t.arg({ type: [LessonAuthoringInput], required: true }),
    },
    resolve: (_root, { courseId, lessons }, context) =>
      context.em.transactional((em) =>
        editCourseContent(em, context.actor, { courseId: String(courseId), lessons: lessons.map(toLesson) }),
      ),
  }),
);

builder.mutationField('publishTrainingCourse', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: CourseVersionRef,
    description:
      'Publishes the latest draft and retires the version published before; CONFLICT without a draft.',
    args: { courseId: t.arg.id({ required: true }) },
    resolve: (_root, { courseId }, context) =>
      context.em.transactional((em) => publishCourse(em, context.actor, { courseId: String(courseId) })),
  }),
);
