import { reactive } from 'vue';
import { emptyDraft } from '../composables/report-draft';
import { DRAFT_KEY, type ReportDraftHolder } from '../composables/use-report-draft';
import type { IntakeLocale } from '../i18n/locales';
import { createIntakeI18n, I18N_KEY } from '../i18n/use-intake-i18n';

/** What a page needs from the app around it: the texts in one language and the report draft. */
export function intakeContext(locale: IntakeLocale = 'en') {
  const draft = reactive(emptyDraft());
  const holder: ReportDraftHolder = { draft, reset: () => Object.assign(draft, emptyDraft()) };
  const i18n = createIntakeI18n(locale);
  return {
    draft,
    i18n,
    options: { global: { provide: { [I18N_KEY as symbol]: i18n, [DRAFT_KEY as symbol]: holder } } },
  };
}
