import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  AddMitigationMeasureDocument,
  ApproveMitigationPlanDocument,
  CreateMitigationPlanDocument,
  MitigationPlanDocument,
  PublishMitigationPlanDocument,
  ReportMitigationMeasureDocument,
  UpdateMitigationMeasureDocument,
  type MitigationMeasureFieldsFragment,
  type MitigationMeasureInput,
  type MitigationMeasureReportInput,
  type MitigationMeasureUpdateInput,
  type MitigationPlanQuery,
} from '../graphql/generated/graphql';

export type MitigationPlan = NonNullable<MitigationPlanQuery['mitigationPlan']>;
export type MitigationMeasure = MitigationMeasureFieldsFragment;
export type RiskChoice = MitigationPlanQuery['publishableRisks'][number];

/**
 * One year's elimination plan (§9.3) and every change the page makes; after each change the plan
 * is read again (its actions and the risks waiting for re-scoring depend on all its measures).
 * Errors of a change are the caller's to show.
 */
export const useMitigationPlanStore = defineStore('compliance-mitigation-plan', () => {
  const graphql = useGraphql();
  const year = ref<number | null>(null);
  const plan = ref<MitigationPlan | null>(null);
  const risks = ref<RiskChoice[]>([]);
  const { status, error, track } = useLoadState();

  async function fetch(which: number): Promise<void> {
    const answer = await graphql.request(MitigationPlanDocument, { year: which });
    if (year.value !== which) return;
    plan.value = answer.mitigationPlan ?? null;
    risks.value = answer.publishableRisks;
  }

  function load(which: number): Promise<void> {
    if (year.value !== which) plan.value = null;
    year.value = which;
    return track(() => fetch(which));
  }

  async function refresh(): Promise<void> {
    if (year.value !== null) await fetch(year.value);
  }

  function planId(): string {
    if (!plan.value) throw new Error('No mitigation plan is loaded');
    return plan.value.id;
  }

  async function create(): Promise<void> {
    if (year.value === null) throw new Error('No year is chosen');
    await graphql.request(CreateMitigationPlanDocument, { year: year.value });
    await refresh();
  }

  async function approve(): Promise<void> {
    await graphql.request(ApproveMitigationPlanDocument, { id: planId() });
    await refresh();
  }

  async function publish(controlledBy: string | null): Promise<void> {
    await graphql.request(PublishMitigationPlanDocument, { id: planId(), controlledBy });
    await refresh();
  }

  async function addMeasure(input: Omit<MitigationMeasureInput, 'planId'>): Promise<void> {
    await graphql.request(AddMitigationMeasureDocument, { input: { ...input, planId: planId() } });
    await refresh();
  }

  async function updateMeasure(input: MitigationMeasureUpdateInput): Promise<void> {
    await graphql.request(UpdateMitigationMeasureDocument, { input });
    await refresh();
  }

  async function report(input: MitigationMeasureReportInput): Promise<void> {
    await graphql.request(ReportMitigationMeasureDocument, { input });
    await refresh();
  }

  return {
    year,
    plan,
    risks,
    status,
    error,
    load,
    create,
    approve,
    publish,
    addMeasure,
    updateMeasure,
    report,
  };
});
