import { createHash, randomBytes } from 'node:crypto';

/** A potential supplier's one-time link token: 32 random bytes, URL-safe. Only its hash is kept. */
export function newSupplierLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

export function supplierLinkTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token as the links carry it: 43 URL-safe characters. */
export function isSupplierLinkTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
