import type { CourseTopic, KnowledgeGapsReport, Locale } from '@adal/domain';
import ExcelJS from 'exceljs';
import { CSV_BYTE_ORDER_MARK, csvRow, type CsvCell } from '../files/csv.js';

export interface KnowledgeGapsExport {
  report: KnowledgeGapsReport;
  locale: Locale;
}

interface GapTexts {
  questions: string;
  topics: string;
  units: string;
  question: string;
  pool: string;
  topic: string;
  orgUnit: string;
  asked: string;
  wrong: string;
  wrongPercent: string;
  distinctQuestions: string;
  people: string;
  total: string;
  withheld: string;
  topicNames: Record<CourseTopic, string>;
}

export const KNOWLEDGE_GAP_TEXTS: Record<Locale, GapTexts> = {
  kk: {
    questions: 'Сұрақтар',
    topics: 'Тақырыптар',
    units: 'Бөлімшелер',
    question: 'Сұрақ',
    pool: 'Сұрақтар банкі',
    topic: 'Тақырып',
    orgUnit: 'Бөлімше',
    asked: 'Қойылды',
    wrong: 'Қате жауаптар',
    wrongPercent: 'Қате жауаптар, %',
    distinctQuestions: 'Сұрақтар саны',
    people: 'Тест тапсырғандар',
    total: 'барлығы',
    withheld: 'жасырылған (5 адамнан аз)',
    topicNames: {
      general: 'Сыбайлас жемқорлыққа қарсы іс-қимыл негіздері',
      conflict_of_interest: 'Мүдделер қақтығысы',
      gifts: 'Сыйлықтар мен қонақжайлылық',
      procurement: 'Сатып алу',
      hr: 'Персоналды басқару',
      middle_managers: 'Орта буын басшылары',
      hotline: 'Сенім телефоны',
      code_of_ethics: 'Әдеп кодексі',
      sponsorship_charity: 'Демеушілік және қайырымдылық',
      induction: 'Кіріспе курс',
    },
  },
  ru: {
    questions: 'Вопросы',
    topics: 'Темы',
    units: 'Подразделения',
    question: 'Вопрос',
    pool: 'Банк вопросов',
    topic: 'Тема',
    orgUnit: 'Подразделение',
    asked: 'Задан',
    wrong: 'Неверных ответов',
    wrongPercent: 'Неверных ответов, %',
    distinctQuestions: 'Вопросов',
    people: 'Прошли тест',
    total: 'всего',
    withheld: 'скрыто (меньше 5 человек)',
    topicNames: {
      general: 'Основы противодействия коррупции',
      conflict_of_interest: 'Конфликт интересов',
      gifts: 'Подарки и знаки гостеприимства',
      procurement: 'Закупки',
      hr: 'Управление персоналом',
      middle_managers: 'Руководители среднего звена',
      hotline: 'Горячая линия',
      code_of_ethics: 'Кодекс этики',
      sponsorship_charity: 'Спонсорство и благотворительность',
      induction: 'Вводный курс',
    },
  },
  en: {
    questions: 'Questions',
    topics: 'Topics',
    units: 'Org units',
    question: 'Question',
    pool: 'Question bank',
    topic: 'Topic',
    orgUnit: 'Org unit',
    asked: 'Asked',
    wrong: 'Wrong answers',
    wrongPercent: 'Wrong answers, %',
    distinctQuestions: 'Questions',
    people: 'People tested',
    total: 'total',
    withheld: 'withheld (fewer than 5 people)',
    topicNames: {
      general: 'Anti-corruption basics',
      conflict_of_interest: 'Conflict of interest',
      gifts: 'Gifts and hospitality',
      procurement: 'Procurement',
      hr: 'Human resources',
      middle_managers: 'Middle managers',
      hotline: 'Hotline',
      code_of_ethics: 'Code of ethics',
      sponsorship_charity: 'Sponsorship and charity',
      induction: 'Induction',
    },
  },
};

/** The questions, most often missed first, with their topic and bank. */
export function questionTable({ report, locale }: KnowledgeGapsExport): CsvCell[][] {
  const t = KNOWLEDGE_GAP_TEXTS[locale];
  return [
    [t.question, t.topic, t.pool, t.asked, t.wrong, t.wrongPercent],
    ...report.questions.map((q) => [
      q.text[locale],
      t.topicNames[q.topic],
      q.poolTitle[locale],
      q.asked,
      q.wrong,
      q.wrongPercent,
    ]),
  ];
}

function topicTable({ report, locale }: KnowledgeGapsExport): CsvCell[][] {
  const t = KNOWLEDGE_GAP_TEXTS[locale];
  return [
    [t.topic, t.distinctQuestions, t.asked, t.wrong, t.wrongPercent],
    ...report.topics.map((g) => [t.topicNames[g.topic], g.questions, g.asked, g.wrong, g.wrongPercent]),
  ];
}

/** The unit asked for first, then its children; a small unit's figures are withheld. */
function unitTable({ report, locale }: KnowledgeGapsExport): CsvCell[][] {
  const t = KNOWLEDGE_GAP_TEXTS[locale];
  const collator = new Intl.Collator(locale, { numeric: true });
  const total = report.total;
  return [
    [t.orgUnit, t.people, t.asked, t.wrong, t.wrongPercent],
    total
      ? [
          `${report.orgUnitNames[locale]} (${t.total})`,
          report.people,
          total.asked,
          total.wrong,
          total.wrongPercent,
        ]
      : [`${report.orgUnitNames[locale]} (${t.total})`, t.withheld, null, null, null],
    ...[...report.units]
      .sort((a, b) => collator.compare(a.names[locale], b.names[locale]))
      .map((unit) =>
        unit.figures
          ? [
              unit.names[locale],
              unit.people,
              unit.figures.asked,
              unit.figures.wrong,
              unit.figures.wrongPercent,
            ]
          : [unit.names[locale], t.withheld, null, null, null],
      ),
  ];
}

export async function knowledgeGapsXlsx(data: KnowledgeGapsExport): Promise<Uint8Array<ArrayBuffer>> {
  const t = KNOWLEDGE_GAP_TEXTS[data.locale];
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  for (const [name, rows] of [
    [t.questions, questionTable(data)],
    [t.topics, topicTable(data)],
    [t.units, unitTable(data)],
  ] as const) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRows(rows);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 60 : 18;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The questions table as RFC 4180 CSV with a byte-order mark, for Excel to read it as UTF-8. */
export function knowledgeGapsCsv(data: KnowledgeGapsExport): string {
  return `${CSV_BYTE_ORDER_MARK}${questionTable(data).map(csvRow).join('')}`;
}
