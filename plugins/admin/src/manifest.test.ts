import { describe, expect, it } from 'vitest';
import { ADAL_LOCALES } from '@adal/sdk';
import { manifest } from './lifecycles';

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
}

describe('the administration plugin', () => {
  it('is mounted below /admin under its own id', () => {
    expect(manifest.id).toBe('admin');
    expect(manifest.routePrefix).toBe('/admin');
    expect(manifest.navigation.every((entry) => entry.path.startsWith('/admin/'))).toBe(true);
  });

  it('names every navigation entry in every language', () => {
    for (const locale of ADAL_LOCALES) {
      for (const entry of manifest.navigation) {
        expect(typeof lookup(manifest.messages[locale], entry.labelKey), `${locale} ${entry.labelKey}`).toBe(
          'string',
        );
      }
    }
  });
});
