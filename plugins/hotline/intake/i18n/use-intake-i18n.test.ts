import { describe, expect, it } from 'vitest';
import { createIntakeI18n, kazakhDateTime } from './use-intake-i18n';

describe('intake formatting', () => {
  it('writes Kazakh dates with Kazakh month names, whatever date data the browser ships', () => {
    expect(kazakhDateTime(new Date(2026, 10, 25, 9, 5))).toBe('2026 ж. 25 қараша, 09:05');
    expect(kazakhDateTime(new Date(2027, 0, 1, 14, 30))).toBe('2027 ж. 1 қаңтар, 14:30');
    const i18n = createIntakeI18n('kk');
    expect(i18n.dateTime(new Date(2026, 2, 8, 12, 0).toISOString())).toBe('2026 ж. 8 наурыз, 12:00');
  });

  it('follows the chosen language for dates and file sizes', () => {
    const i18n = createIntakeI18n('ru');
    expect(i18n.dateTime(new Date(2026, 10, 25, 9, 5).toISOString())).toContain('ноября 2026');
    expect(i18n.fileSize(2048)).toBe('2 КБ');
    i18n.locale.value = 'en';
    expect(i18n.fileSize(512)).toBe('512 B');
    expect(i18n.fileSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
    i18n.locale.value = 'kk';
    expect(i18n.fileSize(1.5 * 1024 * 1024)).toBe('1,5 МБ');
  });
});
