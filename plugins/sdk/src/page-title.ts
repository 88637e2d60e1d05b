import { watchEffect } from 'vue';

/** The product's name ends every tab title, so that a person finds Adal among their tabs. */
export const PRODUCT_NAME = 'Adal';

/** "Page — Section — Adal": the most particular first, since a narrow tab shows only its start. */
export function pageTitle(...parts: readonly (string | null | undefined)[]): string {
  return [...parts.filter((part): part is string => Boolean(part)), PRODUCT_NAME].join(' — ');
}

export interface PageTitleSources {
  page(): string | null;
  plugin(): string | null;
  /** Whether the plugin is what the tab shows: a plugin on its way out leaves the title alone. */
  shown(): boolean;
}

/** Keeps the tab's title on the current page, following every navigation and language change. */
export function keepPageTitle(sources: PageTitleSources): void {
  watchEffect(() => {
    const title = pageTitle(sources.page(), sources.plugin());
    if (sources.shown()) document.title = title;
  });
}
