import { enableAutoUnmount, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeGateway, graphQLError, operationName, type SentRequest, settled } from '../testing/fake-gateway';
import { intakeContext } from '../testing/mount-options';
import { RECEIPT, reporterReport } from '../testing/samples';
import FollowUpPage from './FollowUpPage.vue';

type Answer = ReturnType<typeof graphQLError>;

function gateway(
  answer: (request: SentRequest) => Answer = () => ({
    body: { data: { hotlineReportByReceipt: reporterReport() } },
  }),
) {
  return fakeGateway(answer);
}

function mountPage(locale: 'kk' | 'ru' | 'en' = 'en') {
  return mount(FollowUpPage, { ...intakeContext(locale).options, attachTo: document.body });
}

async function openWith(wrapper: ReturnType<typeof mountPage>, typed: string) {
  await wrapper.find('#follow-up-receipt').setValue(typed);
  await wrapper.find('form').trigger('submit');
  await settled();
}

enableAutoUnmount(afterEach);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('FollowUpPage', () => {
  it('explains a malformed receipt without asking the server', async () => {
    const { requests } = gateway();
    const wrapper = mountPage();
    await openWith(wrapper, '4821 0937 5566');
    expect(wrapper.find('#follow-up-receipt-error').text()).toBe('A receipt has 32 digits; you entered 12.');
    await openWith(wrapper, '4821 0937 5566 1234 8765 4321 0987 654O');
    expect(wrapper.find('#follow-up-receipt-error').text()).toBe(
      'A receipt has digits only (spaces and dashes may separate them).',
    );
    expect(requests).toHaveLength(0);
  });

  it('opens the report with the receipt typed in groups, sent as its 32 digits, and clears the field', async () => {
    const { requests } = gateway();
    const wrapper = mountPage();
    await openWith(wrapper, '4821 0937 5566 1234 8765 4321 0987 6543');

    expect(requests[0]!.operation!.variables).toEqual({
      receipt: RECEIPT,
      proof: { challenge: 'challenge-1', nonce: expect.any(String) },
    });
    expect(requests[0]!.init.credentials).toBe('omit');
    expect(wrapper.find('h1').text()).toBe('Report HL-2025-0007');
    expect(document.activeElement).toBe(wrapper.find('h1').element);
    expect(wrapper.find('#follow-up-receipt').exists()).toBe(false);
    expect(wrapper.html()).not.toContain('4821');
  });

  it('says the same thing for an unknown receipt as for any wrong one, and explains the rate limit', async () => {
    gateway(() => graphQLError('NOT_FOUND'));
    const wrapper = mountPage();
    await openWith(wrapper, RECEIPT);
    expect(wrapper.find('#follow-up-receipt-error').text()).toBe(
      'No report matches this receipt. Check the digits. Access also ends after a long time without visits.',
    );

    gateway(() => graphQLError('RATE_LIMITED', {}, 429));
    await openWith(wrapper, RECEIPT);
    expect(wrapper.find('#follow-up-receipt-error').text()).toBe(
      'Too many attempts with wrong receipts from your connection. Wait 15 minutes, then try again.',
    );
  });

  it('shows the status, the deadlines and the conversation oldest first, with the automatic acknowledgement in the reader’s language', async () => {
    gateway();
    const wrapper = mountPage('kk');
    await openWith(wrapper, RECEIPT);

    expect(wrapper.find('[aria-current="step"] .stage-name').text()).toBe('Расталды');
    expect(wrapper.find('.facts').text()).toContain('Жауап күтілетін мерзім');
    const messages = wrapper.findAll('.message');
    expect(messages.map((message) => message.find('.body').text())).toEqual([
      'The invoice is attached.',
      'Өтінішіңіз қабылданып, тіркелді. Комплаенс-қызмет оның қаралып жатқанын растайды. Жауаптарды оқу және жауап жазу үшін түбіртегіңізбен қайта кіріңіз.',
      'Which contract was it?',
    ]);
    expect(messages[2]!.classes()).toContain('question');
    expect(messages[2]!.find('.badge').text()).toBe('Сізге сұрақ');
  });

  it('sends a reply with the receipt and shows the updated conversation', async () => {
    const answered = reporterReport();
    answered.messages = [
      ...answered.messages,
      {
        id: 'm4',
        from: 'reporter',
        kind: 'reporter',
        code: null,
        body: 'Contract 12/2025.',
        createdAt: '2025-03-05T10:00:00.000Z',
        attachments: [],
      },
    ];
    const { requests } = gateway((request) =>
      operationName(request) === 'AddReporterMessage'
        ? { body: { data: { addReporterMessage: answered } } }
        : { body: { data: { hotlineReportByReceipt: reporterReport() } } },
    );
    const wrapper = mountPage();
    await openWith(wrapper, RECEIPT);
    await wrapper.find('#reply-body').setValue('  Contract 12/2025.  ');
    await wrapper.find('form.reply').trigger('submit');
    await settled();

    // An answer carries no work until the server asks for it.
    expect(requests[1]!.operation!.variables).toEqual({
      receipt: RECEIPT,
      input: { body: 'Contract 12/2025.' },
      proof: null,
    });
    expect(wrapper.findAll('.message')).toHaveLength(4);
    expect((wrapper.find('#reply-body').element as HTMLTextAreaElement).value).toBe('');
    expect(wrapper.find('.sent').text()).toBe('Your message has been sent.');
  });

  it('keeps a reply that the server refused', async () => {
    gateway((request) =>
      operationName(request) === 'AddReporterMessage'
        ? graphQLError('CONFLICT')
        : { body: { data: { hotlineReportByReceipt: reporterReport() } } },
    );
    const wrapper = mountPage();
    await openWith(wrapper, RECEIPT);
    await wrapper.find('#reply-body').setValue('One more fact.');
    await wrapper.find('form.reply').trigger('submit');
    await settled();

    expect(wrapper.find('form.reply [role="alert"]').text()).toBe(
      'The report is closed: new messages can no longer be added.',
    );
    expect((wrapper.find('#reply-body').element as HTMLTextAreaElement).value).toBe('One more fact.');
  });

  it("says a refusal that no field of the form explains in the reader's language, from the domain's message key", async () => {
    gateway((request) =>
      operationName(request) === 'AddReporterMessage'
        ? graphQLError('VALIDATION', { field: 'kind', messageKey: 'hotline.message.kind', params: {} })
        : { body: { data: { hotlineReportByReceipt: reporterReport() } } },
    );
    const wrapper = mountPage('kk');
    await openWith(wrapper, RECEIPT);
    await wrapper.find('#reply-body').setValue('Тағы бір дерек.');
    await wrapper.find('form.reply').trigger('submit');
    await settled();

    const banner = wrapper.find('form.reply [role="alert"]').text();
    expect(banner).toContain('Хабарлаушыға хабар не сұрақ жазылады');
    expect(banner).not.toContain('from the server');
  });

  it('offers no reply on a closed report and shows its outcome', async () => {
    gateway(() => ({
      body: {
        data: {
          hotlineReportByReceipt: reporterReport({
            status: 'closed',
            outcome: 'substantiated',
            closedAt: '2025-03-20T10:00:00.000Z',
          }),
        },
      },
    }));
    const wrapper = mountPage();
    await openWith(wrapper, RECEIPT);
    expect(wrapper.find('form.reply').exists()).toBe(false);
    expect(wrapper.find('.outcome').text()).toBe('The facts were confirmed');
    expect(wrapper.find('.answer').exists()).toBe(false);
  });

  it('downloads the reporter’s own file with the receipt in the request body', async () => {
    const { requests } = gateway((request) =>
      request.url === '/hotline/reporter-attachment'
        ? { body: new Blob(['%PDF-1.7']) }
        : { body: { data: { hotlineReportByReceipt: reporterReport() } } },
    );
    const createObjectURL = vi.fn(() => 'blob:intake/1');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const wrapper = mountPage();
    await openWith(wrapper, RECEIPT);
    await wrapper.find('button.download').trigger('click');
    await settled();

    expect(requests[1]!.json).toEqual({ receipt: RECEIPT, attachmentId: 'a1' });
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('lists the files sent with the report itself and downloads them the same way', async () => {
    const report = reporterReport({ attachments: [{ id: 'r1', fileName: 'contract.pdf', sizeBytes: 2048 }] });
    const { requests } = gateway((request) =>
      request.url === '/hotline/reporter-attachment'
        ? { body: new Blob(['%PDF-1.7']) }
        : { body: { data: { hotlineReportByReceipt: report } } },
    );
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:intake/2'), revokeObjectURL: vi.fn() }),
    );
    const wrapper = mountPage();
    await openWith(wrapper, RECEIPT);
    const button = wrapper.findAll('button.download').find((b) => b.text().includes('contract.pdf'))!;
    await button.trigger('click');
    await settled();

    expect(wrapper.text()).toContain('Files sent with the report');
    expect(requests[1]!.json).toEqual({ receipt: RECEIPT, attachmentId: 'r1' });
  });

  it('answers and downloads with work once the server asks for it after wrong receipts from the connection', async () => {
    const tries = { answer: 0, download: 0 };
    const { requests } = gateway((request) => {
      if (request.url === '/hotline/reporter-attachment') {
        return (tries.download += 1) === 1
          ? { status: 429, body: 'Too many', headers: { 'x-adal-retry-with-work': 'ordinary' } }
          : { body: new Blob(['%PDF-1.7']) };
      }
      if (operationName(request) === 'AddReporterMessage') {
        return (tries.answer += 1) === 1
          ? graphQLError('RATE_LIMITED', { retryWithWork: 'ordinary' }, 429)
          : { body: { data: { addReporterMessage: reporterReport() } } };
      }
      return { body: { data: { hotlineReportByReceipt: reporterReport() } } };
    });
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:intake/3'), revokeObjectURL: vi.fn() }),
    );
    const wrapper = mountPage();
    await openWith(wrapper, RECEIPT);
    await wrapper.find('#reply-body').setValue('Contract 12/2025.');
    await wrapper.find('form.reply').trigger('submit');
    await settled();
    const answers = requests.filter((request) => operationName(request) === 'AddReporterMessage');
    expect(answers.map((request) => request.operation!.variables.proof)).toEqual([
      null,
      { challenge: 'challenge-2', nonce: expect.any(String) },
    ]);
    expect(wrapper.find('.sent').text()).toBe('Your message has been sent.');

    await wrapper.find('button.download').trigger('click');
    await settled();
    const downloads = requests.filter((request) => request.url === '/hotline/reporter-attachment');
    expect(downloads.map((request) => request.json)).toEqual([
      { receipt: RECEIPT, attachmentId: 'a1' },
      {
        receipt: RECEIPT,
        attachmentId: 'a1',
        proof: { challenge: 'challenge-3', nonce: expect.any(String) },
      },
    ]);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('forgets the receipt when the reporter leaves', async () => {
    const { requests } = gateway();
    const wrapper = mountPage();
    await openWith(wrapper, RECEIPT);
    const leave = wrapper.findAll('button').find((button) => button.text() === 'Leave')!;
    await leave.trigger('click');

    expect(wrapper.emitted('leave')).toHaveLength(1);
    expect(wrapper.find('#follow-up-receipt').exists()).toBe(true);
    expect((wrapper.find('#follow-up-receipt').element as HTMLInputElement).value).toBe('');
    expect(wrapper.find('.message').exists()).toBe(false);
    expect(requests).toHaveLength(1);
  });
});
