import type { Locale } from '../../kernel/locale.js';
import { formatKazakhstanDateTime } from '../../kernel/kazakhstan-time.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import type { AcknowledgementAlert, AlertRecipient } from './acknowledgement-alerts.js';
import type { HotlineAlertKind } from './hotline-alert.entity.js';

interface Wording {
  subject(caseNumber: string): string;
  body(name: string, caseNumber: string, deadline: string, link: string): string;
}

// Only the case number, the deadline and a link: an e-mail leaves the system's protection, so it
// never carries the category, the report's text or anything about the reporter (§69).
const WORDING: Record<Locale, Record<HotlineAlertKind, Wording>> = {
  kk: {
    due_soon: {
      subject: (number) => `Хабарламаны қабылдау мерзімі жақындады: ${number}`,
      body: (name, number, deadline, link) =>
        `Құрметті ${name}!\n\n${number} ісі бойынша хабарлама берушіге алғашқы жауап ${deadline} дейін берілуі тиіс.\n\nІс: ${link}\n`,
    },
    overdue: {
      subject: (number) => `Хабарламаны қабылдау мерзімі өтті: ${number}`,
      body: (name, number, deadline, link) =>
        `Құрметті ${name}!\n\n${number} ісі бойынша хабарлама берушіге алғашқы жауап беру мерзімі ${deadline} өтіп кетті. Жауапты мүмкіндігінше тез беріңіз.\n\nІс: ${link}\n`,
    },
  },
  ru: {
    due_soon: {
      subject: (number) => `Приближается срок подтверждения обращения: ${number}`,
      body: (name, number, deadline, link) =>
        `Уважаемый(ая) ${name}!\n\nПо делу ${number} первую обратную связь заявителю нужно дать до ${deadline}.\n\nДело: ${link}\n`,
    },
    overdue: {
      subject: (number) => `Срок подтверждения обращения истёк: ${number}`,
      body: (name, number, deadline, link) =>
        `Уважаемый(ая) ${name}!\n\nСрок первой обратной связи заявителю по делу ${number} истёк ${deadline}. Пожалуйста, дайте её как можно скорее.\n\nДело: ${link}\n`,
    },
  },
  en: {
    due_soon: {
      subject: (number) => `Hotline acknowledgement due soon: ${number}`,
      body: (name, number, deadline, link) =>
        `Dear ${name},\n\nthe first feedback to the reporter of case ${number} is due by ${deadline}.\n\nCase: ${link}\n`,
    },
    overdue: {
      subject: (number) => `Hotline acknowledgement overdue: ${number}`,
      body: (name, number, deadline, link) =>
        `Dear ${name},\n\nthe first feedback to the reporter of case ${number} was due by ${deadline}. Please give it as soon as you can.\n\nCase: ${link}\n`,
    },
  },
};

/** The alert's e-mail to one recipient in their language, linking to the case under `appUrl`. */
export function acknowledgementAlertMail(
  alert: AcknowledgementAlert,
  recipient: AlertRecipient,
  appUrl: string,
): PlainMail {
  const wording = WORDING[recipient.locale][alert.kind];
  const link = `${appUrl.replace(/\/+$/, '')}/hotline/cases/${alert.reportId}`;
  return {
    to: recipient.email,
    subject: wording.subject(alert.caseNumber),
    text: wording.body(
      recipient.fullName,
      alert.caseNumber,
      formatKazakhstanDateTime(alert.acknowledgeBy),
      link,
    ),
  };
}

/** One e-mail per recipient of the alert. */
export function acknowledgementAlertMails(alert: AcknowledgementAlert, appUrl: string): PlainMail[] {
  return alert.recipients.map((recipient) => acknowledgementAlertMail(alert, recipient, appUrl));
}
