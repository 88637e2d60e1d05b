import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { isUuid } from '../../org/org-queries.js';
import { Organization, type IOrganization } from '../../org/organization.entity.js';
import { checkAttachments } from './attachments.js';
import { formatCaseNumber } from '../cases/case-number.js';
import { HOTLINE_MESSAGE_CODES, postMessage, storeAttachments } from '../reporter/conversation.js';
import { HotlineReport, type HotlineChannel } from '../cases/hotline-report.entity.js';
import { HOTLINE_OPERATORS } from '../hotline-roles.js';
import { hotlineSettings, nextCaseNumber } from '../hotline-settings.js';
import { sealJson, type HotlineKeyring } from '../crypto/keyring.js';
import { formatReceipt, newReceipt, receiptHash } from '../crypto/receipt.js';
import { checkReportInput, type HotlineReportInput } from './report-input.js';
import { AAD } from '../crypto/sealed-fields.js';
import { checkAnswers, sealAnswers } from '../questionnaire/intake-answers.js';
import { activeQuestions } from '../questionnaire/intake-questions.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface HotlineReceipt {
  /** Eight groups of four digits; shown once, never stored. */
  receipt: string;
  reportId: string;
  /** HL-<year>-<number>. */
  number: string;
}

export interface CallerReportInput extends HotlineReportInput {
  channel: Exclude<HotlineChannel, 'web'>;
}

const CALLER_CHANNELS: readonly HotlineChannel[] = ['phone', 'in_person', 'letter'];

async function intakeOrganization(em: EntityManager, organizationId: string): Promise<IOrganization> {
  const organization = isUuid(organizationId) ? await em.findOne(Organization, { id: organizationId }) : null;
  if (!organization) throw NotFoundError.forId('Organization', organizationId);
  return organization;
}

async function fileReport(
  em: EntityManager,
  keyring: HotlineKeyring,
  organizationId: string,
  input: HotlineReportInput,
  channel: HotlineChannel,
  operator: Actor | null,
  now: Date,
): Promise<HotlineReceipt> {
  if (!em.isInTransaction()) {
    throw new Error(
      'A hotline report is filed inside a transaction, so that the receipt is shown only once it is stored',
    );
  }
  // Everything is checked before anything is written: a refusal changes nothing.
  const { content, identity } = checkReportInput(input);
  const files = checkAttachments(input.attachments);
  const organization = await intakeOrganization(em, organizationId);
  const answers = checkAnswers(await activeQuestions(em, organization.id, input.category), input.answers);
  const settings = await hotlineSettings(em, organization.id);
  const number = await nextCaseNumber(em, organization.id);
  const digits = newReceipt();
  const id = newId();
  const report = em.create(HotlineReport, {
    id,
    organization,
    number,
    receiptHash: receiptHash(keyring, digits),
    channel,
    category: input.category,
    anonymous: identity === null,
    contentSealed: sealJson(keyring, content, AAD.content(id)),
    identitySealed: identity ? sealJson(keyring, identity, AAD.identity(id)) : null,
    answersSealed: sealAnswers(keyring, id, answers),
    status: 'received',
    scope: 'pending',
    outOfScopeReason: null,
    outOfScopeNote: null,
    receivedAt: now,
    // §69: first feedback within 24 hours of receipt (configurable).
    acknowledgeBy: new Date(now.getTime() + settings.acknowledgeHours * HOUR_MS),
    acknowledgedAt: null,
    checkDays: null,
    // §74.6: processed within the internal deadline, in calendar days.
    processBy: new Date(now.getTime() + settings.processingDays * DAY_MS),
    findingsSealed: null,
    outcome: null,
    closedAt: null,
    reporterLastSeenAt: now,
    reporterAccessExpiredAt: null,
    enteredBy: operator?.personId ?? null,
  });
  storeAttachments(em, keyring, report, null, 'reporter', files, now);
  // §69: confirm receipt at once: the reporter finds this message on the first follow-up.
  postMessage(em, keyring, report, {
    author: 'system',
    authorPersonId: null,
    kind: 'acknowledgement',
    body: { code: HOTLINE_MESSAGE_CODES.autoReceipt },
    now,
  });
  await recordAudit(em, operator, {
    organizationId: organization.id,
    action: 'hotline.report_received',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { channel, category: input.category },
  });
  // Flushed here, in the caller's transaction: the receipt is returned only for a stored report.
  await em.flush();
  return { receipt: formatReceipt(digits), reportId: report.id, number: formatCaseNumber(number, now) };
}

/**
 * Files a report from the public intake form (issue 4 §1): no actor, nothing about the sender
 * is taken or stored. Returns the receipt, the reporter's only key to the report. Runs inside
 * the caller's transaction (`em.transactional`).
 */
export async function submitHotlineReport(
  em: EntityManager,
  keyring: HotlineKeyring,
  organizationId: string,
  input: HotlineReportInput,
  now: Date = new Date(),
): Promise<HotlineReceipt> {
  return fileReport(em, keyring, organizationId, input, 'web', null, now);
}

/**
 * §69 (one single hotline): an operator enters a report received by phone, in person or by
 * letter on the caller's behalf; the channel and the operator are recorded, the caller gets
 * the receipt. The caller's identity is recorded only when they choose an open report.
 */
export async function enterHotlineReportForCaller(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  input: CallerReportInput,
  now: Date = new Date(),
): Promise<HotlineReceipt> {
  requireAnyRole(actor, HOTLINE_OPERATORS, "enter a report on a caller's behalf");
  if (!CALLER_CHANNELS.includes(input.channel)) {
    throw ValidationError.because('hotline.intake.channel', {
      field: 'channel',
    });
  }
  return fileReport(em, keyring, actor.organizationId, input, input.channel, actor, now);
}

export interface IntakeOrganization {
  id: string;
  name: string;
  names: LocalizedText;
}

function asIntakeOrganization(organization: IOrganization): IntakeOrganization {
  return {
    id: organization.id,
    name: organization.name,
    names: localizedName(organization.names, organization.name),
  };
}

/** The organisations whose hotline this deployment serves, parent companies first (the intake's picker). */
export async function listIntakeOrganizations(em: EntityManager): Promise<IntakeOrganization[]> {
  const organizations = await em.find(Organization, {}, { orderBy: { name: 'asc' } });
  const parentsFirst = [...organizations.filter((o) => !o.parent), ...organizations.filter((o) => o.parent)];
  return parentsFirst.map(asIntakeOrganization);
}

/**
 * The organisation an intake link points at, by id or BIN; without one, the deployment's only
 * organisation. NotFound when it names none, Validation when the reporter must choose.
 */
export async function organizationForIntake(
  em: EntityManager,
  idOrBin?: string | null,
): Promise<IntakeOrganization> {
  const key = idOrBin?.trim() ?? '';
  if (key.length > 0) {
    const organization = isUuid(key)
      ? await em.findOne(Organization, { id: key })
      : /^\d{12}$/.test(key)
        ? await em.findOne(Organization, { bin: key })
        : null;
    if (!organization) throw NotFoundError.forId('Organization', key);
    return asIntakeOrganization(organization);
  }
  const all = await em.find(Organization, {}, { limit: 2 });
  if (all.length !== 1 || !all[0])
    throw ValidationError.because('hotline.intake.organizationRequired', { field: 'organizationId' });
  return asIntakeOrganization(all[0]);
}
