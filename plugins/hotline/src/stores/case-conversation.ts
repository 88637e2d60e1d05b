import { defineStore } from 'pinia';
import { uploaderFor, useAdalContext, useGraphql } from '@adal/sdk';
import {
  AddHotlineNoteDocument,
  GiveHotlineInterimFeedbackDocument,
  SendHotlineMessageDocument,
} from '../graphql/generated/graphql';
import { useHotlineCaseStore } from './hotline-case';

export type StaffMessageKind = 'message' | 'question';

/**
 * What investigators write on a case: messages and questions to the reporter, interim feedback
 * (§69: the check needs a number of days), and private notes the reporter never sees.
 */
export const useCaseConversationStore = defineStore('hotline-case-conversation', () => {
  const graphql = useGraphql();
  const uploader = uploaderFor(useAdalContext());
  const cases = useHotlineCaseStore();

  /** A message or a question to the reporter, with files when given (sent as a multipart request). */
  async function send(kind: StaffMessageKind, body: string, files: File[] = []): Promise<void> {
    const id = cases.currentId();
    const input = { kind, body: body.trim(), ...(files.length > 0 ? { attachments: files } : {}) };
    const result =
      files.length > 0
        ? await uploader.request(SendHotlineMessageDocument, { id, input })
        : await graphql.request(SendHotlineMessageDocument, { id, input });
    cases.replace(result.sendHotlineMessage);
  }

  /** §69: interim feedback; with days, the check is to take that many more days from today. */
  async function giveInterimFeedback(body: string, checkDays: number | null): Promise<void> {
    const input = { body: body.trim(), ...(checkDays !== null ? { checkDays } : {}) };
    cases.replace(
      (await graphql.request(GiveHotlineInterimFeedbackDocument, { id: cases.currentId(), input }))
        .giveHotlineInterimFeedback,
    );
  }

  async function addNote(body: string): Promise<void> {
    cases.replace(
      (await graphql.request(AddHotlineNoteDocument, { id: cases.currentId(), body: body.trim() }))
        .addHotlineNote,
    );
  }

  return { send, giveInterimFeedback, addNote };
});
