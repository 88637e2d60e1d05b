import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import HrImportDialog from './HrImportDialog.vue';

vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => new FakeGraphql().client,
  useAdalContext: () => ({ graphqlUrl: 'https://adal.example/graphql', token: 'token-hr' }),
}));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('HrImportDialog', () => {
  it('says each problem of a refused file in the interface language, from its message key', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json({
        errors: [
          {
            message: 'The file has 2 problem(s); nothing was imported.',
            extensions: {
              code: 'VALIDATION',
              errors: [
                {
                  row: 3,
                  column: 'kind',
                  messageKey: 'hotline.hrImport.kindUnknown',
                  params: { value: 'promotion' },
                  message: '"promotion" is not dismissal, transfer or disciplinary',
                },
                {
                  row: 4,
                  messageKey: 'hotline.hrImport.sameAsRow',
                  params: { firstRow: 2 },
                  message: 'The same action as row 2',
                },
              ],
            },
          },
        ],
      }),
    );
    const options = withPlugin('ru');
    const wrapper = mount(HrImportDialog, {
      attachTo: document.body,
      props: { visible: true },
      global: { plugins: [...options.global.plugins, createPinia()] },
    });
    await flushPromises();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['email,kind\n'], 'hr.csv')] });
    input.dispatchEvent(new Event('change'));
    await flushPromises();
    document.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await flushPromises();

    const rows = [...document.querySelectorAll('.rows li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toEqual([
      'Строка 3, столбец kind: «promotion» — это не увольнение, не перевод и не дисциплинарное взыскание',
      'Строка 4: То же решение, что в строке 2',
    ]);
    expect(document.body.textContent).not.toContain('is not dismissal');
    // The column is the file's own code, marked so rather than translated.
    expect(document.querySelector('.rows [translate="no"]')?.textContent).toBe('kind');
    wrapper.unmount();
  });
});
