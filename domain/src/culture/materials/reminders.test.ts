import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ForbiddenError } from '../../kernel/errors.js';
import { acknowledgeCultureMaterial } from './acknowledgements.js';
import {
  createMaterialsWorld,
  memoInput,
  publishedMaterial,
  type MaterialsWorld,
} from './materials-fixtures.js';
import { saveCultureMaterial } from './materials.js';
import {
  claimMaterialReminders,
  dueMaterialReminders,
  materialReminderMail,
  remindCultureMaterial,
} from './reminders.js';

let world: MaterialsWorld;
let memoId: string;
let guideId: string;

const PUBLISHED = new Date('2026-03-02T04:00:00Z');
const day = (d: string) => new Date(`${d}T03:00:00Z`);

beforeAll(async () => {
  world = await createMaterialsWorld();
  // For sales (3): due 12 March; a guide for treasury (2), due 7 March.
  memoId = (
    await publishedMaterial(
      world,
      memoInput({ audienceAll: false, audienceOrgUnitIds: [world.sales.id] }),
      PUBLISHED,
    )
  ).id;
  guideId = (
    await publishedMaterial(
      world,
      memoInput({
        kind: 'short_guide',
        title: { kk: 'Сыбайлас жемқорлық тәуекелі', ru: 'Коррупционный риск' },
        audienceAll: false,
        audienceOrgUnitIds: [world.treasury.id, world.sales.id],
        acknowledgementDays: 5,
      }),
      PUBLISHED,
    )
  ).id;
  await world.inTx((em) => acknowledgeCultureMaterial(em, world.salesStaff[0]!, memoId, PUBLISHED));
});

afterAll(async () => {
  await world?.db.drop();
});

async function run(now: Date) {
  return world.inTx(async (em) =>
    claimMaterialReminders(
      em,
      world.org.organization.id,
      await dueMaterialReminders(em, world.org.organization.id, now),
      now,
    ),
  );
}

const summary = (reminders: Awaited<ReturnType<typeof run>>) =>
  reminders.map((r) => [r.fullName, r.materials.map((m) => m.acknowledgeBy)]).sort();

describe('the morning reminders (§35.6)', () => {
  it('remind nobody within the term', async () => {
    expect(await run(day('2026-03-07'))).toEqual([]);
  });

  it('remind the day after the term, one mail a person naming each material past its term', async () => {
    const reminders = await run(day('2026-03-13'));
    expect(summary(reminders)).toEqual([
      ['Sales 1', ['2026-03-07']],
      ['Sales 2', ['2026-03-07', '2026-03-12']],
      ['Sales 3', ['2026-03-07', '2026-03-12']],
      ['Treasury 1', ['2026-03-07']],
      ['Treasury 2', ['2026-03-07']],
    ]);
  });

  it('remind nobody twice a day, and each material again only a week later', async () => {
    expect(await run(day('2026-03-13'))).toEqual([]);
    expect(await run(day('2026-03-19'))).toEqual([]);
    await world.inTx((em) => acknowledgeCultureMaterial(em, world.treasuryStaff[0]!, guideId, PUBLISHED));
    expect(summary(await run(day('2026-03-20')))).toEqual([
      ['Sales 1', ['2026-03-07']],
      ['Sales 2', ['2026-03-07', '2026-03-12']],
      ['Sales 3', ['2026-03-07', '2026-03-12']],
      ['Treasury 2', ['2026-03-07']],
    ]);
  });

  it('writes the mail in the person’s language with each material’s term and link', () => {
    const mail = materialReminderMail(
      {
        personId: 'p',
        email: 'a@b.kz',
        fullName: 'Айгүл',
        locale: 'ru',
        materials: [
          { id: 'm1', title: { kk: 'Жадынама', ru: 'Памятка', en: '' }, acknowledgeBy: '2026-03-12' },
        ],
      },
      'https://adal.example.kz/',
    );
    expect(mail.subject).toBe('Подтвердите ознакомление с материалами');
    expect(mail.text).toContain(
      '- «Памятка» (срок 12.03.2026): https://adal.example.kz/culture/materials/m1',
    );
    expect(mail.text).toContain('Уважаемый(ая) Айгүл!');
  });
});

describe('remind now', () => {
  it('reminds those of the audience who have not acknowledged, except anyone reminded today', async () => {
    const fresh = await publishedMaterial(
      world,
      memoInput({ audienceAll: false, audienceOrgUnitIds: [world.finance.id] }),
      PUBLISHED,
    );
    const today = day('2026-03-20');
    const reminders = await world.inTx((em) => remindCultureMaterial(em, world.planner, fresh.id, today));
    // Finance's six, and treasury's first (its second was reminded this morning).
    expect(reminders.map((r) => r.fullName).sort()).toEqual([
      'Finance 1',
      'Finance 2',
      'Finance 3',
      'Finance 4',
      'Finance 5',
      'Finance 6',
      'Treasury 1',
    ]);
    const again = await world.inTx((em) => remindCultureMaterial(em, world.planner, fresh.id, today));
    expect(again).toEqual([]);
    const events = await world.db.orm.em
      .fork()
      .find(
        AuditEvent,
        { entityId: fresh.id, action: 'culture_material.reminded' },
        { orderBy: { seq: 'asc' } },
      );
    expect(events.map((e) => e.data)).toEqual([{ reminded: 7 }, { reminded: 0 }]);
  });

  it('is refused on a draft, and to employees', async () => {
    const draft = await world.inTx((em) => saveCultureMaterial(em, world.planner, memoInput(), PUBLISHED));
    await expect(
      world.inTx((em) => remindCultureMaterial(em, world.planner, draft.id, PUBLISHED)),
    ).rejects.toMatchObject({ messageKey: 'culture.material.notPublished' });
    await expect(
      world.inTx((em) => remindCultureMaterial(em, world.salesStaff[1]!, memoId, PUBLISHED)),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
