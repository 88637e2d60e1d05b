import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { HotlineReport, type HotlineCategory } from '../../hotline/cases/hotline-report.entity.js';
import { formatCaseNumber } from '../../hotline/cases/case-number.js';
import {
  ConflictRegisterEntry,
  type ConflictSource,
} from '../../declarations/register/conflict-register-entry.entity.js';
import { SelfAssessmentFinding, type FindingSeverity } from '../self-assessment/self-assessment.entity.js';
import { COMPLIANCE_KEEPERS } from '../compliance-roles.js';
import { AssessmentAnswer } from '../programme/programme.entity.js';
import { Risk, type RiskRegister, type RiskSource } from './risk.entity.js';
import { riskCode } from './risk-view.js';

/**
 * §9.1, §11: the records a risk may be proposed from — a substantiated hotline case (§69), a settled
 * conflict of interest (§14–§15), a finding of the internal audit, the quarterly self-assessment
 * (§73), and a finding of the initial internal assessment (§64). The risk keeps the record's kind
 * and id, never its content.
 */
export const RISK_SOURCE_KINDS = [
  'hotline_case',
  'conflict_case',
  'audit_finding',
  'assessment_finding',
] as const;
export type RiskSourceKind = (typeof RISK_SOURCE_KINDS)[number];

const SOURCE_OF_KIND: Record<RiskSourceKind, RiskSource> = {
  hotline_case: 'hotline',
  conflict_case: 'conflict_of_interest',
  audit_finding: 'audit',
  assessment_finding: 'internal_analysis',
};

export const isRiskSourceKind = (value: string): value is RiskSourceKind =>
  (RISK_SOURCE_KINDS as readonly string[]).includes(value);

/**
 * A risk drafted from a source: what the officer's form opens with. Built only from the source's
 * attributes that carry no content (a case's category and number, a conflict's origin and the
 * post concerned, a finding's process, quarter and severity) — never what a reporter wrote, the
 * messages, the findings' text, a person's name or what a declaration says.
 */
export interface RiskProposal {
  register: RiskRegister;
  processOrDocument: LocalizedText;
  scheme: LocalizedText;
  positionIds: string[];
  source: RiskSource;
  sourceKind: RiskSourceKind;
  sourceId: string;
  /** The source as people refer to it: HL-2026-0007, the conflict's case number or settlement day, 2026-Q3 · the process. */
  sourceReference: string;
}

const CATEGORY: Record<HotlineCategory, LocalizedText> = {
  policy_violation: {
    kk: 'ішкі саясаттың бұзылуы',
    ru: 'нарушение внутренней политики',
    en: 'a breach of internal policy',
  },
  law_violation: { kk: 'заңның бұзылуы', ru: 'нарушение закона', en: 'a breach of the law' },
  criminal_offence: {
    kk: 'қылмыстық құқық бұзушылық',
    ru: 'уголовное правонарушение',
    en: 'a criminal offence',
  },
  corruption: { kk: 'сыбайлас жемқорлық', ru: 'коррупция', en: 'corruption' },
  reporting_transparency: {
    kk: 'есептіліктің ашықтығы',
    ru: 'прозрачность отчётности',
    en: 'transparency of reporting',
  },
  conflict_of_interest: { kk: 'мүдделер қақтығысы', ru: 'конфликт интересов', en: 'a conflict of interest' },
  other: { kk: 'басқа мәселе', ru: 'иное нарушение', en: 'another matter' },
};

const CONFLICT_ORIGIN: Record<ConflictSource, LocalizedText> = {
  notification: {
    kk: 'қызметкердің хабарламасы',
    ru: 'уведомление работника',
    en: "an employee's notification",
  },
  campaign: { kk: 'декларациялау науқаны', ru: 'кампания декларирования', en: 'a declaration campaign' },
  quarterly_analysis: { kk: 'тоқсандық талдау', ru: 'ежеквартальный анализ', en: 'the quarterly analysis' },
  audit: { kk: 'тексеру', ru: 'проверка', en: 'an audit' },
  hotline: { kk: 'сенім телефоны', ru: 'горячая линия', en: 'the hotline' },
};

const SEVERITY: Record<FindingSeverity, LocalizedText> = {
  low: { kk: 'елеусіз', ru: 'незначительное', en: 'a minor' },
  medium: { kk: 'орташа', ru: 'умеренное', en: 'a moderate' },
  high: { kk: 'елеулі', ru: 'существенное', en: 'a serious' },
};

/** dd.mm.yyyy, as Kazakh and Russian write a day. */
const dotted = (day: string): string => day.split('-').reverse().join('.');

const dayOf = (value: Date | string): string =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * A conflict as people refer to it: its case number (a notification's case) or else the day it was
 * settled (identified, while not settled).
 */
async function conflictReferences(
  em: EntityManager,
  organizationId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = await em.execute<
    { id: string; number: string | null; settled_on: string | Date | null; identified_on: string | Date }[]
  >(
    `select e.id, c.number, e.settled_on, e.identified_on
       from conflict_register_entry e
       left join conflict_of_interest_case c on e.source = 'notification' and c.id = e.source_id
      where e.organization_id = ? and e.id = any(?::uuid[])`,
    [organizationId, `{${ids.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.id, r.number ?? dotted(dayOf(r.settled_on ?? r.identified_on))]));
}

async function hotlineProposal(em: EntityManager, actor: Actor, id: string): Promise<RiskProposal> {
  const report = isUuid(id)
    ? await em.findOne(
        HotlineReport,
        { id, organization: actor.organizationId },
        { fields: ['id', 'number', 'receivedAt', 'category', 'status', 'outcome'] },
      )
    : null;
  if (!report) throw NotFoundError.forId('HotlineReport', id);
  // §69, §9.1: only a case checked and closed with the report (wholly or partly) confirmed is a fact to map.
  const confirmed = report.outcome === 'substantiated' || report.outcome === 'partly_substantiated';
  if (report.status !== 'closed' || !confirmed)
    throw ValidationError.because('compliance.risk.proposal.caseNotSubstantiated', { field: 'sourceId' });
  const reference = formatCaseNumber(report.number, report.receivedAt);
  const category = CATEGORY[report.category];
  const partly = report.outcome === 'partly_substantiated';
  return {
    register: 'activity',
    processOrDocument: {
      kk: `Сенім телефоны ісі ${reference} қозғаған процесс (нақтылаңыз)`,
      ru: `Процесс, затронутый делом горячей линии ${reference} (уточните)`,
      en: `The process hotline case ${reference} concerns (to be specified)`,
    },
    scheme: {
      kk: `${partly ? 'Ішінара расталған' : 'Расталған'} хабарлама (санаты: ${category.kk}) бұл тәуекелдің іске асуы мүмкін екенін көрсетті. Схеманы істің мәліметтерінсіз сипаттаңыз.`,
      ru: `${partly ? 'Частично подтверждённое' : 'Подтверждённое'} сообщение (категория: ${category.ru}) показало, что этот риск может реализоваться. Опишите схему без подробностей дела.`,
      en: `A ${partly ? 'partly ' : ''}substantiated report (category: ${category.en}) showed this risk can be realised. Describe the scheme without the details of the case.`,
    },
    positionIds: [],
    source: SOURCE_OF_KIND.hotline_case,
    sourceKind: 'hotline_case',
    sourceId: report.id,
    sourceReference: reference,
  };
}

async function conflictProposal(em: EntityManager, actor: Actor, id: string): Promise<RiskProposal> {
  const entry = isUuid(id)
    ? await em.findOne(
        ConflictRegisterEntry,
        { id, organization: actor.organizationId },
        { fields: ['id', 'source', 'status', 'settledOn', 'identifiedOn', 'person'] },
      )
    : null;
  if (!entry) throw NotFoundError.forId('ConflictRegisterEntry', id);
  if (entry.status !== 'settled' || !entry.settledOn)
    throw ValidationError.because('compliance.risk.proposal.conflictNotSettled', { field: 'sourceId' });
  // §4.14, §11: the post the conflict arose in is a post exposed to the risk; the person is not named.
  const person = await em.findOne(
    Person,
    { id: entry.person.id, organization: actor.organizationId },
    { populate: ['position'], fields: ['id', 'position.id', 'position.title', 'position.titles'] },
  );
  const position = person?.position ?? null;
  const post = position ? localizedName(position.titles, position.title) : null;
  const origin = CONFLICT_ORIGIN[entry.source];
  const settled = dotted(dayOf(entry.settledOn));
  const reference = (await conflictReferences(em, actor.organizationId, [entry.id])).get(entry.id) ?? settled;
  return {
    register: 'activity',
    processOrDocument: post ?? {
      kk: 'Мүдделер қақтығысы туындаған процесс (нақтылаңыз)',
      ru: 'Процесс, в котором возник конфликт интересов (уточните)',
      en: 'The process the conflict of interest arose in (to be specified)',
    },
    scheme: {
      kk: `Қызметкердің жеке мүддесі қызметтік міндеттерімен қайшы келді (анықталған көзі: ${origin.kk}); қақтығыс ${settled} реттелді. Тәуекелдің қалай іске асуы мүмкін екенін сипаттаңыз.`,
      ru: `Личный интерес работника вступил в противоречие с его должностными обязанностями (выявлено: ${origin.ru}); конфликт урегулирован ${settled}. Опишите, как риск может реализоваться.`,
      en: `An employee's private interest conflicted with official duties (brought to light by ${origin.en}); the conflict was settled on ${settled}. Describe how the risk could be realised.`,
    },
    positionIds: position ? [position.id] : [],
    source: SOURCE_OF_KIND.conflict_case,
    sourceKind: 'conflict_case',
    sourceId: entry.id,
    sourceReference: reference,
  };
}

async function findingProposal(em: EntityManager, actor: Actor, id: string): Promise<RiskProposal> {
  const finding = isUuid(id)
    ? await em.findOne(
        SelfAssessmentFinding,
        { id, organization: actor.organizationId },
        { populate: ['drawnProcess.process', 'drawnProcess.assessment'] },
      )
    : null;
  if (!finding) throw NotFoundError.forId('SelfAssessmentFinding', id);
  const process = finding.drawnProcess.process;
  const name = localizedName(process.names, process.name);
  const quarter = finding.drawnProcess.assessment.quarter;
  const [year, n] = quarter.split('-Q');
  const named: LocalizedText = {
    kk: `${year} ж. ${n} тоқсандағы`,
    ru: `за ${n} квартал ${year}`,
    en: `Q${n} ${year}`,
  };
  const severity = SEVERITY[finding.severity];
  return {
    register: 'activity',
    processOrDocument: name,
    scheme: {
      kk: `${named.kk} өзін-өзі бағалау осы процесте ${severity.kk} олқылық анықтады. Тәуекелдің қалай іске асуы мүмкін екенін сипаттаңыз.`,
      ru: `Самооценка ${named.ru} выявила в этом процессе ${severity.ru} упущение. Опишите, как риск может реализоваться.`,
      en: `The self-assessment of ${named.en} found ${severity.en} gap in this process. Describe how the risk could be realised.`,
    },
    positionIds: [],
    source: SOURCE_OF_KIND.audit_finding,
    sourceKind: 'audit_finding',
    sourceId: finding.id,
    sourceReference: `${quarter} · ${process.name}`,
  };
}

/** §64.N · year: an answer of the initial assessment as people refer to it. */
const assessmentReference = (aspect: number, year: number): string => `§64.${aspect} · ${year}`;

/**
 * §64: a finding of the initial assessment, the compliance service's own words on one aspect: it
 * becomes the scheme to complete, the process left for the officer to name.
 */
async function assessmentProposal(em: EntityManager, actor: Actor, id: string): Promise<RiskProposal> {
  const answer = isUuid(id)
    ? await em.findOne(
        AssessmentAnswer,
        { id, organization: actor.organizationId },
        { populate: ['assessment'] },
      )
    : null;
  if (!answer) throw NotFoundError.forId('AssessmentAnswer', id);
  const reference = assessmentReference(answer.aspect, answer.assessment.year);
  return {
    register: 'activity',
    processOrDocument: {
      kk: `Бастапқы бағалаудың ${reference} аспектісі қозғаған процесс (нақтылаңыз)`,
      ru: `Процесс, затронутый аспектом ${reference} первичной оценки (уточните)`,
      en: `The process aspect ${reference} of the initial assessment concerns (to be specified)`,
    },
    scheme: { kk: answer.finding, ru: answer.finding, en: answer.finding },
    positionIds: [],
    source: SOURCE_OF_KIND.assessment_finding,
    sourceKind: 'assessment_finding',
    sourceId: answer.id,
    sourceReference: reference,
  };
}

/** The source checked: of the organisation (else NOT_FOUND) and fit to propose a risk (else VALIDATION). */
export async function sourceProposal(
  em: EntityManager,
  actor: Actor,
  sourceKind: string,
  sourceId: string,
): Promise<RiskProposal> {
  if (!isRiskSourceKind(sourceKind))
    throw ValidationError.because('compliance.risk.sourceReference', { field: 'sourceKind' });
  if (sourceKind === 'hotline_case') return hotlineProposal(em, actor, sourceId);
  if (sourceKind === 'conflict_case') return conflictProposal(em, actor, sourceId);
  if (sourceKind === 'assessment_finding') return assessmentProposal(em, actor, sourceId);
  return findingProposal(em, actor, sourceId);
}

/** One source proposes at most one risk: the risk already drawn from it is a CONFLICT naming its number. */
export async function refuseSecondRisk(
  em: EntityManager,
  organizationId: string,
  sourceKind: string,
  sourceId: string,
  exceptRiskId: string | null,
): Promise<void> {
  const existing = await em.findOne(
    Risk,
    {
      organization: organizationId,
      sourceKind,
      sourceId,
      ...(exceptRiskId ? { id: { $ne: exceptRiskId } } : {}),
    },
    { fields: ['id', 'number'] },
  );
  if (existing)
    throw ConflictError.because('compliance.risk.proposal.alreadyProposed', {
      code: riskCode(existing.number),
    });
}

/**
 * §9.1, §11 — the closed loop: a risk drafted from a substantiated and closed hotline case, a
 * settled conflict of interest or a self-assessment finding, for the officer to complete and
 * save. The draft carries the source's kind, id and reference, none of its content. A source a
 * risk was already drawn from is a CONFLICT naming that risk.
 */
export async function riskProposal(
  em: EntityManager,
  actor: Actor,
  input: { sourceKind: string; sourceId: string },
): Promise<RiskProposal> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'propose a risk from a case or a finding');
  const proposal = await sourceProposal(em, actor, input.sourceKind, input.sourceId);
  await refuseSecondRisk(em, actor.organizationId, proposal.sourceKind, proposal.sourceId, null);
  return proposal;
}

/** The references of the sources of the given risks (HL-2026-0007…), by `kind:id`. */
export async function sourceReferences(
  em: EntityManager,
  organizationId: string,
  links: readonly { sourceKind: string | null; sourceId: string | null }[],
): Promise<Map<string, string>> {
  const ids = (kind: RiskSourceKind) => [
    ...new Set(links.filter((l) => l.sourceKind === kind && l.sourceId).map((l) => l.sourceId!)),
  ];
  const references = new Map<string, string>();
  const hotline = ids('hotline_case');
  if (hotline.length > 0) {
    const reports = await em.find(
      HotlineReport,
      { id: { $in: hotline }, organization: organizationId },
      { fields: ['id', 'number', 'receivedAt'] },
    );
    for (const r of reports) references.set(`hotline_case:${r.id}`, formatCaseNumber(r.number, r.receivedAt));
  }
  const conflicts = ids('conflict_case');
  if (conflicts.length > 0) {
    for (const [id, reference] of await conflictReferences(em, organizationId, conflicts))
      references.set(`conflict_case:${id}`, reference);
  }
  const findings = ids('audit_finding');
  if (findings.length > 0) {
    const found = await em.find(
      SelfAssessmentFinding,
      { id: { $in: findings }, organization: organizationId },
      { populate: ['drawnProcess.process', 'drawnProcess.assessment'] },
    );
    for (const f of found)
      references.set(
        `audit_finding:${f.id}`,
        `${f.drawnProcess.assessment.quarter} · ${f.drawnProcess.process.name}`,
      );
  }
  const answers = ids('assessment_finding');
  if (answers.length > 0) {
    const found = await em.find(
      AssessmentAnswer,
      { id: { $in: answers }, organization: organizationId },
      { populate: ['assessment'] },
    );
    for (const a of found)
      references.set(`assessment_finding:${a.id}`, assessmentReference(a.aspect, a.assessment.year));
  }
  return references;
}
