import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  AddManagementActivityDocument,
  BoardPageDocument,
  BoardReportDocument,
  CreateBoardReportDocument,
  CreateManagementPlanDocument,
  MarkBoardReportReadDocument,
  RecordManagementParticipationDocument,
  SubmitBoardReportDocument,
  UpdateBoardReportDocument,
  type BoardPageQuery,
  type BoardReportFieldsFragment,
  type BoardReportInput,
  type BoardReportPeriod,
  type ManagementActivityInput,
} from '../graphql/generated/graphql';

export type BoardReportRow = BoardPageQuery['boardReports'][number];
export type BoardReportDetail = BoardReportFieldsFragment;
export type ManagementPlan = BoardPageQuery['managementPlans'][number];
export type ManagementMember = ManagementPlan['members'][number];

/** §66, §69: the reports to the board and the open one; §74.2: the management plans. */
export const useBoardStore = defineStore('compliance-board', () => {
  const graphql = useGraphql();
  const data = ref<BoardPageQuery | null>(null);
  const open = ref<BoardReportDetail | null>(null);
  const { status, error, track } = useLoadState();

  async function fetch(): Promise<void> {
    data.value = await graphql.request(BoardPageDocument, {});
  }

  function load(): Promise<void> {
    return track(fetch);
  }

  async function openReport(id: string): Promise<void> {
    open.value = (await graphql.request(BoardReportDocument, { id })).boardReport;
  }

  async function create(year: number, period: BoardReportPeriod): Promise<void> {
    open.value = (await graphql.request(CreateBoardReportDocument, { year, period })).createBoardReport;
    await fetch();
  }

  async function save(input: BoardReportInput): Promise<void> {
    open.value = (await graphql.request(UpdateBoardReportDocument, { input })).updateBoardReport;
    await fetch();
  }

  async function submit(id: string): Promise<void> {
    open.value = (await graphql.request(SubmitBoardReportDocument, { id })).submitBoardReport;
    await fetch();
  }

  async function markRead(id: string): Promise<void> {
    await graphql.request(MarkBoardReportReadDocument, { id });
    if (open.value?.id === id) open.value = { ...open.value, readByMe: true };
    await fetch();
  }

  async function createPlan(year: number, memberIds: string[]): Promise<void> {
    await graphql.request(CreateManagementPlanDocument, { year, memberIds });
    await fetch();
  }

  async function addActivity(input: ManagementActivityInput): Promise<void> {
    await graphql.request(AddManagementActivityDocument, { input });
    await fetch();
  }

  async function participate(activityId: string, participatedOn: string | null): Promise<void> {
    await graphql.request(RecordManagementParticipationDocument, { activityId, participatedOn });
    await fetch();
  }

  return {
    data,
    open,
    status,
    error,
    load,
    openReport,
    create,
    save,
    submit,
    markRead,
    createPlan,
    addActivity,
    participate,
  };
});
