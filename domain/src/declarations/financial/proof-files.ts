import type { EntityManager } from '@mikro-orm/postgresql';
import { detectAttachmentType, safeFileName } from '../../hotline/intake/attachments.js';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { Person } from '../../org/person.entity.js';
import { DeclarationProofFile, type IDeclarationProofFile } from './proof-file.entity.js';

/** A proof is a scan or a photo of a receipt: 5 MB holds a multi-page PDF scan. */
export const MAX_PROOF_BYTES = 5 * 1024 * 1024;

/** The types a proof may be: a scan or a photo of the receipt. */
const PROOF_TYPES: ReadonlySet<string> = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/** PDF, JPEG or PNG judged by the bytes (the hotline's detector), whatever the browser said; null otherwise. */
function detectProofType(file: ProofUpload): string | null {
  const type = detectAttachmentType(file.fileName, Buffer.from(file.data));
  return type && PROOF_TYPES.has(type) ? type : null;
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
  const contentType = detectProofType(file);
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
