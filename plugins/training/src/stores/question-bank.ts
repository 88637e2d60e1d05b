import { ref } from 'vue';
import { defineStore } from 'pinia';
import { uploaderFor, useAdalContext, useGraphql, useLoadState } from '@adal/sdk';
import {
  CreateTrainingQuestionDocument,
  CreateTrainingQuestionPoolDocument,
  DeleteTrainingQuestionPoolDocument,
  EditTrainingQuestionDocument,
  GetQuestionBankDocument,
  ImportTrainingQuestionFileDocument,
  PreviewTrainingQuestionImportDocument,
  RenameTrainingQuestionPoolDocument,
  RetireTrainingQuestionDocument,
  type BankPoolFieldsFragment,
  type BankQuestionFieldsFragment,
  type LocalizedTextFieldsFragment,
  type LocalizedTextInput,
  type PreviewTrainingQuestionImportMutation,
  type QuestionKind,
  type TrainingQuestionInput,
} from '../graphql/generated/graphql';

export type BankPool = BankPoolFieldsFragment;
export type BankQuestion = BankQuestionFieldsFragment;
export type QuestionImportPreview = PreviewTrainingQuestionImportMutation['previewTrainingQuestionImport'];
export type QuestionImportProblem = QuestionImportPreview['problems'][number];

/** As get_question_bank.query.graphql asks: 20 questions with their options in three languages a page. */
export const BANK_PAGE_SIZE = 20;

/**
 * A course's question bank (§33): its pools, one page of its questions found by a word and a
 * kind, and the changes its page makes. After each change the bank is read again, so that the
 * counts and the page show what the server keeps. Errors of a change are the caller's to show.
 */
export const useQuestionBankStore = defineStore('training-question-bank', () => {
  const graphql = useGraphql();
  const uploader = uploaderFor(useAdalContext());
  const courseId = ref<string | null>(null);
  const courseTitle = ref<LocalizedTextFieldsFragment | null>(null);
  const pools = ref<BankPool[]>([]);
  const questions = ref<BankQuestion[]>([]);
  const total = ref(0);
  const search = ref('');
  const kind = ref<QuestionKind | null>(null);
  const page = ref(0);
  const { status, error, track } = useLoadState();

  function open(id: string): Promise<void> {
    if (courseId.value !== id) {
      courseId.value = id;
      courseTitle.value = null;
      pools.value = [];
      questions.value = [];
      total.value = 0;
      search.value = '';
      kind.value = null;
      page.value = 0;
    }
    return load();
  }

  function current(): string {
    if (!courseId.value) throw new Error('No course is open');
    return courseId.value;
  }

  function load(): Promise<void> {
    const id = current();
    return track(async () => {
      const bank = (
        await graphql.request(GetQuestionBankDocument, {
          courseId: id,
          search: search.value.trim() || null,
          kind: kind.value,
          offset: page.value * BANK_PAGE_SIZE,
        })
      ).trainingQuestionBank;
      courseTitle.value = bank.courseTitle;
      pools.value = bank.pools;
      questions.value = bank.questions;
      total.value = bank.total;
    });
  }

  function find(text: string, chosenKind: QuestionKind | null): Promise<void> {
    search.value = text;
    kind.value = chosenKind;
    page.value = 0;
    return load();
  }

  function goToPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  async function createPool(title: LocalizedTextInput): Promise<void> {
    await graphql.request(CreateTrainingQuestionPoolDocument, { courseId: current(), title });
    await load();
  }

  async function renamePool(poolId: string, title: LocalizedTextInput): Promise<void> {
    await graphql.request(RenameTrainingQuestionPoolDocument, { poolId, title });
    await load();
  }

  async function deletePool(poolId: string): Promise<void> {
    await graphql.request(DeleteTrainingQuestionPoolDocument, { poolId });
    await load();
  }

  /** A new question in `poolId`, or an edit of `id` (which may move it to `poolId`). */
  async function saveQuestion(
    id: string | null,
    poolId: string,
    input: TrainingQuestionInput,
  ): Promise<void> {
    if (id) await graphql.request(EditTrainingQuestionDocument, { id, input: { ...input, poolId } });
    else await graphql.request(CreateTrainingQuestionDocument, { poolId, input });
    await load();
  }

  async function retire(id: string): Promise<void> {
    await graphql.request(RetireTrainingQuestionDocument, { id });
    await load();
  }

  /** The dry run of an import: every row checked, nothing written. */
  async function preview(file: File): Promise<QuestionImportPreview> {
    return (await uploader.request(PreviewTrainingQuestionImportDocument, { courseId: current(), file }))
      .previewTrainingQuestionImport;
  }

  /** The import itself: the server checks every row again and writes all of them or none. */
  async function importFile(file: File): Promise<number> {
    const report = (await uploader.request(ImportTrainingQuestionFileDocument, { courseId: current(), file }))
      .importTrainingQuestionFile;
    page.value = 0;
    await load();
    return report.created;
  }

  return {
    courseId,
    courseTitle,
    pools,
    questions,
    total,
    search,
    kind,
    page,
    status,
    error,
    open,
    load,
    find,
    goToPage,
    createPool,
    renamePool,
    deletePool,
    saveQuestion,
    retire,
    preview,
    importFile,
  };
});
