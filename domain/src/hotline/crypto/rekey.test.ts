import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignHotlineCase } from '../cases/case-assignment.js';
import { getHotlineCase } from '../cases/case-view.js';
import { addHotlineNote, recordFindings } from '../cases/case-work.js';
import { readHotlineAttachment } from '../cases/case-files.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { readReporterIdentity } from '../identity/identity.js';
import { seal, sealedKeyId, withNewHotlineKey, type HotlineKeyring } from './keyring.js';
import { reencryptHotlineData } from './rekey.js';
import { hotlineReportByReceipt } from '../reporter/reporter.js';
import { submitHotlineReport } from '../intake/intake.js';
import { SAMPLE_REPORT } from '../hotline-fixtures.js';
import { AAD, SEALED_COLUMNS } from './sealed-fields.js';

let w: HotlineWorld;
let receipt: string;
let caseId: string;

const T0 = new Date('2026-08-01T05:00:00Z');

beforeAll(async () => {
  w = await createHotlineWorld();
  ({ receipt, reportId: caseId } = await w.report(
    {
      anonymous: false,
      name: 'Бақыт',
      contact: '+7 777 000 11 22',
      attachments: [{ fileName: 'акт.txt', data: Buffer.from('акт мәтіні') }],
    },
    T0,
  ));
  await w.inTx((em) => assignHotlineCase(em, w.head, caseId, [w.investigator.personId], T0));
  await w.inTx((em) => addHotlineNote(em, w.investigator, w.keyring, caseId, 'Ескерту', T0));
  await w.inTx((em) =>
    recordFindings(em, w.investigator, w.keyring, caseId, { findings: 'Тұжырым', outcome: 'substantiated' }),
  );
});

afterAll(async () => {
  await w?.db.drop();
});

async function keyIdsInDatabase(): Promise<Set<string>> {
  const ids = new Set<string>();
  const em = w.db.orm.em.fork();
  for (const { table, column } of SEALED_COLUMNS) {
    const rows = await em.execute<{ blob: Buffer }[]>(
      `select "${column}" as blob from "${table}" where "${column}" is not null`,
    );
    for (const row of rows) ids.add(sealedKeyId(row.blob));
  }
  return ids;
}

async function readEverything(keyring: HotlineKeyring) {
  const view = await getHotlineCase(w.db.orm.em.fork(), w.investigator, keyring, caseId, T0);
  const identity = await w.inTx((em) => readReporterIdentity(em, w.investigator, keyring, caseId));
  const file = await w.inTx((em) =>
    readHotlineAttachment(em, w.investigator, keyring, view.attachments[0]?.id ?? ''),
  );
  const reporter = await w.inTx((em) => hotlineReportByReceipt(em, keyring, receipt, T0));
  return {
    what: view.content.what,
    findings: view.findings,
    note: view.notes[0]?.body,
    identity,
    file: [file.fileName, file.data.toString('utf8')],
    messages: reporter.messages.length,
  };
}

describe('key rotation (issue 4 §4: key from configuration, rotatable)', () => {
  it('keeps old data readable under a new key, and re-encryption moves every blob to it so the old key can go', async () => {
    const expected = {
      what: SAMPLE_REPORT.what,
      findings: 'Тұжырым',
      note: 'Ескерту',
      identity: { name: 'Бақыт', contact: '+7 777 000 11 22' },
      file: ['акт.txt', 'акт мәтіні'],
      messages: 1,
    };
    expect(await keyIdsInDatabase()).toEqual(new Set(['k1']));
    const rotated = withNewHotlineKey(w.keyring, 'k2');
    expect(await readEverything(rotated)).toEqual(expected);
    // New data goes under the new key at once.
    await w.inTx((em) => submitHotlineReport(em, rotated, w.org.organization.id, SAMPLE_REPORT, T0));
    expect(await keyIdsInDatabase()).toEqual(new Set(['k1', 'k2']));

    const moved = await w.inTx((em) => reencryptHotlineData(em, rotated));
    // Content, identity, findings, the automatic acknowledgement, the file's name and bytes, the note;
    // the report filed under k2 stays as it is.
    expect(moved).toBe(7);
    expect(await keyIdsInDatabase()).toEqual(new Set(['k2']));
    expect(await w.inTx((em) => reencryptHotlineData(em, rotated))).toBe(0);

    const onlyNew: HotlineKeyring = { ...rotated, keys: new Map([['k2', rotated.keys.get('k2') as Buffer]]) };
    expect(await readEverything(onlyNew)).toEqual(expected);
    await expect(readEverything(w.keyring)).rejects.toThrow(/k2 is not configured/);
  });
});

describe('key rotation while the case is worked', () => {
  let world: HotlineWorld;

  beforeAll(async () => {
    world = await createHotlineWorld();
  });

  afterAll(async () => {
    await world?.db.drop();
  });

  it('never writes the re-sealed old text over a note changed meanwhile', async () => {
    const id = (await world.report({}, T0)).reportId;
    await world.inTx((em) => assignHotlineCase(em, world.head, id, [world.investigator.personId], T0));
    await world.inTx((em) => addHotlineNote(em, world.investigator, world.keyring, id, 'Бірінші нұсқа', T0));
    const rotated = withNewHotlineKey(world.keyring, 'k2');
    const [note] = await world.db.orm.em.fork().execute<{ id: string }[]>('select id from hotline_note');
    const noteId = note?.id ?? '';

    // Someone revises the note, under the new key, and has not committed when the rotation reaches it.
    const editor = world.db.orm.em.fork();
    await editor.begin();
    await editor.execute('update hotline_note set body_sealed = ? where id = ?', [
      seal(rotated, 'Екінші нұсқа', AAD.noteBody(noteId)),
      noteId,
    ]);
    const rotation = world.inTx((em) => reencryptHotlineData(em, rotated));
    const watcher = world.db.orm.em.fork();
    for (let tries = 0; tries < 200; tries += 1) {
      const [waiting] = await watcher.execute<{ n: string }[]>(
        'select count(*) as n from pg_locks where not granted',
      );
      if (Number(waiting?.n) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await editor.commit();
    await rotation;

    const view = await getHotlineCase(world.db.orm.em.fork(), world.investigator, rotated, id, T0);
    expect(view.notes.map((n) => n.body)).toEqual(['Екінші нұсқа']);
  });
});
