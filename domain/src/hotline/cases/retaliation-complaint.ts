import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { newId } from '../../kernel/ids.js';
import type { HotlineKeyring } from '../crypto/keyring.js';
import {
  enterHotlineReportForCaller,
  type CallerReportInput,
  type HotlineReceipt,
} from '../intake/intake.js';
import { caseForHandler } from './case-access.js';
import { formatCaseNumber } from './case-number.js';
import { HotlineCaseLink } from './hotline-case-link.entity.js';

export interface LinkedCaseRef {
  id: string;
  number: string;
}

export interface CaseLinks {
  /** The earlier case this one complains of retaliation for, if it is such a complaint. */
  retaliationComplaintOf: LinkedCaseRef | null;
  /** The complaints of retaliation opened from this case. */
  retaliationComplaints: LinkedCaseRef[];
}

/**
 * ISO 37002 §8.4 (and §69: reporting must not lead to retaliation): a reporter or witness who
 * later complains of retaliation for the report is heard in a case of its own, opened from the
 * original one by those who handle it — as a report entered on the complainant's behalf, whose
 * receipt goes to them — and linked to it, so both pages show the link. The original may be
 * closed: retaliation often comes after. Checked whole before anything is written.
 */
export async function openRetaliationComplaint(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  originalId: string,
  input: CallerReportInput,
  now: Date = new Date(),
): Promise<HotlineReceipt> {
  const { report: original } = await caseForHandler(
    em,
    actor,
    originalId,
    'open a retaliation complaint',
    'read',
  );
  const receipt = await enterHotlineReportForCaller(em, actor, keyring, input, now);
  em.create(HotlineCaseLink, {
    id: newId(),
    organization: original.organization,
    report: receipt.reportId,
    original,
    kind: 'retaliation_complaint',
    createdBy: actor.personId,
    createdAt: now,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.retaliation_complaint_opened',
    entityType: 'HotlineReport',
    entityId: original.id,
    data: { complaintId: receipt.reportId },
  });
  return receipt;
}

/** The cases linked to this one, for those who handle it: numbers only. */
export async function caseLinks(em: EntityManager, actor: Actor, id: string): Promise<CaseLinks> {
  const { report } = await caseForHandler(em, actor, id, 'see linked cases', 'read');
  const links = await em.find(
    HotlineCaseLink,
    { $or: [{ report: report.id }, { original: report.id }] },
    { populate: ['report', 'original'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const ref = (r: { id: string; number: number; receivedAt: Date }): LinkedCaseRef => ({
    id: r.id,
    number: formatCaseNumber(r.number, r.receivedAt),
  });
  const of = links.find((link) => link.report.id === report.id);
  return {
    retaliationComplaintOf: of ? ref(of.original) : null,
    retaliationComplaints: links
      .filter((link) => link.original.id === report.id)
      .map((link) => ref(link.report)),
  };
}
