import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import type { AdalLocale } from '@adal/sdk';
import { withPlugin } from '../testing/mount-options';
import { testRouter } from '../testing/router';
import { caseSummary, withheldRow } from '../testing/samples';
import { DEFAULT_CASE_SORT, queueItem } from '../stores/hotline-cases';
import CaseTable from './CaseTable.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

// ADR 008: a case that names the compliance head is run by the alternate handler; the head's queue
// shows only that it exists and who runs it, in each of the three languages.
const EXPECTED: Record<AdalLocale, { handled: string; hidden: string }> = {
  kk: { handled: 'Балама жауапты тұлға жүргізеді', hidden: 'Көрсетілмейді' },
  ru: { handled: 'Ведёт альтернативный ответственный', hidden: 'Не показывается' },
  en: { handled: 'Handled by the alternate handler', hidden: 'Not shown' },
};

describe('CaseTable', { timeout: 20_000 }, () => {
  for (const locale of ['kk', 'ru', 'en'] as const) {
    it(`shows the compliance head a case about her only as handled by the alternate (${locale})`, async () => {
      const options = withPlugin(locale);
      const wrapper = mount(CaseTable, {
        attachTo: document.body,
        props: {
          items: [withheldRow({ id: 'case-7', number: 'HL-2026-0007' }), caseSummary()].map(queueItem),
          now: new Date('2026-03-02T20:00:00Z'),
          status: 'ready',
          error: null,
          sort: DEFAULT_CASE_SORT,
          page: 1,
          pageSize: 25,
          total: 2,
          filtered: false,
        },
        global: { plugins: [...options.global.plugins, createPinia(), await testRouter()] },
      });
      const [withheld] = wrapper.findAll('tbody tr');
      const cells = withheld!.findAll('td').map((cell) => cell.text());
      // Its number, when it came and who runs it; every other column says it is not shown (the
      // selection's is empty: a withheld case can't be ticked).
      const [number, ...rest] = cells.filter((cell) => cell !== '');
      expect(number).toBe('HL-2026-0007');
      expect(rest.filter((cell) => cell.includes(EXPECTED[locale].handled))).toHaveLength(1);
      const others = rest.filter((cell) => !cell.includes(EXPECTED[locale].handled));
      expect(others.filter((cell) => cell !== EXPECTED[locale].hidden)).toHaveLength(1);
      expect(others.filter((cell) => cell === EXPECTED[locale].hidden)).toHaveLength(7);
      expect(withheld!.find('a').exists()).toBe(false);
      wrapper.unmount();
    });
  }
});
