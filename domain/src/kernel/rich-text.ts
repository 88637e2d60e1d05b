import sanitizeHtml from 'sanitize-html';
import { RICH_TEXT_ATTRIBUTES, RICH_TEXT_LINK_SCHEMES, RICH_TEXT_TAGS } from './rich-text-format.js';

/**
 * The formatting an author may keep in a rich text (rich-text-format.ts). Anything else — scripts,
 * styles, frames, forms, event handler attributes, `javascript:` addresses — is removed and the
 * safe rest kept, as a text editor does with pasted content. Nothing is refused: the author sees
 * what was kept when the text is read back.
 */
const RICH_TEXT_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...RICH_TEXT_TAGS],
  allowedAttributes: Object.fromEntries(
    Object.entries(RICH_TEXT_ATTRIBUTES).map(([tag, attributes]) => [tag, [...attributes]]),
  ),
  allowedSchemes: [...RICH_TEXT_LINK_SCHEMES],
  allowProtocolRelative: false,
  // Removed with their content: what they hold is code or styling, never the author's text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed'],
  transformTags: {
    // Links leave the page in a new tab and never hand it their window.
    a: sanitizeHtml.simpleTransform('a', { target: '_blank', rel: 'noopener noreferrer' }),
  },
};

const HAS_TAG = /<[a-z!/][^>]*>/i;

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Text typed without any markup keeps its paragraphs (blank lines) and line breaks. */
function plainTextToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => `<p>${escapeText(paragraph).replaceAll(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * The rich text an author wrote, as HTML with only the allowed formatting left (see
 * RICH_TEXT_OPTIONS); an empty string when nothing readable remains.
 */
export function sanitizeRichText(input: string): string {
  const html = HAS_TAG.test(input) ? input : plainTextToHtml(input);
  return sanitizeHtml(html, RICH_TEXT_OPTIONS).trim();
}

/** Whether a sanitized rich text says anything a person can read (not only empty tags). */
export function richTextIsEmpty(html: string): boolean {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).trim().length === 0;
}
