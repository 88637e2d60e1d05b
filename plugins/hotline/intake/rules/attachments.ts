// The server checks every file again (size, count, and the type by its bytes); these checks only
// spare the reporter an upload that would be refused, with the same limits (issue 4 §1).
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_MB = 5;
export const MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024;

const ACCEPTED_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx', 'txt'] as const;

/** For the file input's `accept`: extensions and types, so phones offer documents and photos. */
export const ACCEPT_ATTRIBUTE = [
  ...ACCEPTED_EXTENSIONS.map((extension) => `.${extension}`),
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
].join(',');

export type AttachmentProblem =
  { reason: 'count' } | { reason: 'too_large' | 'type' | 'empty'; file: string };

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function problemWith(file: File): AttachmentProblem | null {
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extensionOf(file.name))) {
    return { reason: 'type', file: file.name };
  }
  if (file.size === 0) return { reason: 'empty', file: file.name };
  if (file.size > MAX_ATTACHMENT_BYTES) return { reason: 'too_large', file: file.name };
  return null;
}

/**
 * Adds the files the reporter picked to those already chosen: each acceptable file is kept,
 * each other one is named with its reason, and files beyond the limit are refused as a whole.
 */
export function addAttachments(
  current: readonly File[],
  picked: readonly File[],
): { files: File[]; problems: AttachmentProblem[] } {
  const files = [...current];
  const problems: AttachmentProblem[] = [];
  let overLimit = false;
  for (const file of picked) {
    const problem = problemWith(file);
    if (problem) problems.push(problem);
    else if (files.length < MAX_ATTACHMENTS) files.push(file);
    else overLimit = true;
  }
  if (overLimit) problems.push({ reason: 'count' });
  return { files, problems };
}
