import { describe, expect, it } from 'vitest';
import { createIntakeI18n } from './use-intake-i18n';

describe('intake formatting', () => {
  it('writes Kazakh dates as the back office does, whatever date data the browser ships', () => {
    const i18n = createIntakeI18n('kk');
    expect(i18n.dateTime(new Date(2026, 2, 8, 12, 0).toISOString())).toBe('08.03.2026, 12:00');
  });

  it('follows the chosen language for dates and file sizes', () => {
    const i18n = createIntakeI18n('ru');
    expect(i18n.dateTime(new Date(2026, 10, 25, 9, 5).toISOString())).toBe('25.11.2026, 09:05');
    expect(i18n.fileSize(2048)).toBe('2 КБ');
    i18n.locale.value = 'en';
    expect(i18n.fileSize(512)).toBe('512 B');
    expect(i18n.fileSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
    i18n.locale.value = 'kk';
    expect(i18n.fileSize(1.5 * 1024 * 1024)).toBe('1,5 МБ');
  });
});
