import {
  BANK_PAGE,
  MAX_ATTEMPTS,
  MAX_OPTIONS,
  MAX_TIME_LIMIT_MINUTES,
  TRAINING_MANAGERS,
  createCoursePool,
  createTrainingQuestion,
  deleteQuestionPool,
  editTrainingQuestion,
  editTrainingTest,
  importTrainingQuestionFile,
  previewTrainingQuestionImport,
  renameQuestionPool,
  retireTrainingQuestion,
  trainingQuestionBank,
  trainingTestOf,
  type BankPool,
  type BankQuestion,
  type ICourseTest,
  type IQuestionPool,
  type ImportRowError,
  type LocalizedInput,
  type PoolDraw,
  type QuestionBank,
  type QuestionDraft,
  type QuestionDraftOption,
  type QuestionImportPreview,
  type QuestionImportRow,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { FileScalar } from '../kernel/file.js';
import { JsonScalar } from '../kernel/json.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { QuestionKindEnum } from './attempt.js';
import { LocalizedTextInput, toLocalizedInput } from './localized-input.js';

// --- what the bank shows its managers: the questions with their right answers

/** A draft's text as stored or typed: kk/ru, English possibly blank. */
function full(text: LocalizedInput): { kk: string; ru: string; en: string } {
  return { kk: text.kk, ru: text.ru, en: text.en ?? '' };
}

const BankOptionRef = builder.objectRef<QuestionDraftOption>('TrainingBankOption');

builder.objectType(BankOptionRef, {
  description: 'An option as its author wrote it: whether it is right (choice), or its match (matching).',
  fields: (t) => ({
    text: t.field({ type: LocalizedTextRef, resolve: (option) => full(option.text) }),
    correct: t.boolean({ resolve: (option) => option.correct === true }),
    match: t.int({
      nullable: true,
      description: 'Matching: the index, from 0, of the match in `matches` this item pairs with.',
      resolve: (option) => option.match ?? null,
    }),
  }),
});

const BankQuestionRef = builder.objectRef<BankQuestion>('TrainingBankQuestion');

builder.objectType(BankQuestionRef, {
  description: 'A live question of a course bank, with its answer key, for the managers only.',
  fields: (t) => ({
    id: t.exposeID('id'),
    poolId: t.exposeID('poolId'),
    kind: t.field({ type: QuestionKindEnum, resolve: (q) => q.kind }),
    text: t.field({ type: LocalizedTextRef, resolve: (q) => full(q.text) }),
    options: t.field({ type: [BankOptionRef], resolve: (q) => [...q.options] }),
    matches: t.field({
      type: [LocalizedTextRef],
      nullable: true,
      resolve: (q) => (q.matches ? q.matches.map(full) : null),
    }),
    explanation: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description: 'Shown with the right answer in the review of an attempt.',
      resolve: (q) => (q.explanation ? full(q.explanation) : null),
    }),
  }),
});

const BankPoolRef = builder.objectRef<BankPool>('TrainingBankPool');

builder.objectType(BankPoolRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.field({ type: LocalizedTextRef, resolve: (pool) => pool.title }),
    questionCount: t.exposeInt('questionCount', { description: 'Its live questions.' }),
  }),
});

const QuestionBankRef = builder.objectRef<QuestionBank>('TrainingQuestionBank');

builder.objectType(QuestionBankRef, {
  description: "A course's question bank: its pools and one page of the questions found.",
  fields: (t) => ({
    courseId: t.exposeID('courseId'),
    courseTitle: t.field({ type: LocalizedTextRef, resolve: (bank) => bank.courseTitle }),
    pools: t.field({ type: [BankPoolRef], resolve: (bank) => bank.pools }),
    total: t.exposeInt('total', { description: 'The questions found, on every page.' }),
    questions: t.field({ type: [BankQuestionRef], resolve: (bank) => bank.questions }),
  }),
});

builder.queryField('trainingQuestionBank', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: QuestionBankRef,
    description:
      "A course's question bank for its managers: the pools with their counts and a page of live questions " +
      '(oldest first, pool by pool), found by a word of any of their texts, a kind or a pool.',
    args: {
      courseId: t.arg.id({ required: true }),
      search: t.arg.string(),
      kind: t.arg({ type: QuestionKindEnum }),
      poolId: t.arg.id(),
      limit: t.arg.int({ defaultValue: BANK_PAGE.defaultLimit, description: `1 to ${BANK_PAGE.max}.` }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    resolve: (_root, args, context) =>
      trainingQuestionBank(context.em, context.actor, String(args.courseId), {
        search: args.search ?? null,
        kind: args.kind ?? null,
        poolId: args.poolId ? String(args.poolId) : null,
        limit: args.limit ?? BANK_PAGE.defaultLimit,
        offset: args.offset ?? 0,
      }),
  }),
);

// --- pools

const QuestionPoolRef = builder.objectRef<IQuestionPool>('TrainingQuestionPool');

builder.objectType(QuestionPoolRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.field({ type: LocalizedTextRef, resolve: (pool) => pool.title }),
  }),
});

builder.mutationField('createTrainingQuestionPool', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: QuestionPoolRef,
    description:
      "Adds a pool to a course's bank; VALIDATION (field title) without a Kazakh and a Russian title.",
    args: {
      courseId: t.arg.id({ required: true }),
      title: t.arg({ type: LocalizedTextInput, required: true }),
    },
    resolve: (_root, args, context) =>
      context.em.transactional((em) =>
        createCoursePool(em, context.actor, {
          courseId: String(args.courseId),
          title: toLocalizedInput(args.title),
        }),
      ),
  }),
);

builder.mutationField('renameTrainingQuestionPool', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: QuestionPoolRef,
    args: {
      poolId: t.arg.id({ required: true }),
      title: t.arg({ type: LocalizedTextInput, required: true }),
    },
    resolve: (_root, args, context) =>
      context.em.transactional((em) =>
        renameQuestionPool(em, context.actor, {
          poolId: String(args.poolId),
          title: toLocalizedInput(args.title),
        }),
      ),
  }),
);

builder.mutationField('deleteTrainingQuestionPool', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: 'ID',
    description:
      'Deletes an empty pool from its bank: CONFLICT while it holds live questions or the test draws from it.',
    args: { poolId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const pool = await context.em.transactional((em) =>
        deleteQuestionPool(em, context.actor, { poolId: String(args.poolId) }),
      );
      return pool.id;
    },
  }),
);

// --- questions

const QuestionOptionInput = builder.inputType('TrainingQuestionOptionInput', {
  description:
    'A choice option marks `correct`; a matching item names its `match`: an index, from 0, in `matches`.',
  fields: (t) => ({
    text: t.field({ type: LocalizedTextInput, required: true }),
    correct: t.boolean(),
    match: t.int(),
  }),
});

const QuestionInput = builder.inputType('TrainingQuestionInput', {
  description:
    `2 to ${MAX_OPTIONS} options (true/false: 2). A VALIDATION error names the field to fix: text, options ` +
    '(training.question.noRightAnswer, training.question.allRight), options.N.text, options.N.match ' +
    '(training.question.unpaired), matches.N, explanation.',
  fields: (t) => ({
    kind: t.field({ type: QuestionKindEnum, required: true }),
    text: t.field({ type: LocalizedTextInput, required: true }),
    options: t.field({ type: [QuestionOptionInput], required: true }),
    matches: t.field({ type: [LocalizedTextInput] }),
    explanation: t.field({ type: LocalizedTextInput }),
    poolId: t.id({ description: 'Editing: moves the question to another pool of the same bank.' }),
  }),
});

type QuestionArg = typeof QuestionInput.$inferInput;

function toDraft(input: QuestionArg): QuestionDraft & { poolId: string | null } {
  return {
    kind: input.kind,
    text: toLocalizedInput(input.text),
    options: input.options.map((option) => ({
      text: toLocalizedInput(option.text),
      correct: option.correct === true,
      match: option.match ?? null,
    })),
    matches: input.matches ? input.matches.map(toLocalizedInput) : null,
    explanation: input.explanation ? toLocalizedInput(input.explanation) : null,
    poolId: input.poolId ? String(input.poolId) : null,
  };
}

const SavedQuestionRef = builder.objectRef<{ id: string }>('TrainingQuestionSaved');

builder.objectType(SavedQuestionRef, {
  description: 'The question as stored: an edit of a question attempts drew gives it a new id.',
  fields: (t) => ({ id: t.exposeID('id') }),
});

builder.mutationField('createTrainingQuestion', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: SavedQuestionRef,
    args: {
      poolId: t.arg.id({ required: true }),
      input: t.arg({ type: QuestionInput, required: true }),
    },
    resolve: (_root, args, context) =>
      context.em.transactional((em) =>
        createTrainingQuestion(em, context.actor, String(args.poolId), toDraft(args.input)),
      ),
  }),
);

builder.mutationField('editTrainingQuestion', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: SavedQuestionRef,
    description:
      'Changes a question. One that attempts drew is retired and replaced by the edited copy (a new id), so ' +
      'that those attempts keep their score and review.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: QuestionInput, required: true }),
    },
    resolve: (_root, args, context) =>
      context.em.transactional((em) =>
        editTrainingQuestion(em, context.actor, String(args.id), toDraft(args.input)),
      ),
  }),
);

builder.mutationField('retireTrainingQuestion', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: 'ID',
    description: 'Takes a question out of the bank; it is kept, unchanged, for the attempts that drew it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const question = await context.em.transactional((em) =>
        retireTrainingQuestion(em, context.actor, String(args.id)),
      );
      return question.id;
    },
  }),
);

// --- the spreadsheet import

const ImportProblemRef = builder.objectRef<ImportRowError>('TrainingQuestionImportProblem');

builder.objectType(ImportProblemRef, {
  description:
    'A problem of a row of the file (row 1 is the header): its column by code (option_3_ru), the message by ' +
    'key and parameters for the reader’s language, and in English.',
  fields: (t) => ({
    row: t.exposeInt('row'),
    column: t.exposeString('column', { nullable: true }),
    messageKey: t.string({ resolve: (problem) => problem.messageKey ?? 'import.rowProblems' }),
    params: t.field({ type: JsonScalar, nullable: true, resolve: (problem) => problem.params ?? null }),
    message: t.exposeString('message'),
  }),
});

const ImportRowRef = builder.objectRef<QuestionImportRow>('TrainingQuestionImportRow');

builder.objectType(ImportRowRef, {
  fields: (t) => ({
    row: t.exposeInt('row'),
    pool: t.exposeString('pool'),
    newPool: t.exposeBoolean('newPool'),
    kind: t.field({ type: QuestionKindEnum, resolve: (row) => row.draft.kind }),
    text: t.field({ type: LocalizedTextRef, resolve: (row) => full(row.draft.text) }),
    optionCount: t.int({ resolve: (row) => row.draft.options.length }),
  }),
});

const ImportPreviewRef = builder.objectRef<QuestionImportPreview>('TrainingQuestionImportPreview');

builder.objectType(ImportPreviewRef, {
  description: 'What the import would add; nothing is written. Any problem means the import adds nothing.',
  fields: (t) => ({
    rows: t.field({ type: [ImportRowRef], resolve: (preview) => preview.rows }),
    problems: t.field({ type: [ImportProblemRef], resolve: (preview) => preview.errors }),
    poolsToCreate: t.exposeStringList('poolsToCreate'),
  }),
});

builder.mutationField('previewTrainingQuestionImport', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: ImportPreviewRef,
    description:
      'Reads a question file (XLSX or CSV, the layout of the template and the export, headers in any of kk/ru/en) ' +
      'and says what it would add and every problem of every row; writes nothing. A mutation because it takes a file.',
    args: { courseId: t.arg.id({ required: true }), file: t.arg({ type: FileScalar, required: true }) },
    resolve: async (_root, { courseId, file }, context) => {
      const content = new Uint8Array(await file.arrayBuffer());
      return previewTrainingQuestionImport(context.em, context.actor, String(courseId), {
        filename: file.name,
        content,
      });
    },
  }),
);

const FileImportReportRef = builder.objectRef<{ created: number; poolsCreated: number }>(
  'TrainingQuestionFileImportReport',
);

builder.objectType(FileImportReportRef, {
  fields: (t) => ({ created: t.exposeInt('created'), poolsCreated: t.exposeInt('poolsCreated') }),
});

builder.mutationField('importTrainingQuestionFile', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: FileImportReportRef,
    description:
      "Adds a question file's rows to a course's bank, all or nothing: any bad row fails the import with a " +
      'VALIDATION error whose extensions.errors lists { row, column, messageKey, params, message }; nothing is ' +
      'written then. Pools the file names that the bank lacks are created.',
    args: { courseId: t.arg.id({ required: true }), file: t.arg({ type: FileScalar, required: true }) },
    resolve: async (_root, { courseId, file }, context) => {
      const content = new Uint8Array(await file.arrayBuffer());
      return context.em.transactional((em) =>
        importTrainingQuestionFile(em, context.actor, String(courseId), { filename: file.name, content }),
      );
    },
  }),
);

// --- test settings

const PoolDrawRef = builder.objectRef<PoolDraw>('TrainingPoolDraw');

builder.objectType(PoolDrawRef, {
  fields: (t) => ({ poolId: t.exposeID('poolId'), count: t.exposeInt('count') }),
});

const TestSettingsRef = builder.objectRef<ICourseTest>('TrainingTestSettings');

builder.objectType(TestSettingsRef, {
  description: "A course test's settings, for its managers.",
  fields: (t) => ({
    id: t.exposeID('id'),
    draws: t.field({ type: [PoolDrawRef], resolve: (test) => test.draws }),
    shuffle: t.exposeBoolean('shuffle'),
    timeLimitMinutes: t.int({ nullable: true, resolve: (test) => test.timeLimitMinutes ?? null }),
    maxAttempts: t.exposeInt('maxAttempts'),
    passMark: t.exposeInt('passMark'),
    reviewAllowed: t.exposeBoolean('reviewAllowed', {
      description: 'Whether the review of a submitted attempt shows the right answers.',
    }),
    lessonsRequiredBeforeTest: t.exposeBoolean('lessonsRequiredBeforeTest', {
      description: 'Whether a person must have done every lesson of the course before starting the test.',
    }),
  }),
});

builder.queryField('trainingTestSettings', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: TestSettingsRef,
    nullable: true,
    description: "A course's test settings; null while the course has no test.",
    args: { courseId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => trainingTestOf(context.em, context.actor, String(args.courseId)),
  }),
);

const PoolDrawInput = builder.inputType('TrainingPoolDrawInput', {
  fields: (t) => ({ poolId: t.id({ required: true }), count: t.int({ required: true }) }),
});

const TestSettingsInput = builder.inputType('TrainingTestSettingsInput', {
  description:
    `Pass mark 60 to 100 (§5.3, §35.3: training.test.passMarkTooLow below 60), time limit 1 to ${MAX_TIME_LIMIT_MINUTES} ` +
    `minutes or null for none, 1 to ${MAX_ATTEMPTS} attempts; a draw takes at most the questions its pool holds ` +
    '(training.test.drawTooMany, field draws.N.count).',
  fields: (t) => ({
    draws: t.field({ type: [PoolDrawInput], required: true }),
    shuffle: t.boolean({ required: true }),
    timeLimitMinutes: t.int(),
    maxAttempts: t.int({ required: true }),
    passMark: t.int({ required: true }),
    reviewAllowed: t.boolean({ required: true }),
    lessonsRequiredBeforeTest: t.boolean({ description: 'False when not given.' }),
  }),
});

builder.mutationField('editTrainingTest', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: TestSettingsRef,
    description: "Sets a course's test (creating it the first time); attempts already started keep theirs.",
    args: {
      courseId: t.arg.id({ required: true }),
      input: t.arg({ type: TestSettingsInput, required: true }),
    },
    resolve: (_root, { courseId, input }, context) =>
      context.em.transactional((em) =>
        editTrainingTest(em, context.actor, String(courseId), {
          draws: input.draws.map((draw) => ({ poolId: String(draw.poolId), count: draw.count })),
          shuffle: input.shuffle,
          timeLimitMinutes: input.timeLimitMinutes ?? null,
          maxAttempts: input.maxAttempts,
          passMark: input.passMark,
          reviewAllowed: input.reviewAllowed,
          lessonsRequiredBeforeTest: input.lessonsRequiredBeforeTest ?? false,
        }),
      ),
  }),
);
