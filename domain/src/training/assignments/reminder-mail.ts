import type { Locale } from '../../kernel/locale.js';
import { formatCalendarDay } from '../../kernel/kazakhstan-time.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import type { DueReminder, ReminderWording } from './reminders.js';

/** A training reminder is a plain e-mail. */
export type ReminderMail = PlainMail;

interface Wording {
  subject(title: string): string;
  body(name: string, title: string, date: string, link: string): string;
}

const WORDING: Record<Locale, Record<ReminderWording, Wording>> = {
  kk: {
    due_soon: {
      subject: (title) => `Оқу мерзімі жақындап қалды: «${title}»`,
      body: (name, title, date, link) =>
        `Құрметті ${name}!\n\n«${title}» курсын ${date} дейін өтуіңіз қажет.\n\nКурс пен тест: ${link}\n`,
    },
    overdue: {
      subject: (title) => `Оқу мерзімі өтіп кетті: «${title}»`,
      body: (name, title, date, link) =>
        `Құрметті ${name}!\n\n«${title}» курсын өту мерзімі ${date} аяқталды. Курсты мүмкіндігінше тез өтіңіз.\n\nКурс пен тест: ${link}\n`,
    },
  },
  ru: {
    due_soon: {
      subject: (title) => `Приближается срок обучения: «${title}»`,
      body: (name, title, date, link) =>
        `Уважаемый(ая) ${name}!\n\nКурс «${title}» нужно пройти до ${date}.\n\nКурс и тест: ${link}\n`,
    },
    overdue: {
      subject: (title) => `Срок обучения истёк: «${title}»`,
      body: (name, title, date, link) =>
        `Уважаемый(ая) ${name}!\n\nСрок прохождения курса «${title}» истёк ${date}. Пожалуйста, пройдите курс как можно скорее.\n\nКурс и тест: ${link}\n`,
    },
  },
  en: {
    due_soon: {
      subject: (title) => `Training due soon: “${title}”`,
      body: (name, title, date, link) =>
        `Dear ${name},\n\nplease complete the course “${title}” by ${date}.\n\nCourse and test: ${link}\n`,
    },
    overdue: {
      subject: (title) => `Training overdue: “${title}”`,
      body: (name, title, date, link) =>
        `Dear ${name},\n\nthe course “${title}” was due on ${date}. Please complete it as soon as you can.\n\nCourse and test: ${link}\n`,
    },
  },
};

/** The reminder e-mail in the person's language, linking to "My training" under `appUrl`. */
export function reminderMail(reminder: DueReminder, appUrl: string): ReminderMail {
  const wording = WORDING[reminder.locale][reminder.kind];
  const title = reminder.courseTitle[reminder.locale] || reminder.courseTitle.ru;
  const link = `${appUrl.replace(/\/+$/, '')}/training/`;
  return {
    to: reminder.email,
    subject: wording.subject(title),
    text: wording.body(reminder.fullName, title, formatCalendarDay(reminder.dueOn), link),
  };
}
