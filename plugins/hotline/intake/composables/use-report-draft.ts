import { inject, provide, reactive, type InjectionKey } from 'vue';
import { emptyDraft, type ReportDraft } from './report-draft';

export interface ReportDraftHolder {
  draft: ReportDraft;
  /** Forgets everything typed: after a report was accepted, nothing of it stays in the page. */
  reset(): void;
}

const DRAFT_KEY: InjectionKey<ReportDraftHolder> = Symbol('intake-report-draft');

/** Held by the app, so that going back to the start page and returning keeps what was typed. */
export function provideReportDraft(): ReportDraftHolder {
  const draft = reactive(emptyDraft());
  const holder: ReportDraftHolder = { draft, reset: () => Object.assign(draft, emptyDraft()) };
  provide(DRAFT_KEY, holder);
  return holder;
}

export function useReportDraft(): ReportDraftHolder {
  const holder = inject(DRAFT_KEY);
  if (!holder) throw new Error('useReportDraft() needs provideReportDraft() in an ancestor');
  return holder;
}

export { DRAFT_KEY };
