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
