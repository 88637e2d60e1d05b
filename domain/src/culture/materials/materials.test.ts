import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ForbiddenError, NotFoundError } from '../../kernel/errors.js';
import { acknowledgeCultureMaterial } from './acknowledgements.js';
import {
  createMaterialsWorld,
  memoInput,
  publishedMaterial,
  type MaterialsWorld,
} from './materials-fixtures.js';
import {
  cultureMaterial,
  cultureMaterials,
  publishCultureMaterial,
  saveCultureMaterial,
  withdrawCultureMaterial,
} from './materials.js';
import type { MaterialInput } from './material-input.js';

let world: MaterialsWorld;

beforeAll(async () => {
  world = await createMaterialsWorld();
});

afterAll(async () => {
  await world?.db.drop();
});

const NOW = new Date('2026-03-02T04:00:00Z');

function save(input: MaterialInput & { id?: string }) {
  return world.inTx((em) => saveCultureMaterial(em, world.planner, input, NOW));
}

async function refusal(work: Promise<unknown>): Promise<{ type: string; key: string | undefined }> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Error)) throw new Error('expected a refusal');
  return { type: error.constructor.name, key: (error as { messageKey?: string }).messageKey };
}

describe('writing a material (§32.2, §35.6)', () => {
  it('keeps a draft with its texts, the body sanitised as every rich text is', async () => {
    const draft = await save(
      memoInput({
        title: { kk: '  Жадынама  ', ru: '', en: null },
        body: { ru: '<p onclick="x()">Текст<script>alert(1)</script></p>', kk: '<p></p>' },
        source: 'u4',
      }),
    );
    expect(draft).toMatchObject({
      status: 'draft',
      revision: 1,
      title: { kk: 'Жадынама', ru: '', en: '' },
      body: { kk: '', ru: '<p>Текст</p>', en: '' },
      source: 'u4',
      acknowledgementDays: 10,
      publishedAt: null,
      acknowledgeBy: null,
    });
  });

  it('refuses a material without a Kazakh or Russian title, a plain-http link, an unnamed other source', async () => {
    expect(await refusal(save(memoInput({ title: { en: 'Memo' } })))).toEqual({
      type: 'ValidationError',
      key: 'culture.material.titleRequired',
    });
    expect(await refusal(save(memoInput({ linkUrl: 'http://u4.no/memo' })))).toEqual({
      type: 'ValidationError',
      key: 'culture.material.linkHttps',
    });
    expect(await refusal(save(memoInput({ linkUrl: 'javascript:alert(1)' })))).toMatchObject({
      key: 'culture.material.linkHttps',
    });
    expect(await refusal(save(memoInput({ source: 'other', sourceName: '  ' })))).toMatchObject({
      key: 'culture.material.sourceNameRequired',
    });
    expect(await refusal(save(memoInput({ kind: 'poster' })))).toMatchObject({
      key: 'culture.material.kind',
    });
    expect(await refusal(save(memoInput({ acknowledgementDays: 0 })))).toMatchObject({
      key: 'culture.material.term',
    });
  });

  it('asks for all employees or at least one org unit or role, and only units of the organisation', async () => {
    expect(await refusal(save(memoInput({ audienceAll: false })))).toMatchObject({
      key: 'culture.material.audienceRequired',
    });
    expect(
      await refusal(
        save(memoInput({ audienceAll: false, audienceOrgUnitIds: ['00000000-0000-4000-8000-000000000000'] })),
      ),
    ).toMatchObject({ type: 'ValidationError', key: 'culture.material.unknownOrgUnit' });
    const saved = await save(
      memoInput({ audienceAll: false, audienceOrgUnitIds: [world.finance.id], audienceRoles: ['auditor'] }),
    );
    expect(saved.audienceOrgUnits).toEqual([
      { id: world.finance.id, name: { kk: 'Finance', ru: 'Finance', en: 'Finance' } },
    ]);
    expect(saved.audienceRoles).toEqual(['auditor']);
  });

  it('is the planners’ to write: an employee is refused', async () => {
    await expect(
      world.inTx((em) => saveCultureMaterial(em, world.financeStaff[0]!, memoInput(), NOW)),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('publishing and withdrawing', () => {
  it('records who published it and when, and the term from the day of publication', async () => {
    const published = await publishedMaterial(world, memoInput({ acknowledgementDays: 14 }), NOW);
    expect(published).toMatchObject({
      status: 'published',
      publishedAt: NOW,
      publishedBy: { id: world.planner.personId, fullName: 'Planner' },
      acknowledgeBy: '2026-03-16',
    });
    const events = await world.db.orm.em
      .fork()
      .find(AuditEvent, { entityId: published.id }, { orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['culture_material.created', 'culture_material.published']);
  });

  it('sets no term for a material that does not ask for acknowledgement', async () => {
    const published = await publishedMaterial(world, memoInput({ requiresAcknowledgement: false }), NOW);
    expect(published.acknowledgeBy).toBeNull();
  });

  it('refuses to publish an empty material or one already published', async () => {
    const empty = await save(memoInput({ body: null }));
    expect(
      await refusal(world.inTx((em) => publishCultureMaterial(em, world.planner, empty.id, NOW))),
    ).toEqual({
      type: 'ValidationError',
      key: 'culture.material.empty',
    });
    const published = await publishedMaterial(world, memoInput(), NOW);
    expect(
      await refusal(world.inTx((em) => publishCultureMaterial(em, world.planner, published.id, NOW))),
    ).toEqual({
      type: 'ConflictError',
      key: 'culture.material.notDraft',
    });
  });

  it('publishes a material with only a link', async () => {
    const draft = await save(memoInput({ kind: 'video', body: null, linkUrl: 'https://www.u4.no/video' }));
    const published = await world.inTx((em) => publishCultureMaterial(em, world.planner, draft.id, NOW));
    expect(published).toMatchObject({ status: 'published', linkUrl: 'https://www.u4.no/video' });
  });

  it('a correction raises the revision and keeps the acknowledgements given, with the revision read', async () => {
    const published = await publishedMaterial(world, memoInput(), NOW);
    const reader = world.financeStaff[0]!;
    await world.inTx((em) => acknowledgeCultureMaterial(em, reader, published.id, NOW));
    const corrected = await save({
      ...memoInput({
        title: { kk: 'Түзетілген жадынама', ru: 'Исправленная памятка' },
        acknowledgementDays: 20,
      }),
      id: published.id,
    });
    expect(corrected).toMatchObject({ revision: 2, status: 'published', acknowledgeBy: '2026-03-22' });
    const read = await world.inTx((em) => cultureMaterial(em, reader, published.id));
    expect(read.acknowledgement).toEqual({ acknowledgedAt: NOW, revision: 1 });
    expect(read.title.ru).toBe('Исправленная памятка');
  });

  it('withdraws a published material once; a withdrawn one is neither changed nor withdrawn again', async () => {
    const published = await publishedMaterial(world, memoInput(), NOW);
    const withdrawn = await world.inTx((em) => withdrawCultureMaterial(em, world.planner, published.id, NOW));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnAt: NOW });
    expect(
      await refusal(world.inTx((em) => withdrawCultureMaterial(em, world.planner, published.id, NOW))),
    ).toEqual({
      type: 'ConflictError',
      key: 'culture.material.notPublished',
    });
    expect(await refusal(save({ ...memoInput(), id: published.id }))).toEqual({
      type: 'ConflictError',
      key: 'culture.material.withdrawn',
    });
  });
});

describe('who reads a material', () => {
  it('the audience reads a published one; a draft, a withdrawn one or another audience’s is not found', async () => {
    const financeOnly = memoInput({ audienceAll: false, audienceOrgUnitIds: [world.finance.id] });
    const published = await publishedMaterial(world, financeOnly, NOW);
    // Treasury is under finance: the subtree is in the audience.
    const treasurer = world.treasuryStaff[0]!;
    expect((await world.inTx((em) => cultureMaterial(em, treasurer, published.id))).id).toBe(published.id);
    await expect(
      world.inTx((em) => cultureMaterial(em, world.salesStaff[1]!, published.id)),
    ).rejects.toBeInstanceOf(NotFoundError);
    const draft = await save(memoInput());
    await expect(world.inTx((em) => cultureMaterial(em, treasurer, draft.id))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await world.inTx((em) => cultureMaterial(em, world.planner, draft.id))).status).toBe('draft');
    await world.inTx((em) => withdrawCultureMaterial(em, world.planner, published.id, NOW));
    await expect(world.inTx((em) => cultureMaterial(em, treasurer, published.id))).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('a role brings its holders into the audience wherever they work', async () => {
    const forAuditors = memoInput({ audienceAll: false, audienceRoles: ['auditor'] });
    const published = await publishedMaterial(world, forAuditors, NOW);
    const auditor = world.salesStaff[0]!;
    const read = await world.inTx((em) => cultureMaterial(em, auditor, published.id));
    expect([read.id, read.forViewer]).toEqual([published.id, true]);
    // The planner reads it too, but it is not for her to acknowledge.
    expect((await world.inTx((em) => cultureMaterial(em, world.planner, published.id))).forViewer).toBe(
      false,
    );
    await expect(
      world.inTx((em) => cultureMaterial(em, world.salesStaff[1]!, published.id)),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('the library', () => {
  it('lists by status, kind and a search in any language of the title, and refuses employees', async () => {
    await save(
      memoInput({ kind: 'booklet', title: { kk: 'Буклет', ru: 'Буклет о подарках', en: 'Gifts booklet' } }),
    );
    const found = await world.inTx((em) =>
      cultureMaterials(em, world.planner, { kind: 'booklet', status: 'draft', search: 'gifts' }),
    );
    expect(found.total).toBe(1);
    expect(found.rows.map((row) => row.title.ru)).toEqual(['Буклет о подарках']);
    const none = await world.inTx((em) => cultureMaterials(em, world.planner, { search: '100%_' }));
    expect(none.total).toBe(0);
    await expect(world.inTx((em) => cultureMaterials(em, world.financeStaff[0]!, {}))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
