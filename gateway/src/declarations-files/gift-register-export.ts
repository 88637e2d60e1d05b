import {
  GIFT_STATUSES,
  formatCalendarDay,
  forTenant,
  giftRegisterRows,
  kazakhstanDay,
  type Actor,
  type GiftDecision,
  type GiftEvent,
  type GiftKind,
  type GiftRegisterFilter,
  type GiftView,
  type Locale,
} from '@adal/domain';
import { authenticate } from '../auth/authenticate.js';
import { plainText, signInRequired } from '../errors/plain-responses.js';
import { inertText } from '../files/formula-text.js';
import { tablesXlsx } from '../files/xlsx-tables.js';
import { xlsxDownload } from '../files/xlsx-download.js';
import { requestLocale } from '../training-files/texts.js';
import type { DeclarationsFilesOptions } from './use-declarations-files.js';

export const GIFT_REGISTER_EXPORT = '/declarations/gifts/register.xlsx';

type Heading =
  | 'person'
  | 'recipient'
  | 'kind'
  | 'event'
  | 'giver'
  | 'occasion'
  | 'occurredOn'
  | 'value'
  | 'currency'
  | 'valueTenge'
  | 'valueMci'
  | 'dueOn'
  | 'handedOverOn'
  | 'decision'
  | 'decidedOn'
  | 'decidedBy'
  | 'inTime';

/** The gift, what it was worth, then its hand-over and the decision on it. */
const HEADINGS: readonly Heading[] = [
  'person',
  'recipient',
  'kind',
  'event',
  'giver',
  'occasion',
  'occurredOn',
  'value',
  'currency',
  'valueTenge',
  'valueMci',
  'dueOn',
  'handedOverOn',
  'decision',
  'decidedOn',
  'decidedBy',
  'inTime',
];

interface Texts {
  sheet: string;
  headings: Record<Heading, string>;
  kinds: Record<GiftKind, string>;
  events: Record<GiftEvent, string>;
  decisions: Record<GiftDecision, string>;
  yes: string;
  no: string;
}

const TEXTS: Record<Locale, Texts> = {
  kk: {
    sheet: 'Сыйлықтар',
    headings: {
      person: 'Қызметкер',
      recipient: 'Алған отбасы мүшесі',
      kind: 'Түрі',
      event: 'Не болды',
      giver: 'Берген',
      occasion: 'Себебі',
      occurredOn: 'Күні',
      value: 'Құны',
      currency: 'Валюта',
      valueTenge: 'Құны, теңге',
      valueMci: 'Құны, АЕК',
      dueOn: 'Тапсыру мерзімі',
      handedOverOn: 'Тапсырылды',
      decision: 'Шешім',
      decidedOn: 'Шешім күні',
      decidedBy: 'Шешкен',
      inTime: 'Мерзімінде шешілді',
    },
    kinds: {
      gift: 'Сыйлық',
      money: 'Ақша',
      service: 'Қызмет',
      trip: 'Сапарға шақыру',
      hospitality: 'Қонақжайлылық',
    },
    events: { offered: 'Ұсынылды', received: 'Алынды', refused: 'Қабылданбады' },
    decisions: {
      keep_as_official: 'Ресми сыйлық ретінде қалдыру',
      hand_over: 'Тапсыру',
      buy_back: 'Құны бойынша сатып алу',
      refuse: 'Бас тарту',
      pay_back: 'Бюджетке төлеу',
    },
    yes: 'иә',
    no: 'жоқ',
  },
  ru: {
    sheet: 'Подарки',
    headings: {
      person: 'Работник',
      recipient: 'Получивший член семьи',
      kind: 'Вид',
      event: 'Что произошло',
      giver: 'Даритель',
      occasion: 'Повод',
      occurredOn: 'Дата',
      value: 'Стоимость',
      currency: 'Валюта',
      valueTenge: 'Стоимость, тенге',
      valueMci: 'Стоимость, МРП',
      dueOn: 'Срок передачи',
      handedOverOn: 'Передан',
      decision: 'Решение',
      decidedOn: 'Дата решения',
      decidedBy: 'Решил',
      inTime: 'Решено в срок',
    },
    kinds: {
      gift: 'Подарок',
      money: 'Деньги',
      service: 'Услуга',
      trip: 'Приглашение в поездку',
      hospitality: 'Гостеприимство',
    },
    events: { offered: 'Предложено', received: 'Получено', refused: 'Отклонено' },
    decisions: {
      keep_as_official: 'Оставить как официальный подарок',
      hand_over: 'Передать',
      buy_back: 'Выкупить по стоимости',
      refuse: 'Отказаться',
      pay_back: 'Перечислить в бюджет',
    },
    yes: 'да',
    no: 'нет',
  },
  en: {
    sheet: 'Gifts',
    headings: {
      person: 'Employee',
      recipient: 'Family member who received it',
      kind: 'Kind',
      event: 'What happened',
      giver: 'Giver',
      occasion: 'Occasion',
      occurredOn: 'Date',
      value: 'Value',
      currency: 'Currency',
      valueTenge: 'Value, tenge',
      valueMci: 'Value, MCI',
      dueOn: 'Hand over by',
      handedOverOn: 'Handed over',
      decision: 'Decision',
      decidedOn: 'Decided on',
      decidedBy: 'Decided by',
      inTime: 'Decided in time',
    },
    kinds: {
      gift: 'Gift',
      money: 'Money',
      service: 'Service',
      trip: 'Trip invitation',
      hospitality: 'Hospitality',
    },
    events: { offered: 'Offered', received: 'Received', refused: 'Refused' },
    decisions: {
      keep_as_official: 'Keep as an official gift',
      hand_over: 'Hand over',
      buy_back: 'Buy back at its value',
      refuse: 'Refuse',
      pay_back: 'Pay back to the budget',
    },
    yes: 'yes',
    no: 'no',
  },
};

const day = (value: string | null | undefined): string => (value ? formatCalendarDay(value) : '');

/** A gift's cells, in the order of HEADINGS: amounts as numbers, what people typed never as a formula. */
function cells(g: GiftView, t: Texts): (string | number)[] {
  return [
    inertText(g.person.fullName),
    inertText(g.recipientName ?? ''),
    t.kinds[g.kind],
    t.events[g.event],
    inertText([g.giver, g.giverOrganization].filter(Boolean).join(', ')),
    inertText(g.occasion),
    day(g.occurredOn),
    g.valueAmount,
    g.currency,
    g.valueTenge,
    g.valueMci ?? '',
    day(g.actionDueOn),
    day(g.handedOverOn),
    g.decision ? t.decisions[g.decision] : '',
    day(g.decidedOn),
    inertText(g.decidedBy?.fullName ?? ''),
    g.decidedInTime === null ? '' : g.decidedInTime ? t.yes : t.no,
  ];
}

async function giftRegisterXlsx(
  gifts: readonly GiftView[],
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const t = TEXTS[locale];
  return tablesXlsx([
    {
      name: t.sheet,
      rows: [HEADINGS.map((heading) => t.headings[heading]), ...gifts.map((gift) => cells(gift, t))],
      widths: { first: 18, rest: 18 },
    },
  ]);
}

/**
 * The register page's filter from the query string. The status and the overdue switch are checked
 * here, as GraphQL's enum and Boolean check them, so that a mistyped one is refused rather than
 * exporting the whole register; the kind and the days are the domain's to check.
 */
function filterOf(params: URLSearchParams): GiftRegisterFilter | string {
  const status = params.get('status') || null;
  if (status !== null && !(GIFT_STATUSES as readonly string[]).includes(status)) {
    return `status: one of ${GIFT_STATUSES.join(', ')}`;
  }
  const overdue = params.get('overdue') || null;
  if (overdue !== null && overdue !== 'true' && overdue !== 'false') return 'overdue: true or false';
  return {
    search: params.get('search'),
    status: status as GiftRegisterFilter['status'],
    kind: (params.get('kind') || null) as GiftKind | null,
    overdue: overdue === 'true',
    from: params.get('from'),
    to: params.get('to'),
  };
}

/**
 * §17, §75: the gift register as a spreadsheet, with the register page's search and filters
 * (`search`, `status`, `kind`, `overdue`, `from`, `to`); who may export is the domain's rule.
 */
export async function exportGiftRegister(
  options: DeclarationsFilesOptions,
  request: Request,
  url: URL,
): Promise<Response> {
  const actor: Actor | null = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  const filter = filterOf(url.searchParams);
  if (typeof filter === 'string') return plainText(400, filter);
  const now = new Date();
  const rows = await giftRegisterRows(forTenant(options.orm.em, actor.organizationId), actor, filter, now);
  return xlsxDownload(
    await giftRegisterXlsx(rows, requestLocale(request, url)),
    `gift-register-${kazakhstanDay(now)}.xlsx`,
  );
}
