import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAuditCheckpointLine, type StoredAuditCheckpoint } from './audit-checkpoint.js';
import type { AuditKeyring } from './audit-keyring.js';

const ORGANIZATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `<dir>/<organisation id>.jsonl`: one append-only file of signed checkpoints per organisation. */
export function auditCheckpointFile(dir: string, organizationId: string): string {
  if (!ORGANIZATION_ID.test(organizationId)) throw new Error(`${organizationId} is not an organisation id`);
  return join(dir, `${organizationId}.jsonl`);
}

/** The file's lines in the order they were appended; none when the file does not exist yet. */
export async function readAuditCheckpointLines(dir: string, organizationId: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(auditCheckpointFile(dir, organizationId), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return text.split('\n').filter((line) => line.length > 0);
}

/**
 * Appends one line and waits until it is on disk: the file is evidence, and a checkpoint lost in a
 * crash would leave the events after the previous one vouched for by the key alone. One `write` of
 * a file opened for appending, so lines of concurrent writers never interleave.
 */
export async function appendAuditCheckpointLine(
  dir: string,
  organizationId: string,
  line: string,
): Promise<void> {
  if (line.includes('\n')) throw new Error('A checkpoint is one line');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = await open(auditCheckpointFile(dir, organizationId), 'a', 0o600);
  try {
    await file.write(`${line}\n`);
    await file.sync();
  } finally {
    await file.close();
  }
}

export interface AuditCheckpointFile {
  /** The valid checkpoints, in file order. */
  checkpoints: StoredAuditCheckpoint[];
  /** The first line that is not a checkpoint signed by a configured key, if any (1-based). */
  invalid: { lineNumber: number; reason: string; claimed?: { seq: number; at: Date } } | null;
}

/** The organisation's checkpoints, each checked against its signature. */
export async function readAuditCheckpoints(
  dir: string,
  keyring: AuditKeyring,
  organizationId: string,
): Promise<AuditCheckpointFile> {
  const lines = await readAuditCheckpointLines(dir, organizationId);
  const checkpoints: StoredAuditCheckpoint[] = [];
  let invalid: AuditCheckpointFile['invalid'] = null;
  lines.forEach((line, index) => {
    const parsed = parseAuditCheckpointLine(keyring, organizationId, line);
    if (parsed.valid) checkpoints.push(parsed.checkpoint);
    else
      invalid ??= {
        lineNumber: index + 1,
        reason: parsed.reason,
        ...(parsed.claimed ? { claimed: parsed.claimed } : {}),
      };
  });
  return { checkpoints, invalid };
}
