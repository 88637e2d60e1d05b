import { describe, expect, it } from 'vitest';
import { checkReceipt, receiptGroups } from './receipt';

const DIGITS = '48210937556612348765432109876543';

describe('checkReceipt', () => {
  it('accepts the 32 digits with or without the spaces and dashes between groups', () => {
    expect(checkReceipt(DIGITS)).toEqual({ ok: true, digits: DIGITS });
    expect(checkReceipt(' 4821 0937 5566 1234 8765 4321 0987 6543 ')).toEqual({ ok: true, digits: DIGITS });
    expect(checkReceipt('4821-0937-5566-1234-8765-4321-0987-6543')).toEqual({ ok: true, digits: DIGITS });
    expect(checkReceipt('4821\u00a00937\u202f5566\t1234\n8765 4321 0987 6543')).toEqual({
      ok: true,
      digits: DIGITS,
    });
  });

  it('says how many digits were typed when there are not 32', () => {
    expect(checkReceipt('4821 0937')).toEqual({ ok: false, reason: 'length', count: 8 });
    expect(checkReceipt(`${DIGITS}1`)).toEqual({ ok: false, reason: 'length', count: 33 });
    expect(checkReceipt('')).toEqual({ ok: false, reason: 'length', count: 0 });
  });

  it('refuses letters and other signs rather than dropping them', () => {
    expect(checkReceipt(`${DIGITS.slice(0, 31)}O`)).toEqual({ ok: false, reason: 'characters' });
    expect(checkReceipt(`${DIGITS.slice(0, 16)}.${DIGITS.slice(16)}`)).toEqual({
      ok: false,
      reason: 'characters',
    });
  });
});

describe('receiptGroups', () => {
  it('cuts a receipt into eight groups of four, whatever separators it came with', () => {
    const groups = ['4821', '0937', '5566', '1234', '8765', '4321', '0987', '6543'];
    expect(receiptGroups(DIGITS)).toEqual(groups);
    expect(receiptGroups('4821 0937 5566 1234 8765 4321 0987 6543')).toEqual(groups);
  });
});
