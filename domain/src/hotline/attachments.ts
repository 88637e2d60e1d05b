import { ValidationError } from '../kernel/errors.js';

/** Issue 4 §1: attachments are limited in size, number and type. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;
const MAX_FILE_NAME = 200;

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

/** The last path segment, without control characters, at most 200 characters. */
function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean.length > 0 ? clean : 'attachment').slice(-MAX_FILE_NAME);
}

function refuse(file: string, reason: AttachmentProblem, message: string): ValidationError {
  return ValidationError.because(message, { file, reason });
}

/**
 * Checks a submission's files before anything is written: at most 5, each at most 5 MB,
 * each a PDF, image, DOCX, XLSX or text file. The first problem refuses the whole submission.
 */
export function checkAttachments(files: readonly AttachmentInput[] | undefined): CheckedAttachment[] {
  const list = files ?? [];
  if (list.length > MAX_ATTACHMENTS) {
    throw refuse(
      cleanFileName(list[MAX_ATTACHMENTS]?.fileName ?? ''),
      'count',
      `Attach at most ${MAX_ATTACHMENTS} files at a time`,
    );
  }
  return list.map((file) => {
    const fileName = cleanFileName(file.fileName);
    const data = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength);
    if (data.length > MAX_ATTACHMENT_BYTES) {
      throw refuse(fileName, 'too_large', `${fileName} is larger than 5 MB; attach a smaller file`);
    }
    const contentType = data.length > 0 ? detectAttachmentType(fileName, data) : null;
    if (!contentType) {
      throw refuse(fileName, 'type', `${fileName} is not a PDF, PNG, JPEG, DOCX, XLSX or text file`);
    }
    return { fileName, contentType, data };
  });
}
