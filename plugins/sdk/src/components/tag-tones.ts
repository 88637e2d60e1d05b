/** A tag's look, as PrimeVue named them: `primary` when none is given. */
export type TagSeverity = 'primary' | 'secondary' | 'success' | 'info' | 'warn' | 'danger' | 'contrast';

/** A tone's text on its own tint, e.g. `--adal-color-warning` on `--adal-color-warning-surface`. */
export function tint(tone: 'success' | 'info' | 'warning' | 'danger') {
  return { color: `var(--adal-color-${tone})`, background: `var(--adal-color-${tone}-surface)` };
}

/**
 * Each tag's text on its tint, from the `--adal-*` tokens (tokens.test.ts requires 4.5:1 of every
 * pair). Aura's own tints missed it (orange-700 on orange-100 is 4.2:1).
 */
export const TAG_TONES: Record<TagSeverity, { color: string; background: string }> = {
  primary: { color: 'var(--adal-color-primary-700)', background: 'var(--adal-color-primary-50)' },
  secondary: { color: 'var(--adal-color-text-muted)', background: 'var(--adal-color-surface-alt)' },
  success: tint('success'),
  info: tint('info'),
  warn: tint('warning'),
  danger: tint('danger'),
  contrast: { color: 'var(--adal-color-surface)', background: 'var(--adal-color-text)' },
};
