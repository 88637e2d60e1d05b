import { ref } from 'vue';
import { defineStore } from 'pinia';
import { uploaderFor, useAdalContext, useGraphql, useLoadState } from '@adal/sdk';
import {
  EditTrainingSessionDocument,
  GetTrainingSessionDocument,
  ImportSessionAttendanceDocument,
  PreviewSessionAttendanceImportDocument,
  type AttendanceImportPreviewFieldsFragment,
  RecordSessionAttendanceDocument,
  SetTrainingSessionStatusDocument,
  type AttendanceEntryInput,
  type SessionAttendanceFieldsFragment,
  type TrainingSessionInput,
  type TrainingSessionStatus,
} from '../graphql/generated/graphql';
import type { TrainingSession } from './training-sessions';

export type RecordedAttendance = SessionAttendanceFieldsFragment;
export type AttendanceImportPreview = AttendanceImportPreviewFieldsFragment;

/** One training session with its attendance, and the changes its page makes. Errors of a change are the caller's to show. */
export const useTrainingSessionStore = defineStore('training-session', () => {
  const graphql = useGraphql();
  const uploader = uploaderFor(useAdalContext());
  const session = ref<TrainingSession | null>(null);
  const attendance = ref<RecordedAttendance[]>([]);
  const { status, error, track } = useLoadState();

  function load(id: string): Promise<void> {
    return track(async () => {
      const answer = await graphql.request(GetTrainingSessionDocument, { id });
      session.value = answer.trainingSession;
      attendance.value = answer.sessionAttendance;
    });
  }

  function current(): TrainingSession {
    if (!session.value) throw new Error('No session is loaded');
    return session.value;
  }

  async function edit(input: TrainingSessionInput): Promise<void> {
    session.value = (
      await graphql.request(EditTrainingSessionDocument, { id: current().id, input })
    ).editTrainingSession;
  }

  /** Held on a day (YYYY-MM-DD), cancelled, or planned again. */
  async function setStatus(next: TrainingSessionStatus, heldOn: string | null = null): Promise<void> {
    session.value = (
      await graphql.request(SetTrainingSessionStatusDocument, { id: current().id, status: next, heldOn })
    ).setTrainingSessionStatus;
  }

  /**
   * Records the entries all at once, then reads the session again: its counts, its attendance
   * and its status (a planned session whose day has come becomes held). A refusal changes nothing.
   */
  async function record(entries: AttendanceEntryInput[]): Promise<number> {
    const id = current().id;
    const recorded = (await graphql.request(RecordSessionAttendanceDocument, { sessionId: id, entries }))
      .recordSessionAttendance;
    await load(id);
    return recorded;
  }

  /** §68: what an attendance list (CSV or XLSX) holds, matched to people, and its problems; records nothing. */
  async function previewImport(file: File): Promise<AttendanceImportPreview> {
    return (await uploader.request(PreviewSessionAttendanceImportDocument, { sessionId: current().id, file }))
      .previewSessionAttendanceImport;
  }

  /** Records the list's attendance, all rows or none, then reads the session again. */
  async function importFile(file: File): Promise<AttendanceImportPreview> {
    const id = current().id;
    const imported = (await uploader.request(ImportSessionAttendanceDocument, { sessionId: id, file }))
      .importSessionAttendance;
    await load(id);
    return imported;
  }

  return { session, attendance, status, error, load, edit, setStatus, record, previewImport, importFile };
});
