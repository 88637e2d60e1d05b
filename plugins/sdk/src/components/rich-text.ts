import { RICH_TEXT_ATTRIBUTES, RICH_TEXT_LINK_SCHEMES, RICH_TEXT_TAGS } from '@adal/domain/rich-text-format';
import DOMPurify from 'dompurify';

// The formatting a rich text may carry, as the server keeps it: one list for both sides.
const ALLOWED_TAGS: string[] = [...RICH_TEXT_TAGS];
const ALLOWED_ATTR: string[] = [...new Set(Object.values(RICH_TEXT_ATTRIBUTES).flat())];
const ALLOWED_URI_REGEXP = new RegExp(`^(?:${RICH_TEXT_LINK_SCHEMES.join('|')}):`, 'i');

/**
 * Rich text made safe to render once more in the browser: the server sanitized it when it was
 * written, and this second pass keeps a page safe from anything stored before or around that.
 */
export function purifyRichText(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
  });
}
