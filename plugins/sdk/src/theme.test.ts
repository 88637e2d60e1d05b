import { describe, expect, it } from 'vitest';
import { AdalPreset } from './theme';

interface ButtonTokens {
  components?: {
    button?: { colorScheme?: { light?: { root?: { secondary?: Record<string, unknown> } } } };
  };
}

describe('AdalPreset', () => {
  it('outlines secondary buttons in the primary colour on white, so they do not read as disabled on the grey page', () => {
    const secondary = (AdalPreset as ButtonTokens).components?.button?.colorScheme?.light?.root?.secondary;
    expect(secondary).toMatchObject({
      background: 'var(--adal-color-surface)',
      borderColor: 'var(--adal-color-primary)',
      color: 'var(--adal-color-primary-700)',
    });
  });
});

describe('the theme tokens', () => {
  it('has tokens for every PrimeVue component the sdk exports', async () => {
    const exported = await import('./components/primevue');
    const tokens = (AdalPreset as { components: Record<string, unknown> }).components;
    // The tab parts draw with their container's tokens (tabs).
    // A component's style (and its name, the tokens' key) sits on the base it extends.
    type Definition = { style?: { name?: string }; extends?: Definition };
    const styleName = (component: Definition | undefined): string | undefined =>
      component ? (component.style?.name ?? styleName(component.extends)) : undefined;
    const styleNames = Object.values(exported).map((component) => styleName(component as Definition));
    const missing = styleNames.filter(
      (name) => name && !(name in tokens) && !['tab', 'tablist', 'tabpanel', 'tabpanels'].includes(name),
    );
    expect(styleNames.filter(Boolean).length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
