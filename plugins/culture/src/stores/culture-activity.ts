import { ref } from 'vue';
import { defineStore } from 'pinia';
import { downloadFromGateway, uploaderFor, useAdalContext, useGraphql, useLoadState } from '@adal/sdk';
import {
  AddCultureEvidenceDocument,
  CultureActivityDocument,
  RemoveCultureEvidenceDocument,
  ReportCultureActivityDocument,
  type CultureActivityReportInput,
  type CultureEvidenceInput,
} from '../graphql/generated/graphql';
import type { CultureActivity } from './culture-plan';

export type CultureEvidence = CultureActivity['evidence'][number];

/** One activity of the plan with its report and evidence (§35.1, §75). Errors of a change are the caller's to show. */
export const useCultureActivityStore = defineStore('culture-activity', () => {
  const graphql = useGraphql();
  const context = useAdalContext();
  const uploader = uploaderFor(context);
  const activity = ref<CultureActivity | null>(null);
  const { status, error, track } = useLoadState();

  function load(id: string): Promise<void> {
    if (activity.value?.id !== id) activity.value = null;
    return track(async () => {
      activity.value = (await graphql.request(CultureActivityDocument, { id })).cultureActivity;
    });
  }

  function current(): CultureActivity {
    if (!activity.value) throw new Error('No activity is loaded');
    return activity.value;
  }

  async function report(input: CultureActivityReportInput): Promise<void> {
    activity.value = (
      await graphql.request(ReportCultureActivityDocument, { id: current().id, input })
    ).reportCultureActivity;
  }

  /** A link goes as JSON; a file, a photo or an attendance list as a multipart request. */
  async function addEvidence(input: CultureEvidenceInput, file: File | null): Promise<void> {
    const variables = { activityId: current().id, input, file };
    activity.value = (
      file
        ? await uploader.request(AddCultureEvidenceDocument, variables)
        : await graphql.request(AddCultureEvidenceDocument, { ...variables, file: null })
    ).addCultureEvidence;
  }

  async function removeEvidence(id: string): Promise<void> {
    activity.value = (await graphql.request(RemoveCultureEvidenceDocument, { id })).removeCultureEvidence;
  }

  /** The evidence file with the viewer's token, under its own name. */
  async function download(evidence: CultureEvidence): Promise<void> {
    await downloadFromGateway({
      path: `/culture/evidence/${evidence.id}`,
      token: context.token,
      graphqlUrl: context.graphqlUrl,
      fileName: evidence.fileName ?? 'evidence',
    });
  }

  return { activity, status, error, load, report, addEvidence, removeEvidence, download };
});
