import type { GivenAnswer, MikroORM } from '@adal/domain';

/** A save the server acknowledged: the value it said it stored. */
export interface AcknowledgedSave {
  attemptId: string;
  questionId: string;
  answer: GivenAnswer;
}

/** A score the server returned for a submission (a double submit returns it twice). */
export interface ObservedScore {
  attemptId: string;
  scorePercent: number;
}

/** What the database holds after the run, against what the clients were told. */
export interface ExamCheck {
  answersChecked: number;
  /** Acknowledged saves whose answer is missing or differs from the one sent. */
  lostAnswers: string[];
  attemptsClosed: number;
  /** Closed attempts scored more than once (two closing audit events, two certificates). */
  doubleScored: string[];
  /** Closed attempts without a score, or a score other than the one returned to the client. */
  wrongScores: string[];
}

/** Option ids in a set, pairs by option: the stored JSON and the sent one compare as values. */
function normalised(answer: GivenAnswer): string {
  if ('optionIds' in answer) return JSON.stringify([...answer.optionIds].sort());
  return JSON.stringify(Object.entries(answer.pairs).sort(([a], [b]) => a.localeCompare(b)));
}

interface AnswerRow {
  attempt_id: string;
  question_id: string;
  answer: GivenAnswer;
}

interface AttemptRow {
  id: string;
  status: string;
  score_percent: string | null;
  closings: string;
  certificates: string;
}

export async function checkExam(
  orm: MikroORM,
  organizationId: string,
  saves: readonly AcknowledgedSave[],
  scores: readonly ObservedScore[],
): Promise<ExamCheck> {
  const connection = orm.em.fork().getConnection();
  const stored = await connection.execute<AnswerRow[]>(
    'select attempt_id, question_id, answer from attempt_answer where organization_id = ?',
    [organizationId],
  );
  const byKey = new Map(
    stored.map((row) => [`${row.attempt_id}/${row.question_id}`, normalised(row.answer)]),
  );
  const lostAnswers = saves
    .filter((save) => byKey.get(`${save.attemptId}/${save.questionId}`) !== normalised(save.answer))
    .map((save) => `${save.attemptId}/${save.questionId}`);

  const attempts = await connection.execute<AttemptRow[]>(
    `with closings as (
       select entity_id, count(*) as n from audit_event
        where organization_id = ? and action in ('training.attempt_submitted', 'training.attempt_expired')
        group by entity_id),
     certificates as (select attempt_id, count(*) as n from certificate group by attempt_id)
     select a.id, a.status, a.score_percent, coalesce(cl.n, 0) as closings, coalesce(ce.n, 0) as certificates
       from attempt a
       left join closings cl on cl.entity_id = a.id::text
       left join certificates ce on ce.attempt_id = a.id
      where a.organization_id = ? and a.status <> 'open'`,
    [organizationId, organizationId],
  );
  const storedScore = new Map(attempts.map((row) => [row.id, row.score_percent]));
  const doubleScored = attempts
    .filter((row) => Number(row.closings) !== 1 || Number(row.certificates) > 1)
    .map((row) => row.id);
  const wrongScores = [
    ...attempts.filter((row) => row.score_percent === null).map((row) => row.id),
    ...scores
      .filter((seen) => Number(storedScore.get(seen.attemptId) ?? Number.NaN) !== seen.scorePercent)
      .map((seen) => seen.attemptId),
  ];
  return {
    answersChecked: saves.length,
    lostAnswers,
    attemptsClosed: attempts.length,
    doubleScored,
    wrongScores: [...new Set(wrongScores)],
  };
}
