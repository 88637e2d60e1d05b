import { createHmac, randomInt } from 'node:crypto';
import type { HotlineKeyring } from './keyring.js';

/**
 * Issue 4 §1: the receipt is the reporter's only key to the report. 32 decimal digits drawn
 * one by one from the CSPRNG carry log2(10^32) ≈ 106 bits; digits read aloud well on the phone.
 */
export const RECEIPT_DIGITS = 32;
const GROUP = 4;

export function newReceipt(): string {
  let digits = '';
  for (let i = 0; i < RECEIPT_DIGITS; i += 1) digits += String(randomInt(10));
  return digits;
}

/** "4821 0937 …": eight groups of four, for reading aloud and writing down. */
export function formatReceipt(digits: string): string {
  return digits.match(new RegExp(`\\d{1,${GROUP}}`, 'g'))?.join(' ') ?? '';
}

/** The digits of a receipt as typed (spaces and dashes allowed), or null unless exactly 32 digits. */
export function normalizeReceipt(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return digits.length === RECEIPT_DIGITS && /^\d+$/.test(digits) ? digits : null;
}

/** Only this keyed hash is stored: the database alone can't be searched for a receipt. */
export function receiptHash(keyring: HotlineKeyring, digits: string): string {
  return createHmac('sha256', keyring.receiptPepper).update(digits, 'utf8').digest('hex');
}
