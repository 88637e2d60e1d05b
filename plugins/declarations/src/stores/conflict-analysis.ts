import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ConflictQuarterlyAnalysisDocument,
  RecordConflictIinAccessMemoDocument,
  ReviewConflictQuarterlyAnalysisDocument,
  type ConflictIinAccessMemoInput,
  type ConflictQuarterlyAnalysisFieldsFragment,
  type ConflictQuarterlyAnalysisQuery,
} from '../graphql/generated/graphql';

export type ConflictAnalysis = ConflictQuarterlyAnalysisFieldsFragment;
export type ConflictMatch = ConflictQuarterlyAnalysisQuery['conflictMatches']['matches'][number];

/**
 * §14: one quarter's conflict-of-interest analysis — the employees' declared relatives and linked
 * persons who work in the organisation too, the memo that opens their IINs in a state body, and
 * the review. Which IINs may be read is the server's word.
 */
export const useConflictAnalysisStore = defineStore('declarations-conflict-analysis', () => {
  const graphql = useGraphql();
  const quarter = ref<string | null>(null);
  const analysis = ref<ConflictAnalysis | null>(null);
  const matches = ref<ConflictMatch[]>([]);
  const iinsShown = ref(false);
  const { status, error, track } = useLoadState();

  function load(of: string): Promise<void> {
    // Another quarter is not shown while it loads; the same one stays on the page until its new answer.
    if (quarter.value !== of) {
      analysis.value = null;
      matches.value = [];
      iinsShown.value = false;
    }
    quarter.value = of;
    return track(async () => {
      const answer = await graphql.request(ConflictQuarterlyAnalysisDocument, { quarter: of });
      // A quarter chosen meanwhile has its own answer coming.
      if (quarter.value !== of) return;
      analysis.value = answer.conflictQuarterlyAnalysis;
      matches.value = answer.conflictMatches.matches;
      iinsShown.value = answer.conflictMatches.iinsShown;
    });
  }

  /** The memo opens the quarter's IINs: the matches are asked for again, with them. */
  async function recordMemo(of: string, input: ConflictIinAccessMemoInput): Promise<void> {
    await graphql.request(RecordConflictIinAccessMemoDocument, { quarter: of, input });
    await load(of);
  }

  async function review(of: string, findings: string, matchesReviewed: number): Promise<void> {
    const reviewed = (
      await graphql.request(ReviewConflictQuarterlyAnalysisDocument, {
        quarter: of,
        findings,
        matchesReviewed,
      })
    ).reviewConflictQuarterlyAnalysis;
    if (quarter.value === of) analysis.value = reviewed;
  }

  return { quarter, analysis, matches, iinsShown, status, error, load, recordMemo, review };
});
