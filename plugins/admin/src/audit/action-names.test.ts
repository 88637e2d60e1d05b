import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_NAMES as EXPORTED } from '../../../../gateway/src/audit-files/action-names';
import { AUDIT_ACTION_NAMES } from './action-names';

describe('the names of the trail’s actions', () => {
  it('are the ones the exported trail uses', () => {
    expect(AUDIT_ACTION_NAMES).toEqual(EXPORTED);
  });

  it('name every action in Kazakh, Russian and English', () => {
    for (const names of Object.values(AUDIT_ACTION_NAMES)) {
      expect(names.kk.length * names.ru.length * names.en.length).toBeGreaterThan(0);
      expect(names.kk).not.toMatch(/[A-Za-z]/);
      expect(names.ru).not.toMatch(/[A-Za-z]/);
    }
  });
});
