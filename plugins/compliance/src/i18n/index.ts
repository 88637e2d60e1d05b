import { mergeMessages, type AdalMessages } from '@adal/sdk';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import { annualProgramme } from './annual-programme';
import { mitigation } from './mitigation';
import { programme } from './programme';
import { risks } from './risks';
import { selfAssessment } from './self-assessment';
import { board } from './board';
import { kpiViews } from './kpi-views';
import { kpiCatalogue } from './kpi-catalogue';
import { kpiBenchmark } from './kpi-benchmark';

/** The parts of the plugin, each with its messages in kk, ru and en; each part adds itself as it lands. */
const PARTS: readonly { kk: object; ru: object; en: object }[] = [
  risks,
  mitigation,
  programme,
  selfAssessment,
  annualProgramme,
  board,
  kpiViews,
  kpiCatalogue,
  kpiBenchmark,
];

/** Every text of the plugin, Kazakh first (the default language). */
export const messages: AdalMessages = {
  kk: mergeMessages(kk, ...PARTS.map((part) => part.kk as Record<string, unknown>)),
  ru: mergeMessages(ru, ...PARTS.map((part) => part.ru as Record<string, unknown>)),
  en: mergeMessages(en, ...PARTS.map((part) => part.en as Record<string, unknown>)),
};
