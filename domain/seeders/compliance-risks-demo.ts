import type { EntityManager } from '@mikro-orm/postgresql';
import { completeRiskRemapping, recordRiskTrigger } from '../src/compliance/risks/remapping.js';
import type { RiskInput } from '../src/compliance/risks/risk-input.js';
import { upsertRisk } from '../src/compliance/risks/risks.js';
import { kazakhstanDay } from '../src/kernel/kazakhstan-time.js';
import { addCalendarDays } from '../src/kernel/working-days.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { Position } from '../src/org/position.entity.js';
import { demoActor } from './demo-actor.js';

const DAY_MS = 86_400_000;

interface DemoRisk {
  input: Omit<RiskInput, 'positionIds'>;
  /** Days before today the risk was identified. */
  identified: number;
  /** Later re-scores: days before today, the new scores and why. */
  rescores: { daysAgo: number; probability: number; frequency: number; impact: number; reason: string }[];
}

/** §8–§11, Annex 1: both registers, a confidential and a procurement risk, and score history that moves. */
const RISKS: DemoRisk[] = [
  {
    input: {
      register: 'legal_acts',
      processOrDocument: 'Сатып алу туралы ішкі ереже, 4-тарау',
      scheme: 'Бір көзден сатып алу негіздері нақты емес: тапсырыс беруші жеткізушіні өз қалауымен таңдайды',
      probability: 4,
      frequency: 3,
      impact: 4,
      source: 'external_analysis',
      procurement: true,
    },
    identified: 160,
    rescores: [
      {
        daysAgo: 40,
        probability: 2,
        frequency: 2,
        impact: 4,
        reason: 'Ереже өзгертілді: бір көзден сатып алу негіздерінің тізбесі бекітілді',
      },
    ],
  },
  {
    input: {
      register: 'legal_acts',
      processOrDocument: 'Қызметкерлерге сыйақы беру туралы ереже',
      scheme: 'Сыйақы өлшемшарттары жоқ: басшы жақындарына сыйақыны өз қалауымен тағайындайды',
      probability: 3,
      frequency: 2,
      impact: 3,
      source: 'internal_analysis',
    },
    identified: 150,
    rescores: [],
  },
  {
    input: {
      register: 'activity',
      processOrDocument: 'Тауарларды, жұмыстарды және көрсетілетін қызметтерді сатып алу',
      scheme: 'Конкурстан жалтару үшін сатып алуды бөлшектеу және аффилиирленген жеткізушіні таңдау',
      probability: 3,
      frequency: 4,
      impact: 4,
      source: 'audit',
      procurement: true,
    },
    identified: 140,
    rescores: [
      {
        daysAgo: 60,
        probability: 4,
        frequency: 5,
        impact: 5,
        reason: 'Ішкі аудит бөлшектелген үш сатып алуды анықтады',
      },
    ],
  },
  {
    input: {
      register: 'activity',
      processOrDocument: 'Қызметкерлерді жұмысқа қабылдау',
      scheme: 'Конкурссыз туыстарды және жекжаттарды қабылдау',
      probability: 2,
      frequency: 3,
      impact: 3,
      source: 'hotline',
    },
    identified: 120,
    rescores: [
      {
        daysAgo: 30,
        probability: 3,
        frequency: 3,
        impact: 4,
        reason: 'Сенім телефонына екі хабарлама түсті',
      },
    ],
  },
  {
    input: {
      register: 'activity',
      processOrDocument: 'Клиенттердің дербес деректерін өңдеу',
      scheme: 'Клиенттер туралы деректерді бәсекелестерге сыйақы үшін беру',
      probability: 2,
      frequency: 2,
      impact: 5,
      source: 'internal_analysis',
      confidentiality: 'confidential',
    },
    identified: 100,
    rescores: [],
  },
  {
    input: {
      register: 'activity',
      processOrDocument: 'Қойма қалдықтарын есептен шығару',
      scheme: 'Жарамды тауарды бүлінген деп есептен шығарып, өз пайдасына сату',
      probability: 3,
      frequency: 3,
      impact: 3,
      source: 'media',
    },
    identified: 90,
    rescores: [
      {
        daysAgo: 20,
        probability: 1,
        frequency: 1,
        impact: 3,
        reason: 'Бейнебақылау және екі адамның қолы енгізілді',
      },
    ],
  },
];

/**
 * The holding's risk register: six risks of both registers, scored months ago and re-scored since,
 * so that the map compared with three months back shows movement; the last identification ten
 * months ago and a change of structure waiting for its re-mapping (§9.1).
 */
export async function seedComplianceRisksDemo(
  tx: EntityManager,
  holding: IOrganization,
  today: Date,
): Promise<void> {
  const officer = await demoActor(tx, holding, 'compliance_officer');
  const posts = await tx.find(
    Position,
    { organization: holding.id, exposedToCorruptionRisk: true },
    { orderBy: { title: 'asc' }, limit: 3 },
  );
  const ago = (days: number) => new Date(today.getTime() - days * DAY_MS);
  await completeRiskRemapping(tx, officer, null, null, ago(300));
  for (const [i, demo] of RISKS.entries()) {
    const positionIds = posts.length > 0 ? [posts[i % posts.length]!.id] : [];
    let risk = await upsertRisk(
      tx,
      officer,
      { ...demo.input, positionIds, lastReviewedOn: kazakhstanDay(ago(demo.identified)) },
      ago(demo.identified),
    );
    for (const score of demo.rescores) {
      const { daysAgo, reason, ...scores } = score;
      risk = await upsertRisk(
        tx,
        officer,
        {
          ...demo.input,
          ...scores,
          positionIds,
          id: risk.id,
          version: risk.version,
          reason,
          lastReviewedOn: kazakhstanDay(ago(daysAgo)),
        },
        ago(daysAgo),
      );
    }
  }
  await recordRiskTrigger(
    tx,
    officer,
    {
      kind: 'structure_change',
      note: 'Сатып алу департаменті екі басқармаға бөлінді',
      occurredOn: addCalendarDays(kazakhstanDay(today), -7),
    },
    today,
  );
}
