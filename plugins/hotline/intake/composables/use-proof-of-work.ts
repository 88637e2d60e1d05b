import { ref } from 'vue';
import { execute } from '../api/graphql-client';
import { IntakeError } from '../api/intake-error';
import { solveChallenge, type WorkProof } from '../api/proof-of-work';
import { HotlineChallengeDocument } from '../graphql/generated/graphql';

type WorkGrade = 'ordinary' | 'strong';

/**
 * The grade of work the server would take at once after refusing a request: a client past its
 * allowance (RATE_LIMITED with `retryWithWork`), or a proof that expired or was already used.
 */
function workToRetryWith(error: unknown): WorkGrade | null {
  if (!(error instanceof IntakeError)) return null;
  if (error.code === 'VALIDATION' && error.field === 'proof') return 'ordinary';
  const grade = error.details.retryWithWork;
  return error.code === 'RATE_LIMITED' && (grade === 'ordinary' || grade === 'strong') ? grade : null;
}

/**
 * The small proof of work the gateway asks of anonymous requests (ADR 007): a challenge from
 * the server, solved in this browser in about a second, while the page says so.
 */
export function useProofOfWork() {
  const preparing = ref(false);
  /** The chance that the work would be done by now, for a progress bar (0–1). */
  const progress = ref(0);

  async function prove(grade: WorkGrade): Promise<WorkProof> {
    preparing.value = true;
    progress.value = 0;
    try {
      const { hotlineChallenge } = await execute(HotlineChallengeDocument, { strong: grade === 'strong' });
      return await solveChallenge(hotlineChallenge.challenge, hotlineChallenge.difficulty, (share) => {
        progress.value = share;
      });
    } finally {
      preparing.value = false;
    }
  }

  /** Runs `attempt`; when the server answers that some grade of work gets it through, `again` with that work. */
  async function retried<T>(attempt: () => Promise<T>, again: (proof: WorkProof) => Promise<T>): Promise<T> {
    try {
      return await attempt();
    } catch (error) {
      const grade = workToRetryWith(error);
      if (!grade) throw error;
      return again(await prove(grade));
    }
  }

  /** A request that always carries work: a submission, a lookup. */
  async function withWork<T>(run: (proof: WorkProof) => Promise<T>): Promise<T> {
    const proof = await prove('ordinary');
    return retried(() => run(proof), run);
  }

  /** A request that carries work only once the server asks for it: an answer, a download. */
  function workIfAsked<T>(run: (proof: WorkProof | null) => Promise<T>): Promise<T> {
    return retried(() => run(null), run);
  }

  return { preparing, progress, withWork, workIfAsked };
}
