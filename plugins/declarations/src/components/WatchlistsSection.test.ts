import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { formatDateTime, type AdalLocale } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import WatchlistsSection from './WatchlistsSection.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ graphqlUrl: 'https://adal.example/graphql', token: 'token-officer' }),
}));

const SUPPLIER_COLUMNS = ['bin', 'company', 'full_name', 'iin', 'birth_date', 'role'];
const DISMISSAL_COLUMNS = ['full_name', 'iin', 'birth_date', 'dismissed_on', 'employer'];
const LOADED_AT = '2026-09-01T04:00:00Z';

let graphql: FakeGraphql;
let suppliers: { entryCount: number; importedAt: string } | null;

beforeEach(() => {
  suppliers = { entryCount: 1200, importedAt: LOADED_AT };
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('ConflictWatchlists', () => ({
    conflictWatchlists: [
      {
        kind: 'supplier_people',
        columns: SUPPLIER_COLUMNS,
        loaded: suppliers && {
          filename: 'жеткізушілер.xlsx',
          ...suppliers,
          importedBy: { id: 'officer', fullName: 'Айгүл Серікова' },
        },
      },
      { kind: 'corruption_dismissals', columns: DISMISSAL_COLUMNS, loaded: null },
    ],
  }));
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function mountSection(concludes: boolean, locale: AdalLocale = 'en') {
  const options = withPlugin(locale, graphql.client);
  const wrapper = mount(WatchlistsSection, {
    attachTo: document.body,
    props: { concludes },
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

/** A button of the open dialog: the section has buttons of the same names. */
const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')];
const buttonNamed = (label: string) => buttons().find((b) => b.textContent?.trim() === label);

async function chooseFile(name: string): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('[role="dialog"] input[type="file"]')!;
  Object.defineProperty(input, 'files', {
    value: [new File(['full_name,birth_date\n'], name)],
    configurable: true,
  });
  input.dispatchEvent(new Event('change'));
  await flushPromises();
}

describe('WatchlistsSection (the outside lists of the conflict matching)', () => {
  it('says what each list holds, and that one is not loaded yet', async () => {
    const wrapper = await mountSection(true);
    const [first, second] = wrapper.findAll('.list');
    expect(first!.find('h3').text()).toBe('Founders and managers of suppliers');
    expect(first!.text()).toContain(
      `1200 entries, loaded ${formatDateTime(LOADED_AT, 'en')} by Айгүл Серікова.`,
    );
    expect(second!.text()).toContain('Not loaded yet: load the register’s export');
    expect(first!.find('button').text()).toBe('Replace the list');
    expect(second!.find('button').text()).toBe('Load the list');
    wrapper.unmount();
  });

  it('offers the auditor no loading', async () => {
    const wrapper = await mountSection(false);
    expect(wrapper.findAll('button')).toHaveLength(0);
    expect(wrapper.text()).toContain('Not loaded yet; the responsible unit loads it.');
    wrapper.unmount();
  });

  it('loads a list by its kind, says how many entries it took, and reads the lists again', async () => {
    const sent: { kind: unknown; filename: string }[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      const body = init.body as FormData;
      const operations = JSON.parse(String(body.get('operations'))) as { variables: { kind: string } };
      sent.push({ kind: operations.variables.kind, filename: (body.get('0') as File).name });
      suppliers = null;
      return Response.json({
        data: { importConflictWatchlist: { kind: 'corruption_dismissals', entryCount: 37, replaced: 0 } },
      });
    });
    const wrapper = await mountSection(true);
    await wrapper.findAll('.list')[1]!.find('button').trigger('click');
    await flushPromises();
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(dialog.textContent).toContain('Load: People dismissed for corruption');
    // The columns it reads, by their code in the file and in words.
    expect(dialog.textContent).toContain('dismissed_on — the day of dismissal');
    // Nothing to send before a file is chosen.
    expect(buttonNamed('Load the list')?.hasAttribute('disabled')).toBe(true);

    await chooseFile('уволенные.csv');
    buttonNamed('Load the list')!.click();
    await flushPromises();
    expect(sent).toEqual([{ kind: 'corruption_dismissals', filename: 'уволенные.csv' }]);
    expect(document.querySelector('[role="dialog"]')!.textContent).toContain(
      'Loaded: 37 entries. The matches are checked against them.',
    );
    expect(wrapper.emitted('loaded')).toHaveLength(1);
    expect(graphql.sent('ConflictWatchlists')).toHaveLength(2);
    wrapper.unmount();
  });

  it('warns that a file replaces the list, and lists a refused file’s problems in Russian', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json({
        errors: [
          {
            message: 'The file has 1 problem(s); nothing was imported.',
            extensions: {
              code: 'VALIDATION',
              errors: [
                {
                  row: 3,
                  column: 'bin',
                  messageKey: 'declarations.watchlist.binInvalid',
                  params: { value: '123', detail: 'must be 12 digits' },
                  message: '"123" is not a valid BIN: it must be 12 digits',
                },
              ],
            },
          },
        ],
      }),
    );
    const wrapper = await mountSection(true, 'ru');
    await wrapper.findAll('.list')[0]!.find('button').trigger('click');
    await flushPromises();
    const dialog = () => document.querySelector('[role="dialog"]')!;
    expect(dialog().textContent).toContain(
      `Сейчас в списке 1200 записей, загруженных ${formatDateTime(LOADED_AT, 'ru')}; файл заменит их все.`,
    );
    await chooseFile('поставщики.csv');
    buttonNamed('Заменить список')!.click();
    await flushPromises();
    expect(dialog().textContent).toContain('Ошибок в файле: 1. Ничего не загружено');
    expect(dialog().textContent).toContain('«123» — недействительный БИН');
    expect(dialog().textContent).toContain('bin — БИН поставщика (обязательно)');
    expect(dialog().textContent).not.toContain('must be 12 digits');
    expect(wrapper.emitted('loaded')).toBeUndefined();
    wrapper.unmount();
  });
});
