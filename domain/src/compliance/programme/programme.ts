import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh, lockRow } from '../../database/row-lock.js';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { parseCalendarDay, toDay, type CalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Organization } from '../../org/organization.entity.js';
import { Person, type IPerson } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import { evidenceLinkOf, optionalText } from '../mitigation/measure-input.js';
import {
  ComplianceProgramme,
  PRESENTATION_AUDIENCES,
  PROGRAMME_DIRECTIONS,
  PROGRAMME_ITEM_STATUSES,
  ProgrammeItem,
  ProgrammePresentation,
  type IComplianceProgramme,
  type IProgrammeItem,
  type PresentationAudience,
  type ProgrammeDirection,
  type ProgrammeItemStatus,
} from './programme.entity.js';
import {
  complianceProgrammeView,
  presentationViews,
  programmeItemView,
  type ComplianceProgrammeView,
  type PresentationView,
  type ProgrammeItemView,
} from './programme-view.js';

/** A programme is made for this year or the next, or entered for last year's (to carry its history). */
const YEARS_BACK = 1;
const YEARS_AHEAD = 1;
const TITLE_MAX = 1000;
const NOTE_MAX = 2000;
const LINK_MAX = 2000;

export interface ProgrammeItemInput {
  direction: string;
  title: string;
  ownerId: string;
  /** YYYY-MM-DD */
  dueOn: string;
}

export interface ProgrammeItemUpdate extends Partial<ProgrammeItemInput> {
  id: string;
  /** The version the edit was made on; an item changed since is a CONFLICT. */
  version: number;
}

export interface ProgrammeItemReport {
  id: string;
  status: ProgrammeItemStatus;
  progressNote?: string | null;
  evidenceLink?: string | null;
  evidenceNote?: string | null;
  /** YYYY-MM-DD; today when an item is reported done without it. */
  doneOn?: string | null;
  /** Required when the item is cancelled. */
  cancelReason?: string | null;
}

export interface PresentationInput {
  programmeId: string;
  audience: string;
  /** YYYY-MM-DD */
  presentedOn: string;
  /** Who was invited; for all staff, everyone working in the organisation when left out. */
  invitedIds?: readonly string[] | null;
  presentIds: readonly string[];
  note?: string | null;
}

function dayOf(value: string, field: string): CalendarDay {
  const day = parseCalendarDay(value);
  if (!day) throw ValidationError.because('kernel.notADate', { field, value });
  return day;
}

function checkYear(year: number, now: Date): void {
  const thisYear = Number(kazakhstanDay(now).slice(0, 4));
  if (!Number.isInteger(year) || year < thisYear - YEARS_BACK || year > thisYear + YEARS_AHEAD) {
    throw ValidationError.because('compliance.programme.year', {
      field: 'year',
      from: thisYear - YEARS_BACK,
      to: thisYear + YEARS_AHEAD,
    });
  }
}
export { checkYear as checkProgrammeYear };

function directionOf(value: string): ProgrammeDirection {
  if ((PROGRAMME_DIRECTIONS as readonly string[]).includes(value)) return value as ProgrammeDirection;
  throw ValidationError.because('compliance.programme.direction', { field: 'direction' });
}

function titleOf(value: string | null | undefined): string {
  const title = optionalText(value, 'title', TITLE_MAX);
  if (title === null) throw ValidationError.because('compliance.programme.titleRequired', { field: 'title' });
  return title;
}

/** §66.1: the due day falls within the programme's one year. */
function dueOnOf(value: string, year: number): CalendarDay {
  const day = dayOf(value, 'dueOn');
  if (!day.startsWith(`${year}-`))
    throw ValidationError.because('compliance.programme.dueOutsideYear', { field: 'dueOn', year });
  return day;
}

/** The owner is a person of the organisation still working there. */
async function ownerOf(em: EntityManager, actor: Actor, id: string): Promise<IPerson> {
  const person = isUuid(id)
    ? await em.findOne(Person, { id, organization: actor.organizationId, active: true })
    : null;
  if (!person) throw ValidationError.because('compliance.programme.owner', { field: 'ownerId' });
  return person;
}

/** The year's programme as the reader sees it, or null when none is made yet. */
export async function complianceProgramme(
  em: EntityManager,
  actor: Actor,
  year: number,
  now: Date,
): Promise<ComplianceProgrammeView | null> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the compliance programme');
  const programme = await em.findOne(ComplianceProgramme, { organization: actor.organizationId, year });
  return programme ? complianceProgrammeView(em, actor, programme, kazakhstanDay(now)) : null;
}

/** The programme, locked for change (the aggregate of its items and presentations), or NOT_FOUND. */
export async function lockProgramme(
  em: EntityManager,
  actor: Actor,
  id: string,
): Promise<IComplianceProgramme> {
  const programme = isUuid(id)
    ? await lockedFresh(em, ComplianceProgramme, { id, organization: actor.organizationId })
    : null;
  if (!programme) throw NotFoundError.forId('ComplianceProgramme', id);
  return programme;
}

/**
 * The year's programme, made when there is none; creations take turns on the organisation's row,
 * so two at once make one. `mustBeNew` refuses an existing one (CONFLICT).
 */
export async function programmeOfYear(
  em: EntityManager,
  actor: Actor,
  year: number,
  mustBeNew: boolean,
): Promise<IComplianceProgramme> {
  await lockRow(em, Organization, actor.organizationId);
  const existing = await em.findOne(
    ComplianceProgramme,
    { organization: actor.organizationId, year },
    { refresh: true },
  );
  if (existing) {
    if (mustBeNew) throw ConflictError.because('compliance.programme.exists', { year });
    return existing;
  }
  const programme = em.create(ComplianceProgramme, {
    id: newId(),
    organization: actor.organizationId,
    year,
    createdBy: em.getReference(Person, actor.personId),
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_programme.created',
    entityType: 'ComplianceProgramme',
    entityId: programme.id,
    data: { year },
  });
  return programme;
}

/** §66.1: makes the year's programme (one year's cycle); one per year, a second is a CONFLICT. */
export async function createComplianceProgramme(
  em: EntityManager,
  actor: Actor,
  year: number,
  now: Date,
): Promise<ComplianceProgrammeView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'draw up the compliance programme');
  checkYear(year, now);
  const programme = await programmeOfYear(em, actor, year, true);
  await em.flush();
  return complianceProgrammeView(em, actor, programme, kazakhstanDay(now));
}

async function findItem(em: EntityManager, actor: Actor, id: string): Promise<IProgrammeItem> {
  const item = isUuid(id)
    ? await em.findOne(ProgrammeItem, { id, organization: actor.organizationId })
    : null;
  if (!item) throw NotFoundError.forId('ProgrammeItem', id);
  return item;
}

/** The item under its programme's lock, read fresh. */
async function lockedItem(
  em: EntityManager,
  actor: Actor,
  id: string,
): Promise<{ programme: IComplianceProgramme; item: IProgrammeItem }> {
  const found = await findItem(em, actor, id);
  const programme = await lockProgramme(em, actor, found.programme.id);
  await em.refresh(found);
  return { programme, item: found };
}

async function loadedItem(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<ProgrammeItemView> {
  const item = await em.findOneOrFail(ProgrammeItem, id, { populate: ['owner'] });
  return programmeItemView(item, actor, kazakhstanDay(now));
}

/** Adds an item inside a locked programme (also used by the initial assessment's drafts). */
export function createItemLocked(
  em: EntityManager,
  actor: Actor,
  programme: IComplianceProgramme,
  fields: {
    direction: ProgrammeDirection;
    title: string;
    owner: IPerson;
    dueOn: CalendarDay;
    fromAspect: number | null;
  },
  now: Date,
): IProgrammeItem {
  return em.create(ProgrammeItem, {
    id: newId(),
    organization: actor.organizationId,
    programme,
    direction: fields.direction,
    title: fields.title,
    owner: fields.owner,
    dueOn: fields.dueOn,
    status: 'planned',
    fromAspect: fields.fromAspect,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
}

/** §66.1: adds an action of the programme by its direction (§65–§72), with its owner and due day. */
export async function addProgrammeItem(
  em: EntityManager,
  actor: Actor,
  programmeId: string,
  input: ProgrammeItemInput,
  now: Date,
): Promise<ProgrammeItemView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'change the compliance programme');
  const programme = await lockProgramme(em, actor, programmeId);
  const item = createItemLocked(
    em,
    actor,
    programme,
    {
      direction: directionOf(input.direction),
      title: titleOf(input.title),
      owner: await ownerOf(em, actor, input.ownerId),
      dueOn: dueOnOf(input.dueOn, programme.year),
      fromAspect: null,
    },
    now,
  );
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_programme_item.added',
    entityType: 'ProgrammeItem',
    entityId: item.id,
    data: {
      programmeId: programme.id,
      year: programme.year,
      direction: item.direction,
      dueOn: toDay(item.dueOn),
    },
  });
  await em.flush();
  return loadedItem(em, actor, item.id, now);
}

/**
 * Changes an item's direction, title, owner or due day. The edit names the version it was read at;
 * of two officers editing at once, the second is told the item changed (CONFLICT), nothing is lost.
 */
export async function updateProgrammeItem(
  em: EntityManager,
  actor: Actor,
  input: ProgrammeItemUpdate,
  now: Date,
): Promise<ProgrammeItemView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'change the compliance programme');
  const { programme, item } = await lockedItem(em, actor, input.id);
  if (item.version !== input.version) throw ConflictError.because('compliance.programme.itemStale');
  const changed: string[] = [];
  if (input.direction !== undefined) {
    item.direction = directionOf(input.direction);
    changed.push('direction');
  }
  if (input.title !== undefined) {
    item.title = titleOf(input.title);
    changed.push('title');
  }
  if (input.ownerId !== undefined && input.ownerId !== item.owner.id) {
    item.owner = await ownerOf(em, actor, input.ownerId);
    changed.push('owner');
  }
  if (input.dueOn !== undefined) {
    item.dueOn = dueOnOf(input.dueOn, programme.year);
    changed.push('dueOn');
  }
  item.version += 1;
  item.updatedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_programme_item.updated',
    entityType: 'ProgrammeItem',
    entityId: item.id,
    data: { programmeId: programme.id, year: programme.year, version: item.version, changed },
  });
  await em.flush();
  return loadedItem(em, actor, item.id, now);
}

/**
 * An item's progress: its status, a note, the evidence (an https link and/or a short note), the day
 * it was done, or why it was cancelled. The keepers report on any item, the owner on their own; a
 * done item needs its evidence, a cancelled one its reason; only the keepers cancel.
 */
export async function reportProgrammeItem(
  em: EntityManager,
  actor: Actor,
  input: ProgrammeItemReport,
  now: Date,
): Promise<ProgrammeItemView> {
  const keeper = hasAnyRole(actor, COMPLIANCE_KEEPERS);
  const { programme, item } = await lockedItem(em, actor, input.id);
  if (!keeper && item.owner.id !== actor.personId) {
    throw ForbiddenError.because('compliance.programme.notOwner');
  }
  if (!(PROGRAMME_ITEM_STATUSES as readonly string[]).includes(input.status))
    throw ValidationError.because('compliance.programme.status', { field: 'status' });
  if (input.status === 'cancelled' && !keeper)
    throw ForbiddenError.because('compliance.programme.cancelByKeeper');
  const today = kazakhstanDay(now);
  if (input.progressNote !== undefined)
    item.progressNote = optionalText(input.progressNote, 'progressNote', NOTE_MAX);
  if (input.evidenceLink !== undefined) item.evidenceLink = evidenceLinkOf(input.evidenceLink, LINK_MAX);
  if (input.evidenceNote !== undefined)
    item.evidenceNote = optionalText(input.evidenceNote, 'evidenceNote', NOTE_MAX);
  item.doneOn = null;
  item.cancelReason = null;
  if (input.status === 'done') {
    const doneOn = input.doneOn ? dayOf(input.doneOn, 'doneOn') : today;
    if (doneOn > today) throw ValidationError.because('compliance.measure.doneOnFuture', { field: 'doneOn' });
    if (!item.evidenceLink && !item.evidenceNote)
      throw ValidationError.because('compliance.measure.evidenceRequired', { field: 'evidenceLink' });
    item.doneOn = doneOn;
  }
  if (input.status === 'cancelled') {
    const reason = optionalText(input.cancelReason, 'cancelReason', NOTE_MAX);
    if (reason === null)
      throw ValidationError.because('compliance.programme.cancelReason', { field: 'cancelReason' });
    item.cancelReason = reason;
  }
  item.status = input.status;
  item.version += 1;
  item.updatedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_programme_item.reported',
    entityType: 'ProgrammeItem',
    entityId: item.id,
    data: {
      programmeId: programme.id,
      year: programme.year,
      status: item.status,
      doneOn: item.doneOn ? toDay(item.doneOn) : null,
      byOwner: !keeper,
    },
  });
  await em.flush();
  return loadedItem(em, actor, item.id, now);
}

/**
 * §66.1: records a presentation of the programme — to management, or to all employees — on a day
 * that has come, with who was invited and who was present, all people of the organisation. For all
 * staff, the invited are everyone working in the organisation unless named.
 */
export async function recordProgrammePresentation(
  em: EntityManager,
  actor: Actor,
  input: PresentationInput,
  now: Date,
): Promise<PresentationView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'record a presentation of the compliance programme');
  const programme = await lockProgramme(em, actor, input.programmeId);
  if (!(PRESENTATION_AUDIENCES as readonly string[]).includes(input.audience))
    throw ValidationError.because('compliance.programme.audience', { field: 'audience' });
  const audience = input.audience as PresentationAudience;
  const presentedOn = dayOf(input.presentedOn, 'presentedOn');
  if (presentedOn > kazakhstanDay(now))
    throw ValidationError.because('compliance.programme.presentedFuture', { field: 'presentedOn' });
  const present = [...new Set(input.presentIds)];
  let invited = [...new Set(input.invitedIds ?? [])];
  if (invited.length === 0) {
    if (audience === 'management')
      throw ValidationError.because('compliance.programme.invitedRequired', { field: 'invitedIds' });
    invited = (
      await em.find(Person, { organization: actor.organizationId, active: true }, { fields: ['id'] })
    ).map((p) => p.id);
  }
  const ids = [...new Set([...invited, ...present])];
  if (ids.some((id) => !isUuid(id)))
    throw ValidationError.because('compliance.programme.people', { field: 'presentIds' });
  const known = await em.count(Person, { id: { $in: ids }, organization: actor.organizationId });
  if (known !== ids.length)
    throw ValidationError.because('compliance.programme.people', { field: 'presentIds' });
  const invitedSet = new Set(invited);
  if (present.some((id) => !invitedSet.has(id)))
    throw ValidationError.because('compliance.programme.presentNotInvited', { field: 'presentIds' });
  const presentation = em.create(ProgrammePresentation, {
    id: newId(),
    organization: actor.organizationId,
    programme,
    presentedOn,
    audience,
    invitedIds: invited.sort(),
    presentIds: present.sort(),
    note: optionalText(input.note, 'note', NOTE_MAX),
    recordedBy: em.getReference(Person, actor.personId),
    recordedAt: now,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_programme.presented',
    entityType: 'ComplianceProgramme',
    entityId: programme.id,
    data: { year: programme.year, audience, presentedOn, invited: invited.length, present: present.length },
  });
  await em.flush();
  const [view] = await presentationViews(em, [presentation]);
  return view!;
}

/** The programme items the person owns in the year's programme: what they report on. */
export async function myProgrammeItems(
  em: EntityManager,
  actor: Actor,
  year: number,
  now: Date,
): Promise<ProgrammeItemView[]> {
  const items = await em.find(
    ProgrammeItem,
    { organization: actor.organizationId, owner: actor.personId, programme: { year } },
    { populate: ['owner'], orderBy: { dueOn: 'asc', id: 'asc' } },
  );
  const today = kazakhstanDay(now);
  return items.map((i) => programmeItemView(i, actor, today));
}
