import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow } from '../../database/row-lock.js';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { iinProblem } from '../../org/iin.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { noticeLaterSpouse } from '../financial/declarants.js';
import { binProblem } from './bin.js';
import {
  isRelation,
  relationClassOf,
  isFamilyMember,
  type Relation,
  type RelationClass,
} from './relation.js';
import { RelatedPerson, type IRelatedPerson } from './related-person.entity.js';

export const MAX_RELATED_NAME = 300;
export const MAX_RELATED_TEXT = 500;
export const MAX_RELATED_NOTE = 2_000;
/** More than anyone has: a cap on what one person keeps, so a runaway client can't fill the table. */
export const MAX_RELATED_PERSONS = 200;

export interface RelatedPersonInput {
  relation: string;
  fullName: string;
  iin?: string | null;
  /** YYYY-MM-DD */
  birthDate?: string | null;
  workplace?: string | null;
  workplaceBin?: string | null;
  jobTitle?: string | null;
  note?: string | null;
}

export interface RelatedPersonView {
  id: string;
  relation: Relation;
  relationClass: RelationClass;
  familyMember: boolean;
  fullName: string;
  iin: string | null;
  birthDate: string | null;
  workplace: string | null;
  workplaceBin: string | null;
  jobTitle: string | null;
  note: string | null;
  updatedAt: Date;
}

export function relatedPersonView(row: IRelatedPerson): RelatedPersonView {
  return {
    id: row.id,
    relation: row.relation,
    relationClass: relationClassOf(row.relation),
    familyMember: isFamilyMember(row.relation),
    fullName: row.fullName,
    iin: row.iin ?? null,
    birthDate: row.birthDate ? String(row.birthDate).slice(0, 10) : null,
    workplace: row.workplace ?? null,
    workplaceBin: row.workplaceBin ?? null,
    jobTitle: row.jobTitle ?? null,
    note: row.note ?? null,
    updatedAt: row.updatedAt,
  };
}

/** The signed-in person's declared relatives and linked persons, by name. */
export async function myRelatedPersons(em: EntityManager, actor: Actor): Promise<RelatedPersonView[]> {
  const rows = await em.find(
    RelatedPerson,
    { person: actor.personId, removedAt: null },
    { orderBy: { fullName: 'asc', id: 'asc' } },
  );
  return rows.map(relatedPersonView);
}

/**
 * One of the person's own related persons, still declared: what a declaration names. Another
 * person's, or one removed, is not found.
 */
export async function ownRelatedPerson(em: EntityManager, actor: Actor, id: string): Promise<IRelatedPerson> {
  const row = isUuid(id)
    ? await em.findOne(RelatedPerson, { id, person: actor.personId, removedAt: null })
    : null;
  if (!row) throw NotFoundError.forId('RelatedPerson', id);
  return row;
}

function optionalText(value: string | null | undefined, max: number, field: string): string | null {
  const text = value?.trim() ?? '';
  if (!text) return null;
  if (text.length > max) throw ValidationError.because('declarations.textTooLong', { field, max });
  return text;
}

interface CheckedInput {
  relation: Relation;
  fullName: string;
  iin: string | null;
  birthDate: string | null;
  workplace: string | null;
  workplaceBin: string | null;
  jobTitle: string | null;
  note: string | null;
}

async function checked(em: EntityManager, actor: Actor, input: RelatedPersonInput): Promise<CheckedInput> {
  if (!isRelation(input.relation)) {
    throw ValidationError.because('declarations.unknownRelation', { field: 'relation' });
  }
  const fullName = input.fullName.trim();
  if (!fullName) throw ValidationError.because('declarations.relatedNameRequired', { field: 'fullName' });
  if (fullName.length > MAX_RELATED_NAME) {
    throw ValidationError.because('declarations.textTooLong', { field: 'fullName', max: MAX_RELATED_NAME });
  }
  const iin = input.iin?.trim() || null;
  if (iin && iinProblem(iin)) throw ValidationError.because('declarations.iinInvalid', { field: 'iin' });
  if (iin) {
    const self = await em.findOne(Person, { id: actor.personId }, { fields: ['iin'] });
    if (self?.iin === iin) throw ValidationError.because('declarations.relatedIsSelf', { field: 'iin' });
  }
  const workplaceBin = input.workplaceBin?.trim() || null;
  if (workplaceBin && binProblem(workplaceBin)) {
    throw ValidationError.because('declarations.binInvalid', { field: 'workplaceBin' });
  }
  const birthDate = input.birthDate?.trim() || null;
  if (birthDate && !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
    throw ValidationError.because('kernel.notADate', { field: 'birthDate', value: birthDate });
  }
  return {
    relation: input.relation,
    fullName,
    iin,
    birthDate,
    workplace: optionalText(input.workplace, MAX_RELATED_TEXT, 'workplace'),
    workplaceBin,
    jobTitle: optionalText(input.jobTitle, MAX_RELATED_NAME, 'jobTitle'),
    note: optionalText(input.note, MAX_RELATED_NOTE, 'note'),
  };
}

/**
 * Adds a related person to the signed-in person's list, or corrects one (`id`). The person's row
 * is locked so that the cap holds under concurrent adds.
 */
export async function saveRelatedPerson(
  em: EntityManager,
  actor: Actor,
  input: RelatedPersonInput & { id?: string | null },
): Promise<RelatedPersonView> {
  const values = await checked(em, actor, input);
  await lockRow(em, Person, actor.personId);
  let row: IRelatedPerson;
  if (input.id) {
    row = await ownRelatedPerson(em, actor, input.id);
    em.assign(row, { ...values, updatedAt: new Date() });
  } else {
    const count = await em.count(RelatedPerson, { person: actor.personId, removedAt: null });
    if (count >= MAX_RELATED_PERSONS) {
      throw ValidationError.because('declarations.tooManyRelated', { max: MAX_RELATED_PERSONS });
    }
    row = em.create(RelatedPerson, {
      organization: actor.organizationId,
      person: actor.personId,
      ...values,
    });
  }
  await em.flush();
  if (row.relation === 'spouse') await noticeLaterSpouse(em, actor.organizationId, actor.personId, row);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: input.id ? 'declarations.related_person.updated' : 'declarations.related_person.added',
    entityType: 'RelatedPerson',
    entityId: row.id,
    // §14: the relative's IIN is read only in the quarterly analysis, so the trail keeps the relation alone.
    data: { relation: row.relation },
  });
  return relatedPersonView(row);
}

/** Takes a related person off the list; the declarations that named them keep reading them. */
export async function removeRelatedPerson(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
  // The person's list changes one at a time: a second removal at once finds the person gone.
  await lockRow(em, Person, actor.personId);
  const row = await ownRelatedPerson(em, actor, id);
  row.removedAt = new Date();
  await em.flush();
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'declarations.related_person.removed',
    entityType: 'RelatedPerson',
    entityId: row.id,
    data: { relation: row.relation },
  });
  return true;
}
