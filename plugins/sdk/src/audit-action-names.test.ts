import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_NAMES } from './audit-action-names';

describe('the names of the trail’s actions', () => {
  it('name every action in Kazakh, Russian and English', () => {
    for (const names of Object.values(AUDIT_ACTION_NAMES)) {
      expect(names.kk.length * names.ru.length * names.en.length).toBeGreaterThan(0);
      expect(names.kk).not.toMatch(/[A-Za-z]/);
      expect(names.ru).not.toMatch(/[A-Za-z]/);
    }
  });
});
