import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { useCallerReportForm } from '../composables/caller-report-form';
import { FakeGraphql } from '@adal/sdk/testing';
import { useCallerReportStore } from './caller-report';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

const RECEIPT = '4821 0937 1122 3344 5566 7788 9900 1234';
let graphql: FakeGraphql;

beforeEach(() => {
  setActivePinia(createPinia());
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('EnterHotlineReportForCaller', () => ({
    enterHotlineReportForCaller: { receipt: RECEIPT, number: 'HL-2026-0009' },
  }));
});

describe('useCallerReportForm', () => {
  it("asks the caller the category's own questions: a required one unanswered stops the report, the answers go with it", async () => {
    graphql.on('ListHotlineIntakeQuestions', () => ({
      hotlineIntakeQuestions: [
        {
          id: 'q-paid',
          category: 'corruption',
          kind: 'yes_no',
          required: true,
          position: 1,
          texts: { kk: 'Ақша берілді ме?', ru: 'Деньги были переданы?', en: 'Was money handed over?' },
          options: [],
        },
        {
          id: 'q-other',
          category: 'other',
          kind: 'short_text',
          required: true,
          position: 1,
          texts: { kk: 'Не?', ru: 'Что?', en: 'What?' },
          options: [],
        },
      ],
    }));
    const form = useCallerReportForm();
    await form.loadQuestions();
    form.category.value = 'corruption';
    form.what.value = 'A manager took money from a supplier in March.';
    expect(form.questions.value.map((q) => q.id)).toEqual(['q-paid']);
    expect(await form.submit()).toBe(false);
    expect(form.answerErrors.value).toEqual({ 'q-paid': 'intakeAnswers.answerRequired' });
    expect(graphql.sent('EnterHotlineReportForCaller')).toEqual([]);

    form.answers.value = { 'q-paid': { text: '', day: null, choice: 'yes', optionIds: [] } };
    expect(await form.submit()).toBe(true);
    const [sent] = graphql.sent('EnterHotlineReportForCaller') as { input: { answers: unknown } }[];
    expect(sent!.input.answers).toEqual([{ questionId: 'q-paid', yes: true }]);
  });

  it('does not send a report without a category or with too short a description, and names each field', async () => {
    const form = useCallerReportForm();
    form.what.value = 'too short';
    expect(await form.submit()).toBe(false);
    expect(form.fieldErrors.value).toEqual({
      category: 'callerReport.required.category',
      what: 'callerReport.required.what',
    });
    expect(graphql.sent('EnterHotlineReportForCaller')).toEqual([]);
  });

  it('asks an open caller for a name and a contact', async () => {
    const form = useCallerReportForm();
    form.category.value = 'corruption';
    form.what.value = 'A manager took money from a supplier in March.';
    form.anonymous.value = false;
    expect(await form.submit()).toBe(false);
    expect(form.fieldErrors.value).toEqual({
      name: 'callerReport.required.name',
      contact: 'callerReport.required.contact',
    });
  });

  it('sends the channel and the trimmed text, never an anonymous caller’s name, and keeps the receipt once', async () => {
    const store = useCallerReportStore();
    const form = useCallerReportForm();
    form.channel.value = 'in_person';
    form.category.value = 'conflict_of_interest';
    form.what.value = '  The head of HR hired his nephew without a competition.  ';
    form.where.value = ' Astana office ';
    form.name.value = 'typed before switching to anonymous';

    expect(await form.submit()).toBe(true);
    expect(graphql.sent('EnterHotlineReportForCaller')).toEqual([
      {
        input: {
          channel: 'in_person',
          category: 'conflict_of_interest',
          what: 'The head of HR hired his nephew without a competition.',
          where: 'Astana office',
          anonymous: true,
        },
      },
    ]);
    expect(store.receipt).toEqual({ receipt: RECEIPT, number: 'HL-2026-0009' });

    store.forgetReceipt();
    expect(store.receipt).toBeNull();
  });

  it('sends an open caller’s name and contact', async () => {
    const form = useCallerReportForm();
    form.category.value = 'law_violation';
    form.what.value = 'Safety inspections are signed without visiting the site.';
    form.anonymous.value = false;
    form.name.value = ' Айгүл ';
    form.contact.value = '+7 701 000 00 00';
    expect(await form.submit()).toBe(true);
    expect(graphql.sent('EnterHotlineReportForCaller')[0]?.['input']).toMatchObject({
      anonymous: false,
      name: 'Айгүл',
      contact: '+7 701 000 00 00',
    });
  });

  it('keeps the typed error of a refused report and shows no receipt', async () => {
    graphql.on('EnterHotlineReportForCaller', () => {
      throw new AdalGraphqlError('FORBIDDEN', 'Only the hotline’s staff enter reports');
    });
    const store = useCallerReportStore();
    const form = useCallerReportForm();
    form.category.value = 'other';
    form.what.value = 'Someone keeps changing the timesheets after approval.';
    expect(await form.submit()).toBe(false);
    expect(form.serverError.value?.code).toBe('FORBIDDEN');
    expect(store.receipt).toBeNull();
    expect(store.submitting).toBe(false);
  });
});
