import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAG_TONES } from './components/tag-tones';
import { AdalPreset } from './theme';

// WCAG 2.x: text and its background need a contrast ratio of at least 4.5:1 (AA, normal text).
const AA_TEXT = 4.5;

const tokens = new Map(
  [
    ...readFileSync(join(import.meta.dirname, 'tokens.css'), 'utf8').matchAll(/(--adal-[\w-]+):\s*([^;]+);/g),
  ].map((match) => [match[1] ?? '', (match[2] ?? '').trim()]),
);

/** A token's colour as #rrggbb, following `var(--adal-…)` references. */
function colour(value: string): string {
  const reference = /^var\((--adal-[\w-]+)\)$/.exec(value.trim());
  if (!reference) {
    if (!/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`not a plain colour: ${value}`);
    return value;
  }
  const next = tokens.get(reference[1] ?? '');
  if (!next) throw new Error(`unknown token ${reference[1]}`);
  return colour(next);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(text: string, background: string): number {
  const [light, dark] = [luminance(colour(text)), luminance(colour(background))].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

interface Pair {
  color: string;
  background: string;
}
type Pairs = Record<string, Pair | undefined>;
interface Scheme<T> {
  colorScheme: { light: T };
}
const components = (AdalPreset as unknown as { components: Record<string, unknown> }).components;

describe('the design tokens', () => {
  it.each([
    ['body text', '--adal-color-text', '--adal-color-surface'],
    ['muted text on the page', '--adal-color-text-muted', '--adal-color-surface-alt'],
    ['links', '--adal-color-link', '--adal-color-surface'],
    ['links on the page', '--adal-color-link', '--adal-color-surface-alt'],
    ['visited links', '--adal-color-link-visited', '--adal-color-surface'],
    ['a field error', '--adal-color-danger', '--adal-color-surface'],
    ['a field error on the page', '--adal-color-danger', '--adal-color-surface-alt'],
    ['the header', '--adal-color-on-header', '--adal-color-header'],
    ['text in a danger notice', '--adal-color-text', '--adal-color-danger-surface'],
    ['text in a warning notice', '--adal-color-text', '--adal-color-warning-surface'],
  ])('%s meet WCAG AA', (_what, text, background) => {
    expect(contrast(`var(${text})`, `var(${background})`)).toBeGreaterThanOrEqual(AA_TEXT);
  });
});

describe("the theme's text on its own backgrounds", () => {
  // The severities the plugins use; each must be the theme's own pair, not Aura's.
  const SEVERITIES = {
    button: ['secondary', 'success', 'info', 'warn', 'danger'],
    message: ['success', 'info', 'warn', 'error'],
  } as const;
  const buttons = (components['button'] as Scheme<{ root: Pairs }>).colorScheme.light.root;
  const messages = (components['message'] as Scheme<Pairs>).colorScheme.light;
  const missing: Pair = { color: 'none', background: 'none' };
  const pairs: [string, Pair][] = [
    ['primary button', { color: 'var(--adal-color-on-primary)', background: 'var(--adal-color-primary)' }],
    ...SEVERITIES.button.map((s): [string, Pair] => [`${s} button`, buttons[s] ?? missing]),
    // The sdk's own tags (AdalTag), every severity.
    ...Object.entries(TAG_TONES).map(([s, pair]): [string, Pair] => [`${s} tag`, pair]),
    ...SEVERITIES.message.map((s): [string, Pair] => [`${s} message`, messages[s] ?? missing]),
  ];

  it.each(pairs)('%s meets WCAG AA', (_what, pair) => {
    expect(contrast(pair.color, pair.background)).toBeGreaterThanOrEqual(AA_TEXT);
  });
});
