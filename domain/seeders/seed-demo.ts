import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { recordAudit } from '../src/audit/record-audit.js';
import { newId } from '../src/kernel/ids.js';
import { keptTranslations, type Locale } from '../src/kernel/locale.js';
import type { RoleCode } from '../src/kernel/roles.js';
import { iinCheckDigit } from '../src/org/iin.js';
import { Organization, type IOrganization } from '../src/org/organization.entity.js';
import { OrgUnit, orgUnitPath, type IOrgUnit } from '../src/org/org-unit.entity.js';
import { Person, type IPerson } from '../src/org/person.entity.js';
import { Position, type IPosition } from '../src/org/position.entity.js';
import { RoleGrant } from '../src/org/role-grant.entity.js';
import {
  DEMO_LOGIN_PLACEMENTS,
  DEMO_LOGINS,
  type DemoLogin,
  type DemoLoginPlacement,
} from './demo-logins.js';
import { DEMO_HOLDING, type DemoOrganization, type DemoPost, type DemoUnit } from './holding-structure.js';
import { kazakhName, transliterate, type Sex } from './kazakh-names.js';
import { SeededRandom } from './random.js';
import { demoTrainingAdmin, seedTrainingDemo } from './training-demo.js';
import { seedHotlineDemo } from './hotline-demo.js';
import { seedDeclarationsDemo } from './declarations-demo.js';
import { seedComplianceMitigationDemo } from './compliance-mitigation-demo.js';
import { seedComplianceProgrammeDemo } from './compliance-programme-demo.js';
import { seedComplianceBoardDemo } from './compliance-board-demo.js';
import { seedKpiViewsDemo } from './kpi-views-demo.js';
import { seedCultureDemo } from './culture-demo.js';
import { seedCultureSurveyDemo } from './culture-survey-demo.js';
import { seedComplianceServiceDemo } from './compliance-service-demo.js';
import { seedSelfAssessmentDemo } from './compliance-self-assessment-demo.js';
import { seedComplianceRisksDemo } from './compliance-risks-demo.js';
import type { HotlineKeyring } from '../src/hotline/crypto/keyring.js';

export { DEMO_LOGINS, type DemoLogin };

export interface SeedDemoResult {
  created: boolean;
  organizations: number;
  people: number;
}

const DAY_MS = 86_400_000;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A valid IIN for a birth date and sex (century-and-sex digit, serial, check digit). */
export function demoIin(random: SeededRandom, birth: Date, sex: Sex): string {
  const yymmdd = isoDay(birth).slice(2).replaceAll('-', '');
  const century = birth.getUTCFullYear() >= 2000 ? (sex === 'male' ? 5 : 6) : sex === 'male' ? 3 : 4;
  for (;;) {
    const first11 = `${yymmdd}${century}${String(random.int(0, 9999)).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** Builds one organisation's tree and people; entities are created, the caller flushes once. */
class OrganizationBuilder {
  private readonly positions = new Map<string, IPosition>();
  private readonly emails = new Set<string>();
  private readonly placements: Map<string, DemoLoginPlacement[]>;
  people = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly random: SeededRandom,
    private readonly today: Date,
    private readonly organization: IOrganization,
    private readonly demo: DemoOrganization,
  ) {
    const placements = demo.key === 'holding' ? DEMO_LOGIN_PLACEMENTS : [];
    this.placements = new Map();
    for (const placement of placements) {
      this.placements.set(placement.unitCode, [
        ...(this.placements.get(placement.unitCode) ?? []),
        placement,
      ]);
    }
  }

  private position(post: DemoPost): IPosition {
    let position = this.positions.get(post.title.kk);
    if (!position) {
      position = this.em.create(Position, {
        id: newId(),
        organization: this.organization,
        title: post.title.kk,
        titles: keptTranslations(post.title, post.title.kk),
        exposedToCorruptionRisk: post.risk,
        procurementStaff: post.procurement ?? false,
        underRestrictions: post.restricted ?? false,
      });
      this.positions.set(post.title.kk, position);
    }
    return position;
  }

  private uniqueEmail(firstName: string, surname: string): string {
    const base = `${transliterate(firstName).slice(0, 1)}.${transliterate(surname)}`;
    let email = `${base}@${this.demo.emailDomain}`;
    for (let n = 2; this.emails.has(email); n += 1) email = `${base}${n}@${this.demo.emailDomain}`;
    this.emails.add(email);
    return email;
  }

  private locale(): Locale {
    const roll = this.random.next();
    return roll < 0.55 ? 'kk' : roll < 0.95 ? 'ru' : 'en';
  }

  private hiredAt(): string {
    // About one in eight joined within the last three months (the new-hire training window).
    const daysAgo = this.random.chance(0.12) ? this.random.int(3, 88) : this.random.int(120, 6000);
    return isoDay(new Date(this.today.getTime() - daysAgo * DAY_MS));
  }

  private person(
    unit: IOrgUnit,
    post: DemoPost,
    manager: IPerson | null,
    login: DemoLoginPlacement | null,
  ): IPerson {
    const name = kazakhName(this.random);
    const sex: Sex = login ? (/қызы /.test(login.fullName) ? 'female' : 'male') : name.sex;
    const age = this.random.int(23, 62);
    const birth = new Date(
      Date.UTC(this.today.getUTCFullYear() - age, this.random.int(0, 11), this.random.int(1, 28)),
    );
    const email = login ? login.email : this.uniqueEmail(name.firstName, name.surname);
    const person = this.em.create(Person, {
      id: newId(),
      organization: this.organization,
      fullName: login ? login.fullName : name.fullName,
      email,
      iin: demoIin(this.random, birth, sex),
      locale: this.locale(),
      orgUnit: unit,
      position: this.position(post),
      manager,
      hiredAt: this.hiredAt(),
      active: true,
    });
    const roles = new Set<RoleCode>(post.roles ?? []);
    if (login) {
      roles.add('employee');
      roles.add(login.role);
    }
    for (const role of roles) {
      this.em.create(RoleGrant, { id: newId(), organization: this.organization, person, role });
    }
    this.people += 1;
    return person;
  }

  unit(demo: DemoUnit, parent: IOrgUnit | null, parentHead: IPerson | null): void {
    const id = newId();
    const unit = this.em.create(OrgUnit, {
      id,
      organization: this.organization,
      parent,
      path: orgUnitPath(parent?.path ?? null, id),
      name: demo.name.kk,
      names: keptTranslations(demo.name, demo.name.kk),
      code: demo.code,
    });
    const logins = this.placements.get(demo.code) ?? [];
    const headLogin = logins.find((login) => login.slot === 'head') ?? null;
    const staffLogins = logins.filter((login) => login.slot === 'staff');
    const head = this.person(unit, demo.head, parentHead, headLogin);
    for (let i = 0; i < demo.size; i += 1) {
      this.person(unit, demo.staff, head, staffLogins[i] ?? null);
    }
    for (const child of demo.children ?? []) this.unit(child, unit, head);
  }
}

async function countDemo(
  em: EntityManager,
  organizations: readonly IOrganization[],
): Promise<SeedDemoResult> {
  const people = await em.count(Person, { organization: { $in: organizations.map((o) => o.id) } });
  return { created: false, organizations: organizations.length, people };
}

export interface SeedDemoOptions {
  /**
   * The hotline's keys: demo hotline cases are sealed with them, so without a keyring the
   * hotline part is skipped. Given later, it adds the cases to an already seeded holding.
   */
  hotlineKeyring?: HotlineKeyring;
}

/**
 * The demo holding (ARCHITECTURE.md, Domain): a quasi-public parent company with an energy
 * and a logistics subsidiary, their structures, posts and a few hundred people with Kazakh
 * names; with a keyring, a few hotline cases in the parent company. Generated from a fixed
 * seed; hire dates count back from the day of seeding. Running it again changes nothing.
 */
export async function seedDemo(orm: MikroORM, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  return seedDemoWith(orm.em.fork(), options);
}

/** `seedDemo` on a given entity manager (used by the MikroORM seeder, which has no keyring). */
export async function seedDemoWith(
  em: EntityManager,
  options: SeedDemoOptions = {},
): Promise<SeedDemoResult> {
  const existing = await em.find(Organization, { bin: { $in: DEMO_HOLDING.map((o) => o.bin) } });
  if (existing.length > 0) {
    const holding = existing.find((o) => o.bin === DEMO_HOLDING[0]?.bin);
    const keyring = options.hotlineKeyring;
    if (holding && keyring) await em.transactional((tx) => seedHotlineDemo(tx, holding, keyring, new Date()));
    return countDemo(em, existing);
  }

  return em.transactional(async (tx) => {
    const random = new SeededRandom(20_240_601);
    const today = new Date();
    let parent: IOrganization | null = null;
    let people = 0;
    const organizations: IOrganization[] = [];
    for (const demo of DEMO_HOLDING) {
      const organization: IOrganization = tx.create(Organization, {
        id: newId(),
        name: demo.name.kk,
        names: keptTranslations(demo.name, demo.name.kk),
        shortName: demo.shortName,
        bin: demo.bin,
        kind: demo.kind,
        parent,
      });
      parent ??= organization;
      organizations.push(organization);
      const builder = new OrganizationBuilder(tx, random, today, organization, demo);
      builder.unit(demo.root, null, null);
      people += builder.people;
    }
    await tx.flush();
    for (const organization of organizations) {
      await recordAudit(tx, null, {
        organizationId: organization.id,
        action: 'org.demo_seeded',
        entityType: 'Organization',
        entityId: organization.id,
        data: { name: organization.name },
      });
    }
    const [holding] = organizations;
    if (holding) {
      const trainer = DEMO_LOGINS.find((login) => login.role === 'training_admin');
      if (trainer) {
        await seedTrainingDemo(tx, holding, await demoTrainingAdmin(tx, holding, trainer.email), today);
      }
      if (options.hotlineKeyring) await seedHotlineDemo(tx, holding, options.hotlineKeyring, today);
      await seedDeclarationsDemo(tx, holding, today);
      await seedCultureDemo(tx, holding, today);
      await seedCultureSurveyDemo(tx, holding, today);
      await seedComplianceServiceDemo(tx, holding, today);
      await seedSelfAssessmentDemo(tx, holding, today);
      await seedComplianceRisksDemo(tx, holding, today);
      await seedComplianceMitigationDemo(tx, holding, today);
      await seedComplianceProgrammeDemo(tx, holding, today);
      await seedComplianceBoardDemo(tx, holding, today);
      await seedKpiViewsDemo(tx, holding, today);
    }
    return { created: true, organizations: organizations.length, people };
  });
}
