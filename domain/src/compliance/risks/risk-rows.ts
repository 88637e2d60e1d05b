import type { EntityManager } from '@mikro-orm/postgresql';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import type { RiskView } from './risk-view.js';
import { riskCode } from './risk-view.js';
import { sourceReferences } from './risk-source.js';

interface Row {
  id: string;
  number: number;
  register: RiskView['register'];
  process_or_document: string;
  scheme: string;
  positions: { id: string; title: string; titles: Partial<LocalizedText> | null }[];
  probability: number;
  frequency: number;
  impact: number;
  score: number;
  level: RiskView['level'];
  source: RiskView['source'];
  source_kind: string | null;
  source_id: string | null;
  answered_by: RiskView['answeredBy'];
  confidentiality: RiskView['confidentiality'];
  procurement: boolean;
  last_reviewed_on: string | Date | null;
  status: RiskView['status'];
  version: number;
  updated_at: string | Date;
  total: string | number;
}

const day = (value: string | Date | null): string | null =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * The columns of a risk with its exposed posts (titles by a subquery, so a page is one statement)
 * and the count of all rows the where clause finds.
 */
export const RISK_COLUMNS = `r.id, r.number, r.register, r.process_or_document, r.scheme,
  (select coalesce(json_agg(json_build_object('id', po.id, 'title', po.title, 'titles', po.titles) order by po.title), '[]'::json)
     from position po where po.organization_id = r.organization_id and po.id::text = any(r.position_ids)) as positions,
  r.probability, r.frequency, r.impact, r.score, r.level, r.source, r.source_kind, r.source_id,
  (select coalesce(json_agg(answer order by answer->>'kind', answer->'title'->>'en'), '[]'::json) from (
     select json_build_object('kind', 'culture_activity', 'id', a.id,
              'title', json_build_object('kk', a.title, 'ru', a.title, 'en', a.title)) as answer
       from culture_activity a where a.organization_id = r.organization_id and r.id::text = any(a.risk_ids)
     union all
     select json_build_object('kind', 'training_assignment', 'id', s.id, 'title', c.title)
       from assignment s join course c on c.id = s.course_id
      where s.organization_id = r.organization_id and s.active and r.id::text = any(s.risk_ids)) answers) as answered_by,
  r.confidentiality, r.procurement, r.last_reviewed_on, r.status, r.version, r.updated_at,
  count(*) over () as total`;

export function riskOfRow(row: Row): RiskView {
  return {
    id: row.id,
    number: row.number,
    code: riskCode(row.number),
    register: row.register,
    processOrDocument: row.process_or_document,
    scheme: row.scheme,
    positions: row.positions.map((p) => ({
      id: p.id,
      title: p.title,
      titles: localizedName(p.titles, p.title),
    })),
    probability: row.probability,
    frequency: row.frequency,
    impact: row.impact,
    score: row.score,
    level: row.level,
    source: row.source,
    sourceKind: row.source_kind,
    sourceId: row.source_id,
    sourceReference: null,
    answeredBy: row.answered_by,
    confidentiality: row.confidentiality,
    procurement: row.procurement,
    lastReviewedOn: day(row.last_reviewed_on),
    status: row.status,
    version: row.version,
    updatedAt: new Date(row.updated_at),
  };
}

/** Risks of the organisation the `where` (over alias r) finds, in one statement, with the total. */
export async function riskRows(
  em: EntityManager,
  organizationId: string,
  where: string,
  params: unknown[],
  tail: string,
  tailParams: unknown[] = [],
): Promise<{ total: number; rows: RiskView[] }> {
  const rows = await em.execute<Row[]>(
    `select ${RISK_COLUMNS} from compliance_risk r where r.organization_id = ? and (${where}) ${tail}`,
    [organizationId, ...params, ...tailParams],
  );
  const risks = rows.map(riskOfRow);
  const references = await sourceReferences(em, organizationId, risks);
  for (const risk of risks)
    risk.sourceReference = references.get(`${risk.sourceKind}:${risk.sourceId}`) ?? null;
  return { total: rows[0] ? Number(rows[0].total) : 0, rows: risks };
}
