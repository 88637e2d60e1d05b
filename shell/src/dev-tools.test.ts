import { describe, expect, it } from 'vitest';
import { devToolsOffered } from './dev-tools';

function pageWith(meta: string): Document {
  const doc = document.implementation.createHTMLDocument('Adal');
  doc.head.innerHTML = meta;
  return doc;
}

describe('devToolsOffered', () => {
  it('offers the style sheet only when the gateway marks its page, or on the Vite dev server', () => {
    expect(devToolsOffered(pageWith('<meta name="adal-dev-tools" content="on" />'), false)).toBe(true);
    expect(devToolsOffered(pageWith('<meta name="viewport" content="width=device-width" />'), false)).toBe(
      false,
    );
    expect(devToolsOffered(pageWith('<meta name="adal-dev-tools" content="off" />'), false)).toBe(false);
    expect(devToolsOffered(pageWith(''), true)).toBe(true);
  });
});
