import { LOCALES, type Locale } from '../../kernel/locale.js';
import { keyedRowError, type ImportRowError } from '../../org/people-import-rows.js';
import type { TableRow } from '../../org/import-table.js';
import type { LocalizedInput } from '../localized-input.js';
import { QUESTION_KINDS, type QuestionKind } from './question.entity.js';
import { draftProblems, MAX_OPTIONS, type QuestionDraft } from './question-draft.js';

/**
 * The layout of the question bank's spreadsheet, the same for the import, its template and the
 * export: one question a row; the pool by its title, the kind, the question in kk/ru/en, up to
 * eight options in kk/ru/en, the numbers of the right options, for a matching question the match
 * of each option in kk/ru/en (option N pairs with match N), and the explanation in kk/ru/en.
 */
const NUMBERS = Array.from({ length: MAX_OPTIONS }, (_v, i) => i + 1);

function localized(prefix: string): string[] {
  return LOCALES.map((locale) => `${prefix}_${locale}`);
}

export const QUESTION_SHEET_COLUMNS: readonly string[] = [
  'pool',
  'kind',
  ...localized('text'),
  ...NUMBERS.flatMap((n) => localized(`option_${n}`)),
  'right',
  ...NUMBERS.flatMap((n) => localized(`match_${n}`)),
  ...localized('explanation'),
];

const REQUIRED_COLUMNS = [
  'pool',
  'kind',
  'text_kk',
  'text_ru',
  'option_1_kk',
  'option_1_ru',
  'right',
] as const;

const WORDS: Record<
  Locale,
  {
    pool: string;
    kind: string;
    text: string;
    option: string;
    right: string;
    match: string;
    explanation: string;
  }
> = {
  kk: {
    pool: 'Жинақ',
    kind: 'Түрі',
    text: 'Сұрақ',
    option: 'Нұсқа',
    right: 'Дұрыс жауаптар',
    match: 'Жұбы',
    explanation: 'Түсіндірме',
  },
  ru: {
    pool: 'Набор',
    kind: 'Тип',
    text: 'Вопрос',
    option: 'Вариант',
    right: 'Правильные ответы',
    match: 'Пара',
    explanation: 'Пояснение',
  },
  en: {
    pool: 'Pool',
    kind: 'Kind',
    text: 'Question',
    option: 'Option',
    right: 'Right answers',
    match: 'Match',
    explanation: 'Explanation',
  },
};

/** The kinds as each language names them in the sheet; the import also takes the codes. */
export const QUESTION_KIND_NAMES: Record<Locale, Record<QuestionKind, string>> = {
  kk: { single: 'Бір жауап', multiple: 'Бірнеше жауап', true_false: 'Иә/Жоқ', matching: 'Сәйкестендіру' },
  ru: {
    single: 'Один ответ',
    multiple: 'Несколько ответов',
    true_false: 'Да/Нет',
    matching: 'Сопоставление',
  },
  en: {
    single: 'Single choice',
    multiple: 'Multiple choice',
    true_false: 'True/false',
    matching: 'Matching',
  },
};

/** A column's header in a language: "Вариант 3 (en)". */
export function questionSheetHeader(column: string, locale: Locale): string {
  const w = WORDS[locale];
  const parts = /^(text|option|match|explanation)(?:_(\d))?_(kk|ru|en)$/.exec(column);
  if (parts) {
    const word = w[parts[1] as 'text' | 'option' | 'match' | 'explanation'];
    return `${word}${parts[2] ? ` ${parts[2]}` : ''} (${parts[3]})`;
  }
  return w[column as 'pool' | 'kind' | 'right'] ?? column;
}

/** As the import table keys a header: trimmed, lower case, spaces and dashes as `_`. */
function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Every header the import takes for a column: its code and its header in each language. */
const COLUMN_BY_HEADER = new Map<string, string>(
  QUESTION_SHEET_COLUMNS.flatMap((column) => [
    [column, column] as const,
    ...LOCALES.map((locale) => [headerKey(questionSheetHeader(column, locale)), column] as const),
  ]),
);

const KIND_BY_NAME = new Map<string, QuestionKind>(
  QUESTION_KINDS.flatMap((kind) => [
    [kind, kind] as const,
    ...LOCALES.map((locale) => [QUESTION_KIND_NAMES[locale][kind].toLowerCase(), kind] as const),
  ]),
);

/** One row of the sheet read as a question, with the pool it names. */
export interface SheetQuestion {
  row: number;
  pool: string;
  draft: QuestionDraft;
}

function text(get: (column: string) => string, prefix: string): LocalizedInput {
  return { kk: get(`${prefix}_kk`), ru: get(`${prefix}_ru`), en: get(`${prefix}_en`) };
}

function filled(t: LocalizedInput): boolean {
  return Boolean(t.kk || t.ru || t.en);
}

/** The column of a text missing its Kazakh, else its Russian. */
function missingOf(prefix: string, t: LocalizedInput | null | undefined): string {
  return `${prefix}_${t?.kk?.trim() ? 'ru' : 'kk'}`;
}

/** The column a draft's field is read from, for the report of a row. */
function columnOf(field: string, draft: QuestionDraft): string {
  const option = /^options\.(\d+)\.(text|match)$/.exec(field);
  if (option) {
    const i = Number(option[1]);
    return option[2] === 'text'
      ? missingOf(`option_${i + 1}`, draft.options[i]?.text)
      : missingOf(`match_${i + 1}`, draft.matches?.[i]);
  }
  const match = /^matches\.(\d+)$/.exec(field);
  if (match) return missingOf(`match_${Number(match[1]) + 1}`, draft.matches?.[Number(match[1])]);
  if (field === 'text') return missingOf('text', draft.text);
  if (field === 'explanation') return missingOf('explanation', draft.explanation);
  if (field === 'options') return 'right';
  return 'option_1_kk';
}

/**
 * The rows of a sheet as questions, and every problem of every row by its column: the headers
 * may be any language's or the codes. A problem of the file itself is reported on row 1.
 */
export function readQuestionSheet(table: { columns: readonly string[]; rows: readonly TableRow[] }): {
  questions: SheetQuestion[];
  errors: ImportRowError[];
} {
  const known = new Map<string, string>();
  for (const header of table.columns) {
    const column = COLUMN_BY_HEADER.get(header);
    if (column) known.set(header, column);
  }
  const present = new Set(known.values());
  const missing = REQUIRED_COLUMNS.filter((column) => !present.has(column));
  if (missing.length > 0) {
    return {
      questions: [],
      errors: missing.map((column) =>
        keyedRowError(1, column, 'training.questionImport.columnMissing', { column }),
      ),
    };
  }
  if (table.rows.length === 0) {
    return { questions: [], errors: [keyedRowError(1, null, 'training.questionImport.empty')] };
  }
  const questions: SheetQuestion[] = [];
  const errors: ImportRowError[] = [];
  for (const { row, values } of table.rows) {
    const byColumn = new Map<string, string>();
    for (const [header, value] of Object.entries(values)) {
      const column = known.get(header);
      if (column && value !== '') byColumn.set(column, value);
    }
    const get = (column: string) => byColumn.get(column) ?? '';
    const rowErrors: ImportRowError[] = [];
    const pool = get('pool').replace(/\s+/g, ' ');
    if (!pool) rowErrors.push(keyedRowError(row, 'pool', 'training.questionImport.poolRequired'));
    const kindValue = get('kind');
    const kind = KIND_BY_NAME.get(kindValue.toLowerCase().replace(/\s+/g, ' '));
    if (!kind) {
      rowErrors.push(keyedRowError(row, 'kind', 'training.questionImport.kindUnknown', { value: kindValue }));
      errors.push(...rowErrors);
      continue;
    }
    const count = Math.max(
      0,
      ...NUMBERS.filter((n) => filled(text(get, `option_${n}`)) || filled(text(get, `match_${n}`))),
    );
    const numbers = NUMBERS.slice(0, count);
    const rightValue = get('right');
    const right = new Set<number>();
    if (kind !== 'matching' && rightValue !== '') {
      const parts = rightValue.split(/[\s,;]+/).filter((part) => part !== '');
      if (parts.some((part) => !/^\d+$/.test(part) || Number(part) < 1 || Number(part) > count)) {
        rowErrors.push(
          keyedRowError(row, 'right', 'training.questionImport.rightUnknown', { value: rightValue }),
        );
      }
      for (const part of parts) right.add(Number(part));
    }
    const draft: QuestionDraft = {
      kind,
      text: text(get, 'text'),
      options: numbers.map((n) =>
        kind === 'matching'
          ? { text: text(get, `option_${n}`), match: filled(text(get, `match_${n}`)) ? n - 1 : null }
          : { text: text(get, `option_${n}`), correct: right.has(n) },
      ),
      matches: kind === 'matching' ? numbers.map((n) => text(get, `match_${n}`)) : null,
      explanation: filled(text(get, 'explanation')) ? text(get, 'explanation') : null,
    };
    const problems = draftProblems(draft).filter(
      // A matching item without a match is said once, as unpaired, not again for its missing text.
      (problem) =>
        !(
          kind === 'matching' &&
          /^matches\.\d+$/.test(problem.field) &&
          !filled(draft.matches?.[Number(problem.field.split('.')[1])] ?? { kk: '', ru: '' })
        ),
    );
    const rightBad = rowErrors.some((error) => error.column === 'right');
    for (const problem of problems) {
      if (rightBad && problem.field === 'options') continue;
      rowErrors.push(
        keyedRowError(
          row,
          columnOf(problem.field, draft),
          problem.messageKey as 'training.question.noRightAnswer',
          problem.params,
        ),
      );
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else questions.push({ row, pool, draft });
  }
  return { questions, errors };
}

/** A question as a row of the sheet, its cells in `QUESTION_SHEET_COLUMNS` order. */
export function questionSheetRow(pool: string, draft: QuestionDraft, locale: Locale): string[] {
  const cells = new Map<string, string>([
    ['pool', pool],
    ['kind', QUESTION_KIND_NAMES[locale][draft.kind]],
  ]);
  const put = (prefix: string, t: LocalizedInput | null | undefined) => {
    if (!t) return;
    for (const language of LOCALES) cells.set(`${prefix}_${language}`, t[language] ?? '');
  };
  put('text', draft.text);
  draft.options.forEach((option, i) => {
    put(`option_${i + 1}`, option.text);
    if (draft.kind === 'matching' && option.match !== null && option.match !== undefined) {
      put(`match_${i + 1}`, draft.matches?.[option.match]);
    }
  });
  if (draft.kind !== 'matching') {
    cells.set(
      'right',
      draft.options
        .map((option, i) => (option.correct ? String(i + 1) : null))
        .filter((n) => n !== null)
        .join(', '),
    );
  }
  put('explanation', draft.explanation);
  return QUESTION_SHEET_COLUMNS.map((column) => cells.get(column) ?? '');
}
