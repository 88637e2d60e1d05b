import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StoredAuditCheckpoint } from './audit-checkpoint.js';
import { auditMac, GENESIS_HASH, legacyAuditHash } from './audit-hash.js';
import { auditTrailSettings } from './audit-trail-settings.js';
import { auditLinkOf, type AuditEventFieldsRow } from './audit-event-row.js';
import { readAuditCheckpoints } from './checkpoint-file.js';
import { sealAuditEvents } from './seal-audit-events.js';

/** Why a chain does not verify, from the stored rows alone or against the checkpoints. */
export const AUDIT_CHAIN_PROBLEMS = [
  /** An event's seal does not match its content: edited, or recomputed without the key. */
  'event_altered',
  /** An unkeyed (sha256) event where the chain must be keyed: the chain was recomputed without the key. */
  'unkeyed_event',
  /** An event sealed with an audit key this deployment does not have (an old key dropped too early). */
  'unknown_key',
  /** A gap in the numbering or a link to another previous event: events removed or inserted. */
  'link_broken',
  /** The chain head names more (or other) events than are stored: events removed from the end. */
  'head_mismatch',
  /** A checkpoint vouches for events that are no longer there: the end cut off and the head rewound. */
  'truncated',
  /** The chain no longer has the checkpointed hash at its seq: events rewritten and the chain recomputed. */
  'checkpoint_mismatch',
  /** A line of the checkpoint file is not a checkpoint signed by a configured key: the file was edited. */
  'checkpoint_invalid',
  /** The number of unkeyed events the chain may begin with differs from the one checkpointed. */
  'legacy_boundary_moved',
] as const;
export type AuditChainProblem = (typeof AUDIT_CHAIN_PROBLEMS)[number];

export interface AuditChainReport {
  ok: boolean;
  /** Events from seq 1 that verified before the first problem (all of them when ok). */
  checked: number;
  /** The first event no longer vouched for. */
  brokenAtSeq?: number;
  problem?: AuditChainProblem;
  /** The checkpoint the problem was found against; when ok, the latest one the chain matched. */
  checkpoint?: { seq: number; at: Date };
}

/** The chain head as verified, for the checkpoint that may vouch for it. */
export interface VerifiedAuditHead {
  lastSeq: number;
  lastHash: string;
  legacyThroughSeq: number;
}

export interface AuditChainInspection {
  report: AuditChainReport;
  head: VerifiedAuditHead | null;
  latestCheckpoint: StoredAuditCheckpoint | null;
}

interface AuditEventRow extends AuditEventFieldsRow {
  seq: number;
  prev_hash: string;
  hash: string;
  key_id: string | null;
}

interface HeadRow {
  last_seq: number;
  last_hash: string;
  legacy_through_seq: number;
}

const BATCH = 1000;

function broken(
  checked: number,
  problem: AuditChainProblem,
  checkpoint?: { seq: number; at: Date },
): AuditChainReport {
  return {
    ok: false,
    checked,
    brokenAtSeq: checked + 1,
    problem,
    ...(checkpoint ? { checkpoint: { seq: checkpoint.seq, at: checkpoint.at } } : {}),
  };
}

/**
 * §75: recomputes the organisation's chain from the stored rows, each event's seal under its audit
 * key, and compares it with the signed checkpoints kept outside the database. Reports the first
 * event no longer vouched for and why: edited, deleted or inserted rows are found by the seals and
 * links; a cut-off end with a rewound head, or a chain recomputed by someone who also holds the key,
 * only by the checkpoints.
 */
export async function verifyAuditChain(em: EntityManager, organizationId: string): Promise<AuditChainReport> {
  return (await inspectAuditChain(em, organizationId)).report;
}

/**
 * `verifyAuditChain` over the events from the latest checkpoint on (all of them while there is
 * none): that the checkpointed event still has its hash and seal, and every later one its seal
 * and link, up to the head. Cheap enough for every home page, since the checkpoint job writes a
 * checkpoint every hour; the events the checkpoint vouches for are taken as verified when it was
 * written, so a change among them is left to the job's whole verification
 * (`latestAuditChainVerification`). `checked` counts them in.
 */
export async function verifyAuditChainSinceCheckpoint(
  em: EntityManager,
  organizationId: string,
): Promise<AuditChainReport> {
  return (await inspectAuditChain(em, organizationId, 'since_latest_checkpoint')).report;
}

/** `verifyAuditChain` with the verified head and the latest checkpoint (for the checkpoint job). */
export async function inspectAuditChain(
  em: EntityManager,
  organizationId: string,
  extent: 'whole' | 'since_latest_checkpoint' = 'whole',
): Promise<AuditChainInspection> {
  const { keyring, checkpointDir } = auditTrailSettings(em);
  // Events still waiting after a crash between their commit and their seal join the chain first,
  // so that the whole verification covers every recorded event.
  if (extent === 'whole') await sealAuditEvents(em.fork(), organizationId);
  // Read before the database snapshot: every checkpoint in the file then vouches for a head the
  // snapshot already sees, and one written meanwhile cannot pass for a truncation.
  const file = await readAuditCheckpoints(checkpointDir, keyring, organizationId);
  const latestCheckpoint = file.checkpoints.reduce<StoredAuditCheckpoint | null>(
    (latest, c) => (!latest || c.seq >= latest.seq ? c : latest),
    null,
  );
  if (file.invalid) {
    return {
      report: {
        ok: false,
        checked: 0,
        problem: 'checkpoint_invalid',
        ...(file.invalid.claimed ? { checkpoint: file.invalid.claimed } : {}),
      },
      head: null,
      latestCheckpoint,
    };
  }
  // From the checkpointed event itself: its hash is compared with the checkpoint, its seal covers
  // its link to the events before, which the checkpoint vouches for.
  const start = extent === 'since_latest_checkpoint' ? latestCheckpoint : null;
  // One snapshot of the whole chain, so writers appending meanwhile do not look like a broken end.
  return em.transactional(
    async (tx) => {
      const [headRow] = await tx.execute<HeadRow[]>(
        'select last_seq, last_hash, legacy_through_seq from audit_chain_head where organization_id = ?',
        [organizationId],
      );
      const legacyThroughSeq = headRow?.legacy_through_seq ?? 0;
      const head = headRow
        ? { lastSeq: headRow.last_seq, lastHash: headRow.last_hash, legacyThroughSeq }
        : null;
      const done = (report: AuditChainReport): AuditChainInspection => ({ report, head, latestCheckpoint });

      // The first checkpoint anchors how many unkeyed events may lead the chain; otherwise anyone
      // could declare rewritten events "legacy" and recompute them with plain sha256.
      const [first] = file.checkpoints;
      if (first && first.legacyThroughSeq !== legacyThroughSeq) {
        return done(
          broken(Math.min(first.legacyThroughSeq, legacyThroughSeq), 'legacy_boundary_moved', first),
        );
      }
      const pending = [...file.checkpoints]
        .filter((c) => !start || c.seq >= start.seq)
        .sort((a, b) => a.seq - b.seq);
      let next = 0;
      let vouchedThrough = start ? start.seq - 1 : 0;
      let expectedSeq = start ? start.seq : 1;
      // Unknown before the first row when starting from a checkpoint: that row's seal covers it.
      let prevHash: string | null = start ? null : GENESIS_HASH;
      for (;;) {
        const rows = await tx.execute<AuditEventRow[]>(
          `select seq, at, actor_person_id, action, entity_type, entity_id, data, prev_hash, hash, key_id
             from audit_event where organization_id = ? and seq >= ? order by seq limit ?`,
          [organizationId, expectedSeq, BATCH],
        );
        for (const row of rows) {
          const checked = expectedSeq - 1;
          if (row.seq !== expectedSeq || row.prev_hash !== (prevHash ?? row.prev_hash))
            return done(broken(checked, 'link_broken'));
          const link = auditLinkOf(organizationId, row, row.seq, row.prev_hash);
          let recomputed: string;
          if (row.key_id === null) {
            if (row.seq > legacyThroughSeq) return done(broken(checked, 'unkeyed_event'));
            recomputed = legacyAuditHash(link);
          } else {
            const key = keyring.keys.get(row.key_id);
            if (!key) return done(broken(checked, 'unknown_key'));
            recomputed = auditMac(key, row.key_id, link);
          }
          if (row.hash !== recomputed) return done(broken(checked, 'event_altered'));
          for (; pending[next]?.seq === row.seq; next += 1) {
            const checkpoint = pending[next] as StoredAuditCheckpoint;
            // The change lies somewhere after the last checkpoint that still matched.
            if (checkpoint.hash !== row.hash)
              return done(broken(vouchedThrough, 'checkpoint_mismatch', checkpoint));
            vouchedThrough = row.seq;
          }
          expectedSeq += 1;
          prevHash = row.hash;
        }
        if (rows.length < BATCH) break;
      }
      const checked = expectedSeq - 1;
      const furthest = pending.at(-1);
      if (furthest && next < pending.length) return done(broken(checked, 'truncated', furthest));
      if (head ? head.lastSeq !== checked || head.lastHash !== prevHash : checked > 0) {
        return done(broken(Math.min(checked, head?.lastSeq ?? 0), 'head_mismatch'));
      }
      return done({
        ok: true,
        checked,
        ...(latestCheckpoint ? { checkpoint: { seq: latestCheckpoint.seq, at: latestCheckpoint.at } } : {}),
      });
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}
