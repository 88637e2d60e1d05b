import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  AddHotlineIntakeQuestionDocument,
  ListHotlineIntakeQuestionsDocument,
  MoveHotlineIntakeQuestionDocument,
  RetireHotlineIntakeQuestionDocument,
  UpdateHotlineIntakeQuestionDocument,
  type IntakeQuestionFieldsFragment,
  type IntakeQuestionInput,
  type IntakeQuestionMove,
} from '../graphql/generated/graphql';

export type IntakeQuestion = IntakeQuestionFieldsFragment;

/** The custom questions of every category's intake form, which the compliance head edits. */
export const useIntakeQuestionsStore = defineStore('hotline-intake-questions', () => {
  const graphql = useGraphql();
  const questions = ref<IntakeQuestion[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      questions.value = (await graphql.request(ListHotlineIntakeQuestionsDocument)).hotlineIntakeQuestions;
    });
  }

  async function add(input: IntakeQuestionInput): Promise<void> {
    const { addHotlineIntakeQuestion } = await graphql.request(AddHotlineIntakeQuestionDocument, { input });
    questions.value = [...questions.value, addHotlineIntakeQuestion];
  }

  async function update(id: string, input: IntakeQuestionInput): Promise<void> {
    const { updateHotlineIntakeQuestion } = await graphql.request(UpdateHotlineIntakeQuestionDocument, {
      id,
      input,
    });
    questions.value = questions.value.map((q) => (q.id === id ? updateHotlineIntakeQuestion : q));
  }

  async function move(id: string, direction: IntakeQuestionMove): Promise<void> {
    questions.value = (
      await graphql.request(MoveHotlineIntakeQuestionDocument, { id, direction })
    ).moveHotlineIntakeQuestion;
  }

  async function retire(id: string): Promise<void> {
    questions.value = (
      await graphql.request(RetireHotlineIntakeQuestionDocument, { id })
    ).retireHotlineIntakeQuestion;
  }

  return { questions, status, error, load, add, update, move, retire };
});
