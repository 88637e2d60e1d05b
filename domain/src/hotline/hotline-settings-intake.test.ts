import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ForbiddenError, ValidationError } from '../kernel/errors.js';
import { createHotlineWorld, type HotlineWorld } from './hotline-fixtures.js';
import {
  contrastRatio,
  hotlineIntakeProfiles,
  MAX_LOGO_BYTES,
  setHotlineIntakeLogo,
  updateHotlineIntakeProfile,
} from './hotline-settings-intake.js';
import { HotlineSettings } from './hotline-settings.entity.js';

let w: HotlineWorld;

beforeAll(async () => {
  w = await createHotlineWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

async function profile() {
  return (await hotlineIntakeProfiles(w.db.orm.em.fork(), [w.org.organization.id])).get(
    w.org.organization.id,
  );
}

async function snapshot() {
  const em = w.db.orm.em.fork();
  const row = await em.findOne(
    HotlineSettings,
    { organization: w.org.organization.id },
    { populate: ['logo'] },
  );
  return {
    row: row
      ? { reportsTo: row.complianceReportsTo, color: row.brandColor, logo: row.logoContentType }
      : null,
    audit: await em.count(AuditEvent, { organization: w.org.organization.id }),
  };
}

describe('how the intake presents the organisation (issue 11 §9)', () => {
  it('says the board of directors, in the standard colour and with no logo, until the organisation sets its own', async () => {
    expect(await profile()).toEqual({
      reportsTo: 'board_of_directors',
      acknowledgeHours: 24,
      brandColor: null,
      logoDataUrl: null,
    });
  });

  it('lets the compliance head say the supervisory board and set a readable colour, on the audit trail', async () => {
    const saved = await w.inTx((em) =>
      updateHotlineIntakeProfile(em, w.head, { reportsTo: 'supervisory_board', brandColor: ' #0B5394 ' }),
    );
    expect(saved).toEqual({
      reportsTo: 'supervisory_board',
      acknowledgeHours: 24,
      brandColor: '#0b5394',
      logoDataUrl: null,
    });
    expect(await profile()).toEqual(saved);
    const event = await w.db.orm.em
      .fork()
      .findOneOrFail(AuditEvent, { action: 'hotline.intake_profile_updated' }, { orderBy: { seq: 'desc' } });
    expect(event.data).toEqual({ complianceReportsTo: 'supervisory_board', brandColor: '#0b5394' });
  });

  it('refuses a colour white text would be unreadable on (WCAG AA 4.5:1), a malformed colour and an unknown addressee, changing nothing', async () => {
    const before = await snapshot();
    const yellow = await w
      .inTx((em) =>
        updateHotlineIntakeProfile(em, w.head, { brandColor: '#ffd700', reportsTo: 'state_body_head' }),
      )
      .catch((e: unknown) => e);
    expect(yellow).toBeInstanceOf(ValidationError);
    expect(yellow).toMatchObject({
      messageKey: 'hotline.settings.brandColorContrast',
      params: { ratio: 1.4, min: 4.5 },
    });
    await expect(
      w.inTx((em) => updateHotlineIntakeProfile(em, w.head, { brandColor: 'blue' })),
    ).rejects.toMatchObject({ messageKey: 'hotline.settings.brandColorFormat' });
    await expect(
      w.inTx((em) =>
        updateHotlineIntakeProfile(em, w.head, { reportsTo: 'shareholders' as 'board_of_directors' }),
      ),
    ).rejects.toMatchObject({ messageKey: 'hotline.settings.reportsTo' });
    expect(await snapshot()).toEqual(before);
  });

  it('computes the WCAG contrast ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('takes a PNG logo judged by its bytes and serves it inline; refuses other bytes and big files', async () => {
    const saved = await w.inTx((em) => setHotlineIntakeLogo(em, w.head, PNG));
    expect(saved.logoDataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    const before = await snapshot();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expect(w.inTx((em) => setHotlineIntakeLogo(em, w.head, svg))).rejects.toMatchObject({
      messageKey: 'hotline.settings.logoType',
    });
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]);
    await expect(w.inTx((em) => setHotlineIntakeLogo(em, w.head, big))).rejects.toMatchObject({
      messageKey: 'hotline.settings.logoTooLarge',
      params: { maxKb: 100 },
    });
    expect(await snapshot()).toEqual(before);
    expect((await w.inTx((em) => setHotlineIntakeLogo(em, w.head, null))).logoDataUrl).toBeNull();
  });

  it('is the compliance head’s to change, not an investigator’s', async () => {
    await expect(
      w.inTx((em) => updateHotlineIntakeProfile(em, w.investigator, { reportsTo: 'state_body_head' })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(w.inTx((em) => setHotlineIntakeLogo(em, w.investigator, PNG))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
