// ADR 007: a receipt is 32 random decimal digits (≈106 bits), read and typed in groups of four.
export const RECEIPT_DIGITS = 32;
const GROUP = 4;

export type ReceiptCheck =
  | { ok: true; digits: string }
  | { ok: false; reason: 'characters' }
  | { ok: false; reason: 'length'; count: number };

/**
 * What the reporter typed, as the 32 digits the server expects: spaces (of any kind) and dashes
 * between groups are optional, anything else is a typing mistake worth saying so.
 */
export function checkReceipt(input: string): ReceiptCheck {
  const compact = input.replace(/[\s\u00a0\u2000-\u200b\u202f-]/g, '');
  if (!/^\d*$/.test(compact)) return { ok: false, reason: 'characters' };
  if (compact.length !== RECEIPT_DIGITS) return { ok: false, reason: 'length', count: compact.length };
  return { ok: true, digits: compact };
}

/** "4821 0937 …" as its groups, for showing and reading aloud. */
export function receiptGroups(receipt: string): string[] {
  const digits = receipt.replace(/\D/g, '');
  const groups: string[] = [];
  for (let at = 0; at < digits.length; at += GROUP) groups.push(digits.slice(at, at + GROUP));
  return groups;
}
