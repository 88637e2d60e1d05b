import type { CertificateVerification, Locale } from '@adal/domain';
import { formatCalendarDay, VERIFY_TEXTS } from './texts.js';
import { escapeHtml } from '../files/html-text.js';

/** The page shown instead of an answer to a client that checked too many codes in a minute. */
export function tooManyChecksPage(locale: Locale): string {
  const texts = VERIFY_TEXTS[locale];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(texts.title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(texts.title)}</h1>
<p role="status">${escapeHtml(texts.tooMany)}</p>
</main>
</body>
</html>
`;
}

/**
 * The public page behind a certificate's verification URL: standalone (no shell, no script),
 * readable on a phone, with the answer announced as a status for screen readers.
 */
export function verifyPage(code: string, found: CertificateVerification | null, locale: Locale): string {
  const texts = VERIFY_TEXTS[locale];
  // A recurring course's certificate past its validUntil (§19, §52.3, §68) is genuine but expired.
  const verdict = !found ? 'invalid' : found.standing === 'expired' ? 'expired' : 'valid';
  const row = (term: string, value: string) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`;
  const details = found
    ? `<dl>${[
        row(texts.holder, found.personName),
        row(texts.course, found.courseTitle[locale]),
        row(texts.organization, found.organizationNames[locale]),
        row(texts.issued, formatCalendarDay(found.issuedOn, locale)),
        row(
          texts.validUntil,
          found.validUntil ? formatCalendarDay(found.validUntil, locale) : texts.noExpiry,
        ),
        row(texts.score, `${found.scorePercent} %`),
        row(texts.code, found.verificationCode),
      ].join('')}</dl>`
    : `<dl>${row(texts.code, code)}</dl>`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(texts.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0; padding: 1.5rem; color: #1a1a1a; background: #f7f7f7; }
main { max-width: 36rem; margin: 0 auto; background: #fff; padding: 1.5rem; border-radius: 8px; }
.valid { color: #0b6b2f; } .invalid, .expired { color: #a01818; }
dt { font-weight: 600; margin-top: 0.75rem; } dd { margin: 0.25rem 0 0; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(texts.title)}</h1>
<p role="status" class="${verdict}"><strong>${escapeHtml(texts[verdict])}</strong></p>
${details}
</main>
</body>
</html>
`;
}
