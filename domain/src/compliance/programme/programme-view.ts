import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import type { NamedPerson } from '../../hotline/protection/protection.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS } from '../compliance-roles.js';
import {
  PROGRAMME_DIRECTIONS,
  ProgrammeItem,
  ProgrammePresentation,
  type IComplianceProgramme,
  type IProgrammeItem,
  type IProgrammePresentation,
  type PresentationAudience,
  type ProgrammeDirection,
  type ProgrammeItemStatus,
} from './programme.entity.js';

export interface ProgrammeItemView {
  id: string;
  direction: ProgrammeDirection;
  title: string;
  owner: NamedPerson;
  dueOn: CalendarDay;
  status: ProgrammeItemStatus;
  progressNote: string | null;
  evidenceLink: string | null;
  evidenceNote: string | null;
  doneOn: CalendarDay | null;
  cancelReason: string | null;
  fromAspect: number | null;
  version: number;
  /** Past its due day, neither done nor cancelled (Kazakhstan's today). */
  overdue: boolean;
  /** The viewer may report on it: a keeper, or its owner. */
  canReport: boolean;
}

export interface PresentationView {
  id: string;
  presentedOn: CalendarDay;
  audience: PresentationAudience;
  note: string | null;
  invitedCount: number;
  presentCount: number;
  present: NamedPerson[];
  recordedBy: NamedPerson;
}

export interface ComplianceProgrammeView {
  id: string;
  year: number;
  items: ProgrammeItemView[];
  presentations: PresentationView[];
  /** §66.1: presented to management, and brought to all employees. */
  presentedToManagement: boolean;
  presentedToAllStaff: boolean;
  /** The viewer keeps the programme (adds and changes items, records presentations). */
  canEdit: boolean;
}

/** §65–§72: the directions in the methodology's order. */
const DIRECTION_ORDER: readonly ProgrammeDirection[] = PROGRAMME_DIRECTIONS;

const named = (p: { id: string; fullName: string }): NamedPerson => ({ id: p.id, fullName: p.fullName });

export function programmeItemView(item: IProgrammeItem, actor: Actor, today: CalendarDay): ProgrammeItemView {
  const dueOn = toDay(item.dueOn);
  return {
    id: item.id,
    direction: item.direction,
    title: item.title,
    owner: named(item.owner),
    dueOn,
    status: item.status,
    progressNote: item.progressNote ?? null,
    evidenceLink: item.evidenceLink ?? null,
    evidenceNote: item.evidenceNote ?? null,
    doneOn: item.doneOn ? toDay(item.doneOn) : null,
    cancelReason: item.cancelReason ?? null,
    fromAspect: item.fromAspect ?? null,
    version: item.version,
    overdue: (item.status === 'planned' || item.status === 'in_progress') && dueOn < today,
    canReport: hasAnyRole(actor, COMPLIANCE_KEEPERS) || item.owner.id === actor.personId,
  };
}

export async function presentationViews(
  em: EntityManager,
  presentations: readonly IProgrammePresentation[],
): Promise<PresentationView[]> {
  const ids = new Set<string>();
  for (const p of presentations) {
    for (const id of p.presentIds as string[]) ids.add(id);
    ids.add(p.recordedBy.id);
  }
  const people = new Map(
    (await em.find(Person, { id: { $in: [...ids] } }, { fields: ['id', 'fullName'] })).map((p) => [
      p.id,
      named(p),
    ]),
  );
  return presentations.map((p) => ({
    id: p.id,
    presentedOn: toDay(p.presentedOn),
    audience: p.audience,
    note: p.note ?? null,
    invitedCount: (p.invitedIds as string[]).length,
    presentCount: (p.presentIds as string[]).length,
    present: (p.presentIds as string[])
      .map((id) => people.get(id))
      .filter((x): x is NamedPerson => x !== undefined)
      .sort((a, b) => a.fullName.localeCompare(b.fullName)),
    recordedBy: people.get(p.recordedBy.id) ?? { id: p.recordedBy.id, fullName: '' },
  }));
}

/** The programme with its items (by direction, then due day) and its presentations. */
export async function complianceProgrammeView(
  em: EntityManager,
  actor: Actor,
  programme: IComplianceProgramme,
  today: CalendarDay,
): Promise<ComplianceProgrammeView> {
  const items = await em.find(
    ProgrammeItem,
    { programme: programme.id },
    { populate: ['owner'], orderBy: { direction: 'asc', dueOn: 'asc', id: 'asc' } },
  );
  const presentations = await em.find(
    ProgrammePresentation,
    { programme: programme.id },
    { orderBy: { presentedOn: 'asc', id: 'asc' } },
  );
  return {
    id: programme.id,
    year: programme.year,
    items: items
      .map((i) => programmeItemView(i, actor, today))
      .sort((a, b) => DIRECTION_ORDER.indexOf(a.direction) - DIRECTION_ORDER.indexOf(b.direction)),
    presentations: await presentationViews(em, presentations),
    presentedToManagement: presentations.some((p) => p.audience === 'management'),
    presentedToAllStaff: presentations.some((p) => p.audience === 'all_staff'),
    canEdit: hasAnyRole(actor, COMPLIANCE_KEEPERS),
  };
}
