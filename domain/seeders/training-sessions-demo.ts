import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../src/kernel/actor.js';
import { kazakhstanDay } from '../src/kernel/kazakhstan-time.js';
import { addCalendarDays } from '../src/kernel/working-days.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { Person } from '../src/org/person.entity.js';
import { RoleGrant } from '../src/org/role-grant.entity.js';
import { recordAttendance, type AttendanceEntry } from '../src/training/sessions/attendance.js';
import { planSession, type SessionInput } from '../src/training/sessions/sessions.js';
import type { SeededRandom } from './random.js';

/** Why people could not come, as HR writes it (§68: the list of those without the opportunity). */
const ABSENCE_REASONS = ['Іссапарда болды', 'Еңбек демалысында', 'Больничный лист', 'Командировка в филиал'];

const SEMINAR: Omit<SessionInput, 'plannedOn'> = {
  kind: 'seminar',
  topic: {
    kk: 'Мүдделер қақтығысы: анықтау және хабарлау',
    ru: 'Конфликт интересов: как распознать и сообщить',
    en: 'Conflicts of interest: recognising and reporting them',
  },
  trainer: 'Айгүл Серікова, комплаенс-офицер',
  durationMinutes: 90,
  knowledgeCheck: true,
  materials: [
    { title: 'Презентация семинара', url: 'https://intranet.demo.adal.kz/training/coi-seminar.pdf' },
  ],
};

const UPSKILLING: Omit<SessionInput, 'plannedOn'> = {
  kind: 'upskilling',
  topic: {
    kk: 'Комплаенс-офицерлердің біліктілігін арттыру курсы',
    ru: 'Курс повышения квалификации комплаенс-офицеров',
    en: 'Upskilling course for compliance officers',
  },
  trainer: 'Ерлан Жақсылықов',
  durationMinutes: 480,
  knowledgeCheck: false,
  materials: [],
};

const WEBINAR: Omit<SessionInput, 'plannedOn'> = {
  kind: 'webinar',
  topic: {
    kk: 'Сенім желісі және хабарлаушыларды қорғау',
    ru: 'Линия доверия и защита сообщивших',
    en: 'The hotline and the protection of reporters',
  },
  trainer: 'Данияр Оспанов',
  durationMinutes: 60,
  knowledgeCheck: false,
  materials: [],
};

/**
 * The demo's classroom training (§5.3, §5.4, §68): a conflict-of-interest seminar held three
 * weeks ago with its knowledge check, the compliance staff's upskilling three months ago, and a
 * webinar planned in two weeks.
 */
export async function seedTrainingSessionsDemo(
  em: EntityManager,
  organization: IOrganization,
  trainingAdmin: Actor,
  today: Date,
  random: SeededRandom,
): Promise<void> {
  const day = kazakhstanDay(today);
  const seminar = await planSession(em, trainingAdmin, { ...SEMINAR, plannedOn: addCalendarDays(day, -21) });
  const people = await em.find(
    Person,
    { organization: organization.id, active: true },
    { orderBy: { email: 'asc' }, limit: 30 },
  );
  const entries: AttendanceEntry[] = people.map((person, index) =>
    index % 10 === 9
      ? {
          personId: person.id,
          status: 'absent',
          reason: ABSENCE_REASONS[index % ABSENCE_REASONS.length] ?? null,
        }
      : { personId: person.id, status: 'attended', scorePercent: random.int(45, 100) },
  );
  await recordAttendance(em, trainingAdmin, seminar.id, entries, today);

  const upskilling = await planSession(em, trainingAdmin, {
    ...UPSKILLING,
    plannedOn: addCalendarDays(day, -90),
  });
  const compliance = await em.find(RoleGrant, {
    organization: organization.id,
    role: { $in: ['compliance_officer', 'compliance_head'] },
  });
  const staff = [...new Set(compliance.map((grant) => grant.person.id))];
  if (staff.length > 0) {
    await recordAttendance(
      em,
      trainingAdmin,
      upskilling.id,
      staff.map((personId) => ({ personId, status: 'attended' })),
      today,
    );
  }

  await planSession(em, trainingAdmin, { ...WEBINAR, plannedOn: addCalendarDays(day, 14) });
}
