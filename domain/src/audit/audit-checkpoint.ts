import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { AuditKeyring } from './audit-keyring.js';

/**
 * §75: what an organisation's chain held at a moment, kept outside the database. Whoever later
 * deletes the last events and rewinds the head, or rewrites an event and recomputes the chain (even
 * with the key), leaves a chain that no longer reaches `seq` or no longer has `hash` there.
 * `legacyThroughSeq` anchors how many unkeyed events the chain may begin with.
 */
export interface AuditCheckpoint {
  organizationId: string;
  seq: number;
  hash: string;
  legacyThroughSeq: number;
  at: Date;
  /** The audit key that signed the checkpoint. */
  keyId: string;
}

/** A checkpoint as read back, with the signed line it came from (what e-mails carry verbatim). */
export interface StoredAuditCheckpoint extends AuditCheckpoint {
  line: string;
}

const FORMAT = 1;
const HASH = /^[0-9a-f]{64}$/;
// A key of its own for checkpoints, derived from the audit key, so that no checkpoint signature
// can ever be taken for an event's seal or the other way round.
const PURPOSE = 'adal audit checkpoint';

function signingKey(key: Buffer): Buffer {
  return createHmac('sha256', key).update(PURPOSE).digest();
}

function signedContent(c: AuditCheckpoint): string {
  return canonicalJson({
    v: FORMAT,
    organizationId: c.organizationId,
    seq: c.seq,
    hash: c.hash,
    legacyThroughSeq: c.legacyThroughSeq,
    at: c.at.toISOString(),
    keyId: c.keyId,
  });
}

/** One JSON line, signed (HMAC-SHA256) with the current audit key. */
export function signAuditCheckpoint(
  keyring: AuditKeyring,
  checkpoint: Omit<AuditCheckpoint, 'keyId'>,
): string {
  const key = keyring.keys.get(keyring.currentKeyId);
  if (!key) throw new Error(`The current audit key ${keyring.currentKeyId} is missing`);
  const signed = { ...checkpoint, keyId: keyring.currentKeyId };
  const signature = createHmac('sha256', signingKey(key)).update(signedContent(signed)).digest('hex');
  return JSON.stringify({ ...JSON.parse(signedContent(signed)), signature });
}

export type ParsedCheckpointLine =
  | { valid: true; checkpoint: StoredAuditCheckpoint }
  | { valid: false; reason: string; claimed?: { seq: number; at: Date } };

function isCount(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}

/** Reads one line of an organisation's checkpoint file and checks its signature. */
export function parseAuditCheckpointLine(
  keyring: AuditKeyring,
  organizationId: string,
  line: string,
): ParsedCheckpointLine {
  let fields: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(line);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object');
    fields = parsed as Record<string, unknown>;
  } catch {
    return { valid: false, reason: 'is not a JSON object' };
  }
  const { v, seq, hash, legacyThroughSeq, at, keyId, signature } = fields;
  const atDate = typeof at === 'string' ? new Date(at) : new Date(Number.NaN);
  if (
    v !== FORMAT ||
    fields['organizationId'] !== organizationId ||
    !isCount(seq, 1) ||
    typeof hash !== 'string' ||
    !HASH.test(hash) ||
    !isCount(legacyThroughSeq, 0) ||
    Number.isNaN(atDate.getTime()) ||
    typeof keyId !== 'string' ||
    typeof signature !== 'string' ||
    !HASH.test(signature)
  ) {
    return {
      valid: false,
      reason: 'is not a checkpoint of this organisation',
      ...(isCount(seq, 1) && !Number.isNaN(atDate.getTime()) ? { claimed: { seq, at: atDate } } : {}),
    };
  }
  const checkpoint: AuditCheckpoint = { organizationId, seq, hash, legacyThroughSeq, at: atDate, keyId };
  const key = keyring.keys.get(keyId);
  if (!key)
    return {
      valid: false,
      reason: `is signed with audit key ${keyId}, which is not configured`,
      claimed: { seq, at: atDate },
    };
  const expected = createHmac('sha256', signingKey(key)).update(signedContent(checkpoint)).digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    return { valid: false, reason: 'fails its signature', claimed: { seq, at: atDate } };
  }
  return { valid: true, checkpoint: { ...checkpoint, line } };
}
