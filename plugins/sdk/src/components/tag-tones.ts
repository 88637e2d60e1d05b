/** A tag's look, as PrimeVue named them: `primary` when none is given. */
export type TagSeverity = 'primary' | 'secondary' | 'success' | 'info' | 'warn' | 'danger' | 'contrast';

/**
 * Each tag's text on its tint, from the `--adal-*` tokens (tokens.test.ts requires 4.5:1 of every
 * pair). Aura's own tints missed it (orange-700 on orange-100 is 4.2:1).
 */
export const TAG_TONES: Record<TagSeverity, { color: string; background: string }> = {
  primary: { color: 'var(--adal-color-primary-700)', background: 'var(--adal-color-primary-50)' },
  secondary: { color: 'var(--adal-color-text-muted)', background: 'var(--adal-color-surface-alt)' },
  success: { color: 'var(--adal-color-success)', background: 'var(--adal-color-success-surface)' },
  info: { color: 'var(--adal-color-info)', background: 'var(--adal-color-info-surface)' },
  warn: { color: 'var(--adal-color-warning)', background: 'var(--adal-color-warning-surface)' },
  danger: { color: 'var(--adal-color-danger)', background: 'var(--adal-color-danger-surface)' },
  contrast: { color: 'var(--adal-color-surface)', background: 'var(--adal-color-text)' },
};
