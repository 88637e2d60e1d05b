import { definePreset } from '@primeuix/themes';
import Aura from '@primeuix/themes/aura';

const primaryShades = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950] as const;

/** PrimeVue's Aura with its primary palette and shape taken from the `--adal-*` tokens. */
export const AdalPreset = definePreset(Aura, {
  primitive: {
    borderRadius: {
      sm: 'var(--adal-radius-sm)',
      md: 'var(--adal-radius-md)',
      lg: 'var(--adal-radius-lg)',
    },
  },
  semantic: {
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
    // Aura's grey secondary button sits on the page's own grey and reads as disabled: ours is
    // outlined in the primary colour, as the hotline intake's secondary buttons are.
    button: {
      colorScheme: {
        light: {
          root: {
            secondary: {
              background: 'var(--adal-color-surface)',
              hoverBackground: 'var(--adal-color-primary-50)',
              activeBackground: 'var(--adal-color-primary-100)',
              borderColor: 'var(--adal-color-primary)',
              hoverBorderColor: 'var(--adal-color-primary-600)',
              activeBorderColor: 'var(--adal-color-primary-700)',
              color: 'var(--adal-color-primary-700)',
              hoverColor: 'var(--adal-color-primary-800)',
              activeColor: 'var(--adal-color-primary-900)',
              focusRing: { color: 'var(--adal-color-primary)', shadow: 'none' },
            },
          },
        },
      },
    },
    // Aura's red and green message text misses 4.5:1 on its own tints; the tokens meet it.
    message: {
      colorScheme: {
        light: {
          error: { color: 'var(--adal-color-danger)', background: 'var(--adal-color-danger-surface)' },
          success: { color: 'var(--adal-color-success)', background: 'var(--adal-color-surface-alt)' },
        },
      },
    },
  },
});

export const adalPrimeVueOptions = {
  theme: { preset: AdalPreset, options: { darkModeSelector: false, cssLayer: false } },
};
