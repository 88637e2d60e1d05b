import type { LocalizedText } from '../../kernel/locale.js';
import { ValidationError } from '../../kernel/errors.js';
import {
  lacksKazakhOrRussian,
  toLocalizedText,
  type LocalizedInput,
} from '../../training/localized-input.js';
import type { CampaignQuestion } from './campaign.entity.js';

export const MAX_QUESTIONS = 30;
export const MAX_QUESTION_LENGTH = 1000;

/**
 * §72, §13, §17–§20: the questions every declaration asks unless the campaign words them otherwise.
 * Each "yes" declares an interest the register must hold.
 */
export const STANDARD_QUESTIONS: readonly CampaignQuestion[] = [
  {
    code: 'relatives_in_organisation',
    interest: true,
    text: {
      kk: 'Ұйымда сіздің жақын туыстарыңыз, жұбайыңыз (зайыбыңыз) немесе жекжаттарыңыз жұмыс істей ме?',
      ru: 'Работают ли в организации ваши близкие родственники, супруг(а) или свойственники?',
      en: 'Do any of your close relatives, your spouse or in-laws work in the organisation?',
    },
  },
  {
    code: 'outside_jobs',
    interest: true,
    text: {
      kk: 'Сіз басқа ұйымда жұмыс істейсіз бе немесе ақылы қызмет көрсетесіз бе?',
      ru: 'Работаете ли вы в другой организации или оказываете ли платные услуги на стороне?',
      en: 'Do you hold a job or provide paid services outside the organisation?',
    },
  },
  {
    code: 'company_shares',
    interest: true,
    text: {
      kk: 'Сізде немесе отбасы мүшелеріңізде коммерциялық ұйымдарда үлестер (акциялар) бар ма?',
      ru: 'Есть ли у вас или членов вашей семьи доли (акции) в коммерческих организациях?',
      en: 'Do you or members of your family hold shares in companies?',
    },
  },
  {
    code: 'relatives_at_counterparties',
    interest: true,
    text: {
      kk: 'Сіздің туыстарыңыз немесе жеке байланысты адамдарыңыз ұйымның контрагенттерінде (жеткізушілерде, клиенттерде) жұмыс істей ме немесе оларға иелік ете ме?',
      ru: 'Работают ли ваши родственники или лично связанные с вами лица у контрагентов организации (поставщиков, клиентов) или владеют ими?',
      en: "Do your relatives or people personally linked to you work at or own the organisation's counterparties (suppliers, clients)?",
    },
  },
  {
    code: 'gifts_received',
    interest: true,
    text: {
      kk: 'Өткен кезеңде сіз контрагенттерден сыйлықтар, қонақжайлық немесе сапарға шақырулар алдыңыз ба?',
      ru: 'Получали ли вы за прошедший период подарки, гостеприимство или приглашения в поездки от контрагентов?',
      en: 'Did you receive gifts, hospitality or trip invitations from counterparties in the past period?',
    },
  },
];

/** A question as an officer words it for a campaign: English falls back to Russian. */
export interface CampaignQuestionInput {
  code?: string | null;
  text: LocalizedInput;
  interest: boolean;
}

/** The campaign's questionnaire from the officer's edit of it, or the standard one when none is given. */
export function campaignQuestions(
  input: readonly CampaignQuestionInput[] | null | undefined,
): CampaignQuestion[] {
  if (input === null || input === undefined)
    return STANDARD_QUESTIONS.map((q) => ({ ...q, text: { ...q.text } }));
  if (input.length === 0)
    throw ValidationError.because('declarations.campaign.questionsRequired', { field: 'questions' });
  if (input.length > MAX_QUESTIONS) {
    throw ValidationError.because('declarations.campaign.tooManyQuestions', {
      field: 'questions',
      max: MAX_QUESTIONS,
    });
  }
  const seen = new Set<string>();
  return input.map((question, index) => {
    const number = index + 1;
    const field = `questions.${index}`;
    if (lacksKazakhOrRussian(question.text)) {
      throw ValidationError.because('declarations.campaign.questionText', { field, number });
    }
    const text: LocalizedText = toLocalizedText(question.text);
    if (Object.values(text).some((t) => t.length > MAX_QUESTION_LENGTH)) {
      throw ValidationError.because('declarations.campaign.questionTooLong', {
        field,
        number,
        max: MAX_QUESTION_LENGTH,
      });
    }
    const code = question.code?.trim() || `q${number}`;
    if (!/^[a-z0-9_]{1,60}$/.test(code))
      throw ValidationError.because('declarations.campaign.questionCode', { field, number });
    if (seen.has(code))
      throw ValidationError.because('declarations.campaign.questionCodeTwice', { field, code });
    seen.add(code);
    return { code, text, interest: question.interest };
  });
}
