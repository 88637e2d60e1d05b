/** The product's name ends every tab title, so that a person finds Adal among their tabs. */
export const PRODUCT_NAME = 'Adal';

/** "Page — Section — Adal": the most particular first, since a narrow tab shows only its start. */
export function pageTitle(...parts: readonly (string | null | undefined)[]): string {
  return [...parts.filter((part): part is string => Boolean(part)), PRODUCT_NAME].join(' — ');
}
