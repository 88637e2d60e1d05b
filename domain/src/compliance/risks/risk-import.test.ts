import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { newId } from '../../kernel/ids.js';
import { Position } from '../../org/position.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import { riskRegisterFile } from './risk-export.js';
import { importRisks } from './risk-import.js';
import { Risk } from './risk.entity.js';

const NOW = new Date('2026-12-06T06:00:00Z');
let db: TestDatabase;
let officer: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const person = buildPerson(em, org.organization, org.root);
  em.create(Position, {
    id: newId(),
    organization: org.organization,
    title: 'Кассир',
    exposedToCorruptionRisk: true,
  });
  await em.flush();
  officer = actorOf(person, ['employee', 'compliance_officer']);
});

afterAll(async () => {
  await db?.drop();
});

const csv = (lines: string[]) => ({
  filename: 'risks.csv',
  content: new TextEncoder().encode(lines.join('\n')),
});
const load = (lines: string[], columns: string[] | null = null) =>
  db.orm.em.fork().transactional((em) => importRisks(em, officer, 'activity', csv(lines), columns, NOW));

describe('importing a register (Annex 1)', () => {
  it('reports every problem row by row and column by column, and imports nothing', async () => {
    const result = await load([
      'Процесс или документ,Коррупционная схема,Вероятность,Частота,Последствия,Источник',
      'Касса,Хищение наличных,3,2,4,Горячая линия',
      'Склад,,7,x,2,газета',
    ]);
    expect(result.imported).toBe(0);
    expect(result.errors.map((e) => [e.row, e.column, e.messageKey])).toEqual([
      [3, 'scheme', 'compliance.risk.import.required'],
      [3, 'probability', 'compliance.risk.scoreOutOfScale'],
      [3, 'frequency', 'compliance.risk.import.notNumber'],
      [3, 'source', 'compliance.risk.import.unknownValue'],
    ]);
    expect(await db.orm.em.fork().count(Risk, {})).toBe(0);
  });

  it('names a missing column on the first row', async () => {
    const result = await load(['process_or_document,scheme,probability,impact', 'a,b,1,1']);
    expect(result.errors).toMatchObject([
      { row: 1, column: 'frequency', messageKey: 'compliance.risk.import.missingColumn' },
    ]);
  });

  it('adds the rows, read by headings in any language, with their posts, and exports them back', async () => {
    const result = await load([
      'Процесс немесе құжат;Сыбайлас жемқорлық схемасы;Ықтималдық;Жиілік;Салдары;Тәуекелге ұшыраған лауазымдар;Сатып алу',
      'Касса;Қолма-қол ақшаны ұрлау;3;2;4;Кассир;Иә',
      'Қойма;Есептен шығару;2;2;2;;',
    ]);
    expect(result).toEqual({ imported: 2, errors: [] });
    const file = await riskRegisterFile(db.orm.em.fork(), officer, 'activity');
    expect(file.risks.map((r) => [r.code, r.score, r.procurement, r.positions.map((p) => p.title)])).toEqual([
      ['№ 1', 12, true, ['Кассир']],
      ['№ 2', 4, false, []],
    ]);
  });

  it('reads the columns given in file order whatever the headings say', async () => {
    const result = await load(
      ['A,B,C,D,E', "'=Касса 2,Схема,1,1,1"],
      ['process_or_document', 'scheme', 'probability', 'frequency', 'impact'],
    );
    expect(result.imported).toBe(1);
    const file = await riskRegisterFile(db.orm.em.fork(), officer, 'activity');
    expect(file.risks.map((r) => r.processOrDocument)).toContain('=Касса 2');
  });
});
