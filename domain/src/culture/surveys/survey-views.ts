import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { NotFoundError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { findSurvey } from './find-survey.js';
import { surveyPhase, type SurveyPhase } from './survey-phase.js';
import { SURVEY_RESULT_READERS, SURVEY_RUNNERS } from './survey-roles.js';
import { CultureSurvey, CultureSurveyParticipation, type ICultureSurvey } from './survey.entity.js';

export interface NamedUnit {
  id: string;
  names: LocalizedText;
}

/** A survey as one viewer sees it. */
export interface CultureSurveyView {
  survey: ICultureSurvey;
  phase: SurveyPhase;
  /** The units whose subtrees are asked (audience `org_units`). */
  audienceUnits: NamedUnit[];
  /** Whether the viewer is of its audience, and whether they answered — all that is kept of them. */
  asked: boolean;
  answered: boolean;
  /** Whether the viewer follows its participation and reads its results (and may change it, a planner). */
  readsResults: boolean;
  runs: boolean;
  /** To those who read results: how many were asked and how many answered, the whole survey. */
  counts: { asked: number; answered: number } | null;
}

async function audienceUnits(
  em: EntityManager,
  surveys: readonly ICultureSurvey[],
): Promise<Map<string, NamedUnit>> {
  const ids = [...new Set(surveys.flatMap((s) => s.orgUnitIds))];
  if (ids.length === 0) return new Map();
  const units = await em.find(OrgUnit, { id: { $in: ids } }, { fields: ['id', 'name', 'names'] as const });
  return new Map(units.map((u) => [u.id, { id: u.id, names: localizedName(u.names, u.name) }]));
}

/** Asked and answered per survey, in one statement however many surveys are listed. */
async function surveyCounts(
  em: EntityManager,
  surveys: readonly ICultureSurvey[],
): Promise<Map<string, { asked: number; answered: number }>> {
  const rows = await em.execute<{ survey_id: string; asked: string | number; answered: string | number }[]>(
    `select survey_id, count(*) as asked, count(*) filter (where answered) as answered
       from culture_survey_participation where survey_id = any(cast(? as uuid[])) group by survey_id`,
    [`{${surveys.map((s) => s.id).join(',')}}`],
  );
  return new Map(
    rows.map((row) => [row.survey_id, { asked: Number(row.asked), answered: Number(row.answered) }]),
  );
}

async function views(
  em: EntityManager,
  actor: Actor,
  surveys: readonly ICultureSurvey[],
  now: Date,
): Promise<CultureSurveyView[]> {
  if (surveys.length === 0) return [];
  const today = kazakhstanDay(now);
  const units = await audienceUnits(em, surveys);
  const mine = await em.find(
    CultureSurveyParticipation,
    { person: actor.personId, survey: { $in: surveys.map((s) => s.id) } },
    { fields: ['survey', 'answered'] as const },
  );
  const own = new Map(mine.map((p) => [p.survey.id, p.answered]));
  const runs = hasAnyRole(actor, SURVEY_RUNNERS);
  const reads = hasAnyRole(actor, SURVEY_RESULT_READERS);
  const counts = reads
    ? await surveyCounts(em, surveys)
    : new Map<string, { asked: number; answered: number }>();
  return surveys.map((survey) => ({
    survey,
    phase: surveyPhase(survey, today),
    audienceUnits: survey.orgUnitIds.flatMap((id) => units.get(id) ?? []),
    asked: own.has(survey.id),
    answered: own.get(survey.id) ?? false,
    readsResults: reads && (survey.status !== 'draft' || runs),
    runs,
    counts: reads ? (counts.get(survey.id) ?? { asked: 0, answered: 0 }) : null,
  }));
}

/**
 * §68: the organisation's surveys, newest first: every one for the compliance staff, drafts
 * included; those opened for the others who read results (the first head, auditors, the board).
 */
export async function listCultureSurveys(
  em: EntityManager,
  actor: Actor,
  now: Date = new Date(),
): Promise<CultureSurveyView[]> {
  requireAnyRole(actor, SURVEY_RESULT_READERS, 'list culture surveys');
  const surveys = await em.find(
    CultureSurvey,
    {
      organization: actor.organizationId,
      ...(hasAnyRole(actor, SURVEY_RUNNERS) ? {} : { status: { $ne: 'draft' as const } }),
    },
    { orderBy: { createdAt: 'desc', id: 'asc' } },
  );
  return views(em, actor, surveys, now);
}

/**
 * One survey: to a person of its audience, its questions and whether they answered; to those who
 * read results, the survey whatever its audience (a draft to the compliance staff only). To anyone
 * else it is NOT_FOUND, as if absent.
 */
export async function getCultureSurvey(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date = new Date(),
): Promise<CultureSurveyView> {
  const survey = await findSurvey(em, actor, id);
  const [view] = await views(em, actor, [survey], now);
  if (!view || (!view.asked && !view.readsResults)) throw NotFoundError.forId('CultureSurvey', id);
  return view;
}

/** §68: the surveys the person is asked to answer that are open or about to open, the nearest closing first. */
export async function myCultureSurveys(
  em: EntityManager,
  actor: Actor,
  now: Date = new Date(),
): Promise<CultureSurveyView[]> {
  const asked = await em.find(
    CultureSurveyParticipation,
    {
      organization: actor.organizationId,
      person: actor.personId,
      survey: { status: 'open', closesOn: { $gte: kazakhstanDay(now) } },
    },
    { populate: ['survey'], orderBy: { survey: { closesOn: 'asc', id: 'asc' } } },
  );
  const surveys = asked.map((participation) => participation.survey);
  return views(em, actor, surveys, now);
}
