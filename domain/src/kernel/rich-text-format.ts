/**
 * The formatting an author may keep in a rich text (a lesson body, a memo): paragraphs, headings,
 * lists, emphasis, quotes, tables and links. The server sanitizes to it (rich-text.ts) and the
 * browser purifies to it again before rendering (`@adal/sdk`'s RichText), so both read it from
 * here. It imports nothing: the browser bundle takes this file alone.
 */
export const RICH_TEXT_TAGS = [
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
] as const;

/** The attributes a tag may keep; every other attribute (event handlers, styles) is removed. */
export const RICH_TEXT_ATTRIBUTES = {
  a: ['href', 'title', 'target', 'rel'],
  th: ['scope'],
} as const satisfies Partial<Record<(typeof RICH_TEXT_TAGS)[number], readonly string[]>>;

/** The schemes a link may use: no `javascript:`, no `data:`. */
export const RICH_TEXT_LINK_SCHEMES = ['http', 'https', 'mailto'] as const;
