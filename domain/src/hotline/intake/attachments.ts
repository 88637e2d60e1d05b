import { ValidationError } from '../../kernel/errors.js';
import type { ErrorMessageKey } from '../../kernel/error-messages.js';
import { open, type HotlineKeyring } from '../crypto/keyring.js';
import { AAD } from '../crypto/sealed-fields.js';

/** Issue 4 §1: attachments are limited in size, number and type. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;
/** A name's stem in UTF-8 bytes: with its extension it stays within the 255 bytes file systems allow. */
const MAX_STEM_BYTES = 200;

export interface AttachmentInput {
  fileName: string;
  /** As the client declared it; the stored type is detected from the bytes instead. */
  contentType?: string;
  data: Uint8Array;
}

export interface CheckedAttachment {
  fileName: string;
  contentType: string;
  data: Buffer;
}

export type AttachmentProblem = 'too_large' | 'type' | 'count';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(data: Buffer, magic: readonly number[]): boolean {
  return data.length >= magic.length && magic.every((byte, i) => data[i] === byte);
}

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

function isPlainText(data: Buffer): boolean {
  if (data.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

/**
 * The type of a file judged by its bytes (magic numbers), not by what the browser said:
 * PDF, PNG, JPEG, DOCX and XLSX (ZIP containers, told apart by extension), and plain UTF-8 text.
 */
export function detectAttachmentType(fileName: string, data: Buffer): string | null {
  if (startsWith(data, PDF)) return 'application/pdf';
  if (startsWith(data, PNG)) return 'image/png';
  if (startsWith(data, JPEG)) return 'image/jpeg';
  const ext = extension(fileName);
  if (startsWith(data, ZIP)) {
    if (ext === 'docx') return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (ext === 'xlsx') return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return null;
  }
  if (ext === 'txt' && isPlainText(data)) return 'text/plain; charset=utf-8';
  return null;
}

const EXTENSION_OF_TYPE: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/plain; charset=utf-8': 'txt',
};

// Control and format characters: among them the bidi overrides (U+202E shows "fdp.exe" as
// "exe.pdf") and zero-width ones; also line separators, unassigned, private-use and lone surrogates.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu;
// Path separators and what Windows forbids in a name.
const RESERVED = /[<>:"/\\|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const EXTENSION = /\.[A-Za-z0-9]{1,10}$/;

function withinBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let kept = '';
  for (const char of text) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes) break;
    kept += char;
  }
  return kept;
}

/**
 * A name a person can read and no program misreads: the last path segment, without control,
 * bidi and other invisible characters or characters reserved in paths, without leading dots,
 * spaces collapsed, letters of any script kept.
 */
export function readableFileName(fileName: string): string {
  const base = fileName.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return withinBytes(clean, MAX_STEM_BYTES + 11).trim() || 'attachment';
}

/**
 * The name a file is stored and served under: readable, and ending in the extension of the
 * type detected from its bytes, so that PDF bytes named `evidence.hta` are `evidence.pdf`.
 * Applying it twice changes nothing.
 */
export function safeFileName(fileName: string, contentType: string): string {
  const readable = readableFileName(fileName);
  const extension = EXTENSION_OF_TYPE[contentType] ?? 'bin';
  let stem = withinBytes(readable.replace(EXTENSION, ''), MAX_STEM_BYTES).replace(/[\s.]+$/, '');
  if (WINDOWS_DEVICE.test(stem)) stem = `${stem}_`;
  return `${stem || 'attachment'}.${extension}`;
}

/** A stored file's name, made safe again on the way out: rows written before the rule may still hold it. */
export function openAttachmentName(
  keyring: HotlineKeyring,
  attachment: { id: string; nameSealed: Uint8Array; contentType: string },
): string {
  const stored = open(keyring, attachment.nameSealed, AAD.attachmentName(attachment.id)).toString('utf8');
  return safeFileName(stored, attachment.contentType);
}

const ATTACHMENT_MESSAGES = {
  too_large: 'hotline.attachment.tooLarge',
  type: 'hotline.attachment.type',
  count: 'hotline.attachment.count',
} as const satisfies Record<AttachmentProblem, ErrorMessageKey>;

function refuse(file: string, reason: AttachmentProblem): ValidationError {
  return ValidationError.because(ATTACHMENT_MESSAGES[reason], { file, reason, max: MAX_ATTACHMENTS });
}

/**
 * Checks a submission's files before anything is written: at most 5, each at most 5 MB,
 * each a PDF, image, DOCX, XLSX or text file. The first problem refuses the whole submission.
 */
export function checkAttachments(files: readonly AttachmentInput[] | undefined): CheckedAttachment[] {
  const list = files ?? [];
  if (list.length > MAX_ATTACHMENTS) {
    throw refuse(readableFileName(list[MAX_ATTACHMENTS]?.fileName ?? ''), 'count');
  }
  return list.map((file) => {
    const fileName = readableFileName(file.fileName);
    const data = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength);
    if (data.length > MAX_ATTACHMENT_BYTES) {
      throw refuse(fileName, 'too_large');
    }
    const contentType = data.length > 0 ? detectAttachmentType(fileName, data) : null;
    if (!contentType) {
      throw refuse(fileName, 'type');
    }
    return { fileName: safeFileName(fileName, contentType), contentType, data };
  });
}
