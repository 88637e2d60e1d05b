import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../src/kernel/actor.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { OrgUnit } from '../src/org/org-unit.entity.js';
import { Person, type IPerson } from '../src/org/person.entity.js';
import {
  concludeConflictOfInterest,
  decideConflictOfInterest,
  forwardConflictOfInterest,
  notifyConflictOfInterest,
  type ConflictNotificationInput,
} from '../src/declarations/conflicts/conflict-workflow.js';
import { DEMO_LOGINS } from './demo-logins.js';
import { demoActor } from './demo-actor.js';

const DAY = 24 * 3_600_000;

function actorOf(person: IPerson): Actor {
  return { personId: person.id, organizationId: person.organization.id, roles: ['employee'] };
}

/** The first member of staff of a unit (by code) who is not a demo login, and their manager. */
async function staffOf(
  em: EntityManager,
  organization: IOrganization,
  unitCode: string,
): Promise<{ person: IPerson; manager: IPerson }> {
  const unit = await em.findOneOrFail(OrgUnit, { organization: organization.id, code: unitCode });
  const logins = DEMO_LOGINS.map((login) => login.email);
  const person = await em.findOneOrFail(
    Person,
    {
      organization: organization.id,
      orgUnit: unit.id,
      manager: { orgUnit: unit.id },
      email: { $nin: logins },
    },
    { orderBy: { fullName: 'asc' }, populate: ['manager'] },
  );
  return { person, manager: person.manager! };
}

const NOTIFICATIONS: Record<'settled' | 'toDecide' | 'toConclude' | 'own', ConflictNotificationInput> = {
  settled: {
    relatedPersonName: 'Нұрлан Сапаров',
    relationKind: 'sibling_full',
    counterparty: '«Дала Құрылыс» ЖШС',
    matter: 'Ағам мердігер компанияның директоры; мен орындалған жұмыстарды қабылдау комиссиясындамын',
    decisionAtStake: '7-шарт бойынша жұмыстарды қабылдау актісіне қол қою',
    typicalCase: 'c4',
  },
  toDecide: {
    relatedPersonName: 'Мария Ким',
    relationKind: 'spouse',
    counterparty: 'ТОО «Юридическая фирма Закон»',
    matter: 'Супруга — партнёр юридической фирмы, участвующей в конкурсе на юридические услуги',
    decisionAtStake: 'Оценка заявок конкурса на юридическое сопровождение',
    typicalCase: 'c3',
  },
  toConclude: {
    relatedPersonName: 'Айдана Серікова',
    relationKind: 'friend',
    counterparty: 'Айдана Серікова (үміткер)',
    matter: 'Бос лауазымға үміткер — менің курстасым',
    decisionAtStake: 'Кадр резервіне конкурстық іріктеу',
    typicalCase: 'c1',
  },
  own: {
    relatedPersonName: 'Сәуле Жұмабаева',
    relationKind: 'sibling_full',
    counterparty: '«Алем Снаб» ЖШС',
    matter: 'Апам кеңсе тауарларын жеткізушінің құрылтайшысы',
    decisionAtStake: 'Кеңсе тауарлары тендерінің жеңімпазын таңдау',
    typicalCase: 'c3',
  },
};

/**
 * §15 in the demo's parent company: one notification settled (forwarded, concluded, decided),
 * one waiting for the first head's decision, one for the responsible unit's conclusion, and the
 * demo employee's own, waiting for their manager to forward it. Each step is taken on its day,
 * counted back from `now`.
 */
export async function seedConflictsDemo(
  em: EntityManager,
  organization: IOrganization,
  now: Date,
): Promise<void> {
  const ago = (days: number): Date => new Date(now.getTime() - days * DAY);
  const officer = await demoActor(em, organization, 'compliance_officer');
  const head = await demoActor(em, organization, 'compliance_head');
  const first = await demoActor(em, organization, 'first_head');
  const employee = await demoActor(em, organization, 'employee');

  const settled = await staffOf(em, organization, 'FIN');
  const a = await notifyConflictOfInterest(em, actorOf(settled.person), NOTIFICATIONS.settled, ago(40));
  await forwardConflictOfInterest(em, actorOf(settled.manager), a.id, {}, ago(39));
  await concludeConflictOfInterest(
    em,
    officer,
    a.id,
    { conflictFound: true, conclusion: 'Қабылдау комиссиясынан шығару ұсынылады' },
    ago(34),
  );
  await decideConflictOfInterest(
    em,
    first,
    a.id,
    { measures: ['remove_from_matter'], note: 'Бұйрық № 45-ж: комиссия құрамы өзгертілді' },
    ago(30),
  );

  const deciding = await staffOf(em, organization, 'LEG');
  const b = await notifyConflictOfInterest(em, actorOf(deciding.person), NOTIFICATIONS.toDecide, ago(9));
  await forwardConflictOfInterest(em, actorOf(deciding.manager), b.id, {}, ago(8));
  await concludeConflictOfInterest(
    em,
    head,
    b.id,
    { conflictFound: true, conclusion: 'Рекомендуется исключить из состава конкурсной комиссии' },
    ago(3),
  );

  const concluding = await staffOf(em, organization, 'HR');
  const c = await notifyConflictOfInterest(em, actorOf(concluding.person), NOTIFICATIONS.toConclude, ago(4));
  await forwardConflictOfInterest(em, actorOf(concluding.manager), c.id, {}, ago(3));

  await notifyConflictOfInterest(em, employee, NOTIFICATIONS.own, ago(1));
}
