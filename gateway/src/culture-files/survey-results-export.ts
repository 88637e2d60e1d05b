import {
  cultureSurveyParticipation,
  cultureSurveyResults,
  forTenant,
  formatCalendarDay,
  getCultureSurvey,
  kazakhstanDay,
  type Actor,
  type EntityManager,
  type Locale,
  type ParticipationFigures,
  type QuestionResult,
  type SurveyParticipation,
  type SurveyResults,
} from '@adal/domain';
import { authenticate } from '../auth/authenticate.js';
import { signInRequired } from '../errors/plain-responses.js';
import { inertText } from '../files/formula-text.js';
import { tablesXlsx, type XlsxTable } from '../files/xlsx-tables.js';
import { xlsxDownload } from '../files/xlsx-download.js';
import { requestLocale } from '../training-files/texts.js';
import type { CultureFilesOptions } from './use-culture-files.js';

/** `/culture/surveys/<id>/results.xlsx`, with `orgUnitId` for one unit's subtree and `lang`. */
export const SURVEY_RESULTS_EXPORT = /^\/culture\/surveys\/([0-9a-fA-F-]{36})\/results\.xlsx$/;

interface Texts {
  survey: string;
  field: string;
  value: string;
  title: string;
  group: string;
  whole: string;
  opensOn: string;
  closesOn: string;
  responses: string;
  participation: string;
  unit: string;
  asked: string;
  answered: string;
  share: string;
  fewerThanFive: string;
  remainderTooFew: string;
  question: (n: number) => string;
  points: readonly string[];
  total: string;
  average: string;
  freeTextsElsewhere: string;
}

const TEXTS: Record<Locale, Texts> = {
  kk: {
    survey: 'Сауалнама',
    field: 'Көрсеткіш',
    value: 'Мәні',
    title: 'Атауы',
    group: 'Топ',
    whole: 'Бүкіл сауалнама',
    opensOn: 'Ашылуы',
    closesOn: 'Жабылуы',
    responses: 'Жауаптар',
    participation: 'Қатысу',
    unit: 'Бөлімше',
    asked: 'Сұралды',
    answered: 'Жауап берді',
    share: 'Үлесі, %',
    fewerThanFive: '5-тен аз: көрсетілмейді',
    remainderTooFew: 'Көрсетілмейді: кеңірек топта 5-тен аз жауап қалар еді',
    question: (n) => `${n}-сұрақ`,
    points: [
      '1 — мүлдем келіспеймін',
      '2 — келіспеймін',
      '3 — бейтараппын',
      '4 — келісемін',
      '5 — толық келісемін',
    ],
    total: 'Барлық жауаптар',
    average: 'Орташа балл',
    freeTextsElsewhere: 'Еркін жауаптарды тек комплаенс қызметі бүкіл сауалнама бойынша көреді',
  },
  ru: {
    survey: 'Опрос',
    field: 'Показатель',
    value: 'Значение',
    title: 'Название',
    group: 'Группа',
    whole: 'Весь опрос',
    opensOn: 'Открыт',
    closesOn: 'Закрывается',
    responses: 'Ответы',
    participation: 'Участие',
    unit: 'Подразделение',
    asked: 'Опрошено',
    answered: 'Ответили',
    share: 'Доля, %',
    fewerThanFive: 'Меньше 5: не показывается',
    remainderTooFew: 'Не показывается: в более широкой группе осталось бы меньше 5 ответов',
    question: (n) => `Вопрос ${n}`,
    points: [
      '1 — совсем не согласен',
      '2 — не согласен',
      '3 — нейтрально',
      '4 — согласен',
      '5 — полностью согласен',
    ],
    total: 'Всего ответов',
    average: 'Средний балл',
    freeTextsElsewhere: 'Свободные ответы видит только комплаенс-служба, по всему опросу',
  },
  en: {
    survey: 'Survey',
    field: 'Item',
    value: 'Value',
    title: 'Title',
    group: 'Group',
    whole: 'The whole survey',
    opensOn: 'Opens',
    closesOn: 'Closes',
    responses: 'Responses',
    participation: 'Participation',
    unit: 'Unit',
    asked: 'Asked',
    answered: 'Answered',
    share: 'Share, %',
    fewerThanFive: 'Fewer than 5: not shown',
    remainderTooFew: 'Not shown: a wider group would keep fewer than 5 answers',
    question: (n) => `Question ${n}`,
    points: ['1 — strongly disagree', '2 — disagree', '3 — neutral', '4 — agree', '5 — strongly agree'],
    total: 'All answers',
    average: 'Average point',
    freeTextsElsewhere: 'Free texts are shown to the compliance staff only, for the whole survey',
  },
};

type Row = (string | number)[];

function figuresRow(name: string, figures: ParticipationFigures, t: Texts): Row {
  if (figures.withheld) return [name, t.fewerThanFive, '', ''];
  return [name, figures.asked ?? '', figures.answered ?? '', figures.share ?? ''];
}

function questionSheet(
  result: QuestionResult,
  number: number,
  results: SurveyResults,
  locale: Locale,
): XlsxTable {
  const t = TEXTS[locale];
  const heading = [inertText(result.question.statement[locale]), t.answered, t.share];
  let rows: Row[];
  if (result.question.kind === 'text') {
    const texts = results.freeTexts?.find((f) => f.question.id === result.question.id)?.texts;
    rows = [
      [t.total, result.answered, ''],
      ...(texts ? texts.map((text) => [inertText(text)]) : [[t.freeTextsElsewhere]]),
    ];
  } else if (result.withheld || !result.distribution) {
    rows = [[t.fewerThanFive]];
  } else {
    const { distribution, answered } = result;
    rows = [
      ...distribution.map((n, i) => [t.points[i]!, n, Math.round((1000 * n) / answered) / 10]),
      [t.total, answered, ''],
      [t.average, result.average ?? '', ''],
    ];
  }
  return { name: t.question(number), rows: [heading, ...rows], widths: { first: 60, rest: 14 } };
}

/**
 * §68: a survey's results as a workbook in the reader's language: the survey and its group, the
 * participation by unit, then one sheet per question — under the same rules as on screen (groups
 * of at least 5, free texts to the compliance staff for the whole survey only).
 */
export async function surveyResultsXlsx(
  results: SurveyResults,
  participation: SurveyParticipation | null,
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const t = TEXTS[locale];
  const survey = results.survey;
  const groupName = results.names?.[locale] ?? t.whole;
  const summary: XlsxTable = {
    name: t.survey,
    rows: [
      [t.field, t.value],
      [t.title, inertText(survey.title[locale])],
      [t.group, inertText(groupName)],
      [t.opensOn, formatCalendarDay(survey.opensOn)],
      [t.closesOn, formatCalendarDay(survey.closesOn)],
      [t.responses, results.responses],
    ],
    widths: { first: 24, rest: 60 },
  };
  const units: Row[] = participation
    ? [
        figuresRow(inertText(groupName), participation.totals, t),
        ...participation.units.map((unit) => figuresRow(inertText(unit.names[locale]), unit, t)),
      ]
    : [];
  const byUnit: XlsxTable = {
    name: t.participation,
    rows: [[t.unit, t.asked, t.answered, t.share], ...units],
    widths: { first: 50, rest: 14 },
  };
  return tablesXlsx([
    summary,
    byUnit,
    ...results.questions.map((result, i) => questionSheet(result, i + 1, results, locale)),
  ]);
}

/** The export route: the reader's results, as the domain gives them to this reader (FORBIDDEN → 403, a small group → 400). */
export async function exportSurveyResults(
  options: CultureFilesOptions,
  request: Request,
  url: URL,
  surveyId: string,
): Promise<Response> {
  const actor: Actor | null = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  const em: EntityManager = forTenant(options.orm.em, actor.organizationId);
  const orgUnitId = url.searchParams.get('orgUnitId') || null;
  const results = await cultureSurveyResults(em, actor, surveyId, orgUnitId);
  const view = await getCultureSurvey(em, actor, surveyId);
  const participation = await cultureSurveyParticipation(em, actor, view, orgUnitId);
  return xlsxDownload(
    await surveyResultsXlsx(results, participation, requestLocale(request, url)),
    `culture-survey-results-${kazakhstanDay(new Date())}.xlsx`,
  );
}
