import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fakeGateway,
  fileOf,
  graphQLError,
  operationName,
  type SentRequest,
  settled,
} from '../testing/fake-gateway';
import { intakeContext } from '../testing/mount-options';
import ReportPage from './ReportPage.vue';

const ONE_ORGANIZATION = [
  { id: 'org-1', names: { kk: '«Самұрық Демо» АҚ', ru: 'АО «Самрук Демо»', en: 'Samruk Demo JSC' } },
];
const TWO_ORGANIZATIONS = [
  ...ONE_ORGANIZATION,
  { id: 'org-2', names: { kk: 'KazDemo LLP', ru: 'KazDemo LLP', en: 'KazDemo LLP' } },
];
const WHAT = 'The procurement head asked a supplier for 5% of the contract value.';

type Respond = (request: SentRequest) => ReturnType<typeof graphQLError>;

const PAID_HOW = {
  id: 'q-paid',
  category: 'corruption',
  kind: 'single_choice',
  required: true,
  texts: { kk: 'Қалай төленді?', ru: 'Как было оплачено?', en: 'How was it paid?' },
  options: [
    { id: 'o-cash', labels: { kk: 'Қолма-қол', ru: 'Наличными', en: 'In cash' } },
    { id: 'o-transfer', labels: { kk: 'Аударыммен', ru: 'Переводом', en: 'By transfer' } },
  ],
};
const WITNESSES = {
  id: 'q-witnesses',
  category: 'law_violation',
  kind: 'yes_no',
  required: false,
  texts: { kk: 'Куәгерлер болды ма?', ru: 'Были ли свидетели?', en: 'Were there witnesses?' },
  options: [],
};

function gateway(organizations = ONE_ORGANIZATION, onSubmit?: Respond, questions: unknown[] = []) {
  return fakeGateway((request) => {
    if (operationName(request) === 'IntakeOrganizations')
      return { body: { data: { intakeOrganizations: organizations } } };
    if (operationName(request) === 'IntakeQuestions')
      return { body: { data: { intakeQuestions: questions } } };
    return (
      onSubmit?.(request) ?? {
        body: {
          data: {
            submitHotlineReport: {
              receipt: '4821 0937 5566 1234 8765 4321 0987 6543',
              number: 'HL-2025-0001',
            },
          },
        },
      }
    );
  });
}

async function mountPage(locale: 'kk' | 'ru' | 'en' = 'en') {
  const context = intakeContext(locale);
  const wrapper = mount(ReportPage, { ...context.options, attachTo: document.body });
  await settled();
  return { wrapper, draft: context.draft };
}

async function fillValidReport(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper']) {
  await wrapper.find('#report-category-corruption').setValue(true);
  await wrapper.find('#report-what').setValue(WHAT);
}

function submitted(requests: SentRequest[]) {
  return requests.filter((request) => operationName(request) === 'SubmitHotlineReport');
}

enableAutoUnmount(afterEach);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('ReportPage', () => {
  it('offers the seven §69 categories, each with its explanation', async () => {
    gateway();
    const { wrapper } = await mountPage();
    const radios = wrapper.findAll('input[name="category"]');
    expect(radios.map((radio) => radio.attributes('value'))).toEqual([
      'policy_violation',
      'law_violation',
      'criminal_offence',
      'corruption',
      'reporting_transparency',
      'conflict_of_interest',
      'other',
    ]);
    for (const radio of radios) {
      const hint = wrapper.find(`#${radio.attributes('aria-describedby')}`);
      expect(hint.text().length).toBeGreaterThan(10);
    }
  });

  it('hides the organisation picker when the hotline serves one organisation and shows it for several', async () => {
    gateway(ONE_ORGANIZATION);
    const single = await mountPage();
    expect(single.wrapper.find('#report-organization').exists()).toBe(false);
    expect(single.draft.organizationId).toBe('org-1');
    single.wrapper.unmount();

    gateway(TWO_ORGANIZATIONS);
    const several = await mountPage();
    const options = several.wrapper.findAll('#report-organization option');
    expect(options.map((option) => option.text())).toEqual([
      'Choose the organisation…',
      'Samruk Demo JSC',
      'KazDemo LLP',
    ]);
    expect(several.draft.organizationId).toBe('');
    several.wrapper.unmount();

    // Each organisation in the reader's language: the name as entered where it kept no translation.
    gateway(TWO_ORGANIZATIONS);
    const kk = await mountPage('kk');
    expect(
      kk.wrapper
        .findAll('#report-organization option')
        .map((option) => option.text())
        .slice(1),
    ).toEqual(['«Самұрық Демо» АҚ', 'KazDemo LLP']);
  });

  it('refuses to send an empty description and says what to correct, next to the field and above the form', async () => {
    const { requests } = gateway();
    const { wrapper } = await mountPage();
    await wrapper.find('#report-category-corruption').setValue(true);
    await wrapper.find('form').trigger('submit');

    expect(submitted(requests)).toHaveLength(0);
    expect(wrapper.find('#report-what-error').text()).toBe('Describe what happened.');
    expect(wrapper.find('#report-what').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('#report-what').attributes('aria-describedby')).toContain('report-what-error');
    const summary = wrapper.find('.adal-error-summary');
    expect(summary.find('a').attributes('href')).toBe('#report-what');
    expect(document.activeElement).toBe(summary.element);
  });

  it('asks an open reporter for a name and a contact before sending', async () => {
    const { requests } = gateway();
    const { wrapper } = await mountPage();
    await fillValidReport(wrapper);
    expect(wrapper.find('#report-name').exists()).toBe(false);
    await wrapper.find('#report-open').setValue(true);
    await wrapper.find('form').trigger('submit');

    expect(submitted(requests)).toHaveLength(0);
    expect(wrapper.find('#report-name-error').text()).toBe('Enter your name, or choose an anonymous report.');
    expect(wrapper.find('#report-contact-error').exists()).toBe(true);
  });

  it('sends an anonymous report and hands the receipt over, forgetting what was typed', async () => {
    const { requests } = gateway();
    const { wrapper, draft } = await mountPage();
    await fillValidReport(wrapper);
    await wrapper.find('#report-where').setValue('Almaty branch');
    await wrapper.find('form').trigger('submit');
    await settled();

    const [request] = submitted(requests);
    expect(request!.operation!.variables).toEqual({
      input: {
        organizationId: 'org-1',
        category: 'corruption',
        what: WHAT,
        when: null,
        where: 'Almaty branch',
        who: null,
        anonymous: true,
      },
      proof: { challenge: 'challenge-1', nonce: expect.any(String) },
    });
    expect(wrapper.emitted('submitted')).toEqual([
      [{ receipt: '4821 0937 5566 1234 8765 4321 0987 6543', number: 'HL-2025-0001' }],
    ]);
    expect(draft.what).toBe('');
  });

  it('says it is preparing a secure submission while the browser works out the proof', async () => {
    gateway();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const digest = crypto.subtle.digest.bind(crypto.subtle);
    vi.spyOn(crypto.subtle, 'digest').mockImplementation(async (algorithm, data) => {
      await released;
      return digest(algorithm, data);
    });
    const { wrapper } = await mountPage('ru');
    await fillValidReport(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.work').text()).toBe('Подготовка защищённой отправки…');
    expect(wrapper.emitted('submitted')).toBeUndefined();

    release();
    await settled();
    expect(wrapper.emitted('submitted')).toHaveLength(1);
    expect(wrapper.find('.work').text()).toBe('');
  });

  it('sends again at once with strong work when the server asks for it past the hourly allowance', async () => {
    let answered = 0;
    const { requests, challenges } = gateway(ONE_ORGANIZATION, () =>
      (answered += 1) === 1
        ? graphQLError('RATE_LIMITED', { retryWithWork: 'strong' }, 429)
        : { body: { data: { submitHotlineReport: { receipt: '4821', number: 'HL-2025-0002' } } } },
    );
    const { wrapper } = await mountPage();
    await fillValidReport(wrapper);
    await wrapper.find('form').trigger('submit');
    await settled();

    expect(challenges.map((challenge) => challenge.operation!.variables)).toEqual([
      { strong: false },
      { strong: true },
    ]);
    const sent = submitted(requests);
    expect(
      sent.map((request) => (request.operation!.variables.proof as { challenge: string }).challenge),
    ).toEqual(['challenge-1', 'challenge-2']);
    expect(wrapper.emitted('submitted')).toHaveLength(1);
  });

  it('sends the chosen files as a multipart request', async () => {
    const { requests } = gateway();
    const { wrapper, draft } = await mountPage();
    await fillValidReport(wrapper);
    draft.attachments = [fileOf('contract.pdf', 2048)];
    await wrapper.find('form').trigger('submit');
    await settled();

    const [request] = submitted(requests);
    expect(request!.form).not.toBeNull();
    expect((request!.form!.get('0') as File).name).toBe('contract.pdf');
  });

  it('shows the server’s refusal next to the field it concerns and keeps everything typed', async () => {
    gateway(ONE_ORGANIZATION, () => graphQLError('VALIDATION', { field: 'what', min: 20 }));
    const { wrapper, draft } = await mountPage('ru');
    await fillValidReport(wrapper);
    await wrapper.find('#report-who').setValue('Начальник отдела закупок');
    await wrapper.find('form').trigger('submit');
    await settled();

    expect(wrapper.find('#report-what-error').text()).toBe(
      'Опишите, что произошло, не менее чем в 20 символах.',
    );
    expect(draft.what).toBe(WHAT);
    expect((wrapper.find('#report-who').element as HTMLTextAreaElement).value).toBe(
      'Начальник отдела закупок',
    );
    expect(wrapper.emitted('submitted')).toBeUndefined();
  });

  it('names a refused file next to the attachments', async () => {
    gateway(ONE_ORGANIZATION, () => graphQLError('VALIDATION', { file: 'photo.png', reason: 'type' }));
    const { wrapper, draft } = await mountPage();
    await fillValidReport(wrapper);
    draft.attachments = [fileOf('photo.png')];
    await wrapper.find('form').trigger('submit');
    await settled();

    expect(wrapper.find('#report-attachments-error').text()).toContain(
      '“photo.png” is not a PDF, PNG, JPEG, DOCX, XLSX or TXT file.',
    );
    expect(draft.attachments).toHaveLength(1);
  });

  it('tells of a submission limit or a lost connection in a banner, in the chosen language', async () => {
    gateway(ONE_ORGANIZATION, () => graphQLError('RATE_LIMITED', {}, 429));
    const limited = await mountPage('kk');
    await fillValidReport(limited.wrapper);
    await limited.wrapper.find('form').trigger('submit');
    await settled();
    expect(limited.wrapper.find('[role="alert"]').text()).toBe(
      'Соңғы бір сағатта сіздің қосылымыңыздан тым көп өтініш жіберілді. Кейінірек қайталап көріңіз.',
    );
    limited.wrapper.unmount();

    gateway(ONE_ORGANIZATION, () => new TypeError('Failed to fetch'));
    const offline = await mountPage('en');
    await fillValidReport(offline.wrapper);
    await offline.wrapper.find('form').trigger('submit');
    await settled();
    expect(offline.wrapper.find('[role="alert"]').text()).toContain('The server could not be reached');
    expect(offline.draft.what).toBe(WHAT);
  });

  it('asks for the organisation again when the server no longer knows the chosen one', async () => {
    const { requests } = gateway(TWO_ORGANIZATIONS, () => graphQLError('NOT_FOUND'));
    const { wrapper } = await mountPage();
    await wrapper.find('#report-organization').setValue('org-2');
    await fillValidReport(wrapper);
    await wrapper.find('form').trigger('submit');
    await settled();

    expect(wrapper.find('#report-organization-error').text()).toBe('Choose the organisation.');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(requests.filter((request) => operationName(request) === 'IntakeOrganizations')).toHaveLength(2);
  });

  it('refuses a file over 5 MB on the spot, naming it, and keeps the others picked with it', async () => {
    gateway();
    const { wrapper, draft } = await mountPage();
    const input = wrapper.find('#report-attachments');
    Object.defineProperty(input.element, 'files', {
      configurable: true,
      value: [fileOf('big.pdf', 6 * 1024 * 1024), fileOf('ok.pdf')],
    });
    await input.trigger('change');

    expect(draft.attachments.map((file) => file.name)).toEqual(['ok.pdf']);
    expect(wrapper.find('#report-attachments-error').text()).toBe('“big.pdf” is larger than 5 MB.');
    expect(wrapper.find('.files').text()).toContain('ok.pdf');
  });
  it("asks the chosen category's own questions, refuses a required one unanswered, and sends the answers", async () => {
    const { requests } = gateway(ONE_ORGANIZATION, undefined, [PAID_HOW, WITNESSES]);
    const { wrapper } = await mountPage('ru');
    expect(wrapper.text()).not.toContain('Как было оплачено?');
    await fillValidReport(wrapper);
    expect(wrapper.find('#report-questions-title').text()).toBe('Ещё несколько вопросов');
    expect(wrapper.text()).toContain('Как было оплачено?');
    expect(wrapper.text()).not.toContain('Были ли свидетели?');

    await wrapper.find('form').trigger('submit');
    await settled();
    expect(submitted(requests)).toHaveLength(0);
    expect(wrapper.find('#report-answer-q-paid-error').text()).toBe('Ответьте на этот вопрос.');

    await wrapper.find('#report-answer-q-paid-1').setValue(true);
    expect(wrapper.find('#report-answer-q-paid-error').exists()).toBe(false);
    await wrapper.find('form').trigger('submit');
    await settled();
    const [request] = submitted(requests);
    expect((request!.operation!.variables['input'] as { answers: unknown }).answers).toEqual([
      { questionId: 'q-paid', optionIds: ['o-transfer'] },
    ]);
  });

  it("shows the server's refusal of an answer at its question", async () => {
    gateway(
      ONE_ORGANIZATION,
      () => graphQLError('VALIDATION', { field: 'answers.q-paid', messageKey: 'hotline.answer.choice' }),
      [PAID_HOW],
    );
    const { wrapper } = await mountPage('kk');
    await fillValidReport(wrapper);
    await wrapper.find('#report-answer-q-paid-0').setValue(true);
    await wrapper.find('form').trigger('submit');
    await settled();
    expect(wrapper.find('#report-answer-q-paid-error').text()).toBe('Берілген нұсқалардың ішінен таңдаңыз.');
  });
});
