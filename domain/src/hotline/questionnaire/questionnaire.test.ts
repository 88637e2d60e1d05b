import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { concurrently, outcomes } from '../../testing/index.js';
import { HotlineReport } from '../cases/hotline-report.entity.js';
import { getHotlineCase } from '../cases/case-view.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { HotlineIntakeQuestion } from './intake-question.entity.js';
import {
  addIntakeQuestion,
  listIntakeQuestions,
  moveIntakeQuestion,
  publicIntakeQuestions,
  retireIntakeQuestion,
  updateIntakeQuestion,
} from './intake-questions.js';
import type { IntakeQuestionInput } from './question-input.js';

let w: HotlineWorld;

beforeAll(async () => {
  w = await createHotlineWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

const AMOUNT: IntakeQuestionInput = {
  category: 'corruption',
  kind: 'short_text',
  texts: {
    kk: 'Пара сомасы қанша болды?',
    ru: 'Какова была сумма взятки?',
    en: 'How much was the bribe?',
  },
  required: true,
};

const PAID_HOW: IntakeQuestionInput = {
  category: 'corruption',
  kind: 'single_choice',
  texts: { kk: 'Қалай төленді?', ru: 'Как было оплачено?', en: 'How was it paid?' },
  options: [
    { labels: { kk: 'Қолма-қол', ru: 'Наличными', en: 'In cash' } },
    { labels: { kk: 'Аударыммен', ru: 'Переводом', en: 'By transfer' } },
  ],
  required: false,
};

async function questionCount(): Promise<number> {
  return w.db.orm.em.fork().count(HotlineIntakeQuestion, {});
}

async function auditCount(prefix: string): Promise<number> {
  return w.db.orm.em.fork().count(AuditEvent, { action: { $like: `${prefix}%` } });
}

describe('custom intake questions', () => {
  it('refuses a question with no text in one of the three languages, at that field, and stores nothing', async () => {
    const before = [await questionCount(), await auditCount('hotline.question_')];
    for (const locale of ['kk', 'ru', 'en'] as const) {
      await expect(
        w.inTx((tx) =>
          addIntakeQuestion(tx, w.head, { ...AMOUNT, texts: { ...AMOUNT.texts, [locale]: '  ' } }),
        ),
      ).rejects.toMatchObject({
        code: 'VALIDATION',
        messageKey: 'hotline.question.textRequired',
        details: { field: `texts.${locale}` },
      });
    }
    await expect(
      w.inTx((tx) =>
        addIntakeQuestion(tx, w.head, {
          ...PAID_HOW,
          options: [PAID_HOW.options![0]!, { labels: { kk: 'Аударыммен', ru: 'Переводом', en: '' } }],
        }),
      ),
    ).rejects.toMatchObject({
      messageKey: 'hotline.question.optionTextRequired',
      details: { field: 'options.1.en' },
    });
    expect([await questionCount(), await auditCount('hotline.question_')]).toEqual(before);
  });

  it('lets only the compliance head change the questions', async () => {
    await expect(w.inTx((tx) => addIntakeQuestion(tx, w.investigator, AMOUNT))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('asks the questions in the order set, moved up and down, and drops a retired one from the form', async () => {
    const first = await w.inTx((tx) => addIntakeQuestion(tx, w.head, AMOUNT));
    const second = await w.inTx((tx) => addIntakeQuestion(tx, w.head, PAID_HOW));
    const ids = async () =>
      (await publicIntakeQuestions(w.db.orm.em.fork(), w.org.organization.id)).map((q) => q.id);
    expect(await ids()).toEqual([first.id, second.id]);
    await w.inTx((tx) => moveIntakeQuestion(tx, w.head, second.id, 'up'));
    expect(await ids()).toEqual([second.id, first.id]);
    await w.inTx((tx) => moveIntakeQuestion(tx, w.head, second.id, 'up'));
    expect(await ids()).toEqual([second.id, first.id]);
    await w.inTx((tx) => moveIntakeQuestion(tx, w.head, second.id, 'down'));
    expect(await ids()).toEqual([first.id, second.id]);
    await w.inTx((tx) => retireIntakeQuestion(tx, w.head, second.id));
    expect(await ids()).toEqual([first.id]);
    await expect(w.inTx((tx) => updateIntakeQuestion(tx, w.head, second.id, PAID_HOW))).rejects.toMatchObject(
      {
        messageKey: 'hotline.question.retired',
      },
    );
    expect((await w.inTx((tx) => listIntakeQuestions(tx, w.head))).map((q) => q.id)).toEqual([first.id]);
    await w.inTx((tx) => retireIntakeQuestion(tx, w.head, first.id));
  });

  it('seals the answers with the report, and an old report keeps its question as it read when filed', async () => {
    const question = await w.inTx((tx) => addIntakeQuestion(tx, w.head, AMOUNT));
    const choice = await w.inTx((tx) => addIntakeQuestion(tx, w.head, PAID_HOW));
    const cash = choice.options[0]!.id;
    const answer = 'Бес миллион теңге';
    const filed = await w.report({
      answers: [
        { questionId: question.id, text: answer },
        { questionId: choice.id, optionIds: [cash] },
      ],
    });

    const [row] = await w.db.orm.em
      .fork()
      .execute<{ row: unknown }[]>(`select row_to_json(t) as row from hotline_report t where id = ?`, [
        filed.reportId,
      ]);
    const raw = JSON.stringify(row);
    expect(raw).toContain('answers_sealed');
    for (const plain of [answer, AMOUNT.texts.ru!, 'Наличными']) {
      expect(raw).not.toContain(plain);
      expect(raw).not.toContain(Buffer.from(plain, 'utf8').toString('hex'));
    }

    await w.inTx((tx) =>
      updateIntakeQuestion(tx, w.head, question.id, {
        ...AMOUNT,
        texts: { kk: 'Жаңа мәтін', ru: 'Новый текст', en: 'New text' },
      }),
    );
    await w.inTx((tx) => retireIntakeQuestion(tx, w.head, choice.id));

    const view = await w.inTx((tx) => getHotlineCase(tx, w.head, w.keyring, filed.reportId));
    expect(view.intakeAnswers).toEqual([
      {
        questionId: question.id,
        kind: 'short_text',
        question: AMOUNT.texts,
        required: true,
        text: answer,
        yes: null,
        choices: [],
      },
      {
        questionId: choice.id,
        kind: 'single_choice',
        question: PAID_HOW.texts,
        required: false,
        text: null,
        yes: null,
        choices: [{ kk: 'Қолма-қол', ru: 'Наличными', en: 'In cash' }],
      },
    ]);
    await w.inTx((tx) => retireIntakeQuestion(tx, w.head, question.id));
  });

  it('refuses a report that leaves a required question unanswered, and files nothing', async () => {
    const question = await w.inTx((tx) =>
      addIntakeQuestion(tx, w.head, { ...AMOUNT, kind: 'date', category: 'law_violation' }),
    );
    const reports = await w.db.orm.em.fork().count(HotlineReport, {});
    await expect(w.report({ category: 'law_violation', answers: [] })).rejects.toMatchObject({
      code: 'VALIDATION',
      messageKey: 'hotline.answer.required',
      details: { field: `answers.${question.id}` },
    });
    await expect(
      w.report({ category: 'law_violation', answers: [{ questionId: question.id, text: '2026-02-30' }] }),
    ).rejects.toMatchObject({ messageKey: 'hotline.answer.date' });
    expect(await w.db.orm.em.fork().count(HotlineReport, {})).toBe(reports);
    // Another category's form does not ask it.
    const other = await w.report({ category: 'corruption' });
    const view = await w.inTx((tx) => getHotlineCase(tx, w.head, w.keyring, other.reportId));
    expect(view.intakeAnswers).toEqual([]);
    const filed = await w.report({
      category: 'law_violation',
      answers: [{ questionId: question.id, text: '2026-02-28' }],
    });
    const withDate = await w.inTx((tx) => getHotlineCase(tx, w.head, w.keyring, filed.reportId));
    expect(withDate.intakeAnswers.map((a) => a.text)).toEqual(['2026-02-28']);
  });
});

describe('one change at a time', () => {
  it('gives 8 questions added at once 8 distinct places, and 8 moves at once keep them distinct', async () => {
    const category = 'reporting_transparency';
    const added = outcomes(
      await concurrently(w.db.orm, 8, (em, i) =>
        addIntakeQuestion(em, w.head, {
          ...AMOUNT,
          category,
          texts: { kk: `С${i}`, ru: `В${i}`, en: `Q${i}` },
        }),
      ),
    );
    expect(added.rejected).toEqual([]);
    const positions = async () =>
      (await publicIntakeQuestions(w.db.orm.em.fork(), w.org.organization.id))
        .filter((q) => q.category === category)
        .map((q) => q.position);
    expect(await positions()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const moved = outcomes(
      await concurrently(w.db.orm, 8, (em, i) =>
        moveIntakeQuestion(em, w.head, added.fulfilled[i]!.id, i % 2 === 0 ? 'up' : 'down'),
      ),
    );
    expect(moved.rejected).toEqual([]);
    expect(await positions()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
