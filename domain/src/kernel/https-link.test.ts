import { describe, expect, it } from 'vitest';
import { httpsLinkOf } from './https-link.js';

describe('httpsLinkOf', () => {
  it('keeps an https link with a host, normalised', () => {
    expect(httpsLinkOf('https://www.U4.no/publications', 100)).toBe('https://www.u4.no/publications');
  });

  it('refuses plain http, other schemes, a link without a host, one too long, and what is not a link', () => {
    expect(httpsLinkOf('http://www.u4.no/', 100)).toBeNull();
    expect(httpsLinkOf('javascript:alert(1)', 100)).toBeNull();
    expect(httpsLinkOf('https://', 100)).toBeNull();
    expect(httpsLinkOf(`https://example.kz/${'a'.repeat(100)}`, 100)).toBeNull();
    expect(httpsLinkOf('портал', 100)).toBeNull();
  });
});
