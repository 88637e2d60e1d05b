import ExcelJS from 'exceljs';
import type { Locale } from '../../kernel/locale.js';
import type { GiftView } from './gift-view.js';

type Texts = Record<
  | 'sheet'
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
  | 'inTime',
  string
> & {
  kinds: Record<GiftView['kind'], string>;
  events: Record<GiftView['event'], string>;
  decisions: Record<NonNullable<GiftView['decision']>, string>;
  yes: string;
  no: string;
};

const TEXTS: Record<Locale, Texts> = {
  kk: {
    sheet: 'Сыйлықтар',
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
    kinds: {
      gift: 'Подарок',
      money: 'Деньги',
      service: 'Услуга',
      trip: 'Приглашение в поездку',
      hospitality: 'Гостеприимство',
    },
    events: { offered: 'Предложен', received: 'Получен', refused: 'Отклонён' },
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

/** The gift register as a workbook: one row per declaration, in the reader's language. */
export async function giftRegisterXlsx(gifts: readonly GiftView[], locale: Locale): Promise<Buffer> {
  const t = TEXTS[locale];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t.sheet);
  sheet.addRow([
    t.person,
    t.recipient,
    t.kind,
    t.event,
    t.giver,
    t.occasion,
    t.occurredOn,
    t.value,
    t.currency,
    t.valueTenge,
    t.valueMci,
    t.dueOn,
    t.handedOverOn,
    t.decision,
    t.decidedOn,
    t.decidedBy,
    t.inTime,
  ]).font = { bold: true };
  for (const g of gifts) {
    sheet.addRow([
      g.person.fullName,
      g.recipientName ?? '',
      t.kinds[g.kind],
      t.events[g.event],
      [g.giver, g.giverOrganization].filter(Boolean).join(', '),
      g.occasion,
      g.occurredOn,
      g.valueAmount,
      g.currency,
      g.valueTenge,
      g.valueMci ?? '',
      g.actionDueOn ?? '',
      g.handedOverOn ?? '',
      g.decision ? t.decisions[g.decision] : '',
      g.decidedOn ?? '',
      g.decidedBy?.fullName ?? '',
      g.decidedInTime === null ? '' : g.decidedInTime ? t.yes : t.no,
    ]);
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
