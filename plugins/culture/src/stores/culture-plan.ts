import { ref } from 'vue';
import { defineStore } from 'pinia';
import { downloadFromGateway, useAdalContext, useGraphql, useLoadState } from '@adal/sdk';
import {
  AddCultureActivityDocument,
  AmendCulturePlanDocument,
  ApproveCulturePlanDocument,
  CloseCulturePlanDocument,
  CreateCulturePlanDocument,
  CulturePlanDocument,
  CulturePlanVersionDocument,
  RemoveCultureActivityDocument,
  ReturnCulturePlanDocument,
  SubmitCulturePlanDocument,
  UpdateCultureActivityDocument,
  UpdateCulturePlanDocument,
  type CultureActivityFieldsFragment,
  type CultureActivityInput,
  type CulturePlanDetailsInput,
  type CulturePlanFieldsFragment,
  type CulturePlanQuery,
  type CulturePlanVersionQuery,
} from '../graphql/generated/graphql';

export type CulturePlan = CulturePlanFieldsFragment;
export type CultureActivity = CultureActivityFieldsFragment;
export type CulturePlanYear = CulturePlanQuery['culturePlanYears'][number];
export type CulturePlanWarning = CulturePlan['warnings'][number];
export type CulturePlanVersion = CulturePlanVersionQuery['culturePlanVersion'];

/**
 * One year's culture plan (§35.1) with the organisation's other plan years, and every change the
 * plan page makes. A change answers with the plan (or the activity); after an activity changes the
 * plan is read again, since its warnings depend on all its activities. Errors of a change are the
 * caller's to show.
 */
export const useCulturePlanStore = defineStore('culture-plan', () => {
  const graphql = useGraphql();
  const context = useAdalContext();
  const year = ref<number | null>(null);
  const plan = ref<CulturePlan | null>(null);
  const years = ref<CulturePlanYear[]>([]);
  const { status, error, track } = useLoadState();

  async function fetch(which: number): Promise<void> {
    const answer = await graphql.request(CulturePlanDocument, { year: which });
    if (year.value !== which) return;
    plan.value = answer.culturePlan;
    years.value = answer.culturePlanYears;
  }

  function load(which: number): Promise<void> {
    if (year.value !== which) plan.value = null;
    year.value = which;
    return track(() => fetch(which));
  }

  /** Reads the plan again without a spinner: what is shown stays until the answer comes. */
  async function refresh(): Promise<void> {
    if (year.value !== null) await fetch(year.value);
  }

  function current(): CulturePlan {
    if (!plan.value) throw new Error('No culture plan is loaded');
    return plan.value;
  }

  function put(next: CulturePlan): void {
    plan.value = next;
    if (!years.value.some((y) => y.id === next.id)) {
      years.value = [...years.value, { id: next.id, year: next.year, status: next.status }].sort(
        (a, b) => b.year - a.year,
      );
    } else {
      years.value = years.value.map((y) => (y.id === next.id ? { ...y, status: next.status } : y));
    }
  }

  async function create(copyFrom: string | null): Promise<void> {
    if (year.value === null) throw new Error('No year is chosen');
    put((await graphql.request(CreateCulturePlanDocument, { year: year.value, copyFrom })).createCulturePlan);
  }

  async function update(input: CulturePlanDetailsInput): Promise<void> {
    put((await graphql.request(UpdateCulturePlanDocument, { id: current().id, input })).updateCulturePlan);
  }

  async function submit(): Promise<void> {
    put((await graphql.request(SubmitCulturePlanDocument, { id: current().id })).submitCulturePlan);
  }

  async function approve(): Promise<void> {
    put((await graphql.request(ApproveCulturePlanDocument, { id: current().id })).approveCulturePlan);
  }

  async function sendBack(note: string): Promise<void> {
    put((await graphql.request(ReturnCulturePlanDocument, { id: current().id, note })).returnCulturePlan);
  }

  async function amend(reason: string): Promise<void> {
    put((await graphql.request(AmendCulturePlanDocument, { id: current().id, reason })).amendCulturePlan);
  }

  async function close(report: string): Promise<void> {
    put((await graphql.request(CloseCulturePlanDocument, { id: current().id, report })).closeCulturePlan);
  }

  async function addActivity(input: CultureActivityInput): Promise<CultureActivity> {
    const added = (await graphql.request(AddCultureActivityDocument, { planId: current().id, input }))
      .addCultureActivity;
    await refresh();
    return added;
  }

  async function updateActivity(id: string, input: CultureActivityInput): Promise<CultureActivity> {
    const updated = (await graphql.request(UpdateCultureActivityDocument, { id, input }))
      .updateCultureActivity;
    await refresh();
    return updated;
  }

  async function removeActivity(id: string): Promise<void> {
    await graphql.request(RemoveCultureActivityDocument, { id });
    await refresh();
  }

  /** An approved version as the first head approved it. */
  async function version(number: number): Promise<CulturePlanVersion> {
    return (await graphql.request(CulturePlanVersionDocument, { planId: current().id, number }))
      .culturePlanVersion;
  }

  /** The plan in the shape an organisation files it, in the interface language. */
  async function download(format: 'xlsx' | 'pdf'): Promise<void> {
    const which = current().year;
    await downloadFromGateway({
      path: `/culture/plans/${which}.${format}`,
      query: { lang: context.locale },
      token: context.token,
      graphqlUrl: context.graphqlUrl,
      fileName: `culture-plan-${which}.${format}`,
    });
  }

  return {
    year,
    plan,
    years,
    status,
    error,
    load,
    refresh,
    create,
    update,
    submit,
    approve,
    sendBack,
    amend,
    close,
    addActivity,
    updateActivity,
    removeActivity,
    version,
    download,
  };
});
