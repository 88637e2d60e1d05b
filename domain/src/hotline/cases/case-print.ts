import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import type { HotlineKeyring } from '../crypto/keyring.js';
import { readReporterIdentity } from '../identity/identity.js';
import { caseTimeline, type CaseTimelineStep } from './case-timeline.js';
import { getHotlineCase, type HotlineCaseView } from './case-view.js';
import type { ReporterIdentity } from './hotline-report.entity.js';

/** A case as its PDF prints it: the case as the reader sees it, its history, and the identity only when revealed. */
export interface CasePrint {
  hotlineCase: HotlineCaseView;
  timeline: CaseTimelineStep[];
  /** The open reporter's identity, only when asked for and the reader may read it. */
  identity: ReporterIdentity | null;
  printedAt: Date;
}

/**
 * A case for the file or the commission (§69, §75), for its handlers. The reporter's identity is
 * left out unless the reader asks for it and may read it — an assigned investigator, or the
 * holder of an approved disclosure (four eyes, identity.ts) — and then that read is on the trail
 * as any reveal; asked for by anyone else, the export is refused and nothing is written. A person
 * the report names is refused before anything is read (ADR 008). The export itself is on the trail.
 */
export async function printHotlineCase(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
  o: { withIdentity: boolean },
  now: Date = new Date(),
): Promise<CasePrint> {
  const hotlineCase = await getHotlineCase(em, actor, keyring, id, now);
  const identity = o.withIdentity ? await readReporterIdentity(em, actor, keyring, id) : null;
  const timeline = await caseTimeline(em, actor, id);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.case_exported',
    entityType: 'HotlineReport',
    entityId: hotlineCase.id,
    data: { withIdentity: o.withIdentity },
  });
  return { hotlineCase, timeline, identity, printedAt: now };
}
