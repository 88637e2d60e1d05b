import type { Locale } from '../../kernel/locale.js';
import { formatCalendarDay } from '../../kernel/kazakhstan-time.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import type { FinancialNoticeKind } from './financial-notice.entity.js';

interface NoticeFacts {
  kind: FinancialNoticeKind;
  form: string | null;
  /** The filing deadline (§24.3) or the end of the post-service ban (§16). */
  day: string | null;
  ruleTitle: string | null;
}

const LIABILITY: Record<Locale, string> = {
  kk: 'Декларацияны тапсырмау немесе уақтылы тапсырмау, сондай-ақ анық емес мәліметтер ұсыну заңда көзделген жауаптылыққа әкеп соғады.',
  ru: 'Непредставление или несвоевременное представление декларации, а также представление недостоверных сведений влекут ответственность, предусмотренную законом.',
  en: 'Not filing a declaration, filing it late or filing unreliable information entails the liability the law provides.',
};

function body(locale: Locale, f: NoticeFacts): { subject: string; lead: string } {
  const day = f.day ? formatCalendarDay(f.day) : '';
  const form = f.form ?? '';
  const title = f.ruleTitle ?? '';
  const texts: Record<FinancialNoticeKind, Record<Locale, { subject: string; lead: string }>> = {
    duty_and_liability: {
      kk: {
        subject: 'Декларация тапсыру міндеті туралы хабарлама',
        lead: 'Сіз заңда белгіленген мерзімде декларация тапсыруға міндеттісіз (ҚР «Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» Заңы, 11-бап).',
      },
      ru: {
        subject: 'Уведомление об обязанности представлять декларации',
        lead: 'Вы обязаны представлять декларации в сроки, установленные законодательством (ст. 11 Закона РК «О противодействии коррупции»).',
      },
      en: {
        subject: 'Notice of the duty to file declarations',
        lead: 'You must file declarations within the deadlines the law sets (Law "On Combating Corruption", art. 11).',
      },
    },
    law_change: {
      kk: {
        subject: 'Декларациялау туралы заңнаманың өзгеруі',
        lead: `Декларациялау мәселелері бойынша нормативтік құқықтық акт өзгерді: ${title}.`,
      },
      ru: {
        subject: 'Изменение законодательства о декларировании',
        lead: `Изменился нормативный правовой акт по вопросам декларирования: ${title}.`,
      },
      en: {
        subject: 'A change in the law on declarations',
        lead: `A normative act on declaring has changed: ${title}.`,
      },
    },
    declarant_list_change: {
      kk: {
        subject: 'Декларация тапсыратын тұлғалар тізбесінің өзгеруі',
        lead: `Декларация тапсыратын тұлғалар тізбесі өзгерді және сізге қатысты: ${title}.`,
      },
      ru: {
        subject: 'Изменение перечня лиц, представляющих декларации',
        lead: `Изменился перечень лиц, представляющих декларации, и это касается вас: ${title}.`,
      },
      en: {
        subject: 'A change in who must file declarations',
        lead: `The list of persons who file declarations has changed and concerns you: ${title}.`,
      },
    },
    deadline_reminder: {
      kk: {
        subject: `${form} нысанындағы декларацияны тапсыру мерзімі`,
        lead: `${form} нысанындағы декларацияны ${day} дейін тапсырыңыз.`,
      },
      ru: {
        subject: `Срок представления декларации по форме ${form}`,
        lead: `Представьте декларацию по форме ${form} до ${day}.`,
      },
      en: {
        subject: `Deadline for the declaration on form ${form}`,
        lead: `File your declaration on form ${form} by ${day}.`,
      },
    },
    post_service_warning: {
      kk: {
        subject: 'Қызметтен кейінгі жұмысқа орналасу туралы ескерту',
        lead: `${day} дейін сіз өзіңіз бақылаған коммерциялық ұйымдарға жұмысқа орналаса алмайсыз.`,
      },
      ru: {
        subject: 'Предупреждение о трудоустройстве после ухода со службы',
        lead: `До ${day} вы не можете работать в коммерческих организациях, которые были под вашим контролем.`,
      },
      en: {
        subject: 'Warning on employment after leaving service',
        lead: `Until ${day} you may not work for the commercial organisations you oversaw.`,
      },
    },
  };
  return texts[f.kind][locale];
}

/** The written notice as a mail in the recipient's language; the liability is in every notice of the duty (§24.1(b), §24.3). */
export function noticeMail(to: string, locale: Locale, facts: NoticeFacts): PlainMail {
  const { subject, lead } = body(locale, facts);
  const withLiability = facts.kind === 'post_service_warning' ? lead : `${lead}\n\n${LIABILITY[locale]}`;
  return { to, subject, text: withLiability };
}
