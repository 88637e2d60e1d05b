import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { IAttempt } from './attempt.entity.js';
import { isPastDeadline, ownAttempt } from './attempts.js';
import { AttemptFlag } from './attempt-flag.entity.js';

/**
 * Flags a question of the acting person's open attempt to come back to, or clears the flag.
 * Taken under the attempt's shared lock, like a save: flags and saves of one attempt go side by
 * side, never across its submission, and flagging twice (two devices, a retry) leaves one flag.
 * A flag is the person's own note and changes no score: like answers, flags are their own record.
 */
export async function flagQuestion(
  em: EntityManager,
  actor: Actor,
  input: { attemptId: string; questionId: string; flagged: boolean },
  now: Date = new Date(),
): Promise<IAttempt> {
  const attempt = await ownAttempt(em, actor, input.attemptId, 'share');
  if (attempt.status !== 'open') throw ConflictError.because('training.attempt.closed');
  if (isPastDeadline(attempt, now)) throw ConflictError.because('training.attempt.timeUp');
  if (!attempt.questions.some((q) => q.questionId === input.questionId)) {
    throw ValidationError.because('training.attempt.questionUnknown', { questionId: input.questionId });
  }
  if (input.flagged) {
    await em.execute(
      `insert into attempt_flag (id, organization_id, attempt_id, question_id, flagged_at)
       values (?, ?, ?, ?, ?)
       on conflict (attempt_id, question_id) do nothing`,
      [newId(), attempt.organization.id, attempt.id, input.questionId, now],
    );
  } else {
    await em.nativeDelete(AttemptFlag, { attempt: attempt.id, question: input.questionId });
  }
  await em.populate(attempt, ['answers', 'flags'], { refresh: true });
  return attempt;
}
