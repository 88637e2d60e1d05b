import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql } from '@adal/sdk';
import {
  EnterHotlineReportForCallerDocument,
  type CallerReportInput,
  type EnterHotlineReportForCallerMutation,
} from '../graphql/generated/graphql';

export type CallerReceipt = EnterHotlineReportForCallerMutation['enterHotlineReportForCaller'];

/**
 * A report taken by phone, in person or by letter and entered by the operator on the caller's
 * behalf, so that the organisation keeps one single hotline (§69). The receipt is the caller's
 * only key to the report: it is kept in memory just long enough to be read out, then forgotten.
 */
export const useCallerReportStore = defineStore('hotline-caller-report', () => {
  const graphql = useGraphql();
  const receipt = shallowRef<CallerReceipt | null>(null);
  const submitting = ref(false);

  /** Registers the report; the receipt stays until `forgetReceipt`. Errors are the caller's to show. */
  async function submit(input: CallerReportInput): Promise<CallerReceipt> {
    submitting.value = true;
    try {
      const entered = (await graphql.request(EnterHotlineReportForCallerDocument, { input }))
        .enterHotlineReportForCaller;
      receipt.value = entered;
      return entered;
    } finally {
      submitting.value = false;
    }
  }

  /** Once handed to the caller, the receipt leaves the page for good: it cannot be shown again. */
  function forgetReceipt(): void {
    receipt.value = null;
  }

  return { receipt, submitting, submit, forgetReceipt };
});
