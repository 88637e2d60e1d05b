import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  GenerateHotlineQuarterlyReportDocument,
  ListHotlineQuarterlyReportsDocument,
  type HotlineQuarterlyReportFieldsFragment,
} from '../graphql/generated/graphql';

export type QuarterlyReport = HotlineQuarterlyReportFieldsFragment;

/** The quarterly hotline reports kept for the first head and the board (§69, §60.4). */
export const useQuarterlyReportsStore = defineStore('hotline-quarterly-reports', () => {
  const graphql = useGraphql();
  const reports = ref<QuarterlyReport[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      reports.value = (await graphql.request(ListHotlineQuarterlyReportsDocument)).hotlineQuarterlyReports;
    });
  }

  async function generate(quarter: string): Promise<QuarterlyReport> {
    const report = (await graphql.request(GenerateHotlineQuarterlyReportDocument, { quarter }))
      .generateHotlineQuarterlyReport;
    reports.value = [report, ...reports.value].sort((a, b) =>
      a.quarter === b.quarter
        ? b.generatedAt.localeCompare(a.generatedAt)
        : b.quarter.localeCompare(a.quarter),
    );
    return report;
  }

  return { reports, status, error, load, generate };
});
