import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { concurrently, outcomes, type TestDatabase } from '../../testing/index.js';
import { createCourse } from './courses.js';
import { createTrainingDatabase, type TrainingDatabase } from '../training-fixtures.js';
import { saveCourseDraft } from './drafts.js';
import { LessonFile } from './lesson-file.entity.js';
import {
  MAX_LESSON_FILE_BYTES,
  detectLessonFileType,
  readLessonFile,
  uploadLessonFile,
} from './lesson-files.js';

let db: TestDatabase;
let manager: Actor;
let inTx: TrainingDatabase['inTx'];

beforeAll(async () => {
  ({ db, manager, inTx } = await createTrainingDatabase());
});

afterAll(async () => {
  await db?.drop();
});

const text = { kk: 'Файл', ru: 'Файл', en: '' };
const pdf = () => new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...Buffer.from('body')]);
const mp4 = () => new Uint8Array([0, 0, 0, 0x18, ...Buffer.from('ftypmp42'), 1, 2, 3]);
const zip = () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

async function newCourse(): Promise<string> {
  const { course } = await inTx((em) =>
    createCourse(em, manager, { topic: 'general', title: text, lessons: [] }),
  );
  return course.id;
}

describe('lesson file types', () => {
  it('judges the type by the bytes, and ZIP documents by their extension too', () => {
    expect(detectLessonFileType('a.bin', pdf())).toBe('application/pdf');
    expect(detectLessonFileType('clip.mov', mp4())).toBe('video/mp4');
    expect(detectLessonFileType('slides.pptx', zip())).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(detectLessonFileType('rules.docx', zip())).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(detectLessonFileType('archive.zip', zip())).toBeNull();
    expect(detectLessonFileType('page.pdf', new Uint8Array(Buffer.from('<html><script>')))).toBeNull();
  });
});

describe('uploading a lesson file', () => {
  it('keeps the file under a name ending in its detected type, and a draft lesson names it', async () => {
    const courseId = await newCourse();
    const file = await inTx((em) =>
      uploadLessonFile(em, manager, { courseId, fileName: 'Ережелер.exe', data: pdf() }),
    );
    expect(file).toMatchObject({ fileName: 'Ережелер.pdf', contentType: 'application/pdf' });
    const { version } = await inTx((em) =>
      saveCourseDraft(em, manager, {
        courseId,
        revision: 0,
        draft: {
          topic: 'general',
          title: text,
          description: text,
          audienceHint: text,
          lessons: [{ kind: 'file', title: text, fileId: file.id }],
        },
      }),
    );
    expect(version.lessons[0]?.file).toEqual({
      id: file.id,
      name: 'Ережелер.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf().length,
    });
    const read = await readLessonFile(db.orm.em.fork(), { ...manager, roles: ['employee'] }, file.id);
    expect(Buffer.from(read.data).subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      await db.orm.em
        .fork()
        .count(AuditEvent, { action: 'training.lesson_file_uploaded', entityId: courseId }),
    ).toBe(1);
  });

  it('refuses another type, an empty or too large file, next to the file field, and keeps nothing', async () => {
    const courseId = await newCourse();
    const refusal = (data: Uint8Array, fileName = 'x.pdf') =>
      inTx((em) => uploadLessonFile(em, manager, { courseId, fileName, data })).catch((e: unknown) => e);
    const wrongType = await refusal(zip(), 'archive.zip');
    expect(wrongType).toBeInstanceOf(ValidationError);
    expect((wrongType as ValidationError).messageKey).toBe('training.lessonFile.type');
    expect((wrongType as ValidationError).details?.['field']).toBe('file');
    expect(((await refusal(new Uint8Array())) as ValidationError).messageKey).toBe(
      'training.lessonFile.size',
    );
    const big = new Uint8Array(MAX_LESSON_FILE_BYTES + 1);
    big.set(pdf());
    expect(((await refusal(big)) as ValidationError).messageKey).toBe('training.lessonFile.size');
    expect(await db.orm.em.fork().count(LessonFile, { course: courseId })).toBe(0);
  });

  it('refuses a draft naming a file of another course', async () => {
    const courseId = await newCourse();
    const other = await newCourse();
    const file = await inTx((em) =>
      uploadLessonFile(em, manager, { courseId: other, fileName: 'a.pdf', data: pdf() }),
    );
    const error = await inTx((em) =>
      saveCourseDraft(em, manager, {
        courseId,
        revision: 0,
        draft: {
          topic: 'general',
          title: text,
          description: text,
          audienceHint: text,
          lessons: [{ kind: 'file', title: text, fileId: file.id }],
        },
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('keeps every file of uploads fired at once for the same course', async () => {
    const courseId = await newCourse();
    const settled = await concurrently(db.orm, 5, (em, i) =>
      uploadLessonFile(em, manager, { courseId, fileName: `part-${i}.mp4`, data: mp4() }),
    );
    expect(outcomes(settled).rejected).toEqual([]);
    expect(await db.orm.em.fork().count(LessonFile, { course: courseId })).toBe(5);
  });
});
