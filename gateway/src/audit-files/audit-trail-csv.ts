import {
  formatKazakhstanDate,
  formatKazakhstanDateTime,
  type AuditEventView,
  type Locale,
} from '@adal/domain';
import { AUDIT_ACTION_NAMES } from '@adal/sdk/audit-actions';
import { CSV_BYTE_ORDER_MARK, csvRow } from '../files/csv.js';

export const AUDIT_CSV_TEXTS: Record<
  Locale,
  {
    at: string;
    actor: string;
    action: string;
    code: string;
    entityType: string;
    entityId: string;
    data: string;
    withheld: string;
    system: string;
    dayOnly: string;
  }
> = {
  kk: {
    at: 'Уақыты',
    actor: 'Орындаушы',
    action: 'Әрекет',
    code: 'Әрекет коды',
    entityType: 'Нысан түрі',
    entityId: 'Нысан идентификаторы',
    data: 'Деректер',
    withheld: 'Жасырылған деректер',
    system: 'Жүйе немесе хабарлаушы',
    dayOnly: 'күні ғана',
  },
  ru: {
    at: 'Время',
    actor: 'Исполнитель',
    action: 'Действие',
    code: 'Код действия',
    entityType: 'Тип объекта',
    entityId: 'Идентификатор объекта',
    data: 'Данные',
    withheld: 'Скрытые данные',
    system: 'Система или заявитель',
    dayOnly: 'только дата',
  },
  en: {
    at: 'Time',
    actor: 'Actor',
    action: 'Action',
    code: 'Action code',
    entityType: 'Entity type',
    entityId: 'Entity id',
    data: 'Data',
    withheld: 'Withheld data',
    system: 'System or reporter',
    dayOnly: 'day only',
  },
};

/** The person who acted, as the export names them. */
export interface ActorName {
  fullName: string;
  email: string;
}

/** 03.12.2026 14:05:09 in Kazakhstan time, or only the day for an event the trail dates to the day. */
function kazakhstanTime(event: AuditEventView, locale: Locale): string {
  return event.atPrecision === 'day'
    ? `${formatKazakhstanDate(event.at)} (${AUDIT_CSV_TEXTS[locale].dayOnly})`
    : formatKazakhstanDateTime(event.at, 'seconds');
}

/** The first line: a byte-order mark, so that Excel reads Kazakh and Russian text as UTF-8, and the header. */
export function auditCsvHeader(locale: Locale): string {
  const t = AUDIT_CSV_TEXTS[locale];
  return `${CSV_BYTE_ORDER_MARK}${csvRow([t.at, t.actor, t.action, t.code, t.entityType, t.entityId, t.data, t.withheld])}`;
}

/** The lines of one page of the trail, as its reader may see it (RFC 4180). */
export function auditCsvRows(
  events: readonly AuditEventView[],
  actors: ReadonlyMap<string, ActorName>,
  locale: Locale,
): string {
  const t = AUDIT_CSV_TEXTS[locale];
  return events
    .map((event) => {
      const actor = event.actorPersonId ? actors.get(event.actorPersonId) : undefined;
      return csvRow([
        kazakhstanTime(event, locale),
        actor ? `${actor.fullName} <${actor.email}>` : event.actorPersonId ? event.actorPersonId : t.system,
        AUDIT_ACTION_NAMES[event.action]?.[locale] ?? event.action,
        event.action,
        event.entityType,
        event.entityId,
        Object.keys(event.data).length === 0 ? '' : JSON.stringify(event.data),
        event.withheld.join(', '),
      ]);
    })
    .join('');
}
