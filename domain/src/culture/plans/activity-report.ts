import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { detectAttachmentType, safeFileName } from '../../hotline/intake/attachments.js';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { httpsLinkOf } from '../../kernel/https-link.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { parseCalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { CULTURE_PLANNERS, CULTURE_READERS } from '../culture-roles.js';
import {
  ACTIVITY_STATUSES,
  CultureActivity,
  CultureEvidence,
  EVIDENCE_KINDS,
  type ActivityStatus,
  type EvidenceKind,
  type ICultureActivity,
  type Incentive,
} from './culture-activity.entity.js';
import type { ICulturePlan } from './culture-plan.entity.js';
import { lockedActivity } from './activities.js';
import { optionalText, requiredText } from './plan-input.js';
import { activityViews, hasApprovedVersion, type ActivityView } from './plan-view.js';

/** A photo from a phone, a scanned attendance list or a report fits in 10 MB. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const IMAGES = ['image/jpeg', 'image/png'];
const DOCUMENTS = [
  'application/pdf',
  ...IMAGES,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** What each kind of evidence may be, judged by its bytes: a photo is an image; a list a scan or a sheet. */
const EVIDENCE_TYPES: Record<Exclude<EvidenceKind, 'link'>, readonly string[]> = {
  photo: IMAGES,
  attendance: [
    'application/pdf',
    ...IMAGES,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
  file: DOCUMENTS,
};

/** Only the plan's planners and the activity's responsible people report it and add its evidence. */
function requireReporter(actor: Actor, plan: ICulturePlan, row: ICultureActivity): void {
  if (!hasAnyRole(actor, CULTURE_PLANNERS) && !row.responsibleIds.includes(actor.personId)) {
    throw ForbiddenError.because('culture.activity.notResponsible');
  }
  // What is carried out is an approved version; a closed plan's record is final.
  if (!hasApprovedVersion(plan) || plan.status === 'closed') {
    throw ConflictError.because('culture.activity.notInExecution');
  }
}

/** The plan's readers and the activity's responsible people read it; anyone else finds nothing. */
async function readableActivity(em: EntityManager, actor: Actor, id: string): Promise<ICultureActivity> {
  const row = isUuid(id)
    ? await em.findOne(CultureActivity, { id, organization: actor.organizationId }, { populate: ['plan'] })
    : null;
  if (!row || !(hasAnyRole(actor, CULTURE_READERS) || row.responsibleIds.includes(actor.personId))) {
    throw NotFoundError.forId('CultureActivity', id);
  }
  return row;
}

/** One activity with its report and evidence. */
export async function cultureActivity(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<ActivityView> {
  const row = await readableActivity(em, actor, id);
  const [view] = await activityViews(em, actor, row.plan, [row], kazakhstanDay(now));
  return view!;
}

export interface ActivityReportInput {
  status: string;
  heldOn?: string | null;
  actualParticipants?: number | null;
  note?: string | null;
  incentives?: readonly Incentive[] | null;
}

function incentivesOf(list: readonly Incentive[]): Incentive[] {
  if (list.length > 20) throw ValidationError.because('culture.activity.incentive', { field: 'incentives' });
  return list.map((item) => {
    if (
      (item.kind !== 'financial' && item.kind !== 'non_financial') ||
      !Number.isInteger(item.people) ||
      item.people < 1
    ) {
      throw ValidationError.because('culture.activity.incentive', { field: 'incentives' });
    }
    return {
      kind: item.kind,
      people: item.people,
      description: requiredText(item.description, 'incentives', 500, 'culture.activity.incentiveDescription'),
    };
  });
}

/**
 * §35.1, §75: the activity as carried out — in progress, done on a day with its participants, or
 * cancelled with a reason — and the incentives given (§35.5). A test or a session gives its own
 * participants; another activity says how many took part when it is done.
 */
export async function reportCultureActivity(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: ActivityReportInput,
  now: Date,
): Promise<ActivityView> {
  const { plan, row } = await lockedActivity(em, actor, id);
  requireReporter(actor, plan, row);
  if (!(ACTIVITY_STATUSES as readonly string[]).includes(input.status) || input.status === 'planned') {
    throw ValidationError.because('culture.activity.choice', {
      field: 'status',
      choices: 'in_progress, done, cancelled',
    });
  }
  const status = input.status as ActivityStatus;
  const today = kazakhstanDay(now);
  const note = optionalText(input.note, 'note', 10000);
  let heldOn: string | null = null;
  let participants: number | null = null;
  if (status === 'done') {
    heldOn = input.heldOn ? parseCalendarDay(input.heldOn) : null;
    if (!heldOn || !heldOn.startsWith(`${plan.year}-`) || heldOn > today) {
      throw ValidationError.because('culture.activity.heldOn', { field: 'heldOn', year: plan.year });
    }
    participants = input.actualParticipants ?? null;
    const linked = row.course != null || row.session != null;
    if (participants === null ? !linked : !Number.isInteger(participants) || participants < 0) {
      throw ValidationError.because('culture.activity.participants', { field: 'actualParticipants' });
    }
  }
  if (status === 'cancelled' && note === null) {
    throw ValidationError.because('culture.activity.cancelReason', { field: 'note' });
  }
  row.status = status;
  row.heldOn = heldOn;
  row.actualParticipants = participants;
  row.reportNote = note;
  row.incentives = incentivesOf(input.incentives ?? []);
  row.reportedBy = em.getReference(Person, actor.personId);
  row.reportedAt = now;
  // The first report of an approved plan's activity starts its execution.
  if (plan.status === 'approved') plan.status = 'in_execution';
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_activity.reported',
    entityType: 'CultureActivity',
    entityId: row.id,
    data: { year: plan.year, status, heldOn, participants, incentives: row.incentives.length },
  });
  await em.flush();
  const [view] = await activityViews(em, actor, plan, [row], today);
  return view!;
}

export interface EvidenceInput {
  kind: string;
  title: string;
  url?: string | null;
  file?: { fileName: string; data: Uint8Array } | null;
}

function httpsUrl(value: string | null | undefined): string {
  const link = httpsLinkOf((value ?? '').trim(), 2000);
  if (!link) throw ValidationError.because('culture.evidence.url', { field: 'url' });
  return link;
}

/** §75: a file, a photo, an attendance list (judged by their bytes, at most 10 MB) or a link showing it was held. */
export async function addCultureEvidence(
  em: EntityManager,
  actor: Actor,
  activityId: string,
  input: EvidenceInput,
  now: Date,
): Promise<ActivityView> {
  if (!(EVIDENCE_KINDS as readonly string[]).includes(input.kind)) {
    throw ValidationError.because('culture.activity.choice', {
      field: 'kind',
      choices: EVIDENCE_KINDS.join(', '),
    });
  }
  const kind = input.kind as EvidenceKind;
  const title = requiredText(input.title, 'title', 300, 'culture.evidence.titleRequired');
  let stored: {
    url: string | null;
    fileName: string | null;
    contentType: string | null;
    sizeBytes: number | null;
    data: Buffer | null;
  };
  if (kind === 'link') {
    stored = { url: httpsUrl(input.url), fileName: null, contentType: null, sizeBytes: null, data: null };
  } else {
    const file = input.file;
    if (!file || file.data.length === 0 || file.data.length > MAX_EVIDENCE_BYTES) {
      throw ValidationError.because('culture.evidence.size', {
        field: 'file',
        max: MAX_EVIDENCE_BYTES / (1024 * 1024),
      });
    }
    const type = detectAttachmentType(file.fileName, Buffer.from(file.data));
    if (!type || !EVIDENCE_TYPES[kind].includes(type)) {
      throw ValidationError.because(
        kind === 'photo' ? 'culture.evidence.photoType' : 'culture.evidence.fileType',
        {
          field: 'file',
        },
      );
    }
    stored = {
      url: null,
      fileName: safeFileName(file.fileName, type),
      contentType: type,
      sizeBytes: file.data.length,
      data: Buffer.from(file.data),
    };
  }
  const { plan, row } = await lockedActivity(em, actor, activityId);
  requireReporter(actor, plan, row);
  const evidence = em.create(CultureEvidence, {
    id: newId(),
    organization: actor.organizationId,
    activity: row,
    kind,
    title,
    ...stored,
    addedBy: em.getReference(Person, actor.personId),
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_evidence.added',
    entityType: 'CultureActivity',
    entityId: row.id,
    data: { evidenceId: evidence.id, kind, sizeBytes: stored.sizeBytes },
  });
  await em.flush();
  const [view] = await activityViews(em, actor, plan, [row], kazakhstanDay(now));
  return view!;
}

/** Removes evidence added by mistake, while the plan is open (§75: the removal is on the trail). */
export async function removeCultureEvidence(
  em: EntityManager,
  actor: Actor,
  evidenceId: string,
  now: Date,
): Promise<ActivityView> {
  const evidence = isUuid(evidenceId)
    ? await em.findOne(CultureEvidence, { id: evidenceId, organization: actor.organizationId })
    : null;
  if (!evidence) throw NotFoundError.forId('CultureEvidence', evidenceId);
  const { plan, row } = await lockedActivity(em, actor, evidence.activity.id);
  requireReporter(actor, plan, row);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_evidence.removed',
    entityType: 'CultureActivity',
    entityId: row.id,
    data: { evidenceId: evidence.id, kind: evidence.kind },
  });
  em.remove(evidence);
  await em.flush();
  const [view] = await activityViews(em, actor, plan, [row], kazakhstanDay(now));
  return view!;
}

export interface EvidenceFile {
  fileName: string;
  contentType: string;
  data: Buffer;
}

/** An evidence file for whoever may read its activity (the gateway serves it as a download). */
export async function cultureEvidenceFile(
  em: EntityManager,
  actor: Actor,
  evidenceId: string,
): Promise<EvidenceFile> {
  const evidence = isUuid(evidenceId)
    ? await em.findOne(
        CultureEvidence,
        { id: evidenceId, organization: actor.organizationId },
        { populate: ['data'] },
      )
    : null;
  if (!evidence || !evidence.data) throw NotFoundError.forId('CultureEvidence', evidenceId);
  await readableActivity(em, actor, evidence.activity.id);
  return {
    fileName: evidence.fileName!,
    contentType: evidence.contentType!,
    data: Buffer.from(evidence.data),
  };
}
