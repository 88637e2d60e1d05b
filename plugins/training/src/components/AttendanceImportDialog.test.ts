import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { AdalGraphqlError } from '@adal/sdk';
import { withPlugin } from '../testing/mount-options';
import type { AttendanceImportPreview } from '../stores/training-session';
import AttendanceImportDialog from './AttendanceImportDialog.vue';

vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useAdalContext: () => ({ locale: 'en', token: 'token-1', graphqlUrl: 'https://adal.test/graphql' }),
}));

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const DANA = {
  row: 2,
  personId: 'person-1',
  fullName: 'Дана Омарова',
  email: 'd.omarova@example.kz',
  matchedBy: 'email' as const,
  status: 'attended' as const,
  reason: null,
  scorePercent: 85,
};
const BOLAT = {
  row: 3,
  personId: 'person-2',
  fullName: 'Болат Омаров',
  email: 'b.omarov@example.kz',
  matchedBy: 'name' as const,
  status: 'absent' as const,
  reason: 'Іссапарда',
  scorePercent: null,
};
const GOOD: AttendanceImportPreview = { attended: 1, absent: 1, rows: [DANA, BOLAT], errors: [] };
const BAD: AttendanceImportPreview = {
  attended: 1,
  absent: 0,
  rows: [DANA],
  errors: [
    {
      row: 3,
      column: 'email',
      messageKey: 'training.attendanceImport.otherOrganization',
      params: { who: 'b.omarov@other.kz' },
      message: 'b.omarov@other.kz belongs to another organisation, not to this one',
    },
    {
      row: 4,
      column: 'score_percent',
      messageKey: 'training.attendanceImport.score',
      params: { value: '120' },
      message: '"120" is not a whole percentage from 0 to 100',
    },
    {
      row: 5,
      column: null,
      messageKey: 'training.attendanceImport.duplicate',
      params: { firstRow: 2 },
      message: '',
    },
  ],
};

function mountDialog(
  preview: (file: File) => Promise<AttendanceImportPreview>,
  send: (file: File) => Promise<AttendanceImportPreview> = async () => GOOD,
) {
  const wrapper = mount(AttendanceImportDialog, {
    props: { visible: false, knowledgeCheck: true, preview, send },
    attachTo: document.body,
    ...withPlugin(),
  });
  return wrapper;
}

async function open(wrapper: ReturnType<typeof mountDialog>) {
  await wrapper.setProps({ visible: true });
  await flushPromises();
}

async function choose(wrapper: ReturnType<typeof mountDialog>, name = 'seminar.xlsx') {
  const input = wrapper.find<HTMLInputElement>('input[type="file"]');
  const file = new File(['x'], name);
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
  return file;
}

const button = (wrapper: ReturnType<typeof mountDialog>, label: string) =>
  wrapper.findAll('button').find((b) => b.text() === label);

const rowsOf = (table: Element) =>
  [...table.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
  );

describe('AttendanceImportDialog', () => {
  it('asks for a file before checking it', async () => {
    const checked: File[] = [];
    const wrapper = mountDialog(async (file) => (checked.push(file), GOOD));
    await open(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#attendance-import-file-error').text()).toBe(
      'Choose the XLSX or CSV file with the list.',
    );
    expect(checked).toEqual([]);
  });

  it('lists every problem row by row in words and offers no import while there is one', async () => {
    const wrapper = mountDialog(async () => BAD);
    await open(wrapper);
    await choose(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain(
      'The list has 3 problem(s). Nothing will be recorded until all are fixed',
    );
    const [problems, people] = [...document.querySelectorAll('table')];
    expect(rowsOf(problems!)).toEqual([
      ['3', 'E-mail', 'b.omarov@other.kz belongs to another organisation, not to this one'],
      ['4', 'Knowledge check score', '"120" is not a whole percentage from 0 to 100'],
      ['5', 'Whole row', 'The same person as in row 2'],
    ]);
    expect(rowsOf(people!)).toEqual([['2', 'Дана Омарова found by e-mail', 'Attended', '85 %', '—']]);
    expect(wrapper.findAll('button').some((b) => b.text().startsWith('Record the attendance'))).toBe(false);
  });

  it('shows the matched people and records them only when confirmed', async () => {
    const sent: File[] = [];
    const wrapper = mountDialog(
      async () => GOOD,
      async (file) => (sent.push(file), GOOD),
    );
    await open(wrapper);
    const file = await choose(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(rowsOf(document.querySelector('table')!)).toEqual([
      ['2', 'Дана Омарова found by e-mail', 'Attended', '85 %', '—'],
      ['3', 'Болат Омаров found by name', 'Absent', '—', 'Іссапарда'],
    ]);
    expect(wrapper.text()).toContain('Recording replaces what was already recorded for these people.');
    expect(sent).toEqual([]);
    await button(wrapper, 'Record the attendance of 2 people')!.trigger('click');
    await flushPromises();
    expect(sent).toEqual([file]);
    expect(wrapper.get('[role="status"]').text()).toBe('The attendance is recorded. Attended: 1. Absent: 1.');
  });

  it('lists the rows of an import refused after the check, and records nothing', async () => {
    const wrapper = mountDialog(
      async () => GOOD,
      async () => {
        throw new AdalGraphqlError('VALIDATION', 'The file has 1 wrong row', {
          details: { errors: [BAD.errors[0]] },
        });
      },
    );
    await open(wrapper);
    await choose(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    await button(wrapper, 'Record the attendance of 2 people')!.trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('The list has 1 problem(s).');
    expect(rowsOf(document.querySelector('table')!)).toEqual([
      ['3', 'E-mail', 'b.omarov@other.kz belongs to another organisation, not to this one'],
    ]);
    expect(wrapper.find('[role="status"]').exists()).toBe(false);
  });

  it('downloads the template with the viewer’s token', async () => {
    const send = vi.fn(async () => new Response('xlsx'));
    vi.stubGlobal('fetch', send);
    URL.createObjectURL = vi.fn(() => 'blob:template');
    URL.revokeObjectURL = vi.fn();
    const wrapper = mountDialog(async () => GOOD);
    await open(wrapper);
    await button(wrapper, 'Download the template (XLSX)')!.trigger('click');
    await flushPromises();
    const [url, init] = send.mock.calls[0] as unknown as [string, RequestInit];
    expect(new URL(url).pathname).toBe('/training/attendance-template.xlsx');
    expect(init.headers).toEqual({ authorization: 'Bearer token-1' });
  });
});
