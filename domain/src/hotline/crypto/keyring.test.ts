import { describe, expect, it } from 'vitest';
import {
  generateHotlineKeyring,
  open,
  parseHotlineKeyring,
  seal,
  sealedKeyId,
  serializeHotlineKeyring,
  withNewHotlineKey,
} from './keyring.js';
import { formatReceipt, newReceipt, normalizeReceipt, receiptHash, RECEIPT_DIGITS } from './receipt.js';

describe('hotline keyring', () => {
  it('seals with AES-256-GCM under the current key and opens only with the same row and field', () => {
    const keyring = generateHotlineKeyring('k1');
    const sealed = seal(keyring, 'Конверт с деньгами', 'hotline_report:1:content');
    expect(sealedKeyId(sealed)).toBe('k1');
    expect(sealed.includes(Buffer.from('Конверт'))).toBe(false);
    expect(open(keyring, sealed, 'hotline_report:1:content').toString('utf8')).toBe('Конверт с деньгами');
    // The AAD binds the blob to its place: moved to another row or field, it does not open.
    expect(() => open(keyring, sealed, 'hotline_report:2:content')).toThrow();
    expect(() => open(keyring, sealed, 'hotline_report:1:identity')).toThrow();
  });

  it('refuses a blob whose ciphertext was altered', () => {
    const keyring = generateHotlineKeyring('k1');
    const sealed = seal(keyring, 'secret', 'a');
    sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
    expect(() => open(keyring, sealed, 'a')).toThrow();
  });

  it('reads its configuration back: the first key encrypts, every key decrypts', () => {
    const old = generateHotlineKeyring('k1');
    const rotated = withNewHotlineKey(old, 'k2');
    const config = serializeHotlineKeyring(rotated);
    expect(config.keys.startsWith('k2:')).toBe(true);
    const parsed = parseHotlineKeyring(config.keys, config.pepper);
    expect(parsed.currentKeyId).toBe('k2');
    expect(open(parsed, seal(old, 'x', 'a'), 'a').toString()).toBe('x');
    expect(sealedKeyId(seal(parsed, 'x', 'a'))).toBe('k2');
  });

  it('refuses keys that are not 32 bytes, lack an id, or a short pepper', () => {
    const pepper = Buffer.alloc(32, 7).toString('base64');
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(() => parseHotlineKeyring(`k1:${Buffer.alloc(16).toString('base64')}`, pepper)).toThrow(
      /32 bytes/,
    );
    expect(() => parseHotlineKeyring(key, pepper)).toThrow(/id/);
    expect(() => parseHotlineKeyring(`k1:${key}`, Buffer.alloc(8).toString('base64'))).toThrow(/pepper/);
    expect(() => parseHotlineKeyring('', pepper)).toThrow(/empty/);
  });
});

describe('receipts', () => {
  it('carry at least 100 bits: 32 random decimal digits, read aloud in eight groups of four', () => {
    expect(RECEIPT_DIGITS * Math.log2(10)).toBeGreaterThanOrEqual(100);
    const receipts = new Set(Array.from({ length: 200 }, () => newReceipt()));
    expect(receipts.size).toBe(200);
    for (const digits of receipts) expect(digits).toMatch(/^\d{32}$/);
    const formatted = formatReceipt('48210937000011112222333344445555');
    expect(formatted).toBe('4821 0937 0000 1111 2222 3333 4444 5555');
  });

  it('accept spaces and dashes as typed, and nothing but 32 digits', () => {
    expect(normalizeReceipt(' 4821-0937 0000 1111 2222 3333 4444 5555 ')).toBe(
      '48210937000011112222333344445555',
    );
    expect(normalizeReceipt('4821 0937')).toBeNull();
    expect(normalizeReceipt('4821 0937 0000 1111 2222 3333 4444 555a')).toBeNull();
    expect(normalizeReceipt('4821 0937 0000 1111 2222 3333 4444 5555 1')).toBeNull();
  });

  it('are stored as a keyed hash: the same digits hash differently under another pepper', () => {
    const digits = newReceipt();
    const a = generateHotlineKeyring('a');
    const b = generateHotlineKeyring('b');
    expect(receiptHash(a, digits)).toMatch(/^[0-9a-f]{64}$/);
    expect(receiptHash(a, digits)).toBe(receiptHash(a, digits));
    expect(receiptHash(a, digits)).not.toBe(receiptHash(b, digits));
  });
});
