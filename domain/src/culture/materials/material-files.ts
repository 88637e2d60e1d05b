import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { readableFileName } from '../../hotline/intake/attachments.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { Person } from '../../org/person.entity.js';
import { CULTURE_PLANNERS } from '../culture-roles.js';
import { findCultureMaterial, lockedMaterial } from './materials.js';
import { materialView, type MaterialView } from './material-view.js';
import { CultureMaterialFile } from './material.entity.js';

/**
 * The largest file kept: the gateway reads an upload body of at most 30 MB, and 25 MB holds a
 * booklet's or a presentation's PDF and a few minutes of video; a longer video is linked instead
 * (§35.4, as the training chapter's lesson files).
 */
export const MAX_MATERIAL_FILE_BYTES = 25 * 1024 * 1024;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const WEBM = [0x1a, 0x45, 0xdf, 0xa3];
const FTYP = [0x66, 0x74, 0x79, 0x70];

export const MATERIAL_FILE_TYPES = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  mp4: 'video/mp4',
  webm: 'video/webm',
  jpg: 'image/jpeg',
  png: 'image/png',
} as const;

function startsWith(data: Uint8Array, magic: readonly number[], at = 0): boolean {
  return data.length >= at + magic.length && magic.every((byte, i) => data[at + i] === byte);
}

/**
 * The type of a material's file judged by its bytes, whatever the browser said: PDF, PPTX (a ZIP
 * container, told by its extension), MP4 and WebM video, JPEG and PNG. Null for anything else.
 */
export function detectMaterialFileType(fileName: string, data: Uint8Array): string | null {
  if (startsWith(data, PDF)) return MATERIAL_FILE_TYPES.pdf;
  if (startsWith(data, PNG)) return MATERIAL_FILE_TYPES.png;
  if (startsWith(data, JPEG)) return MATERIAL_FILE_TYPES.jpg;
  if (startsWith(data, WEBM)) return MATERIAL_FILE_TYPES.webm;
  if (startsWith(data, FTYP, 4)) return MATERIAL_FILE_TYPES.mp4;
  if (startsWith(data, ZIP) && fileName.toLowerCase().endsWith('.pptx')) return MATERIAL_FILE_TYPES.pptx;
  return null;
}

const EXTENSIONS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MATERIAL_FILE_TYPES).map(([extension, type]) => [type, extension]),
);

/** The name the file is served under: readable, ending in the extension of its detected type. */
function storedName(fileName: string, contentType: string): string {
  const stem = readableFileName(fileName).replace(/\.[A-Za-z0-9]{1,10}$/, '') || 'material';
  return `${stem.slice(0, 200)}.${EXTENSIONS[contentType] ?? 'bin'}`;
}

export interface MaterialUpload {
  fileName: string;
  data: Uint8Array;
}

/** Refuses a file that is empty, too large or of another type, before anything is written. */
export function checkMaterialFile(file: MaterialUpload): string {
  if (file.data.length === 0 || file.data.length > MAX_MATERIAL_FILE_BYTES)
    throw ValidationError.because('culture.material.fileSize', {
      field: 'file',
      max: MAX_MATERIAL_FILE_BYTES / (1024 * 1024),
    });
  const contentType = detectMaterialFileType(file.fileName, file.data);
  if (!contentType) throw ValidationError.because('culture.material.fileType', { field: 'file' });
  return contentType;
}

/**
 * The planner uploads the material's file, replacing any before it. A material has a file or a
 * link, never both; on a published material the new file is a correction (a new revision).
 */
export async function uploadCultureMaterialFile(
  em: EntityManager,
  actor: Actor,
  id: string,
  file: MaterialUpload,
  now: Date = new Date(),
): Promise<MaterialView> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'upload material files');
  const contentType = checkMaterialFile(file);
  const row = await lockedMaterial(em, actor, id);
  if (row.status === 'withdrawn') throw ConflictError.because('culture.material.withdrawn');
  if (row.linkUrl) throw ValidationError.because('culture.material.fileOrLink', { field: 'file' });
  const me = em.getReference(Person, actor.personId);
  const data = Buffer.from(file.data);
  const existing = await em.findOne(CultureMaterialFile, { material: row.id });
  if (existing) {
    existing.data = data;
    existing.uploadedBy = me;
    existing.uploadedAt = now;
  } else {
    em.create(CultureMaterialFile, {
      id: newId(),
      organization: actor.organizationId,
      material: row,
      data,
      uploadedBy: me,
      uploadedAt: now,
    });
  }
  row.fileName = storedName(file.fileName, contentType);
  row.fileType = contentType;
  row.fileSize = data.length;
  if (row.status === 'published') row.revision += 1;
  row.updatedBy = me;
  row.updatedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_material.file_uploaded',
    entityType: 'CultureMaterial',
    entityId: row.id,
    data: { contentType, sizeBytes: data.length, revision: row.revision },
  });
  await em.flush();
  return materialView(em, actor, row);
}

export interface MaterialFileContent {
  fileName: string;
  contentType: string;
  data: Buffer;
}

/** A material's file for whoever may read the material (its audience, the planners); NOT_FOUND otherwise. */
export async function readCultureMaterialFile(
  em: EntityManager,
  actor: Actor,
  id: string,
): Promise<MaterialFileContent> {
  const material = await findCultureMaterial(em, actor, id);
  const file = material.fileName
    ? await em.findOne(CultureMaterialFile, { material: material.id }, { populate: ['data'] })
    : null;
  if (!file || !material.fileType) throw NotFoundError.forId('CultureMaterialFile', id);
  return { fileName: material.fileName!, contentType: material.fileType, data: Buffer.from(file.data) };
}
