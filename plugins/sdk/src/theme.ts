import { definePreset } from '@primeuix/themes';
import { AuraComponents } from './aura-components';
import { tint } from './components/tag-tones';

const primaryShades = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950] as const;

type Tone = 'success' | 'info' | 'warning' | 'danger';

// Aura's grey secondary button sits on the page's own grey and reads as disabled: ours is outlined
// in the primary colour on white, as the hotline intake's secondary buttons are.
const SECONDARY_BUTTON = {
  background: 'var(--adal-color-surface)',
  hoverBackground: 'var(--adal-color-primary-50)',
  activeBackground: 'var(--adal-color-primary-100)',
  borderColor: 'var(--adal-color-primary)',
  hoverBorderColor: 'var(--adal-color-primary-600)',
  activeBorderColor: 'var(--adal-color-primary-700)',
  color: 'var(--adal-color-primary-700)',
  hoverColor: 'var(--adal-color-primary-800)',
  activeColor: 'var(--adal-color-primary-900)',
  focusRing: { color: 'var(--adal-color-focus)', shadow: 'none' },
};

/** White text on the tone's own colour; hover darkens by the page's text colour mixed in. */
function solidButton(tone: Tone) {
  const colour = `var(--adal-color-${tone})`;
  const darker = `color-mix(in srgb, ${colour}, var(--adal-color-text) 25%)`;
  return {
    background: colour,
    hoverBackground: darker,
    activeBackground: darker,
    borderColor: colour,
    hoverBorderColor: darker,
    activeBorderColor: darker,
    color: 'var(--adal-color-surface)',
    hoverColor: 'var(--adal-color-surface)',
    activeColor: 'var(--adal-color-surface)',
    focusRing: { color: 'var(--adal-color-focus)', shadow: 'none' },
  };
}

function message(tone: Tone) {
  const colour = `var(--adal-color-${tone})`;
  return {
    ...tint(tone),
    borderColor: colour,
    outlined: { color: colour, borderColor: colour },
    simple: { color: colour },
  };
}

/** PrimeVue's Aura with its primary palette and shape taken from the `--adal-*` tokens. */
export const AdalPreset = definePreset(AuraComponents, {
  primitive: {
    borderRadius: {
      sm: 'var(--adal-radius-sm)',
      md: 'var(--adal-radius-md)',
      lg: 'var(--adal-radius-lg)',
    },
  },
  semantic: {
    // One focus ring everywhere, the tokens' (as the plugins' own links and controls draw it).
    focusRing: {
      width: '3px',
      style: 'solid',
      color: 'var(--adal-color-focus)',
      offset: '2px',
      shadow: 'none',
    },
    primary: Object.fromEntries(primaryShades.map((shade) => [shade, `var(--adal-color-primary-${shade})`])),
    colorScheme: {
      light: {
        primary: {
          color: 'var(--adal-color-primary)',
          contrastColor: 'var(--adal-color-on-primary)',
          hoverColor: 'var(--adal-color-primary-600)',
          activeColor: 'var(--adal-color-primary-700)',
        },
        text: { color: 'var(--adal-color-text)', mutedColor: 'var(--adal-color-text-muted)' },
      },
    },
  },
  components: {
    // Aura's severities are its 500 shades: white on red-500 or orange-500 misses 4.5:1 (3.8 and
    // 2.8). Every severity's text/background pair here is a token pair that meets it (tokens.test.ts).
    button: {
      colorScheme: {
        light: {
          root: {
            secondary: SECONDARY_BUTTON,
            success: solidButton('success'),
            info: solidButton('info'),
            warn: solidButton('warning'),
            danger: solidButton('danger'),
          },
          text: {
            success: { color: 'var(--adal-color-success)' },
            info: { color: 'var(--adal-color-info)' },
            warn: { color: 'var(--adal-color-warning)' },
            danger: { color: 'var(--adal-color-danger)' },
          },
          outlined: {
            success: { color: 'var(--adal-color-success)', borderColor: 'var(--adal-color-success)' },
            info: { color: 'var(--adal-color-info)', borderColor: 'var(--adal-color-info)' },
            warn: { color: 'var(--adal-color-warning)', borderColor: 'var(--adal-color-warning)' },
            danger: { color: 'var(--adal-color-danger)', borderColor: 'var(--adal-color-danger)' },
          },
        },
      },
    },
    // Aura's message text misses 4.5:1 on its own tints (orange-700 on orange-100, 4.2).
    message: {
      colorScheme: {
        light: {
          success: message('success'),
          info: message('info'),
          warn: message('warning'),
          error: message('danger'),
        },
      },
    },
  },
});

/**
 * PrimeVue's calendar gives its day numbers `aria-selected` without a role that allows it, and names
 * the month and year buttons "Choose month" whatever they show (axe: aria-allowed-attr,
 * label-content-name-mismatch). A day is a button, pressed when chosen; the month and year buttons
 * are named by what they show.
 */
const calendarSemantics = {
  day: ({ context }: { context: { selected: boolean } }) => ({
    role: 'button',
    'aria-selected': undefined,
    'aria-pressed': context.selected ? 'true' : 'false',
  }),
  selectMonth: { 'aria-label': undefined },
  selectYear: { 'aria-label': undefined },
};

export const adalPrimeVueOptions = {
  theme: { preset: AdalPreset, options: { darkModeSelector: false, cssLayer: false } },
  pt: { datepicker: calendarSemantics },
};
