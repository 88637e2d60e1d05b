import {
  LOCALES,
  PROPOSAL_CONTACT_MAX,
  PROPOSAL_TEXT,
  type Locale,
  type PublicCartogram,
} from '@adal/domain';
import { escapeHtml } from '../files/html-text.js';
import { formatCalendarDay } from '../training-files/texts.js';
import { TRANSPARENCY_TEXTS } from './transparency-texts.js';

/** What the page says about the proposal just sent: its receipt, or why it was not taken. */
export type ProposalNotice = { receipt: string } | { problem: 'text' | 'tooMany' } | null;

const LANGUAGE_NAMES: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 0; padding: 1rem; color: #101828; line-height: 1.5; }
main { max-width: 60rem; margin: 0 auto; }
nav ul { list-style: none; padding: 0; display: flex; gap: 1rem; flex-wrap: wrap; }
a { color: #1d4e89; }
section { margin: 1.5rem 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #d0d5dd; padding: 0.4rem; text-align: left; vertical-align: top; }
td:first-child { white-space: nowrap; }
.level-critical, .level-high { font-weight: 700; color: #b42318; }
.overdue { color: #b42318; font-weight: 600; }
.card { border: 1px solid #d0d5dd; border-radius: 0.5rem; padding: 0.75rem; margin: 0 0 0.75rem; }
textarea, input[type=text] { width: 100%; box-sizing: border-box; font: inherit; padding: 0.5rem; }
button { font: inherit; padding: 0.6rem 1.2rem; background: #1d4e89; color: #fff; border: none; border-radius: 0.4rem; }
.hint { color: #475467; font-size: 0.9rem; margin: 0.2rem 0; }
.problem { color: #b42318; font-weight: 600; }
.done { color: #067647; }
@media (max-width: 40rem) {
  table.stack thead { position: absolute; left: -10000px; }
  table.stack tr { display: block; border-bottom: 1px solid #d0d5dd; padding: 0.5rem 0; }
  table.stack td { display: block; border: none; padding: 0.1rem 0; }
  table.stack td::before { content: attr(data-label) ": "; font-weight: 600; }
  /* The number says «№ 3» by itself: no «№:» before it. */
  table.stack td:first-child::before { content: none; }
}
`;

function shell(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function languages(locale: Locale, path: string): string {
  const texts = TRANSPARENCY_TEXTS[locale];
  const links = LOCALES.map((l) =>
    l === locale
      ? `<li><span aria-current="true">${LANGUAGE_NAMES[l]}</span></li>`
      : `<li><a href="${escapeHtml(path)}?lang=${l}" hreflang="${l}" lang="${l}">${LANGUAGE_NAMES[l]}</a></li>`,
  ).join('');
  return `<nav aria-label="${escapeHtml(texts.languages)}"><ul>${links}</ul></nav>`;
}

/** The page of a slug that is unknown or turned off. */
export function transparencyNotFoundPage(locale: Locale): string {
  const texts = TRANSPARENCY_TEXTS[locale];
  return shell(
    locale,
    texts.title,
    `<h1>${escapeHtml(texts.title)}</h1>\n<p>${escapeHtml(texts.notFound)}</p>`,
  );
}

/**
 * §9.4–§11: the organisation's public page, standalone (no shell, no script): the cartogram (the
 * ranked published risks and the exposed posts), the plan's progress, the quarterly reports and
 * the proposal form with the answered proposals below. Tables fold into cards at 360 px.
 */
export function transparencyPage(
  locale: Locale,
  path: string,
  cartogram: PublicCartogram,
  notice: ProposalNotice,
  typed: { text: string; contact: string } = { text: '', contact: '' },
): string {
  const t = TRANSPARENCY_TEXTS[locale];
  const e = escapeHtml;
  const day = (d: string) => e(formatCalendarDay(d, locale));
  const name = cartogram.organizationName[locale];

  const risks =
    cartogram.risks.length === 0
      ? `<p>${e(t.noRisks)}</p>`
      : `<table class="stack">
<caption>${e(t.cartogramIntro)}</caption>
<thead><tr><th scope="col">${e(t.number)}</th><th scope="col">${e(t.register)}</th><th scope="col">${e(t.process)}</th><th scope="col">${e(t.scheme)}</th><th scope="col">${e(t.level)}</th><th scope="col">${e(t.posts)}</th></tr></thead>
<tbody>
${cartogram.risks
  .map(
    (r) =>
      `<tr><td data-label="${e(t.number)}">№ ${r.number}</td><td data-label="${e(t.register)}">${e(t.registers[r.register])}</td><td data-label="${e(t.process)}">${e(r.processOrDocument)}</td><td data-label="${e(t.scheme)}">${e(r.scheme)}</td><td data-label="${e(t.level)}" class="level-${r.level}">${e(t.levels[r.level])}</td><td data-label="${e(t.posts)}">${e(r.positions.map((p) => p[locale]).join(', '))}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`;

  const posts =
    cartogram.exposedPositions.length === 0
      ? `<p>${e(t.noPosts)}</p>`
      : `<ul>${cartogram.exposedPositions.map((p) => `<li>${e(p[locale])}</li>`).join('')}</ul>`;

  const done = cartogram.measures.filter((m) => m.status === 'done').length;
  const measures =
    cartogram.measures.length === 0
      ? `<p>${e(t.noMeasures)}</p>`
      : `<p>${e(t.progress(done, cartogram.measures.length))}</p>
<table class="stack">
<thead><tr><th scope="col">${e(t.number)}</th><th scope="col">${e(t.measure)}</th><th scope="col">${e(t.deadline)}</th><th scope="col">${e(t.completionForm)}</th><th scope="col">${e(t.status)}</th></tr></thead>
<tbody>
${cartogram.measures
  .map(
    (m) =>
      `<tr><td data-label="${e(t.number)}">№ ${m.riskNumber}</td><td data-label="${e(t.measure)}">${e(m.measure)}</td><td data-label="${e(t.deadline)}">${day(m.deadline)}</td><td data-label="${e(t.completionForm)}">${e(m.completionForm)}</td><td data-label="${e(t.status)}"${m.status === 'done' ? ' class="done"' : ''}>${e(t.statuses[m.status])}${m.doneOn ? `, ${day(m.doneOn)}` : ''}${m.overdue ? ` <span class="overdue">(${e(t.overdue)})</span>` : ''}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`;

  const reports =
    cartogram.reports.length === 0
      ? `<p>${e(t.noReports)}</p>`
      : cartogram.reports
          .map(
            (r) =>
              `<article class="card"><h3>${e(t.quarter(r.year, r.quarter))}</h3><p class="hint">${day(r.publishedOn)}</p><p>${e(r.text)}</p></article>`,
          )
          .join('\n');

  const noticeHtml =
    notice === null
      ? ''
      : 'receipt' in notice
        ? `<p role="status">${e(t.thanks(notice.receipt))}</p>`
        : `<p class="problem" role="alert">${e(notice.problem === 'tooMany' ? t.tooMany : t.tooShort(PROPOSAL_TEXT.min, PROPOSAL_TEXT.max))}</p>`;

  const answered =
    cartogram.proposals.length === 0
      ? `<p>${e(t.noAnswered)}</p>`
      : cartogram.proposals
          .map(
            (p) =>
              `<article class="card"><p>${e(p.text)}</p><p><strong>${e(p.status === 'accepted' ? t.accepted : t.rejected)}</strong> (${day(p.answeredOn)}): ${e(p.answer)}</p></article>`,
          )
          .join('\n');

  const body = `${languages(locale, path)}
<h1>${e(name)}</h1>
<p>${e(t.title)}</p>
<section aria-labelledby="cartogram"><h2 id="cartogram">${e(t.cartogram)}</h2>
${risks}
<h3>${e(t.exposedPosts)}</h3>
${posts}
</section>
<section aria-labelledby="plan"><h2 id="plan">${e(t.plan)}</h2>
${measures}
</section>
<section aria-labelledby="reports"><h2 id="reports">${e(t.reports)}</h2>
${reports}
</section>
<section aria-labelledby="proposals"><h2 id="proposals">${e(t.proposals)}</h2>
<p>${e(t.proposalIntro)}</p>
${noticeHtml}
<form method="post" action="${e(path)}?lang=${locale}#proposals">
<p><label for="text">${e(t.proposalText)}</label>
<span class="hint" id="text-hint">${e(t.proposalHint(PROPOSAL_TEXT.min, PROPOSAL_TEXT.max))}</span>
<textarea id="text" name="text" rows="5" minlength="${PROPOSAL_TEXT.min}" maxlength="${PROPOSAL_TEXT.max}" required aria-describedby="text-hint">${e(typed.text)}</textarea></p>
<p><label for="contact">${e(t.contact)}</label>
<span class="hint" id="contact-hint">${e(t.contactHint)}</span>
<input type="text" id="contact" name="contact" maxlength="${PROPOSAL_CONTACT_MAX}" autocomplete="email" aria-describedby="contact-hint" value="${e(typed.contact)}"></p>
<button type="submit">${e(t.send)}</button>
</form>
<h3>${e(t.answered)}</h3>
${answered}
</section>`;
  return shell(locale, `${name}: ${t.title}`, body);
}
