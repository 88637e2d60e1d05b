import type { AttachmentInput } from '@adal/domain';
import type { GatewayContext } from '../../context.js';
import type { ReporterRequest } from '../../hotline-intake/intake-limits.js';

/**
 * The reporter side of a request. The context sets it for every request made of anonymous
 * hotline operations only (see anonymous-operations.ts), so its absence is a wiring fault.
 */
export function reporterOf(context: GatewayContext): ReporterRequest {
  if (!context.reporter)
    throw new Error('An anonymous hotline field ran in a request that was not classified as one');
  return context.reporter;
}

/** Uploaded files as the domain checks them: name, declared type and bytes (the type is re-detected from the bytes). */
export async function attachmentInputs(
  files: readonly File[] | null | undefined,
): Promise<AttachmentInput[]> {
  return Promise.all(
    (files ?? []).map(async (file) => ({
      fileName: file.name,
      contentType: file.type,
      data: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}
