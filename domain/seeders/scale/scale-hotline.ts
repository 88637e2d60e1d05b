import type { Pool } from 'pg';
import { AAD } from '../../src/hotline/crypto/sealed-fields.js';
import { seal, sealJson, type HotlineKeyring } from '../../src/hotline/crypto/keyring.js';
import { receiptHash } from '../../src/hotline/crypto/receipt.js';
import {
  HOTLINE_CATEGORIES,
  type HotlineCategory,
  type HotlineChannel,
  type HotlineOutcome,
} from '../../src/hotline/cases/hotline-report.entity.js';
import { HOTLINE_MESSAGE_CODES } from '../../src/hotline/reporter/conversation.js';
import { bulkInsert, textArrayLiteral } from './bulk-insert.js';
import type { ScaleAuditLog } from './scale-audit.js';
import type { ScaleOrg } from './scale-org.js';
import type { ScaleRandom } from './scale-random.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** What reporters write, in the languages they write in; the case number tells them apart. */
const ACCOUNTS: readonly string[] = [
  'Сатып алу комиссиясының мүшесі жеткізушіден сыйлық алды деп естідім, конкурс сол жеткізушіге берілді.',
  'Бөлім басшысы туысын өз бөліміне жұмысқа алды, конкурс өткізілген жоқ.',
  'Служебный автомобиль используется в личных целях по выходным дням, путевые листы не заполняются.',
  'В тендерной документации указаны требования, под которые подходит только один поставщик.',
  'Қызметтік іссапар шығындары екі рет өтелді: бір чектер екі есепте тұр.',
  'Руководитель требует от подчинённых оплачивать корпоративные мероприятия из личных средств.',
  'Жеткізуші келісімшартқа қол қойылғанға дейін техникалық ерекшелікті алдын ала алған.',
  'Премии распределяются без учёта результатов, близким к руководству — в двойном размере.',
];
const LABELS = ['procurement', 'hr', 'finance', 'repeat'];
const OUTCOMES: readonly HotlineOutcome[] = ['substantiated', 'partly_substantiated', 'not_substantiated'];

export interface ScaleHotlineCounts {
  cases: number;
  messages: number;
}

/**
 * A year of the hotline (§36–§41, §69): reports over the last 365 days, the recent ones waiting for
 * acknowledgement or in progress, nearly all older ones closed with an outcome; their messages and
 * assignments; everything sealed under the organisation's hotline key as the intake seals it.
 */
export async function seedScaleHotline(
  pool: Pool,
  random: ScaleRandom,
  org: ScaleOrg,
  keyring: HotlineKeyring,
  audit: ScaleAuditLog,
  o: { cases: number; today: Date },
): Promise<ScaleHotlineCounts> {
  const head = org.logins.get('compliance_head')!;
  await pool.query(
    `insert into hotline_settings (id, organization_id, last_case_number) values ($1, $2, $3)`,
    [random.uuid(), org.organizationId, o.cases],
  );
  const reports: unknown[][] = [];
  const messages: unknown[][] = [];
  const assignments: unknown[][] = [];
  const message = (
    reportId: string,
    at: Date,
    author: string,
    authorId: string | null,
    kind: string,
    body: object,
  ) => {
    const id = random.uuid();
    messages.push([
      id,
      org.organizationId,
      reportId,
      author,
      authorId,
      kind,
      sealJson(keyring, body, AAD.messageBody(id)),
      at,
    ]);
  };
  const now = o.today.getTime();
  const received = Array.from(
    { length: o.cases },
    () => new Date(now - Math.floor(random.next() * 365 * DAY_MS)),
  );
  received.sort((a, b) => a.getTime() - b.getTime());
  received.forEach((at, index) => {
    const id = random.uuid();
    const age = now - at.getTime();
    const category: HotlineCategory = random.pick(HOTLINE_CATEGORIES);
    const roll = random.next();
    const channel: HotlineChannel =
      roll < 0.7 ? 'web' : roll < 0.85 ? 'phone' : roll < 0.95 ? 'letter' : 'in_person';
    const anonymous = random.chance(0.6);
    const investigator = random.pick(org.investigators);
    const operator = channel === 'web' ? null : investigator;
    const acknowledged = age > 3 * DAY_MS || (age > DAY_MS && random.chance(0.5));
    const acknowledgedAt = acknowledged ? new Date(at.getTime() + random.int(1, 30) * HOUR_MS) : null;
    const triaged = acknowledged && age > 5 * DAY_MS;
    const outOfScope = triaged && random.chance(0.15);
    const closes = age > 45 * DAY_MS ? random.chance(0.92) : outOfScope;
    const closedAt = closes
      ? new Date(Math.min(now - HOUR_MS, at.getTime() + random.int(5, 40) * DAY_MS))
      : null;
    const outcome: HotlineOutcome | null = closes
      ? outOfScope
        ? 'out_of_scope'
        : random.pick(OUTCOMES)
      : null;
    const status = closes ? 'closed' : triaged ? 'in_progress' : acknowledged ? 'acknowledged' : 'received';
    const lastSeen = new Date(Math.min(now, at.getTime() + random.int(0, 60) * DAY_MS));
    const roll2 = random.next();
    const priority = roll2 < 0.7 ? 'normal' : roll2 < 0.85 ? 'high' : roll2 < 0.95 ? 'low' : 'urgent';
    const labels = random.sample(LABELS, random.int(0, 2));
    const digits = Array.from({ length: 32 }, () => random.int(0, 9)).join('');
    reports.push([
      id,
      org.organizationId,
      index + 1,
      receiptHash(keyring, digits),
      channel,
      category,
      anonymous,
      sealJson(
        keyring,
        { what: `${random.pick(ACCOUNTS)} (№${index + 1})`, when: null, where: null, who: null },
        AAD.content(id),
      ),
      anonymous
        ? null
        : sealJson(
            keyring,
            {
              name: `Хабарлаушы ${index + 1}`,
              contact: `+7 701 ${String(random.int(1_000_000, 9_999_999))}`,
            },
            AAD.identity(id),
          ),
      status,
      triaged ? (outOfScope ? 'out_of_scope' : 'in_scope') : 'pending',
      outOfScope ? 'not_related' : null,
      at,
      new Date(at.getTime() + 24 * HOUR_MS),
      acknowledgedAt,
      triaged && random.chance(0.3) ? 15 : null,
      new Date(at.getTime() + 30 * DAY_MS),
      closes && !outOfScope ? seal(keyring, 'Тексеру аяқталды, құжаттар қаралды.', AAD.findings(id)) : null,
      outcome,
      closedAt,
      lastSeen,
      closedAt && now - closedAt.getTime() > 90 * DAY_MS ? new Date(closedAt.getTime() + 90 * DAY_MS) : null,
      operator,
      priority,
      textArrayLiteral(labels),
    ]);
    audit.add(at, operator, 'hotline.report_received', 'HotlineReport', id, { channel, category });
    message(id, at, 'system', null, 'acknowledgement', { code: HOTLINE_MESSAGE_CODES.autoReceipt });
    if (acknowledgedAt) {
      const assignedAt = new Date(
        at.getTime() + Math.floor(random.next() * (acknowledgedAt.getTime() - at.getTime())),
      );
      assignments.push([random.uuid(), org.organizationId, id, investigator, head, assignedAt, null]);
      audit.add(assignedAt, head, 'hotline.assigned', 'HotlineReport', id, {
        investigatorIds: [investigator],
        added: [investigator],
        removed: [],
      });
      message(id, acknowledgedAt, 'staff', investigator, 'acknowledgement', {
        code: HOTLINE_MESSAGE_CODES.acknowledged,
      });
      audit.add(acknowledgedAt, investigator, 'hotline.acknowledged', 'HotlineReport', id, {
        inTime: acknowledgedAt.getTime() <= at.getTime() + 24 * HOUR_MS,
      });
    }
    if (triaged) {
      const triagedAt = new Date(acknowledgedAt!.getTime() + random.int(1, 48) * HOUR_MS);
      audit.add(triagedAt, head, 'hotline.triaged', 'HotlineReport', id, {
        scope: outOfScope ? 'out_of_scope' : 'in_scope',
        reason: outOfScope ? 'not_related' : null,
        category,
      });
      if (random.chance(0.3)) {
        const asked = new Date(triagedAt.getTime() + random.int(1, 72) * HOUR_MS);
        message(id, asked, 'staff', investigator, 'question', {
          text: 'Нақтылап жібере аласыз ба: бұл қай айда болды?',
        });
        if (random.chance(0.6) && asked.getTime() + DAY_MS < now) {
          const answered = new Date(asked.getTime() + random.int(1, 24) * HOUR_MS);
          message(id, answered, 'reporter', null, 'reporter', { text: 'Наурыз айында, екі рет.' });
          audit.add(answered, null, 'hotline.reporter_message', 'HotlineReport', id, {});
        }
      }
    }
    if (closedAt && outcome) {
      message(id, closedAt, 'staff', investigator, 'outcome', {
        text: 'Тексеру аяқталды. Нәтижесі бойынша шаралар қабылданды.',
      });
      if (outcome !== 'out_of_scope')
        audit.add(closedAt, investigator, 'hotline.findings_recorded', 'HotlineReport', id, { outcome });
      audit.add(closedAt, investigator, 'hotline.closed', 'HotlineReport', id, {
        outcome,
        inTime: closedAt.getTime() <= at.getTime() + 30 * DAY_MS,
      });
    }
  });
  await bulkInsert(
    pool,
    'hotline_report',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['number', 'int'],
      ['receipt_hash', 'text'],
      ['channel', 'text'],
      ['category', 'text'],
      ['anonymous', 'boolean'],
      ['content_sealed', 'bytea'],
      ['identity_sealed', 'bytea'],
      ['status', 'text'],
      ['scope', 'text'],
      ['out_of_scope_reason', 'text'],
      ['received_at', 'timestamptz'],
      ['acknowledge_by', 'timestamptz'],
      ['acknowledged_at', 'timestamptz'],
      ['check_days', 'int'],
      ['process_by', 'timestamptz'],
      ['findings_sealed', 'bytea'],
      ['outcome', 'text'],
      ['closed_at', 'timestamptz'],
      ['reporter_last_seen_at', 'timestamptz'],
      ['reporter_access_expired_at', 'timestamptz'],
      ['entered_by_id', 'uuid'],
      ['priority', 'text'],
      ['labels', 'text[]'],
    ],
    reports,
  );
  await bulkInsert(
    pool,
    'hotline_message',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['report_id', 'uuid'],
      ['author', 'text'],
      ['author_person_id', 'uuid'],
      ['kind', 'text'],
      ['body_sealed', 'bytea'],
      ['created_at', 'timestamptz'],
    ],
    messages,
  );
  await bulkInsert(
    pool,
    'hotline_case_assignment',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['report_id', 'uuid'],
      ['investigator_id', 'uuid'],
      ['assigned_by_id', 'uuid'],
      ['assigned_at', 'timestamptz'],
      ['unassigned_at', 'timestamptz'],
    ],
    assignments,
  );
  return { cases: reports.length, messages: messages.length };
}
