import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  AnswerPublicProposalDocument,
  CompliancePublicDocument,
  PublishQuarterlyReportDocument,
  SetCompliancePublicPageDocument,
  SetRiskPublishedDocument,
  type CompliancePublicQuery,
  type ComplianceQuarterlyReportInput,
  type PublicProposalAnswerInput,
} from '../graphql/generated/graphql';

export type PublicPageSetting = CompliancePublicQuery['compliancePublicPage'];
export type PublishableRisk = CompliancePublicQuery['publishableRisks'][number];
export type QuarterlyReport = CompliancePublicQuery['complianceQuarterlyReports'][number];
export type PublicProposal = CompliancePublicQuery['publicProposals'][number];

/** The keepers' side of the public page (§9.4–§11): its address, the published risks, reports and proposals. */
export const useCompliancePublicStore = defineStore('compliance-public', () => {
  const graphql = useGraphql();
  const data = ref<CompliancePublicQuery | null>(null);
  const { status, error, track } = useLoadState();

  async function fetch(): Promise<void> {
    data.value = await graphql.request(CompliancePublicDocument, {});
  }

  function load(): Promise<void> {
    return track(fetch);
  }

  async function setPage(slug: string, enabled: boolean): Promise<void> {
    await graphql.request(SetCompliancePublicPageDocument, { input: { slug, enabled } });
    await fetch();
  }

  async function setPublished(riskId: string, published: boolean): Promise<void> {
    await graphql.request(SetRiskPublishedDocument, { riskId, published });
    await fetch();
  }

  async function publishReport(input: ComplianceQuarterlyReportInput): Promise<void> {
    await graphql.request(PublishQuarterlyReportDocument, { input });
    await fetch();
  }

  async function answer(input: PublicProposalAnswerInput): Promise<void> {
    await graphql.request(AnswerPublicProposalDocument, { input });
    await fetch();
  }

  return { data, status, error, load, setPage, setPublished, publishReport, answer };
});
