import type { EntityManager } from '@mikro-orm/postgresql';
import { safeFileName } from '../../hotline/intake/attachments.js';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { Person } from '../../org/person.entity.js';
import { DeclarationProofFile, type IDeclarationProofFile } from './proof-file.entity.js';

/** A proof is a scan or a photo of a receipt: 5 MB holds a multi-page PDF scan. */
export const MAX_PROOF_BYTES = 5 * 1024 * 1024;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return data.length >= magic.length && magic.every((byte, i) => data[i] === byte);
}

/** PDF, JPEG or PNG judged by the bytes, whatever the browser said; null for anything else. */
export function detectProofType(data: Uint8Array): string | null {
  if (startsWith(data, PDF)) return 'application/pdf';
  if (startsWith(data, JPEG)) return 'image/jpeg';
  if (startsWith(data, PNG)) return 'image/png';
  return null;
}

export interface ProofUpload {
  fileName: string;
  data: Uint8Array;
}

/** Refuses a proof that is empty, too large or not a PDF, JPEG or PNG, before anything is written. */
export function checkProof(file: ProofUpload, field = 'file'): string {
  if (file.data.length === 0 || file.data.length > MAX_PROOF_BYTES) {
    throw ValidationError.because('financial.proof.size', { field, max: MAX_PROOF_BYTES / (1024 * 1024) });
  }
  const contentType = detectProofType(file.data);
  if (!contentType) throw ValidationError.because('financial.proof.type', { field });
  return contentType;
}

/** Keeps a checked proof of `personId` (the caller records the audit event of what it proves). */
export function storeProof(
  em: EntityManager,
  actor: Actor,
  personId: string,
  file: ProofUpload,
  contentType: string,
): IDeclarationProofFile {
  return em.create(DeclarationProofFile, {
    id: newId(),
    organization: actor.organizationId,
    person: em.getReference(Person, personId),
    fileName: safeFileName(file.fileName, contentType),
    contentType,
    sizeBytes: file.data.length,
    data: Buffer.from(file.data),
    uploadedBy: em.getReference(Person, actor.personId),
  });
}
