import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { readImportTable, type ImportFile, type ImportShape } from '../../org/import-table.js';
import { getPerson, isUuid } from '../../org/org-queries.js';
import { importProblems, keyedRowError, type ImportRowError } from '../../org/people-import-rows.js';
import { Person, type IPerson } from '../../org/person.entity.js';
import {
  HR_ACTION_INITIATORS,
  HR_ACTION_KINDS,
  HrAction,
  type HrActionInitiator,
  type HrActionKind,
  type HrActionStatus,
  type IHrAction,
} from './hr-action.entity.js';
import { HR_ACTION_COLUMNS, MAX_DESCRIPTION_LENGTH, parseHrActionRows } from './hr-action-rows.js';
import { activeProtection, casesHiddenFrom, type NamedPerson } from './protection.js';
import { lockedFresh } from '../../database/row-lock.js';
import { lockPeople } from './protection-lock.js';
import { COMMISSION_RECORDERS, HR_OFFICERS, PROTECTION_READERS } from './protection-roles.js';

export interface HrActionView {
  id: string;
  person: NamedPerson;
  kind: HrActionKind;
  initiator: HrActionInitiator;
  decidedOn: CalendarDay;
  description: string;
  status: HrActionStatus;
  /** §40.1: the person is protected; the action needs the disciplinary commission's recommendation to become final. */
  flagged: boolean;
  flaggedAt: Date | null;
  commissionRecommendation: string | null;
  commissionRecommendationOn: CalendarDay | null;
  createdAt: Date;
  finalizedAt: Date | null;
}

export interface HrActionInput {
  personId: string;
  kind: HrActionKind;
  /** Who the action comes from; required, §40.1 holds only the employer's initiative. */
  initiator?: HrActionInitiator | null;
  /** The day of the HR decision, YYYY-MM-DD. */
  decidedOn: string;
  description: string;
}

export interface HrActionImportReport {
  created: number;
  /** How many of them concern protected people and wait for a commission's recommendation. */
  flagged: number;
}

export const MAX_HR_ACTION_ROWS = 5000;

const HR_ACTION_TABLE: ImportShape = { columns: HR_ACTION_COLUMNS, maxRows: MAX_HR_ACTION_ROWS };

function toView(action: IHrAction): HrActionView {
  return {
    id: action.id,
    person: { id: action.person.id, fullName: action.person.fullName },
    kind: action.kind,
    initiator: action.initiator,
    decidedOn: action.decidedOn,
    description: action.description,
    status: action.status,
    flagged: action.flaggedAt !== null,
    flaggedAt: action.flaggedAt ?? null,
    commissionRecommendation: action.commissionRecommendation ?? null,
    commissionRecommendationOn: action.commissionRecommendationOn ?? null,
    createdAt: action.createdAt,
    finalizedAt: action.finalizedAt ?? null,
  };
}

/**
 * §40.1: the employer "may not, on their own initiative" dismiss, transfer or discipline a
 * protected person: the protection in force on the decision's day, for an action at the
 * employer's initiative; null for any other initiator.
 */
async function restrainingProtection(
  em: EntityManager,
  organizationId: string,
  action: { person: string; initiator: HrActionInitiator; decidedOn: CalendarDay },
) {
  if (action.initiator !== 'employer') return null;
  return activeProtection(em, organizationId, action.person, action.decidedOn);
}

/** Creates the action and, when it restrains a protection in force on its date, flags it (§40.1). */
async function createHrAction(
  em: EntityManager,
  actor: Actor,
  person: IPerson,
  fields: { kind: HrActionKind; initiator: HrActionInitiator; decidedOn: CalendarDay; description: string },
  now: Date,
): Promise<IHrAction> {
  const protection = await restrainingProtection(em, actor.organizationId, { ...fields, person: person.id });
  return em.create(HrAction, {
    id: newId(),
    organization: actor.organizationId,
    person,
    kind: fields.kind,
    initiator: fields.initiator,
    decidedOn: fields.decidedOn,
    description: fields.description,
    status: 'draft',
    protectedAtEntry: protection !== null,
    protectionRecord: protection,
    flaggedAt: protection ? now : null,
    commissionRecommendation: null,
    commissionRecommendationOn: null,
    enteredBy: actor.personId,
    finalizedAt: null,
  });
}

function checkedDescription(text: string): string {
  const description = text.trim();
  if (!description) throw ValidationError.because('hotline.hr.descriptionRequired', { field: 'description' });
  if (description.length > MAX_DESCRIPTION_LENGTH) {
    throw ValidationError.because('hotline.hr.descriptionTooLong', {
      field: 'description',
      max: MAX_DESCRIPTION_LENGTH,
    });
  }
  return description;
}

function checkedInitiator(initiator: string | null | undefined): HrActionInitiator {
  if (!initiator) throw ValidationError.because('hotline.hr.initiatorRequired', { field: 'initiator' });
  if (!(HR_ACTION_INITIATORS as readonly string[]).includes(initiator)) {
    throw ValidationError.because('hotline.hr.initiator', {
      field: 'initiator',
      initiators: HR_ACTION_INITIATORS.join(', '),
    });
  }
  return initiator as HrActionInitiator;
}

function checkedDay(text: string, what: string): CalendarDay {
  const day = parseCalendarDay(text);
  if (!day) throw ValidationError.because('kernel.notADayOf', { what, value: text });
  return day;
}

/**
 * Enters a dismissal, transfer or disciplinary measure as a draft, with who initiated it. If it is
 * the employer's initiative and the person is protected on the decision's date, the action is
 * flagged to the compliance head at once (§40.1).
 */
export async function recordHrAction(
  em: EntityManager,
  actor: Actor,
  input: HrActionInput,
  now: Date,
): Promise<HrActionView> {
  requireAnyRole(actor, HR_OFFICERS, 'enter HR actions');
  if (!(HR_ACTION_KINDS as readonly string[]).includes(input.kind)) {
    throw ValidationError.because('hotline.hr.kind', { field: 'kind', kinds: HR_ACTION_KINDS.join(', ') });
  }
  const initiator = checkedInitiator(input.initiator);
  const decidedOn = checkedDay(input.decidedOn, 'decision date');
  const description = checkedDescription(input.description);
  const person = await getPerson(em, actor, input.personId);
  await lockPeople(em, [person.id]);
  const action = await createHrAction(
    em,
    actor,
    person,
    { kind: input.kind, initiator, decidedOn, description },
    now,
  );
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hr_action.recorded',
    entityType: 'HrAction',
    entityId: action.id,
    data: { kind: action.kind, initiator, decidedOn, flagged: action.flaggedAt !== null },
  });
  return toView(action);
}

/** Finds the people of the rows by email or IIN; a row naming nobody, or two different people, is an error. */
async function resolvePeople(
  em: EntityManager,
  organizationId: string,
  rows: readonly { row: number; email: string | null; iin: string | null }[],
): Promise<{ people: Map<number, IPerson>; errors: ImportRowError[] }> {
  const emails = rows.flatMap((row) => (row.email ? [row.email] : []));
  const iins = rows.flatMap((row) => (row.iin ? [row.iin] : []));
  const known = await em.find(Person, {
    organization: organizationId,
    $or: [{ email: { $in: emails } }, { iin: { $in: iins } }],
  });
  const byEmail = new Map(known.map((person) => [person.email, person]));
  const byIin = new Map(known.flatMap((person) => (person.iin ? [[person.iin, person] as const] : [])));
  const people = new Map<number, IPerson>();
  const errors: ImportRowError[] = [];
  for (const row of rows) {
    const viaEmail = row.email ? byEmail.get(row.email) : undefined;
    const viaIin = row.iin ? byIin.get(row.iin) : undefined;
    if (row.email && !viaEmail) {
      errors.push(keyedRowError(row.row, 'email', 'hotline.hrImport.unknownEmail', { email: row.email }));
    } else if (row.iin && !viaIin) {
      errors.push(keyedRowError(row.row, 'iin', 'hotline.hrImport.unknownIin', { iin: row.iin }));
    } else if (viaEmail && viaIin && viaEmail.id !== viaIin.id) {
      errors.push(keyedRowError(row.row, 'iin', 'hotline.hrImport.twoPeople'));
    } else {
      const person = viaEmail ?? viaIin;
      if (person) people.set(row.row, person);
    }
  }
  return { people, errors };
}

/**
 * Imports HR actions from an HR system's export (CSV or XLSX; columns email or iin, kind,
 * initiator, decided_on, description). Every row is checked first; if any is wrong nothing is written and
 * the error lists every problem with its row and column. Protected people's actions are flagged.
 */
export async function importHrActions(
  em: EntityManager,
  actor: Actor,
  file: ImportFile,
  now: Date,
): Promise<HrActionImportReport> {
  requireAnyRole(actor, HR_OFFICERS, 'import HR actions');
  const table = await readImportTable(file, HR_ACTION_TABLE);
  const parsed = parseHrActionRows(table);
  const { people, errors: personErrors } = await resolvePeople(em, actor.organizationId, parsed.rows);

  const firstRow = new Map<string, number>();
  const duplicateErrors: ImportRowError[] = [];
  for (const row of parsed.rows) {
    const person = people.get(row.row);
    if (!person) continue;
    const key = `${person.id}|${row.kind}|${row.initiator}|${row.decidedOn}`;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row.row);
    else
      duplicateErrors.push(keyedRowError(row.row, null, 'hotline.hrImport.sameAsRow', { firstRow: first }));
  }

  const errors = [...parsed.errors, ...personErrors, ...duplicateErrors].sort((a, b) => a.row - b.row);
  if (errors.length > 0) {
    throw ValidationError.because('import.rowProblems', importProblems(errors));
  }

  await lockPeople(
    em,
    [...people.values()].map((person) => person.id),
  );
  let flagged = 0;
  for (const row of parsed.rows) {
    const person = people.get(row.row);
    if (!person) continue;
    const action = await createHrAction(em, actor, person, row, now);
    if (action.flaggedAt) flagged += 1;
  }
  const report: HrActionImportReport = { created: parsed.rows.length, flagged };
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hr_action.imported',
    entityType: 'Organization',
    entityId: actor.organizationId,
    data: { filename: file.filename, ...report },
  });
  return report;
}

/** The action, read afresh once its person is locked (see lockPeople). */
async function lockHrAction(em: EntityManager, actor: Actor, id: string): Promise<IHrAction> {
  const found = isUuid(id)
    ? await em.findOne(HrAction, { id, organization: actor.organizationId }, { fields: ['person'] })
    : null;
  if (!found) throw NotFoundError.forId('HrAction', id);
  await lockPeople(em, [found.person.id]);
  const locked = await lockedFresh(em, HrAction, { id });
  if (!locked) throw NotFoundError.forId('HrAction', id);
  await em.populate(locked, ['person']);
  return locked;
}

/**
 * An action that is not in the actor's list (listHrActions) is as good as absent to them: the
 * compliance head reaches only the actions flagged to her (§40.1), not HR's other actions, nor
 * those flagged by the protection from a case that names her or a compliance head (ADR 008).
 */
async function requireListedFor(em: EntityManager, actor: Actor, action: IHrAction): Promise<void> {
  if (hasAnyRole(actor, HR_OFFICERS)) return;
  await em.populate(action, ['protectionRecord']);
  const fromHiddenCase =
    action.protectionRecord !== null &&
    action.protectionRecord !== undefined &&
    action.protectionRecord.reportId !== null &&
    action.protectionRecord.reportId !== undefined &&
    (await casesHiddenFrom(em, actor)).has(action.protectionRecord.reportId);
  if (!action.flaggedAt || fromHiddenCase) throw NotFoundError.forId('HrAction', action.id);
}

/**
 * §40.1: attaches the disciplinary commission's (or collegial body's) recommendation — its
 * protocol reference or a summary, and its date — to an action still in draft.
 */
export async function attachCommissionRecommendation(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: { reference: string; on: string },
  now: Date,
): Promise<HrActionView> {
  requireAnyRole(actor, COMMISSION_RECORDERS, "attach a disciplinary commission's recommendation");
  const reference = input.reference.trim();
  if (!reference) throw ValidationError.because('hotline.hr.recommendationRequired', { field: 'reference' });
  if (reference.length > 2000)
    throw ValidationError.because('hotline.hr.recommendationTooLong', { field: 'reference', max: 2000 });
  const on = checkedDay(input.on, 'recommendation date');
  if (on > kazakhstanDay(now))
    throw ValidationError.because('hotline.hr.recommendationInFuture', { field: 'on', date: on });
  const action = await lockHrAction(em, actor, id);
  await requireListedFor(em, actor, action);
  if (action.status === 'final') {
    throw ConflictError.because('hotline.hr.finalUnchanging', { id });
  }
  action.commissionRecommendation = reference;
  action.commissionRecommendationOn = on;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hr_action.commission_recommendation_attached',
    entityType: 'HrAction',
    entityId: action.id,
    data: { on },
  });
  return toView(action);
}

/**
 * Marks the action final. §40.1: while the person is protected on the decision's date and the
 * action is the employer's initiative, it needs the disciplinary commission's recommendation first; without it nothing changes.
 */
export async function finalizeHrAction(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<HrActionView> {
  requireAnyRole(actor, HR_OFFICERS, 'mark HR actions final');
  const action = await lockHrAction(em, actor, id);
  if (action.status === 'final') throw ConflictError.because('hotline.hr.final', { id });
  // Looked up again rather than trusting the flag alone: the rule must hold for every path that
  // created or changed the action, not only for the ones that remembered to flag it.
  const protectedOnDecision =
    action.flaggedAt !== null ||
    (await restrainingProtection(em, actor.organizationId, { ...action, person: action.person.id })) !== null;
  if (protectedOnDecision && !action.commissionRecommendation) {
    throw ConflictError.because('hotline.hr.recommendationBeforeFinal', {
      id,
      reason: 'commission_recommendation_required',
    });
  }
  action.status = 'final';
  action.finalizedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hr_action.finalized',
    entityType: 'HrAction',
    entityId: action.id,
    data: { kind: action.kind, withCommissionRecommendation: action.commissionRecommendation !== null },
  });
  return toView(action);
}

/**
 * The organisation's HR actions, newest first. HR officers see all of them; the protection
 * readers (the compliance head first) see the flagged ones only (§40.1), and none flagged by the
 * protection from a case that names them or a compliance head (ADR 008).
 */
export async function listHrActions(
  em: EntityManager,
  actor: Actor,
  filter: { flaggedOnly?: boolean } = {},
): Promise<HrActionView[]> {
  const actions = await em.find(HrAction, await hrActionsShown(em, actor, filter), {
    populate: ['person', 'protectionRecord'],
    orderBy: { createdAt: 'desc', id: 'asc' },
  });
  return actions.map(toView);
}

/**
 * The HR actions `listHrActions` shows the actor: HR officers all of them, the others those
 * flagged, except the ones under a case hidden from them (one that names them, or a compliance head).
 */
async function hrActionsShown(
  em: EntityManager,
  actor: Actor,
  filter: { flaggedOnly?: boolean },
): Promise<FilterQuery<IHrAction>> {
  requireAnyRole(actor, [...HR_OFFICERS, ...PROTECTION_READERS], 'see HR actions');
  const hrOfficer = hasAnyRole(actor, HR_OFFICERS);
  const flaggedOnly = filter.flaggedOnly === true || !hrOfficer;
  const where: FilterQuery<IHrAction> = {
    organization: actor.organizationId,
    ...(flaggedOnly ? { flaggedAt: { $ne: null } } : {}),
  };
  const hidden = hrOfficer ? [] : [...(await casesHiddenFrom(em, actor))];
  if (hidden.length === 0) return where;
  return {
    ...where,
    $or: [
      { protectionRecord: null },
      { protectionRecord: { reportId: null } },
      { protectionRecord: { reportId: { $nin: hidden } } },
    ],
  };
}

/** §40.1: how many flagged HR actions the actor is shown that are not final yet, counted in SQL. */
export async function countFlaggedHrActionsNotFinal(em: EntityManager, actor: Actor): Promise<number> {
  const shown = await hrActionsShown(em, actor, { flaggedOnly: true });
  return em.count(HrAction, { $and: [shown, { status: { $ne: 'final' } }] });
}

/** §40.1: the actions against protected people, as flagged to the compliance head. */
export function flaggedHrActions(em: EntityManager, actor: Actor): Promise<HrActionView[]> {
  return listHrActions(em, actor, { flaggedOnly: true });
}
