import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import type { IOrgUnit } from '../../org/org-unit.entity.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  createTestDatabase,
  grantRoles,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { answerCultureSurvey, type SurveyAnswerInput } from './answer-survey.js';
import { openCultureSurvey } from './open-close-survey.js';
import { saveCultureSurvey } from './save-survey.js';
import type { SaveSurveyInput } from './survey-input.js';
import { cultureSurveyTemplate } from './survey-template.js';
import type { ICultureSurvey } from './survey.entity.js';

/** 10 June 2026, 11:00 in Kazakhstan: the surveys below take answers from 8 to 20 June. */
export const NOW = new Date('2026-06-10T06:00:00Z');
export const OPENS_ON = '2026-06-08';
export const CLOSES_ON = '2026-06-20';
/** The day after the closing day: results may be read. */
export const AFTER_CLOSING = new Date('2026-06-21T06:00:00Z');

export interface SurveyWorld {
  db: TestDatabase;
  org: BuiltOrganization;
  /** Finance (4 people) with Treasury (5) under it, and Sales (3), under the root. */
  finance: IOrgUnit;
  treasury: IOrgUnit;
  sales: IOrgUnit;
  /** At the root with the administrator: a compliance officer, the first head, an auditor. */
  officer: Actor;
  firstHead: Actor;
  auditor: Actor;
  financeStaff: IPerson[];
  treasuryStaff: IPerson[];
  salesStaff: IPerson[];
  em(): EntityManager;
  employee(person: IPerson): Actor;
}

export async function createSurveyWorld(): Promise<SurveyWorld> {
  const db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
  const treasury = buildOrgUnit(em, org.organization, finance, 'Treasury');
  const sales = buildOrgUnit(em, org.organization, org.root, 'Sales');
  const withRole = (role: 'compliance_officer' | 'first_head' | 'auditor') => {
    const person = buildPerson(em, org.organization, org.root);
    grantRoles(em, person, ['employee', role]);
    return actorOf(person, ['employee', role]);
  };
  const officer = withRole('compliance_officer');
  const firstHead = withRole('first_head');
  const auditor = withRole('auditor');
  const staff = (unit: IOrgUnit, n: number) =>
    Array.from({ length: n }, () => buildPerson(em, org.organization, unit));
  const financeStaff = staff(finance, 4);
  const treasuryStaff = staff(treasury, 5);
  const salesStaff = staff(sales, 3);
  await em.flush();
  return {
    db,
    org,
    finance,
    treasury,
    sales,
    officer,
    firstHead,
    auditor,
    financeStaff,
    treasuryStaff,
    salesStaff,
    em: () => db.orm.em.fork(),
    employee: (person) => actorOf(person, ['employee']),
  };
}

/** The §68 template as a survey's input, open from 8 to 20 June 2026 to everyone. */
export function templateInput(overrides: Partial<SaveSurveyInput> = {}): SaveSurveyInput {
  const template = cultureSurveyTemplate(2026);
  return {
    title: template.title,
    intro: template.intro,
    questions: template.questions,
    audience: 'all_employees',
    opensOn: OPENS_ON,
    closesOn: CLOSES_ON,
    ...overrides,
  };
}

export async function saveDraft(
  w: SurveyWorld,
  overrides: Partial<SaveSurveyInput> = {},
): Promise<ICultureSurvey> {
  return w.em().transactional((em) => saveCultureSurvey(em, w.officer, templateInput(overrides), NOW));
}

/** A survey saved and opened on NOW. */
export async function openSurvey(
  w: SurveyWorld,
  overrides: Partial<SaveSurveyInput> = {},
): Promise<ICultureSurvey> {
  const draft = await saveDraft(w, overrides);
  return w.em().transactional((em) => openCultureSurvey(em, w.officer, draft.id, NOW));
}

/** The same point of the scale to every Likert question, and a text to every free one. */
export function answersOf(
  survey: ICultureSurvey,
  point: number,
  text = 'More training',
): SurveyAnswerInput[] {
  return survey.questions.map((q) =>
    q.kind === 'likert' ? { questionId: q.id, likert: point } : { questionId: q.id, text },
  );
}

export async function answerAs(
  w: SurveyWorld,
  actor: Actor,
  survey: ICultureSurvey,
  answers: SurveyAnswerInput[] = answersOf(survey, 4),
  now: Date = NOW,
): Promise<void> {
  await w.em().transactional((em) => answerCultureSurvey(em, actor, survey.id, answers, now));
}
