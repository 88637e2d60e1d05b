import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { readableFileName } from '../../hotline/intake/attachments.js';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { getCourseForChange } from './courses.js';
import { requireTrainingManager } from '../training-roles.js';
import { LessonFile, type ILessonFile } from './lesson-file.entity.js';

/** §35.4: the largest lesson file kept in the database (within the gateway's 30 MB upload body); longer videos are linked instead. */
export const MAX_LESSON_FILE_BYTES = 25 * 1024 * 1024;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const WEBM = [0x1a, 0x45, 0xdf, 0xa3];
const FTYP = [0x66, 0x74, 0x79, 0x70];

const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  mp4: 'video/mp4',
  webm: 'video/webm',
} as const;

function startsWith(data: Uint8Array, magic: readonly number[], at = 0): boolean {
  return data.length >= at + magic.length && magic.every((byte, i) => data[at + i] === byte);
}

/**
 * The type of a lesson file judged by its bytes, not by what the browser said: PDF, DOCX and
 * PPTX (ZIP containers, told apart by their extension), MP4 and WebM video. Null otherwise.
 */
export function detectLessonFileType(fileName: string, data: Uint8Array): string | null {
  if (startsWith(data, PDF)) return TYPES.pdf;
  if (startsWith(data, WEBM)) return TYPES.webm;
  if (startsWith(data, FTYP, 4)) return TYPES.mp4;
  if (startsWith(data, ZIP)) {
    const extension = fileName.toLowerCase().split('.').pop();
    if (extension === 'docx') return TYPES.docx;
    if (extension === 'pptx') return TYPES.pptx;
  }
  return null;
}

const EXTENSIONS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(TYPES).map(([extension, type]) => [type, extension]),
);

/** The name the file is served under: readable, ending in the extension of its detected type. */
function storedName(fileName: string, contentType: string): string {
  const stem = readableFileName(fileName).replace(/\.[A-Za-z0-9]{1,10}$/, '') || 'lesson';
  return `${stem.slice(0, 200)}.${EXTENSIONS[contentType] ?? 'bin'}`;
}

/** Keeps a file for a lesson of the course; the draft then names it by id. */
export async function uploadLessonFile(
  em: EntityManager,
  actor: Actor,
  input: { courseId: string; fileName: string; data: Uint8Array },
): Promise<ILessonFile> {
  requireTrainingManager(actor, 'upload lesson files');
  const course = await getCourseForChange(em, actor, input.courseId);
  if (input.data.length === 0 || input.data.length > MAX_LESSON_FILE_BYTES) {
    throw ValidationError.because('training.lessonFile.size', {
      field: 'file',
      max: MAX_LESSON_FILE_BYTES / (1024 * 1024),
    });
  }
  const contentType = detectLessonFileType(input.fileName, input.data);
  if (!contentType) throw ValidationError.because('training.lessonFile.type', { field: 'file' });
  const file = em.create(LessonFile, {
    id: newId(),
    organization: actor.organizationId,
    course,
    fileName: storedName(input.fileName, contentType),
    contentType,
    sizeBytes: input.data.length,
    data: Buffer.from(input.data),
    uploadedBy: em.getReference(Person, actor.personId),
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.lesson_file_uploaded',
    entityType: 'Course',
    entityId: course.id,
    data: { fileId: file.id, contentType, sizeBytes: file.sizeBytes },
  });
  return file;
}

/** A lesson file with its bytes, for anyone of the organisation (learners open their lessons' files). */
export async function readLessonFile(em: EntityManager, actor: Actor, fileId: string): Promise<ILessonFile> {
  const file = isUuid(fileId)
    ? await em.findOne(LessonFile, { id: fileId, organization: actor.organizationId }, { populate: ['data'] })
    : null;
  if (!file) throw NotFoundError.forId('LessonFile', fileId);
  return file;
}
