import { computed, reactive, type Ref } from 'vue';
import { calendarDay, dateOfDay } from '@adal/sdk';

/** What a measure of the plan (§9.3) and an action of the programme (§66) report alike. */
export interface ReportedProgress {
  progressNote?: string | null;
  evidenceLink?: string | null;
  evidenceNote?: string | null;
  doneOn?: string | null;
}

/**
 * The progress part of a report form: a note, the evidence (a link or a note, one of them needed
 * once done) and the day it was done, filled from what was reported before and sent trimmed.
 */
export function useProgressReport(done: Ref<boolean>) {
  const progress = reactive({
    progressNote: '',
    evidenceLink: '',
    evidenceNote: '',
    doneOn: null as Date | null,
  });
  const evidenceMissing = computed(
    () => done.value && !progress.evidenceLink.trim() && !progress.evidenceNote.trim(),
  );

  function fill(from: ReportedProgress): void {
    progress.progressNote = from.progressNote ?? '';
    progress.evidenceLink = from.evidenceLink ?? '';
    progress.evidenceNote = from.evidenceNote ?? '';
    progress.doneOn = from.doneOn ? dateOfDay(from.doneOn) : new Date();
  }

  function reported(): Required<ReportedProgress> {
    return {
      progressNote: progress.progressNote.trim() || null,
      evidenceLink: progress.evidenceLink.trim() || null,
      evidenceNote: progress.evidenceNote.trim() || null,
      doneOn: done.value && progress.doneOn ? calendarDay(progress.doneOn) : null,
    };
  }

  return { progress, evidenceMissing, fill, reported };
}
