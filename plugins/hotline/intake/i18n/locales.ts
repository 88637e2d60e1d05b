import { en, type IntakeMessages } from './en';
import { kk } from './kk';
import { ru } from './ru';

export const INTAKE_LOCALES = ['kk', 'ru', 'en'] as const;
export type IntakeLocale = (typeof INTAKE_LOCALES)[number];

export const intakeMessages: Readonly<Record<IntakeLocale, IntakeMessages>> = { kk, ru, en };

/** Each language's name in itself, for the language switch. */
export const localeNames: Readonly<Record<IntakeLocale, string>> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};

export function isIntakeLocale(value: unknown): value is IntakeLocale {
  return typeof value === 'string' && (INTAKE_LOCALES as readonly string[]).includes(value);
}

/**
 * `?lang=` wins (the shell's link passes its current language); then the first of the browser's
 * languages the intake speaks; else Kazakh.
 */
export function detectLocale(search: string, browserLanguages: readonly string[]): IntakeLocale {
  const asked = new URLSearchParams(search).get('lang');
  if (isIntakeLocale(asked)) return asked;
  for (const tag of browserLanguages) {
    const language = tag.toLowerCase().split('-')[0];
    if (isIntakeLocale(language)) return language;
  }
  return 'kk';
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
