import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay, formatNumber, formatPercent } from './format';

/** A browser without Kazakh formatting data: it formats 'kk' with the root locale, as Chromium does. */
function withoutKazakhData(): void {
  const root = (locales?: Intl.LocalesArgument) =>
    typeof locales === 'string' && locales.startsWith('kk') ? 'en-CA' : locales;
  const { DateTimeFormat, NumberFormat } = Intl;
  vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (locales, options) {
    return new DateTimeFormat(root(locales), options);
  } as typeof Intl.DateTimeFormat);
  vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (locales, options) {
    return new NumberFormat(root(locales), options);
  } as typeof Intl.NumberFormat);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatting numbers and dates', () => {
  it('writes Kazakh as Kazakhstan does even where the browser has no Kazakh data', async () => {
    withoutKazakhData();
    // A fresh module: formatters kept by an earlier test were made without the browser above.
    vi.resetModules();
    const { formatDateTime, formatDay, formatNumber, formatPercent } = await import('./format');
    expect(formatDay('2026-12-03', 'kk')).toBe('03.12.2026');
    expect(formatDateTime('2026-12-03T09:49:00', 'kk')).toBe('03.12.2026, 09:49');
    expect(formatPercent(66.7, 'kk')).toBe('66,7');
    expect(formatNumber(1234.5, 'kk')).toBe('1\u00a0234,5');
  });

  it('makes one formatter of each kind per language, not one per figure', () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    // A language no other test formats in, so that nothing was made for it before.
    for (let figure = 0; figure < 50; figure += 1) formatNumber(figure + 0.5, 'de');
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
    expect(made).toHaveBeenCalledTimes(1);
  });

  it('writes Russian and English in their own way', () => {
    expect(formatDay('2026-12-03', 'ru')).toBe('03.12.2026');
    expect(formatPercent(66.7, 'ru')).toBe('66,7');
    expect(formatPercent(66.7, 'en')).toBe('66.7');
  });
});
