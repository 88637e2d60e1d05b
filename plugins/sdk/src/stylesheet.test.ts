import { afterEach, describe, expect, it } from 'vitest';
import { linkPluginStylesheet, unlinkPluginStylesheet } from './stylesheet';

function links(): string[] {
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
    (link) => link.href,
  );
}

afterEach(() => {
  document.head.innerHTML = '';
});

describe('the plugin stylesheet', () => {
  it('is linked from beside the bundle, wherever the bundle is hosted, once', () => {
    linkPluginStylesheet('hotline', 'https://cdn.example/adal/hotline/1.2.0/plugin.js');
    linkPluginStylesheet('hotline', 'https://cdn.example/adal/hotline/1.2.0/plugin.js');
    expect(links()).toEqual(['https://cdn.example/adal/hotline/1.2.0/plugin.css']);
  });

  it('is removed for its plugin only', () => {
    linkPluginStylesheet('hotline', 'https://adal.example/plugins/hotline/plugin.js');
    linkPluginStylesheet('training', 'https://adal.example/plugins/training/plugin.js');
    unlinkPluginStylesheet('hotline');
    expect(links()).toEqual(['https://adal.example/plugins/training/plugin.css']);
  });
});
