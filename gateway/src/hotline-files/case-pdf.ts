import {
  formatKazakhstanDate,
  formatKazakhstanDateTime,
  type CasePrint,
  type CaseTimelineStep,
  type Locale,
} from '@adal/domain';
import { AUDIT_ACTION_NAMES } from '@adal/sdk/audit-actions';
import { CASE_PDF_TEXTS } from './case-pdf-texts.js';
import { openPdf } from '../files/pdf-document.js';

const MARGIN = 50;
const INK = '#222222';
const MUTED = '#555555';
const ACCENT = '#1f4e79';

type Texts = (typeof CASE_PDF_TEXTS)[Locale];

/** A step of the history in words: what was done, and its facts (the outcome, labels, priority…). */
export function stepText(step: CaseTimelineStep, texts: Texts, locale: Locale): string {
  const name = AUDIT_ACTION_NAMES[step.action]?.[locale] ?? texts.otherAction;
  const word = (value: string) =>
    (texts.priority as Record<string, string>)[value] ??
    (texts.outcome as Record<string, string>)[value] ??
    (texts.category as Record<string, string>)[value] ??
    (value === 'true' ? texts.labels.yes : value === 'false' ? texts.labels.no : value);
  const facts = step.facts
    .filter((f) => ['added', 'removed', 'from', 'to', 'outcome', 'category'].includes(f.key))
    .map((f) =>
      `${f.key === 'removed' ? '−' : f.key === 'from' ? '' : f.key === 'to' ? '→' : '+'} ${f.values.map(word).join(', ')}`.trim(),
    );
  return facts.length > 0 ? `${name}: ${facts.join(' ')}` : name;
}

/**
 * A hotline case for the file or the commission (§69, §75) as an A4 PDF in `locale`: its number,
 * category, status, dates and deadlines, what was reported, the messages, findings,
 * recommendations and history. The reporter's identity only when `print` carries it (asked for
 * and revealed on the trail); otherwise whether the report was anonymous.
 */
export async function casePdf(
  print: CasePrint,
  locale: Locale,
  printedBy: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const texts = CASE_PDF_TEXTS[locale];
  const l = texts.labels;
  const c = print.hotlineCase;
  const { doc, finish } = openPdf({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${l.title} ${c.number}`, Subject: c.number, Keywords: c.number },
    lang: locale,
  });
  const width = doc.page.width - 2 * MARGIN;

  const heading = (text: string) => {
    doc.moveDown(1).font('bold').fontSize(13).fillColor(ACCENT).text(text, MARGIN, undefined, { width });
    doc.moveDown(0.3);
  };
  const field = (label: string, value: string) => {
    doc
      .font('bold')
      .fontSize(10)
      .fillColor(MUTED)
      .text(`${label}: `, MARGIN, undefined, { width, continued: true });
    doc.font('regular').fillColor(INK).text(value);
  };
  const paragraph = (text: string) =>
    doc.font('regular').fontSize(10).fillColor(INK).text(text, MARGIN, undefined, { width });
  const muted = (text: string) =>
    doc.font('regular').fontSize(10).fillColor(MUTED).text(text, MARGIN, undefined, { width });
  const when = (at: Date | null) => (at ? formatKazakhstanDateTime(at) : '—');

  doc.font('regular').fontSize(11).fillColor(MUTED).text(l.title, { width });
  doc.font('bold').fontSize(22).fillColor(ACCENT).text(c.number, { width });
  doc.moveDown(0.5);
  field(l.category, texts.category[c.category]);
  field(l.status, texts.status[c.status]);
  field(l.channel, texts.channel[c.channel]);
  field(l.priority, texts.priority[c.priority]);
  if (c.labels.length > 0) field(l.labels, c.labels.join(', '));
  field(l.receivedAt, when(c.receivedAt));
  field(l.acknowledgeBy, when(c.acknowledgeBy));
  field(l.acknowledgedAt, when(c.acknowledgedAt));
  if (c.status !== 'closed') field(l.processBy, when(c.processBy));
  field(l.closedAt, when(c.closedAt));
  field(l.assignees, c.assignees.map((p) => p.fullName).join(', ') || '—');

  heading(l.reporter);
  if (print.identity) {
    field(l.reporter, print.identity.name);
    field(l.contact, print.identity.contact);
  } else {
    muted(c.anonymous ? l.anonymous : l.identityLeftOut);
  }

  heading(l.reported);
  field(l.what, c.content.what);
  if (c.content.when) field(l.when, c.content.when);
  if (c.content.where) field(l.where, c.content.where);
  if (c.content.who) field(l.who, c.content.who);

  heading(l.messages);
  if (c.messages.length === 0) muted(l.noMessages);
  for (const m of c.messages) {
    const from = m.author === 'reporter' ? l.fromReporter : (m.authorPerson?.fullName ?? l.fromStaff);
    doc
      .font('bold')
      .fontSize(9)
      .fillColor(MUTED)
      .text(`${when(m.createdAt)} · ${from}`, MARGIN, undefined, { width });
    // A standard message (an acknowledgement) carries a code, not text: its kind says what it was.
    paragraph(
      m.body ||
        (AUDIT_ACTION_NAMES[m.kind === 'acknowledgement' ? 'hotline.acknowledged' : 'hotline.message_sent']?.[
          locale
        ] ??
          ''),
    );
    doc.moveDown(0.3);
  }

  heading(l.findings);
  if (c.outcome) field(l.outcome, texts.outcome[c.outcome]);
  if (c.findings) paragraph(c.findings);
  else muted(l.noFindings);

  heading(l.recommendations);
  if (c.recommendations.length === 0) muted(l.noRecommendations);
  for (const r of c.recommendations) {
    const state = r.doneAt
      ? `${l.done} ${formatKazakhstanDate(r.doneAt)}`
      : `${l.dueOn} ${r.dueOn.split('-').reverse().join('.')}`;
    paragraph(`• ${r.text} — ${r.owner.fullName}, ${state}`);
  }

  heading(l.history);
  for (const step of print.timeline) {
    const at = step.atPrecision === 'day' ? `${formatKazakhstanDate(step.at)} (${l.dayOnly})` : when(step.at);
    doc
      .font('bold')
      .fontSize(9)
      .fillColor(MUTED)
      .text(`${at} · ${step.actor?.fullName ?? l.system}`, MARGIN, undefined, { width });
    paragraph(stepText(step, texts, locale));
  }

  doc.moveDown(1);
  muted(`${l.printedAt}: ${when(print.printedAt)}, ${l.printedBy}: ${printedBy}`);

  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i += 1) {
    doc.switchToPage(pages.start + i);
    // The page number sits in the bottom margin: with the margin kept, pdfkit would start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${c.number} · ${l.page} ${i + 1} / ${pages.count}`, MARGIN, doc.page.height - MARGIN + 15, {
        width,
        align: 'right',
        lineBreak: false,
      });
  }
  return finish();
}
