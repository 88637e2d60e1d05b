import type { EntityManager } from '@mikro-orm/postgresql';
import { launchDeclarationCampaign } from '../src/declarations/campaigns/launch-campaign.js';
import { submitDeclaration } from '../src/declarations/campaigns/submit-declaration.js';
import { STANDARD_QUESTIONS } from '../src/declarations/campaigns/questionnaire.js';
import type { Actor } from '../src/kernel/actor.js';
import { kazakhstanDay } from '../src/kernel/kazakhstan-time.js';
import { addCalendarDays } from '../src/kernel/working-days.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { Person } from '../src/org/person.entity.js';
import { RoleGrant } from '../src/org/role-grant.entity.js';
import { DEMO_LOGINS } from './demo-logins.js';

const DAY_MS = 86_400_000;

function answers(yes: Record<string, string> = {}) {
  return STANDARD_QUESTIONS.map((q) => ({ code: q.code, yes: q.code in yes, details: yes[q.code] ?? null }));
}

/**
 * §72: the demo's campaigns: this year's declaration for everyone, open for three weeks (every
 * demo login has it due), and a tender commission's, past its deadline with two members overdue.
 */
export async function seedCampaignsDemo(
  em: EntityManager,
  organization: IOrganization,
  today: Date,
): Promise<void> {
  const officerLogin = DEMO_LOGINS.find((login) => login.role === 'compliance_officer');
  if (!officerLogin) return;
  const officerPerson = await em.findOneOrFail(Person, {
    organization: organization.id,
    email: officerLogin.email,
  });
  const officer: Actor = {
    personId: officerPerson.id,
    organizationId: organization.id,
    roles: ['employee', 'compliance_officer'],
  };
  const year = today.getUTCFullYear();
  await launchDeclarationCampaign(
    em,
    officer,
    {
      title: {
        kk: `Мүдделер қақтығысы туралы жылдық декларация, ${year}`,
        ru: `Ежегодная декларация о конфликте интересов, ${year}`,
        en: `Yearly conflict-of-interest declaration, ${year}`,
      },
      kind: 'yearly',
      group: 'all_employees',
      deadline: addCalendarDays(kazakhstanDay(today), 21),
    },
    today,
  );

  // Staff without a demo login, so that no login's own list changes: the commission's members.
  const logins = DEMO_LOGINS.map((login) => login.email);
  const withRoles = await em.find(RoleGrant, { organization: organization.id, role: { $ne: 'employee' } });
  const members = (
    await em.find(
      Person,
      { organization: organization.id, active: true, email: { $nin: logins }, manager: { $ne: null } },
      { orderBy: { fullName: 'asc' }, limit: 20 },
    )
  )
    .filter((person) => !withRoles.some((grant) => grant.person.id === person.id))
    .slice(0, 4);
  if (members.length < 4) return;
  const launchedOn = new Date(today.getTime() - 30 * DAY_MS);
  const { campaign } = await launchDeclarationCampaign(
    em,
    officer,
    {
      title: {
        kk: 'Тендерлік комиссия мүшелерінің декларациясы',
        ru: 'Декларация членов тендерной комиссии',
        en: "Tender commission members' declaration",
      },
      kind: 'ad_hoc',
      group: 'commission_members',
      procurementReference: `ТК-${year}-14`,
      memberIds: members.map((person) => person.id),
      deadline: addCalendarDays(kazakhstanDay(launchedOn), 21),
    },
    launchedOn,
  );
  const [first, second] = members;
  const submittedOn = new Date(launchedOn.getTime() + 5 * DAY_MS);
  for (const [person, yes] of [
    [first!, {}],
    [
      second!,
      { relatives_at_counterparties: 'Інім «Құрылыс-Сервис» ЖШС-нің құрылтайшысы, тендерге қатысушы' },
    ],
  ] as const) {
    await submitDeclaration(
      em,
      { personId: person.id, organizationId: organization.id, roles: ['employee'] },
      campaign.id,
      { answers: answers(yes) },
      submittedOn,
    );
  }
}
