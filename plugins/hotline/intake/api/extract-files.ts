export interface ExtractedFile {
  file: File;
  /** Where the file sat, in the multipart spec's dotted form: `variables.input.attachments.0`. */
  path: string;
}

/**
 * Splits variables into JSON with `null` where each file was and the list of those files, as the
 * GraphQL multipart request spec wants them (operations + map + one part per file).
 */
export function extractFiles(value: unknown, path: string): { clone: unknown; files: ExtractedFile[] } {
  if (value instanceof File) return { clone: null, files: [{ file: value, path }] };
  if (Array.isArray(value)) {
    const files: ExtractedFile[] = [];
    const clone = value.map((item, index) => {
      const inner = extractFiles(item, `${path}.${index}`);
      files.push(...inner.files);
      return inner.clone;
    });
    return { clone, files };
  }
  if (value !== null && typeof value === 'object') {
    const files: ExtractedFile[] = [];
    const clone: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const inner = extractFiles(item, `${path}.${key}`);
      files.push(...inner.files);
      clone[key] = inner.clone;
    }
    return { clone, files };
  }
  return { clone: value, files: [] };
}
