import {
  COURSE_VERSION_STATUSES,
  TRAINING_MANAGERS,
  createCourse,
  editCourseContent,
  getAuthoredCourse,
  listAuthoredCourses,
  publishCourse,
  saveCourseDraft,
  uploadLessonFile,
  type AuthoredCourse,
  type CourseDetails,
  type ICourseVersion,
  type LessonInput,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { FileScalar } from '../kernel/file.js';
import { CourseRef, CourseTopicEnum, LessonFileRefType, LessonKindEnum, LessonRef } from './course.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { LocalizedTextInput, toLocalizedInput } from './localized-input.js';

const CourseVersionStatusEnum = builder.enumType('CourseVersionStatus', {
  description: 'A draft is edited; the published version is taught; a retired one stays for past attempts.',
  values: COURSE_VERSION_STATUSES,
});

const CourseVersionRef = builder.objectRef<ICourseVersion>('CourseVersion');

const CourseDetailsRef = builder.objectRef<CourseDetails>('CourseDetails');

builder.objectType(CourseDetailsRef, {
  description: "A course's texts as a version holds them; a draft's may be incomplete (empty texts).",
  fields: (t) => ({
    topic: t.field({ type: CourseTopicEnum, resolve: (details) => details.topic }),
    title: t.field({ type: LocalizedTextRef, resolve: (details) => details.title }),
    description: t.field({ type: LocalizedTextRef, resolve: (details) => details.description }),
    audienceHint: t.field({ type: LocalizedTextRef, resolve: (details) => details.audienceHint }),
  }),
});

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
    details: t.field({
      type: CourseDetailsRef,
      nullable: true,
      description: "The course's texts in this version; null on versions made before versions held them.",
      resolve: (version) => version.details ?? null,
    }),
    savedAt: t.field({ type: 'DateTime', nullable: true, resolve: (version) => version.savedAt ?? null }),
    savedByName: t.string({
      nullable: true,
      description: 'Who saved the draft last.',
      resolve: (version) => version.savedBy?.fullName ?? null,
    }),
  }),
});

const COURSE_AUTHORING_STATUSES = ['draft', 'published', 'changed'] as const;

const CourseAuthoringStatusEnum = builder.enumType('CourseAuthoringStatus', {
  description:
    'draft: never published; published: the published version is the latest; changed: published, with a draft of changes.',
  values: COURSE_AUTHORING_STATUSES,
});

type AuthoredCourseView = AuthoredCourse & { versions?: ICourseVersion[] };

const AuthoredCourseRef = builder.objectRef<AuthoredCourseView>('AuthoredCourse');

builder.objectType(AuthoredCourseRef, {
  description: 'A course as its authors see it: its draft, the version taught now and its versions.',
  fields: (t) => ({
    id: t.id({ resolve: (item) => item.course.id }),
    course: t.field({ type: CourseRef, resolve: (item) => item.course.id }),
    revision: t.int({
      description: 'Name it when saving the draft: a save made on an older revision is refused (CONFLICT).',
      resolve: (item) => item.course.revision,
    }),
    status: t.field({
      type: CourseAuthoringStatusEnum,
      resolve: (item) => (!item.published ? 'draft' : item.draft ? 'changed' : 'published'),
    }),
    details: t.field({
      type: CourseDetailsRef,
      description: 'The texts the authors work on: the draft’s, else the published version’s.',
      resolve: (item) => item.details,
    }),
    publishedVersion: t.field({
      type: CourseVersionRef,
      nullable: true,
      resolve: (item) => item.published,
    }),
    draft: t.field({ type: CourseVersionRef, nullable: true, resolve: (item) => item.draft }),
    changedAt: t.field({ type: 'DateTime', resolve: (item) => item.changedAt }),
    versions: t.field({
      type: [CourseVersionRef],
      description: 'Every version, newest first (only on trainingCourse).',
      resolve: (item) => item.versions ?? [],
    }),
  }),
});

builder.queryField('authoredTrainingCourses', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: [AuthoredCourseRef],
    description:
      "The organisation's courses for their authors, last changed first; `search` matches a title.",
    args: { search: t.arg.string() },
    resolve: (_root, { search }, context) =>
      listAuthoredCourses(context.em, context.actor, { search: search ?? null }),
  }),
);

builder.queryField('trainingCourse', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: AuthoredCourseRef,
    description: 'One course for its authors: its draft, the version taught now and every version.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => getAuthoredCourse(context.em, context.actor, String(id)),
  }),
);

const LessonAuthoringInput = builder.inputType('LessonAuthoringInput', {
  description:
    'Text lessons carry a body (HTML, sanitized when stored: scripts, event handlers and unsafe links are removed, the ' +
    'formatting kept); files, videos and links carry an http(s) address (§35.4).',
  fields: (t) => ({
    id: t.id({ description: 'The id of a lesson kept from the draft; absent for a new lesson.' }),
    kind: t.field({ type: LessonKindEnum, required: true }),
    title: t.field({ type: LocalizedTextInput, required: true }),
    body: t.field({ type: LocalizedTextInput }),
    url: t.string(),
    fileId: t.id({ description: 'A file uploaded with uploadLessonFile, for file and video lessons.' }),
  }),
});

type LessonArg = typeof LessonAuthoringInput.$inferInput;

function toLesson(lesson: LessonArg): LessonInput {
  return {
    ...(lesson.id ? { id: String(lesson.id) } : {}),
    kind: lesson.kind,
    title: toLocalizedInput(lesson.title),
    ...(lesson.body ? { body: toLocalizedInput(lesson.body) } : {}),
    ...(lesson.url ? { url: lesson.url } : {}),
    ...(lesson.fileId ? { fileId: String(lesson.fileId) } : {}),
  };
}

const CreateTrainingCourseInput = builder.inputType('CreateTrainingCourseInput', {
  fields: (t) => ({
    topic: t.field({ type: CourseTopicEnum, required: true }),
    title: t.field({ type: LocalizedTextInput, required: true }),
    description: t.field({ type: LocalizedTextInput, description: 'Required before publishing.' }),
    audienceHint: t.field({ type: LocalizedTextInput }),
    lessons: t.field({ type: [LessonAuthoringInput], required: true }),
  }),
});

const CourseDraftInput = builder.inputType('CourseDraftInput', {
  description:
    'The draft as the author has it: texts may be empty and lessons incomplete until publication; bodies are ' +
    'sanitized when stored.',
  fields: (t) => ({
    topic: t.field({ type: CourseTopicEnum, required: true }),
    title: t.field({ type: LocalizedTextInput, required: true }),
    description: t.field({ type: LocalizedTextInput, required: true }),
    audienceHint: t.field({ type: LocalizedTextInput, required: true }),
    lessons: t.field({ type: [LessonAuthoringInput], required: true }),
  }),
});

/** A draft text as typed: empty languages stay empty. */
function draftInput(text: { kk: string; ru: string; en?: string | null }) {
  return { kk: text.kk, ru: text.ru, en: text.en ?? '' };
}

builder.mutationField('saveTrainingCourseDraft', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: AuthoredCourseRef,
    description:
      "Saves the course's draft (a published course gets a new draft version). `revision` is the one the author " +
      'loaded: when someone saved or published since, CONFLICT `training.course.staleDraft` names who, and nothing changes.',
    args: {
      courseId: t.arg.id({ required: true }),
      revision: t.arg.int({ required: true }),
      input: t.arg({ type: CourseDraftInput, required: true }),
    },
    resolve: (_root, { courseId, revision, input }, context) =>
      context.em.transactional(async (em) => {
        await saveCourseDraft(em, context.actor, {
          courseId: String(courseId),
          revision,
          draft: {
            topic: input.topic,
            title: draftInput(input.title),
            description: draftInput(input.description),
            audienceHint: draftInput(input.audienceHint),
            lessons: input.lessons.map((lesson) => ({
              ...toLesson(lesson),
              title: draftInput(lesson.title),
              ...(lesson.body ? { body: draftInput(lesson.body) } : {}),
            })),
          },
        });
        await em.flush();
        return getAuthoredCourse(em, context.actor, String(courseId));
      }),
  }),
);

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
          ...(input.description ? { description: toLocalizedInput(input.description) } : {}),
          ...(input.audienceHint ? { audienceHint: toLocalizedInput(input.audienceHint) } : {}),
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

builder.mutationField('uploadLessonFile', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: LessonFileRefType,
    description:
      'Keeps a file for a lesson of the course (multipart request): a PDF, DOCX or PPTX document or an MP4 or WebM ' +
      'video of at most 25 MB, its type detected from its bytes. Name it in the draft with the lesson’s fileId.',
    args: {
      courseId: t.arg.id({ required: true }),
      file: t.arg({ type: FileScalar, required: true }),
    },
    resolve: async (_root, { courseId, file }, context) => {
      const data = new Uint8Array(await file.arrayBuffer());
      const stored = await context.em.transactional((em) =>
        uploadLessonFile(em, context.actor, { courseId: String(courseId), fileName: file.name, data }),
      );
      return {
        id: stored.id,
        name: stored.fileName,
        contentType: stored.contentType,
        sizeBytes: stored.sizeBytes,
      };
    },
  }),
);
