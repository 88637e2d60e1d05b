import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  DeactivateTrainingAssignmentDocument,
  EditTrainingAssignmentDocument,
  ExtendTrainingDueDateDocument,
  GetTrainingAssignmentDocument,
  ListTrainingAssignmentEnrolmentsDocument,
  SendTrainingReminderNowDocument,
  type EditTrainingAssignmentInput,
  type EnrolmentStatus,
  type GetTrainingAssignmentQuery,
  type ListTrainingAssignmentEnrolmentsQuery,
} from '../graphql/generated/graphql';
import type { TrainingAssignment } from './training-assignments';

export type AssignmentChange = GetTrainingAssignmentQuery['trainingAssignmentHistory'][number];
export type AssignmentEnrolment =
  ListTrainingAssignmentEnrolmentsQuery['trainingAssignmentEnrolments']['rows'][number];

export const ENROLMENT_PAGE_SIZE = 25;

/**
 * One assignment with its history and a page of the people it enrolled, and the changes its page
 * makes. Errors of a change are the caller's to show; after a change everything is read again.
 */
export const useTrainingAssignmentStore = defineStore('training-assignment', () => {
  const graphql = useGraphql();
  const assignment = ref<TrainingAssignment | null>(null);
  const history = ref<AssignmentChange[]>([]);
  const { status, error, track } = useLoadState();

  const people = ref<AssignmentEnrolment[]>([]);
  const total = ref(0);
  const page = ref(0);
  const search = ref('');
  const statusFilter = ref<EnrolmentStatus | null>(null);
  const people$ = useLoadState();

  function load(id: string): Promise<void> {
    return track(async () => {
      const answer = await graphql.request(GetTrainingAssignmentDocument, { id });
      assignment.value = answer.trainingAssignment;
      history.value = answer.trainingAssignmentHistory;
    });
  }

  function loadPeople(id: string): Promise<void> {
    return people$.track(async () => {
      const answer = await graphql.request(ListTrainingAssignmentEnrolmentsDocument, {
        assignmentId: id,
        status: statusFilter.value,
        search: search.value.trim() || null,
        limit: ENROLMENT_PAGE_SIZE,
        offset: page.value * ENROLMENT_PAGE_SIZE,
      });
      people.value = answer.trainingAssignmentEnrolments.rows;
      total.value = answer.trainingAssignmentEnrolments.total;
    });
  }

  function current(): TrainingAssignment {
    if (!assignment.value) throw new Error('No assignment is loaded');
    return assignment.value;
  }

  async function reload(): Promise<void> {
    const id = current().id;
    await Promise.all([load(id), loadPeople(id)]);
  }

  async function edit(input: EditTrainingAssignmentInput): Promise<void> {
    await graphql.request(EditTrainingAssignmentDocument, { id: current().id, input });
    await reload();
  }

  async function extend(personIds: string[], dueOn: string): Promise<number> {
    const extended = (
      await graphql.request(ExtendTrainingDueDateDocument, { assignmentId: current().id, personIds, dueOn })
    ).extendTrainingDueDate;
    await reload();
    return extended;
  }

  async function deactivate(): Promise<void> {
    await graphql.request(DeactivateTrainingAssignmentDocument, { id: current().id });
    await reload();
  }

  /** How many people have not passed yet (nor were withdrawn): who a reminder would go to. */
  async function notPassedCount(): Promise<number> {
    const count = async (status: EnrolmentStatus | null) =>
      (
        await graphql.request(ListTrainingAssignmentEnrolmentsDocument, {
          assignmentId: current().id,
          status,
          limit: 1,
          offset: 0,
        })
      ).trainingAssignmentEnrolments.total;
    const [all, passed, withdrawn] = await Promise.all([count(null), count('passed'), count('withdrawn')]);
    return Math.max(0, all - passed - withdrawn);
  }

  async function remind(): Promise<number> {
    const sent = (await graphql.request(SendTrainingReminderNowDocument, { assignmentId: current().id }))
      .sendTrainingReminderNow;
    await load(current().id);
    return sent;
  }

  return {
    assignment,
    history,
    status,
    error,
    people,
    total,
    page,
    search,
    statusFilter,
    peopleStatus: people$.status,
    peopleError: people$.error,
    load,
    loadPeople,
    edit,
    extend,
    deactivate,
    notPassedCount,
    remind,
  };
});
