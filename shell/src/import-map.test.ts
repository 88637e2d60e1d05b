import { afterEach, describe, expect, it } from 'vitest';
import { pluginIdOf, pluginSpecifiers } from './import-map';

function addMap(content: string): void {
  const script = document.createElement('script');
  script.type = 'importmap';
  script.textContent = content;
  document.head.append(script);
}

afterEach(() => document.head.querySelectorAll('script').forEach((s) => s.remove()));

describe('pluginSpecifiers', () => {
  it('lists only the @adal/plugin-* keys of the import map', () => {
    addMap(
      JSON.stringify({
        imports: {
          vue: '/vendor/vue.js',
          '@adal/sdk': '/vendor/adal-sdk.js',
          '@adal/plugin-training': '/plugins/training/plugin.js',
          '@adal/plugin-hello': 'https://cdn.example/hello/plugin.js',
          '@adal/plugin-': '/nothing.js',
        },
      }),
    );
    expect(pluginSpecifiers(document)).toEqual(['@adal/plugin-training', '@adal/plugin-hello']);
  });

  it('starts with no plugins when the map is missing or malformed', () => {
    expect(pluginSpecifiers(document)).toEqual([]);
    addMap('{ not json');
    expect(pluginSpecifiers(document)).toEqual([]);
  });

  it('derives the plugin id from the specifier', () => {
    expect(pluginIdOf('@adal/plugin-culture-plan')).toBe('culture-plan');
  });
});
