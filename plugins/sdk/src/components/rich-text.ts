import DOMPurify from 'dompurify';

// The formatting a rich text may carry, as the server keeps it (domain/src/kernel/rich-text.ts).
const ALLOWED_TAGS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'blockquote',
  'code',
  'pre',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
];
const ALLOWED_ATTR = ['href', 'title', 'target', 'rel', 'scope'];

/**
 * Rich text made safe to render once more in the browser: the server sanitized it when it was
 * written, and this second pass keeps a page safe from anything stored before or around that.
 */
export function purifyRichText(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  });
}
