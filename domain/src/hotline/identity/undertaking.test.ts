import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError } from '../../kernel/errors.js';
import { assignHotlineCase } from '../cases/case-assignment.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { readReporterIdentity } from './identity.js';
import { NonDisclosureUndertaking } from './non-disclosure-undertaking.entity.js';
import { nonDisclosureUndertaking, signNonDisclosureUndertaking } from './undertaking.js';

let w: HotlineWorld;
let reader: Actor;
let openCase: string;
let anonymousCase: string;

const T0 = new Date('2026-06-01T05:00:00Z');
const T1 = new Date('2026-06-02T05:00:00Z');
const IDENTITY = { name: 'Әлия Серікқызы Нұрова', contact: 'aliya@example.kz' };

beforeAll(async () => {
  w = await createHotlineWorld();
  reader = (await w.person(['employee', 'hotline_investigator'], { unsigned: true })).actor;
  openCase = (await w.report({ anonymous: false, ...IDENTITY }, T0)).reportId;
  anonymousCase = (await w.report({}, T0)).reportId;
  for (const id of [openCase, anonymousCase]) {
    await w.inTx((em) => assignHotlineCase(em, w.head, id, [reader.personId], T0));
  }
});

afterAll(async () => {
  await w?.db.drop();
});

const read = (id = openCase) => w.inTx((em) => readReporterIdentity(em, reader, w.keyring, id));
const sign = (version: string, now = T1) =>
  w.inTx((em) => signNonDisclosureUndertaking(em, reader, version, now));

async function trail(): Promise<{ signed: number; reads: number; rows: number }> {
  const em = w.db.orm.em.fork();
  return {
    signed: await em.count(AuditEvent, {
      actorPersonId: reader.personId,
      action: 'hotline.undertaking_signed',
    }),
    reads: await em.count(AuditEvent, { actorPersonId: reader.personId, action: 'hotline.identity_read' }),
    rows: await em.count(NonDisclosureUndertaking, { person: reader.personId }),
  };
}

describe('the non-disclosure undertaking (§40.6, §41.3)', () => {
  it('shows the text in force in kk, ru and en, with its version, unsigned', async () => {
    const view = await w.inTx((em) => nonDisclosureUndertaking(em, reader));
    expect(view.version).toBe('nda-2026-1');
    expect(view.signedAt).toBeNull();
    expect(view.text.kk).toContain('жарияламауға міндеттенемін');
    expect(view.text.ru).toContain('обязуюсь не разглашать');
    expect(view.text.en).toContain('I undertake not to disclose');
  });

  it("refuses an assigned investigator's first reading of an open reporter's identity until they sign, recording nothing", async () => {
    const refusal = await read().catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ForbiddenError);
    expect(refusal).toMatchObject({
      messageKey: 'hotline.undertaking.required',
      params: { version: 'nda-2026-1' },
    });
    expect(JSON.stringify(refusal)).not.toContain('Әлия');
    expect(await trail()).toEqual({ signed: 0, reads: 0, rows: 0 });
  });

  it('lets an anonymous report be opened unsigned: there is no identity to keep', async () => {
    await expect(read(anonymousCase)).resolves.toBeNull();
  });

  it('refuses a signature on a text that is no longer in force, changing nothing', async () => {
    const refusal = await sign('nda-2025-1').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ConflictError);
    expect(refusal).toMatchObject({
      messageKey: 'hotline.undertaking.outdated',
      params: { version: 'nda-2026-1' },
    });
    expect((await trail()).rows).toBe(0);
    expect((await trail()).signed).toBe(0);
  });

  it('records the signature with its date and version on the audit trail; then the identity opens', async () => {
    const view = await sign('nda-2026-1');
    expect(view.signedAt).toEqual(T1);
    const row = await w.db.orm.em.fork().findOneOrFail(NonDisclosureUndertaking, { person: reader.personId });
    expect({ version: row.version, signedAt: row.signedAt }).toEqual({ version: 'nda-2026-1', signedAt: T1 });
    const event = await w.db.orm.em
      .fork()
      .findOneOrFail(AuditEvent, { actorPersonId: reader.personId, action: 'hotline.undertaking_signed' });
    expect(event).toMatchObject({
      entityType: 'NonDisclosureUndertaking',
      entityId: row.id,
      data: { version: 'nda-2026-1' },
    });
    await expect(read()).resolves.toEqual(IDENTITY);
  });

  it('keeps the first signature when the same text is signed again, also concurrently', async () => {
    const later = new Date('2026-07-01T05:00:00Z');
    const views = await Promise.all([sign('nda-2026-1', later), sign('nda-2026-1', later)]);
    expect(views.map((v) => v.signedAt)).toEqual([T1, T1]);
    expect(await trail()).toMatchObject({ signed: 1, rows: 1 });
  });
});
