import type { EntityManager } from '@mikro-orm/postgresql';
import { addMitigationMeasure, reportMitigationMeasure } from '../src/compliance/mitigation/measures.js';
import {
  approveMitigationPlan,
  createMitigationPlan,
  publishMitigationPlan,
} from '../src/compliance/mitigation/plans.js';
import { PublicProposal } from '../src/compliance/public-page/public-page.entity.js';
import { answerPublicProposal, submitPublicProposal } from '../src/compliance/public-page/proposals.js';
import { setCompliancePublicPage, setRiskPublished } from '../src/compliance/public-page/public-settings.js';
import { publishQuarterlyReport } from '../src/compliance/public-page/quarterly-reports.js';
import { currentQuarter, quarterNumbers, shiftQuarter } from '../src/kernel/quarters.js';
import { riskLevel, riskScore } from '../src/compliance/risks/risk-level.js';
import {
  Risk,
  RiskScore,
  type IRisk,
  type RiskConfidentiality,
} from '../src/compliance/risks/risk.entity.js';
import type { Actor } from '../src/kernel/actor.js';
import { newId } from '../src/kernel/ids.js';
import { kazakhstanDay } from '../src/kernel/kazakhstan-time.js';
import { addCalendarDays } from '../src/kernel/working-days.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { Position } from '../src/org/position.entity.js';
import { demoActor } from './demo-actor.js';

/** The demo's public page address: /transparency/demo. */
export const DEMO_PUBLIC_SLUG = 'demo';

interface DemoRisk {
  processOrDocument: string;
  scheme: string;
  score: [number, number, number];
  confidentiality: RiskConfidentiality;
  procurement: boolean;
}

/** A few risks of the activity register, in Kazakh, when the register has none of its own yet. */
const DEMO_RISKS: DemoRisk[] = [
  {
    processOrDocument: 'Тауарларды сатып алу: техникалық ерекшелікті дайындау',
    scheme: 'Техникалық ерекшелік бір жеткізушіге сай жазылады',
    score: [4, 4, 5],
    confidentiality: 'none',
    procurement: true,
  },
  {
    processOrDocument: 'Қызметкерлерді іріктеу және қабылдау',
    scheme: 'Конкурстық комиссия мүшесінің туысы үміткер ретінде қатысады',
    score: [3, 3, 4],
    confidentiality: 'none',
    procurement: false,
  },
  {
    processOrDocument: 'Мердігерлермен шарттарды орындауды қабылдау',
    scheme: 'Орындалмаған жұмыстар актіге енгізіліп, төленеді',
    score: [3, 2, 5],
    confidentiality: 'none',
    procurement: true,
  },
  {
    processOrDocument: 'Жер учаскелерін жалға беру бойынша коммерциялық келіссөздер',
    scheme: 'Жалға алушыға шарттардың құпия жеңілдіктері беріледі',
    score: [2, 2, 4],
    confidentiality: 'commercial',
    procurement: false,
  },
];

/** The register's risks, or the demo's own few when the register is empty (numbered after any others). */
async function demoRisks(
  em: EntityManager,
  holding: IOrganization,
  officer: Actor,
  today: string,
): Promise<IRisk[]> {
  const existing = await em.find(Risk, { organization: holding.id }, { orderBy: { number: 'asc' } });
  if (existing.length > 0) return existing;
  const posts = await em.find(
    Position,
    { organization: holding.id, exposedToCorruptionRisk: true },
    { limit: 2 },
  );
  const scoredAt = new Date(`${addCalendarDays(today, -400)}T04:00:00Z`);
  return DEMO_RISKS.map((r, i) => {
    const [probability, frequency, impact] = r.score;
    const score = riskScore(probability, frequency, impact);
    const level = riskLevel(score, 5);
    const risk = em.create(Risk, {
      id: newId(),
      organization: holding.id,
      register: 'activity',
      number: i + 1,
      processOrDocument: r.processOrDocument,
      scheme: r.scheme,
      positionIds: i === 0 ? posts.map((p) => p.id) : [],
      probability,
      frequency,
      impact,
      score,
      level,
      source: 'internal_analysis',
      confidentiality: r.confidentiality,
      procurement: r.procurement,
      createdBy: officer.personId,
    });
    em.create(RiskScore, {
      id: newId(),
      organization: holding.id,
      risk,
      probability,
      frequency,
      impact,
      score,
      level,
      status: 'open',
      scoredAt,
      scoredBy: officer.personId,
    });
    return risk;
  });
}

/**
 * §9.3–§11 in the holding: last year's plan, approved, published and carried out; this year's
 * plan drafted with its measures (one done, one overdue), waiting for the first head's approval; the non-confidential risks on the public page /transparency/demo,
 * a quarterly report two quarters back (the last quarter's is due), and two proposals, one answered.
 */
export async function seedComplianceMitigationDemo(
  tx: EntityManager,
  holding: IOrganization,
  today: Date,
): Promise<void> {
  const officer = await demoActor(tx, holding, 'compliance_officer');
  const head = await demoActor(tx, holding, 'first_head');
  const day = kazakhstanDay(today);
  const year = Number(day.slice(0, 4));
  const risks = await demoRisks(tx, holding, officer, day);
  await tx.flush();
  const open = risks.filter((r) => r.status === 'open');
  const [first, second, third] = open;
  if (!first || !second) return;

  // Last year's plan: one measure on the first risk, done, and the risk re-scored after it.
  const last = await createMitigationPlan(tx, officer, year - 1, today);
  const lastMeasure = await addMitigationMeasure(
    tx,
    officer,
    last.id,
    {
      riskId: first.id,
      measure: 'Техникалық ерекшеліктерді екі тәуелсіз маманның келісуі',
      executorId: officer.personId,
      deadline: `${year - 1}-06-30`,
      completionForm: 'Бірінші басшының бұйрығы',
      linkedKpi: 'Екі маман келіскен техникалық ерекшеліктердің үлесі',
    },
    today,
  );
  await approveMitigationPlan(tx, head, last.id, today);
  await publishMitigationPlan(tx, officer, last.id, null, today);
  await reportMitigationMeasure(
    tx,
    officer,
    {
      id: lastMeasure.id,
      status: 'done',
      evidenceLink: 'https://example.kz/orders/2-tech-spec',
      doneOn: `${year - 1}-06-20`,
    },
    today,
  );
  const rescored = riskScore(3, 3, 5);
  Object.assign(first, {
    probability: 3,
    frequency: 3,
    impact: 5,
    score: rescored,
    level: riskLevel(rescored, 5),
  });
  tx.create(RiskScore, {
    id: newId(),
    organization: holding.id,
    risk: first,
    probability: 3,
    frequency: 3,
    impact: 5,
    score: rescored,
    level: riskLevel(rescored, 5),
    status: 'open',
    scoredAt: new Date(),
    scoredBy: officer.personId,
    reason: 'Шаралардан кейінгі қайта бағалау',
  });
  await tx.flush();

  // This year's plan, drafted and waiting for the first head: one measure done, one overdue, one ahead.
  const plan = await createMitigationPlan(tx, officer, year, today);
  const done = await addMitigationMeasure(
    tx,
    officer,
    plan.id,
    {
      riskId: second.id,
      measure: 'Конкурстық комиссия мүшелерінің мүдделер қақтығысы жоқтығы туралы мәлімдемесі',
      executorId: officer.personId,
      deadline: addCalendarDays(day, -20),
      completionForm: 'Комиссия отырысының хаттамасы',
      linkedKpi: 'Мәлімдеме берген комиссия мүшелерінің үлесі',
    },
    today,
  );
  await reportMitigationMeasure(
    tx,
    officer,
    {
      id: done.id,
      status: 'done',
      evidenceNote: 'Мәлімдемелер кадр қызметінде сақтаулы',
      doneOn: addCalendarDays(day, -25),
    },
    today,
  );
  await addMitigationMeasure(
    tx,
    officer,
    plan.id,
    {
      riskId: (third ?? first).id,
      measure: 'Орындалған жұмыстарды қабылдауды фотобекітумен жүргізу',
      executorId: head.personId,
      deadline: addCalendarDays(day, -10),
      completionForm: 'Қабылдау актісіне фотосуреттер қоса тіркеледі',
    },
    today,
  );
  await addMitigationMeasure(
    tx,
    officer,
    plan.id,
    {
      riskId: first.id,
      measure: 'Сатып алу бойынша оқыту және тест',
      executorId: officer.personId,
      deadline: addCalendarDays(day, 60),
      completionForm: 'Тест нәтижелері',
    },
    today,
  );

  // The public page: the non-confidential risks, a report two quarters back, two proposals.
  await setCompliancePublicPage(tx, officer, { slug: DEMO_PUBLIC_SLUG, enabled: true }, today);
  for (const risk of risks.filter((r) => r.confidentiality === 'none')) {
    await setRiskPublished(tx, officer, risk.id, true);
  }
  const reported = quarterNumbers(shiftQuarter(currentQuarter(today), -2));
  await publishQuarterlyReport(
    tx,
    officer,
    {
      ...reported,
      text: 'Жоспардың екі шарасы орындалды: техникалық ерекшеліктерді екі маман келіседі, комиссия мүшелері мүдделер қақтығысы жоқтығы туралы мәлімдеме береді.',
    },
    today,
  );
  const answered = await submitPublicProposal(
    tx,
    DEMO_PUBLIC_SLUG,
    { text: 'Сатып алу жоспарын жыл басында сайтта жариялаңыз.', contact: null },
    new Date(`${addCalendarDays(day, -30)}T05:00:00Z`),
  );
  await submitPublicProposal(
    tx,
    DEMO_PUBLIC_SLUG,
    {
      text: 'Жеткізушілерге арналған сенім телефонын шарттың өзінде көрсету керек.',
      contact: 'azamat@example.kz',
    },
    new Date(`${addCalendarDays(day, -3)}T05:00:00Z`),
  );
  const proposal = await tx.findOneOrFail(PublicProposal, { receipt: answered.receipt });
  await answerPublicProposal(
    tx,
    officer,
    {
      id: proposal.id,
      decision: 'accepted',
      answer: 'Қабылданды: сатып алу жоспары келесі жылдан бастап қаңтарда жарияланады.',
    },
    today,
  );
}
