import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { SMALL_COUNT_THRESHOLD } from '../../kpi/kpi-definition.js';
import { bindNamed } from '../../training/assignments/enrolment-status.js';
import { findSurvey } from './find-survey.js';
import { SurveyGroups } from './survey-groups.js';
import { scopeUnit } from './survey-participation.js';
import { surveyPhase } from './survey-phase.js';
import { SURVEY_RESULT_READERS, SURVEY_RUNNERS } from './survey-roles.js';
import { LIKERT_MAX, LIKERT_MIN, type ICultureSurvey, type SurveyQuestion } from './survey.entity.js';

/** One question's figures in a group; the distribution withheld while fewer than 5 answered it. */
export interface QuestionResult {
  question: SurveyQuestion;
  answered: number;
  withheld: boolean;
  /** Likert: the mean point, one decimal. */
  average: number | null;
  /** Likert: how many chose 1, 2, 3, 4 and 5. */
  distribution: number[] | null;
}

/** A free-text question's answers, in random order. */
export interface FreeTextAnswers {
  question: SurveyQuestion;
  texts: string[];
}

export interface SurveyResults {
  survey: ICultureSurvey;
  /** The unit's subtree; null: the whole survey. */
  orgUnitId: string | null;
  names: LocalizedText | null;
  responses: number;
  questions: QuestionResult[];
  /** To the compliance staff only, for the whole survey only; null to anyone else. */
  freeTexts: FreeTextAnswers[] | null;
}

/** Fisher–Yates with a cryptographic source: the order says nothing of when each text came. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function questionResults(
  em: EntityManager,
  survey: ICultureSurvey,
  scope: string | null,
): Promise<QuestionResult[]> {
  // Counted in SQL, by question and point: responses are never read one by one here.
  const { sql, params } = bindNamed(
    `select a.key as question_id,
            case when jsonb_typeof(a.value) = 'number' then (a.value #>> '{}')::int end as point,
            count(*) as n
       from culture_survey_response r
       cross join lateral jsonb_each(r.answers) a
       left join org_unit u on u.id = r.org_unit_id
      where r.survey_id = cast(:survey as uuid)
        and (cast(:scope as text) is null or u.path like :scope || '%')
      group by 1, 2`,
    { survey: survey.id, scope },
  );
  const rows = await em.execute<{ question_id: string; point: number | null; n: string | number }[]>(
    sql,
    params,
  );
  return survey.questions.map((question) => {
    const own = rows.filter((row) => row.question_id === question.id);
    const answered = own.reduce((sum, row) => sum + Number(row.n), 0);
    const withheld = answered < SMALL_COUNT_THRESHOLD;
    if (question.kind !== 'likert' || withheld) {
      return { question, answered, withheld, average: null, distribution: null };
    }
    const distribution = Array.from({ length: LIKERT_MAX - LIKERT_MIN + 1 }, (_, i) =>
      Number(own.find((row) => Number(row.point) === LIKERT_MIN + i)?.n ?? 0),
    );
    const sum = distribution.reduce((total, n, i) => total + n * (LIKERT_MIN + i), 0);
    return { question, answered, withheld, average: Math.round((10 * sum) / answered) / 10, distribution };
  });
}

async function freeTexts(em: EntityManager, survey: ICultureSurvey): Promise<FreeTextAnswers[]> {
  const rows = await em.execute<{ question_id: string; text: string }[]>(
    `select a.key as question_id, a.value #>> '{}' as text
       from culture_survey_response r cross join lateral jsonb_each(r.answers) a
      where r.survey_id = ? and jsonb_typeof(a.value) = 'string'`,
    [survey.id],
  );
  return survey.questions
    .filter((question) => question.kind === 'text')
    .map((question) => ({
      question,
      texts: shuffled(rows.filter((row) => row.question_id === question.id).map((row) => row.text)),
    }));
}

/**
 * §68: a survey's results, for the whole survey or one unit's subtree, once it no longer takes
 * answers (results that grew answer by answer, beside the audit trail's "answered" events, would
 * show each newcomer's answers). A group is shown only with at least 5 answers and a rest of none
 * or at least 5 in every wider group (VALIDATION otherwise, see GroupResults). The free texts go to
 * the compliance staff alone — never to the first head, auditors or the board — for the whole
 * survey only, shuffled.
 */
export async function cultureSurveyResults(
  em: EntityManager,
  actor: Actor,
  surveyId: string,
  orgUnitId: string | null = null,
  now: Date = new Date(),
): Promise<SurveyResults> {
  requireAnyRole(actor, SURVEY_RESULT_READERS, "read a culture survey's results");
  const runs = hasAnyRole(actor, SURVEY_RUNNERS);
  const survey = await findSurvey(em, actor, surveyId);
  if (survey.status === 'draft' && !runs) throw NotFoundError.forId('CultureSurvey', surveyId);
  const phase = surveyPhase(survey, kazakhstanDay(now));
  if (phase !== 'ended' && phase !== 'closed') {
    throw ConflictError.because('culture.survey.resultsAfterAnswering', { closesOn: survey.closesOn });
  }
  const unit = await scopeUnit(em, actor, orgUnitId);
  const scope = unit?.path ?? null;
  const groups = await SurveyGroups.load(em, survey.id);
  const shown = groups.results(scope);
  if (shown === 'too_few')
    throw ValidationError.because('culture.survey.groupTooSmall', { field: 'orgUnitId' });
  if (shown === 'remainder_too_few') {
    throw ValidationError.because('culture.survey.groupRemainderTooSmall', { field: 'orgUnitId' });
  }
  return {
    survey,
    orgUnitId: unit?.id ?? null,
    names: unit ? localizedName(unit.names, unit.name) : null,
    responses: groups.counts(scope).responses,
    questions: await questionResults(em, survey, scope),
    freeTexts: runs && unit === null ? await freeTexts(em, survey) : null,
  };
}
