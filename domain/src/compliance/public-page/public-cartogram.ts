import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText } from '../../kernel/locale.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { Position } from '../../org/position.entity.js';
import { MitigationMeasure, type MeasureStatus } from '../mitigation/mitigation.entity.js';
import { Risk, type RiskLevel, type RiskRegister } from '../risks/risk.entity.js';
import { PublicProposal, QuarterlyReport, type ProposalStatus } from './public-page.entity.js';
import { enabledPublicPage } from './proposals.js';

export interface PublicRisk {
  number: number;
  register: RiskRegister;
  processOrDocument: string;
  scheme: string;
  level: RiskLevel;
  score: number;
  /** The posts this risk names, by their titles. */
  positions: LocalizedText[];
}

export interface PublicMeasure {
  riskNumber: number;
  measure: string;
  deadline: CalendarDay;
  completionForm: string;
  status: MeasureStatus;
  doneOn: CalendarDay | null;
  overdue: boolean;
}

export interface PublicCartogram {
  organizationName: LocalizedText;
  /** §11: the published risks, ranked: the highest score first. */
  risks: PublicRisk[];
  /** §11: the posts exposed to corruption risks. */
  exposedPositions: LocalizedText[];
  /** §9.4: the published plans' measures against the published risks, with their progress. */
  measures: PublicMeasure[];
  /** §9.5: the quarterly reports, the latest first. */
  reports: { year: number; quarter: number; text: string; publishedOn: CalendarDay }[];
  /** §9.5: the proposals answered, with their answers (never the author's contact). */
  proposals: { text: string; status: ProposalStatus; answer: string; answeredOn: CalendarDay }[];
}

function localized(text: string, texts: Partial<LocalizedText> | null | undefined): LocalizedText {
  return { kk: texts?.kk ?? text, ru: texts?.ru ?? text, en: texts?.en ?? text };
}

/**
 * §9.4–§11: what the organisation shows the public, by its page's slug, to anyone: the ranked
 * published risks (never a confidential or unpublished one), the risk-exposed posts, the progress
 * of the published plans' measures on those risks, the quarterly reports and the answered
 * proposals. A page turned off or unknown is NOT_FOUND.
 */
export async function publicCartogram(em: EntityManager, slug: string, now: Date): Promise<PublicCartogram> {
  const page = await enabledPublicPage(em, slug);
  const organization = page.organization;
  const org = organization.id;
  const noFilters = { filters: false } as const;
  const risks = await em.find(
    Risk,
    { organization: org, published: true, confidentiality: 'none', status: { $ne: 'retired' } },
    { ...noFilters, orderBy: { score: 'desc', number: 'asc' } },
  );
  const riskIds = risks.map((r) => r.id);
  const namedIds = [...new Set(risks.flatMap((r) => r.positionIds))];
  const positions = await em.find(
    Position,
    { organization: org, $or: [{ exposedToCorruptionRisk: true }, { id: { $in: namedIds } }] },
    { ...noFilters, orderBy: { title: 'asc' } },
  );
  const titleOf = new Map(positions.map((p) => [p.id, localized(p.title, p.titles)]));
  const measures =
    riskIds.length === 0
      ? []
      : await em.find(
          MitigationMeasure,
          { organization: org, risk: { $in: riskIds }, plan: { publishedAt: { $ne: null } } },
          { ...noFilters, populate: ['risk'], orderBy: { risk: { number: 'asc' }, deadline: 'asc' } },
        );
  const reports = await em.find(
    QuarterlyReport,
    { organization: org },
    { ...noFilters, orderBy: { year: 'desc', quarter: 'desc' } },
  );
  const proposals = await em.find(
    PublicProposal,
    { organization: org, status: { $ne: 'new' } },
    { ...noFilters, orderBy: { answeredAt: 'desc' } },
  );
  const today = kazakhstanDay(now);
  return {
    organizationName: localized(organization.name, organization.names),
    risks: risks.map((r) => ({
      number: r.number,
      register: r.register,
      processOrDocument: r.processOrDocument,
      scheme: r.scheme,
      level: r.level,
      score: r.score,
      positions: r.positionIds.flatMap((id) => titleOf.get(id) ?? []),
    })),
    exposedPositions: positions.map((p) => titleOf.get(p.id)!),
    measures: measures.map((m) => ({
      riskNumber: m.risk.number,
      measure: m.measure,
      deadline: toDay(m.deadline),
      completionForm: m.completionForm,
      status: m.status,
      doneOn: m.doneOn ? toDay(m.doneOn) : null,
      overdue: m.status !== 'done' && toDay(m.deadline) < today,
    })),
    reports: reports.map((r) => ({
      year: r.year,
      quarter: r.quarter,
      text: r.text,
      publishedOn: kazakhstanDay(r.publishedAt),
    })),
    proposals: proposals.map((p) => ({
      text: p.text,
      status: p.status,
      answer: p.answer ?? '',
      answeredOn: kazakhstanDay(p.answeredAt ?? p.submittedAt),
    })),
  };
}
