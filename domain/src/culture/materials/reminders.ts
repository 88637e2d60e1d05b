import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { formatCalendarDay, kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { Locale, LocalizedText } from '../../kernel/locale.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import { addCalendarDays, toDay, type CalendarDay } from '../../kernel/working-days.js';
import { CULTURE_PLANNERS } from '../culture-roles.js';
import { AUDIENCE_FROM, inAudienceSql } from './audience.js';
import { lockedMaterial } from './materials.js';

/** A material past its term is reminded the day after the term, then once a week while unread. */
export const MATERIAL_REMINDER_EVERY_DAYS = 7;

export interface RemindedMaterial {
  id: string;
  title: LocalizedText;
  acknowledgeBy: CalendarDay;
}

/** One mail to one person, naming each material it reminds them of. */
export interface MaterialReminder {
  personId: string;
  email: string;
  fullName: string;
  locale: Locale;
  materials: RemindedMaterial[];
}

interface Row {
  material_id: string;
  title: LocalizedText;
  acknowledge_by: string | Date;
  person_id: string;
  email: string;
  full_name: string;
  locale: Locale;
}

const UNACKNOWLEDGED = `${AUDIENCE_FROM}
  where m.status = 'published' and m.requires_acknowledgement and ${inAudienceSql()}
    and not exists (select 1 from culture_material_acknowledgement a
                     where a.material_id = m.id and a.person_id = p.id)
    and not exists (select 1 from culture_material_reminder today
                     where today.person_id = p.id and today.reminded_on = cast(? as date))`;

const COLUMNS = `select m.id as material_id, m.title, m.acknowledge_by, p.id as person_id, p.email,
  p.full_name, p.locale`;

/** The rows per person, each person's materials by their term. */
function byPerson(rows: readonly Row[]): MaterialReminder[] {
  const people = new Map<string, MaterialReminder>();
  for (const row of rows) {
    let reminder = people.get(row.person_id);
    if (!reminder) {
      reminder = {
        personId: row.person_id,
        email: row.email,
        fullName: row.full_name,
        locale: row.locale,
        materials: [],
      };
      people.set(row.person_id, reminder);
    }
    reminder.materials.push({
      id: row.material_id,
      title: row.title,
      acknowledgeBy: toDay(row.acknowledge_by),
    });
  }
  return [...people.values()];
}

/**
 * §35.6: who the morning job reminds in an organisation: the audience members who have not
 * acknowledged a material past its term, not reminded of it in the last week and not reminded of
 * anything today.
 */
export async function dueMaterialReminders(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<MaterialReminder[]> {
  const today = kazakhstanDay(now);
  const rows = await em.execute<Row[]>(
    `${COLUMNS} ${UNACKNOWLEDGED}
        and m.organization_id = ? and m.acknowledge_by < cast(? as date)
        and not exists (select 1 from culture_material_reminder r
                         where r.person_id = p.id and r.reminded_on > cast(? as date)
                           and r.material_ids @> jsonb_build_array(m.id::text))
      order by p.email, m.acknowledge_by, m.id`,
    [today, organizationId, today, addCalendarDays(today, -MATERIAL_REMINDER_EVERY_DAYS)],
  );
  return byPerson(rows);
}

/**
 * Records the reminders that may still go and answers them: one a person a day. The unique key
 * (person, day) is the lock — of the morning job and a "remind now" reaching the same person at
 * once, the second insert waits for the first's transaction and then keeps nothing — so a person
 * never gets two reminders in a day, and a reminder is recorded in the transaction that queues it.
 */
export async function claimMaterialReminders(
  em: EntityManager,
  organizationId: string,
  candidates: readonly MaterialReminder[],
  now: Date,
): Promise<MaterialReminder[]> {
  if (candidates.length === 0) return [];
  const quoted = (items: readonly string[]) => `{${items.map((item) => `"${item}"`).join(',')}}`;
  const claimed = await em.execute<{ person_id: string }[]>(
    `insert into culture_material_reminder (id, organization_id, person_id, reminded_on, reminded_at, material_ids)
     select t.id, cast(? as uuid), t.person_id, cast(? as date), cast(? as timestamptz),
            to_jsonb(string_to_array(t.material_ids, ','))
       from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as text[])) as t(id, person_id, material_ids)
     on conflict (person_id, reminded_on) do nothing
     returning person_id`,
    [
      organizationId,
      kazakhstanDay(now),
      now,
      quoted(candidates.map(() => newId())),
      quoted(candidates.map((c) => c.personId)),
      quoted(candidates.map((c) => c.materials.map((m) => m.id).join(','))),
    ],
  );
  const kept = new Set(claimed.map((row) => row.person_id));
  return candidates.filter((c) => kept.has(c.personId));
}

/**
 * "Remind now": a planner reminds everyone of the audience who has not acknowledged the material
 * yet, within its term or past it, except those reminded of anything today. Answers the reminders
 * to mail once the transaction has committed.
 */
export async function remindCultureMaterial(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date = new Date(),
): Promise<MaterialReminder[]> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'remind readers of materials');
  const material = await lockedMaterial(em, actor, id);
  if (material.status !== 'published') throw ConflictError.because('culture.material.notPublished');
  if (!material.requiresAcknowledgement) throw ConflictError.because('culture.material.noAcknowledgement');
  const rows = await em.execute<Row[]>(`${COLUMNS} ${UNACKNOWLEDGED} and m.id = ? order by p.email`, [
    kazakhstanDay(now),
    material.id,
  ]);
  const reminders = await claimMaterialReminders(em, actor.organizationId, byPerson(rows), now);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_material.reminded',
    entityType: 'CultureMaterial',
    entityId: material.id,
    data: { reminded: reminders.length },
  });
  return reminders;
}

const WORDING: Record<
  Locale,
  { subject: string; intro: string; by: (date: string) => string; link: string }
> = {
  kk: {
    subject: 'Материалдармен танысқаныңызды растаңыз',
    intro: 'Сізге жіберілген материалдарды оқып, «Таныстым және түсіндім» батырмасын басыңыз:',
    by: (date) => `мерзімі ${date}`,
    link: 'Менің мәдениет іс-шараларым',
  },
  ru: {
    subject: 'Подтвердите ознакомление с материалами',
    intro: 'Прочитайте направленные вам материалы и нажмите «Ознакомлен(а) и понял(а)»:',
    by: (date) => `срок ${date}`,
    link: 'Мои мероприятия по культуре',
  },
  en: {
    subject: 'Please acknowledge the materials sent to you',
    intro: 'Please read the materials sent to you and press “I have read and understood”:',
    by: (date) => `due ${date}`,
    link: 'My culture activities',
  },
};

const GREETING: Record<Locale, (name: string) => string> = {
  kk: (name) => `Құрметті ${name}!`,
  ru: (name) => `Уважаемый(ая) ${name}!`,
  en: (name) => `Dear ${name},`,
};

/** The reminder e-mail in the person's language, each material with its term, linking to My culture. */
export function materialReminderMail(reminder: MaterialReminder, appUrl: string): PlainMail {
  const words = WORDING[reminder.locale];
  const base = appUrl.replace(/\/+$/, '');
  const lines = reminder.materials.map((material) => {
    const title = material.title[reminder.locale] || material.title.ru || material.title.kk;
    return `- «${title}» (${words.by(formatCalendarDay(material.acknowledgeBy))}): ${base}/culture/materials/${material.id}`;
  });
  return {
    to: reminder.email,
    subject: words.subject,
    text: `${GREETING[reminder.locale](reminder.fullName)}\n\n${words.intro}\n${lines.join('\n')}\n\n${words.link}: ${base}/culture/\n`,
  };
}
