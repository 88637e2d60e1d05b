import type { LocalizedText } from '../../kernel/locale.js';

/** Annex 2: the seven typical cases (A2.C1 … A2.C7), offered as templates of a notification. */
export const TYPICAL_CASES = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'] as const;
export type TypicalCase = (typeof TYPICAL_CASES)[number];

/** §15.4, §15.6: what management may decide. */
export const CONFLICT_MEASURES = [
  'remove_from_matter',
  'change_duties',
  'other_measures',
  'transfer_to_equivalent_post',
  // §15.4's "other measures" made concrete: a short course for the employee, through Training (§19).
  'assign_course',
] as const;
export type ConflictMeasure = (typeof CONFLICT_MEASURES)[number];

/**
 * Annex 2: where the information goes when the actions show signs of an administrative or
 * criminal offence — the anti-corruption Agency, except case 5 (non-public information): the
 * relevant authorised body.
 */
export const REFERRALS = ['anti_corruption_agency', 'relevant_authorised_body'] as const;
export type Referral = (typeof REFERRALS)[number];

export interface TypicalCaseTemplate {
  code: TypicalCase;
  title: LocalizedText;
  /** The measures Annex 2 prescribes for the case, as the decision form pre-selects them. */
  measures: readonly ConflictMeasure[];
  /** What Annex 2 prescribes, in the words a person reads. */
  prescription: LocalizedText;
  referral: Referral;
}

export const TYPICAL_CASE_TEMPLATES: readonly TypicalCaseTemplate[] = [
  {
    code: 'c1',
    title: {
      kk: 'Туыстарына немесе жеке мүдделі адамдарға қатысты кадрлық шешімдер',
      ru: 'Кадровые решения в отношении родственников или лично связанных лиц',
      en: 'Personnel decisions about relatives or personally linked persons',
    },
    measures: ['remove_from_matter'],
    prescription: {
      kk: 'Тікелей басшыға және комиссия төрағасына жазбаша хабарлау; комиссия құрамынан уақытша шығару; тікелей бағыныстағы лауазымға тағайындалған туысты босату; шешім қабылдаған адамға тәртіптік шара.',
      ru: 'Письменно уведомить непосредственного руководителя и председателя комиссии; временно вывести из состава комиссии; освободить родственника, назначенного в прямое подчинение; дисциплинарные меры к принявшему решение.',
      en: 'Notify the direct manager and the commission chair in writing; remove the person from the commission for the time being; release a relative appointed to a directly subordinate post; disciplinary measures against the one who appointed them.',
    },
    referral: 'anti_corruption_agency',
  },
  {
    code: 'c2',
    title: {
      kk: 'Бір-біріне туыс адамдарды тікелей бағыныстағы лауазымдарға тағайындау',
      ru: 'Назначение родственников друг другу на должности в прямом подчинении',
      en: 'Relatives appointed in direct subordination to each other',
    },
    measures: ['transfer_to_equivalent_post'],
    prescription: {
      kk: 'Туыстардың бірін тікелей бағыныссыз басқа лауазымға ауыстыру; тағайындау туралы шешім қабылдаған басшыға тәртіптік шара.',
      ru: 'Перевести одного из родственников на другую должность без прямого подчинения; дисциплинарные меры к руководителю, принявшему решение о назначении.',
      en: 'Move one of the relatives to another post without direct subordination; disciplinary measures against the manager who appointed them.',
    },
    referral: 'anti_corruption_agency',
  },
  {
    code: 'c3',
    title: {
      kk: 'Туыстарынан немесе жеке мүдделі адамдардан тауар мен қызмет сатып алу',
      ru: 'Закупка товаров и услуг у родственников или лично связанных лиц',
      en: 'Buying goods or services from relatives or personally linked persons',
    },
    measures: ['remove_from_matter'],
    prescription: {
      kk: 'Тікелей басшыға жазбаша хабарлау және конкурстық комиссия жұмысынан бас тарту; басшы адамды комиссиядан шығарады; туысымен шарт жасасқан адамға тәртіптік шара, жұмыстан босатуға дейін.',
      ru: 'Письменно уведомить непосредственного руководителя и самоустраниться от работы конкурсной комиссии; руководитель выводит лицо из комиссии; к заключившему договор с родственником — дисциплинарные меры вплоть до увольнения.',
      en: 'Notify the direct manager in writing and withdraw from the tender commission; the manager removes the person from it; whoever signed the contract with a relative faces disciplinary measures up to dismissal.',
    },
    referral: 'anti_corruption_agency',
  },
  {
    code: 'c4',
    title: {
      kk: 'Тауарлар мен қызметтерді қабылдау',
      ru: 'Приёмка товаров и услуг',
      en: 'Accepting goods or services',
    },
    measures: ['remove_from_matter'],
    prescription: {
      kk: 'Тікелей басшыға жазбаша хабарлау, қабылдаудан және құжаттарға қол қоюдан бас тарту; басшы адамды туыстарынан тауар қабылдаудан шеттетеді.',
      ru: 'Письменно уведомить непосредственного руководителя, самоустраниться от приёмки и подписания документов; руководитель отстраняет лицо от приёмки у родственников.',
      en: 'Notify the direct manager in writing and withdraw from accepting and signing; the manager removes the person from accepting goods or services from their relatives.',
    },
    referral: 'anti_corruption_agency',
  },
  {
    code: 'c5',
    title: {
      kk: 'Жария етілмеген қызметтік ақпаратты пайдалану',
      ru: 'Использование непубличной служебной информации',
      en: 'Using non-public official information',
    },
    measures: ['other_measures'],
    prescription: {
      kk: 'Қызметтік ақпаратты жариялауға және қызметтен тыс мақсатта пайдалануға тыйым; бұзған адамға тәртіптік шара.',
      ru: 'Запрет разглашать и использовать служебную информацию в неслужебных целях; дисциплинарные меры к нарушившему.',
      en: 'The ban on disclosing or using official information for other ends; disciplinary measures against whoever broke it.',
    },
    referral: 'relevant_authorised_body',
  },
  {
    code: 'c6',
    title: {
      kk: 'Туыстары жұмыс істейтін ұйымдарды тексеру',
      ru: 'Проверка организаций, где работают родственники',
      en: 'Inspecting organisations where relatives work',
    },
    measures: ['remove_from_matter'],
    prescription: {
      kk: 'Тікелей басшыға жазбаша хабарлау; басшы адамды тексеруден шеттетеді; дайындалған құжат жобалары мүдделер қақтығысына талданады.',
      ru: 'Письменно уведомить непосредственного руководителя; руководитель отстраняет от проверки; подготовленные проекты документов изучаются на конфликт интересов.',
      en: 'Notify the direct manager in writing; the manager removes the person from the inspection; drafts they prepared are examined for a conflict of interest.',
    },
    referral: 'anti_corruption_agency',
  },
  {
    code: 'c7',
    title: {
      kk: 'Мүдделер қақтығысы бар қызметтік тергеу',
      ru: 'Служебное расследование при конфликте интересов',
      en: 'An internal investigation with a conflict of interest',
    },
    measures: ['remove_from_matter'],
    prescription: {
      kk: 'Жеке мүддені жазбаша хабарлау және тергеуден бас тарту; дайындалған құжат жобалары мүдделер қақтығысына талданады.',
      ru: 'Письменно уведомить о личной заинтересованности и отказаться от проведения расследования; подготовленные проекты документов изучаются на конфликт интересов.',
      en: 'Notify the personal interest in writing and refuse to conduct the investigation; drafts they prepared are examined for a conflict of interest.',
    },
    referral: 'anti_corruption_agency',
  },
];

export function typicalCaseTemplate(code: TypicalCase): TypicalCaseTemplate {
  return TYPICAL_CASE_TEMPLATES.find((template) => template.code === code)!;
}
