import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime, formatDay, formatNumber, formatPercent } from './format';

/** A browser without Kazakh formatting data: it formats 'kk' with the root locale, as Chromium does. */
function withoutKazakhData(): void {
  const root = (locales: Intl.LocalesArgument) =>
    typeof locales === 'string' && locales.startsWith('kk') ? 'en-CA' : locales;
  const dateToLocaleString = Date.prototype.toLocaleString;
  const dateToLocaleDateString = Date.prototype.toLocaleDateString;
  const numberToLocaleString = Number.prototype.toLocaleString;
  vi.spyOn(Date.prototype, 'toLocaleString').mockImplementation(function (this: Date, locales, options) {
    return dateToLocaleString.call(this, root(locales), options);
  });
  vi.spyOn(Date.prototype, 'toLocaleDateString').mockImplementation(function (this: Date, locales, options) {
    return dateToLocaleDateString.call(this, root(locales), options);
  });
  vi.spyOn(Number.prototype, 'toLocaleString').mockImplementation(function (this: number, locales, options) {
    return numberToLocaleString.call(this, root(locales), options);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatting numbers and dates', () => {
  it('writes Kazakh as Kazakhstan does even where the browser has no Kazakh data', () => {
    withoutKazakhData();
    expect(formatDay('2026-12-03', 'kk')).toBe('03.12.2026');
    expect(formatDateTime('2026-12-03T09:49:00', 'kk')).toBe('03.12.2026, 09:49');
    expect(formatPercent(66.7, 'kk')).toBe('66,7');
    expect(formatNumber(1234.5, 'kk')).toBe('1\u00a0234,5');
  });

  it('writes Russian and English in their own way', () => {
    expect(formatDay('2026-12-03', 'ru')).toBe('03.12.2026');
    expect(formatPercent(66.7, 'ru')).toBe('66,7');
    expect(formatPercent(66.7, 'en')).toBe('66.7');
  });
});
