import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { isUuid } from '../../org/org-queries.js';
import { Organization } from '../../org/organization.entity.js';
import type { HotlineCategory } from '../cases/hotline-report.entity.js';
import { HOTLINE_MANAGERS, HOTLINE_OPERATORS } from '../hotline-roles.js';
import {
  HotlineIntakeQuestion,
  type IHotlineIntakeQuestion,
  type IntakeQuestionKind,
  type IntakeQuestionOption,
} from './intake-question.entity.js';
import { checkQuestionInput, type IntakeQuestionInput } from './question-input.js';

/** A question as the intake form and its editor show it. */
export interface IntakeQuestionView {
  id: string;
  category: HotlineCategory;
  kind: IntakeQuestionKind;
  texts: LocalizedText;
  options: IntakeQuestionOption[];
  required: boolean;
  position: number;
}

export type QuestionMove = 'up' | 'down';

function view(q: IHotlineIntakeQuestion): IntakeQuestionView {
  return {
    id: q.id,
    category: q.category,
    kind: q.kind,
    texts: q.texts,
    options: q.options,
    required: q.required,
    position: q.position,
  };
}

/** The questions a category's form asks, in order; retired ones are gone from it. */
export async function activeQuestions(
  em: EntityManager,
  organizationId: string,
  category?: HotlineCategory,
): Promise<IHotlineIntakeQuestion[]> {
  return em.find(
    HotlineIntakeQuestion,
    { organization: organizationId, retiredAt: null, ...(category ? { category } : {}) },
    { orderBy: { category: 'asc', position: 'asc', id: 'asc' } },
  );
}

/**
 * The custom questions of every category: for the compliance head's editor, and for an operator
 * who enters a caller's report and asks the caller the same questions.
 */
export async function listIntakeQuestions(em: EntityManager, actor: Actor): Promise<IntakeQuestionView[]> {
  requireAnyRole(actor, HOTLINE_OPERATORS, "see the intake form's questions");
  return (await activeQuestions(em, actor.organizationId)).map(view);
}

/**
 * The intake form's questions for an organisation (public, no actor, ADR 007): the form shows a
 * category's questions once the reporter picks it.
 */
export async function publicIntakeQuestions(
  em: EntityManager,
  organizationId: string,
): Promise<IntakeQuestionView[]> {
  if (!isUuid(organizationId)) throw NotFoundError.forId('Organization', organizationId);
  const organization = await em.findOne(Organization, { id: organizationId });
  if (!organization) throw NotFoundError.forId('Organization', organizationId);
  return (await activeQuestions(em, organization.id)).map(view);
}

/**
 * The organisation's questions change one at a time: its row is locked first, so two editors
 * never give two questions the same place or swap past each other.
 */
async function lockQuestionnaire(em: EntityManager, organizationId: string): Promise<void> {
  await lockRow(em, Organization, organizationId);
}

async function ownQuestion(em: EntityManager, actor: Actor, id: string): Promise<IHotlineIntakeQuestion> {
  const question = isUuid(id)
    ? await em.findOne(HotlineIntakeQuestion, { id, organization: actor.organizationId }, { refresh: true })
    : null;
  if (!question) throw NotFoundError.forId('HotlineIntakeQuestion', id);
  if (question.retiredAt) throw ValidationError.because('hotline.question.retired', { field: 'id' });
  return question;
}

function audit(
  em: EntityManager,
  actor: Actor,
  question: IHotlineIntakeQuestion,
  action: string,
  data: Record<string, unknown>,
): Promise<void> {
  return recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: `hotline.question_${action}`,
    entityType: 'HotlineIntakeQuestion',
    entityId: question.id,
    data: { category: question.category, ...data },
  });
}

/** Adds a question at the end of its category's form (compliance head). */
export async function addIntakeQuestion(
  em: EntityManager,
  actor: Actor,
  input: IntakeQuestionInput,
): Promise<IntakeQuestionView> {
  requireAnyRole(actor, HOTLINE_MANAGERS, "change the intake form's questions");
  const checked = checkQuestionInput(input);
  await lockQuestionnaire(em, actor.organizationId);
  const last = await em.findOne(
    HotlineIntakeQuestion,
    { organization: actor.organizationId, category: checked.category },
    { orderBy: { position: 'desc' } },
  );
  const question = em.create(HotlineIntakeQuestion, {
    organization: actor.organizationId,
    ...checked,
    position: (last?.position ?? 0) + 1,
    retiredAt: null,
  });
  await audit(em, actor, question, 'added', { kind: checked.kind, required: checked.required });
  await em.flush();
  return view(question);
}

/**
 * Changes a question's text, options, kind or required flag. Reports filed before keep the
 * question as it read then (their answers carry a sealed copy). A question moves to another
 * category at that category's end.
 */
export async function updateIntakeQuestion(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: IntakeQuestionInput,
): Promise<IntakeQuestionView> {
  requireAnyRole(actor, HOTLINE_MANAGERS, "change the intake form's questions");
  const checked = checkQuestionInput(input);
  await lockQuestionnaire(em, actor.organizationId);
  const question = await ownQuestion(em, actor, id);
  let position = question.position;
  if (checked.category !== question.category) {
    const last = await em.findOne(
      HotlineIntakeQuestion,
      { organization: actor.organizationId, category: checked.category },
      { orderBy: { position: 'desc' } },
    );
    position = (last?.position ?? 0) + 1;
  }
  em.assign(question, { ...checked, position });
  await audit(em, actor, question, 'updated', { kind: checked.kind, required: checked.required });
  await em.flush();
  return view(question);
}

/** Moves a question one place up or down its category's form; at the edge it stays. */
export async function moveIntakeQuestion(
  em: EntityManager,
  actor: Actor,
  id: string,
  direction: QuestionMove,
): Promise<IntakeQuestionView[]> {
  requireAnyRole(actor, HOTLINE_MANAGERS, "change the intake form's questions");
  if (direction !== 'up' && direction !== 'down') {
    throw ValidationError.because('hotline.question.direction', { field: 'direction' });
  }
  await lockQuestionnaire(em, actor.organizationId);
  const question = await ownQuestion(em, actor, id);
  const siblings = await em.find(
    HotlineIntakeQuestion,
    { organization: actor.organizationId, category: question.category, retiredAt: null },
    { orderBy: { position: 'asc', id: 'asc' }, refresh: true },
  );
  const index = siblings.findIndex((q) => q.id === question.id);
  const other = siblings[direction === 'up' ? index - 1 : index + 1];
  if (other) {
    // Renumbered from 1 first: positions may tie after a question changed category.
    siblings.forEach((q, i) => (q.position = i + 1));
    [question.position, other.position] = [other.position, question.position];
    await audit(em, actor, question, 'moved', { direction });
    await em.flush();
  }
  return (await activeQuestions(em, actor.organizationId)).map(view);
}

/** Takes a question off its category's form; the reports that answered it keep it. */
export async function retireIntakeQuestion(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date = new Date(),
): Promise<IntakeQuestionView[]> {
  requireAnyRole(actor, HOTLINE_MANAGERS, "change the intake form's questions");
  await lockQuestionnaire(em, actor.organizationId);
  const question = await ownQuestion(em, actor, id);
  question.retiredAt = now;
  await audit(em, actor, question, 'retired', {});
  await em.flush();
  return (await activeQuestions(em, actor.organizationId)).map(view);
}
