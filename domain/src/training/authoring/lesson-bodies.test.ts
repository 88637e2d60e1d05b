import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../kernel/errors.js';
import type { Actor } from '../../kernel/actor.js';
import type { TestDatabase } from '../../testing/index.js';
import { CourseVersion } from './course.entity.js';
import { createCourse, editCourseContent, type LessonInput } from './courses.js';
import { createTrainingDatabase, type TrainingDatabase } from '../training-fixtures.js';

let db: TestDatabase;
let manager: Actor;
let inTx: TrainingDatabase['inTx'];

beforeAll(async () => {
  ({ db, manager, inTx } = await createTrainingDatabase());
});

afterAll(async () => {
  await db?.drop();
});

const title = { kk: 'Сабақ', ru: 'Урок', en: 'Lesson' };

function textLesson(body: LessonInput['body']): LessonInput {
  return { kind: 'text', title, ...(body ? { body } : {}) };
}

async function createWith(lessons: LessonInput[]): Promise<string> {
  const { course } = await inTx((em) =>
    createCourse(em, manager, { topic: 'general', title, description: title, lessons }),
  );
  return course.id;
}

async function storedBodies(courseId: string): Promise<string[]> {
  const version = await db.orm.em
    .fork()
    .findOneOrFail(CourseVersion, { course: courseId }, { orderBy: { number: 'desc' } });
  return version.lessons.flatMap((lesson) =>
    lesson.body ? [lesson.body.kk, lesson.body.ru, lesson.body.en] : [],
  );
}

const HOSTILE =
  '<h2>Сыйлықтар</h2><p>Ереже <strong>маңызды</strong>.</p><script>alert(1)</script>' +
  '<img src=x onerror=alert(1)><a href="javascript:alert(1)">басу</a><ul><li>бір</li></ul>';

describe('lesson bodies are stored as sanitized rich text', () => {
  it('keeps the formatting and drops the script and the onerror attribute when a course is created', async () => {
    const courseId = await createWith([textLesson({ kk: HOSTILE, ru: HOSTILE, en: HOSTILE })]);
    for (const body of await storedBodies(courseId)) {
      expect(body).toBe(
        '<h2>Сыйлықтар</h2><p>Ереже <strong>маңызды</strong>.</p><a target="_blank" rel="noopener noreferrer">басу</a><ul><li>бір</li></ul>',
      );
      expect(body).not.toMatch(/script|onerror|alert|javascript/i);
    }
  });

  it('sanitizes an edited body the same way', async () => {
    const courseId = await createWith([textLesson({ kk: '<p>Бастапқы</p>', ru: '<p>Исходный</p>' })]);
    await inTx((em) =>
      editCourseContent(em, manager, {
        courseId,
        lessons: [textLesson({ kk: HOSTILE, ru: `<p onclick="steal()">Текст</p>${HOSTILE}` })],
      }),
    );
    const [kk, ru] = await storedBodies(courseId);
    expect(kk).not.toMatch(/<script|onerror/i);
    expect(ru).toMatch(/^<p>Текст<\/p><h2>/);
    expect(ru).not.toMatch(/onclick|<script|onerror/i);
  });

  it('turns a body typed without markup into paragraphs and line breaks, its characters escaped', async () => {
    const courseId = await createWith([
      textLesson({ kk: 'Бірінші жол\nекінші жол\n\nЖаңа абзац: 1 < 2', ru: 'Один абзац' }),
    ]);
    const [kk, ru] = await storedBodies(courseId);
    expect(kk).toBe('<p>Бірінші жол<br />екінші жол</p><p>Жаңа абзац: 1 &lt; 2</p>');
    expect(ru).toBe('<p>Один абзац</p>');
  });

  it('refuses a body that holds nothing readable once the script is removed, and stores nothing', async () => {
    const before = await db.orm.em.fork().count(CourseVersion);
    await expect(
      createWith([textLesson({ kk: '<script>alert(1)</script>', ru: '<img src=x onerror=alert(1)>' })]),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.orm.em.fork().count(CourseVersion)).toBe(before);
  });
});
