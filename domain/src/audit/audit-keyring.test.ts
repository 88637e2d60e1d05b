import { describe, expect, it } from 'vitest';
import {
  generateAuditKeyring,
  parseAuditKeyring,
  serializeAuditKeyring,
  withNewAuditKey,
} from './audit-keyring.js';

describe('audit keyring', () => {
  it('reads its configuration back: the first key seals, every key verifies', () => {
    const rotated = withNewAuditKey(generateAuditKeyring('a1'), 'a2');
    const config = serializeAuditKeyring(rotated);
    expect(config.startsWith('a2:')).toBe(true);
    const parsed = parseAuditKeyring(config);
    expect(parsed.currentKeyId).toBe('a2');
    expect([...parsed.keys.keys()]).toEqual(['a2', 'a1']);
    expect(parsed.keys.get('a1')).toEqual(rotated.keys.get('a1'));
  });

  it('refuses a configuration a person got wrong, saying what is wrong', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(() => parseAuditKeyring('')).toThrow(/empty/);
    expect(() => parseAuditKeyring(key)).toThrow(/needs an id/);
    expect(() => parseAuditKeyring(`a1:${Buffer.alloc(16).toString('base64')}`)).toThrow(/at least 32 bytes/);
    expect(() => parseAuditKeyring('a1:not base64!')).toThrow(/not base64/);
    expect(() => parseAuditKeyring(`a1:${key},a1:${key}`)).toThrow(/given twice/);
    expect(() => withNewAuditKey(parseAuditKeyring(`a1:${key}`), 'a1')).toThrow(/not new/);
  });
});
