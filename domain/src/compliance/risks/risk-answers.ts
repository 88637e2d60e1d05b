import type { EntityManager } from '@mikro-orm/postgresql';
import { CULTURE_PLANNERS } from '../../culture/culture-roles.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import type { RoleCode } from '../../kernel/roles.js';
import { isUuid } from '../../org/org-queries.js';
import { TRAINING_MANAGERS } from '../../training/training-roles.js';
import { COMPLIANCE_READERS } from '../compliance-roles.js';
import { Risk, type RiskStatus } from './risk.entity.js';
import { riskCode } from './risk-view.js';

/** At most this many risks are named by one activity or assignment. */
export const MAX_ANSWERED_RISKS = 50;

/**
 * §9.1, §34–§35: the register's risks a culture-plan activity or a training assignment answers,
 * checked: risks of the organisation only (another's or an unknown id is a VALIDATION error on
 * `field`), each once.
 */
export async function checkedRiskIds(
  em: EntityManager,
  organizationId: string,
  ids: readonly string[] | null | undefined,
  field = 'riskIds',
): Promise<string[]> {
  const unique = [...new Set(ids ?? [])];
  if (unique.length === 0) return [];
  if (unique.length > MAX_ANSWERED_RISKS || !unique.every(isUuid))
    throw ValidationError.because('compliance.risk.answeredUnknown', { field });
  const known = await em.count(Risk, { id: { $in: unique }, organization: organizationId });
  if (known !== unique.length) throw ValidationError.because('compliance.risk.answeredUnknown', { field });
  return unique;
}

/**
 * §9.1, §34–§35: who may choose the risks an activity or an assignment answers — the register's
 * readers and those who plan culture activities and manage training assignments.
 */
export const RISK_CHOOSERS: readonly RoleCode[] = [
  ...new Set([...COMPLIANCE_READERS, ...CULTURE_PLANNERS, ...TRAINING_MANAGERS]),
];

/** A risk as it is named by what answers it: its number and process, none of its scheme. */
export interface RiskChoice {
  id: string;
  number: number;
  /** № 7 */
  code: string;
  processOrDocument: string;
  status: RiskStatus;
}

const MAX_CHOICES = 100;
const MAX_SEARCH = 100;

interface ChoiceRow {
  id: string;
  number: number;
  process_or_document: string;
  status: RiskStatus;
}

const choiceOf = (row: ChoiceRow): RiskChoice => ({
  id: row.id,
  number: row.number,
  code: riskCode(row.number),
  processOrDocument: row.process_or_document,
  status: row.status,
});

/**
 * §9.1, §34–§35: the open risks of the organisation to name as answered, by number, searched by
 * number (№ 7 or 7) or in the process or document; with them the risks of `ids` whatever their
 * status, so that those already named keep their label. Never the scheme or who is exposed.
 */
export async function riskChoices(
  em: EntityManager,
  actor: Actor,
  filter: { search?: string | null; ids?: readonly string[] | null } = {},
): Promise<RiskChoice[]> {
  requireAnyRole(actor, RISK_CHOOSERS, 'choose the risks an activity or a training answers');
  const search = (filter.search ?? '').trim();
  if (search.length > MAX_SEARCH)
    throw ValidationError.because('compliance.risk.textTooLong', { field: 'search', max: MAX_SEARCH });
  const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const number = /^(?:№|r-?)?\s*(\d{1,9})$/i.exec(search)?.[1] ?? null;
  const ids = (filter.ids ?? []).filter(isUuid).slice(0, MAX_ANSWERED_RISKS);
  const rows = await em.execute<ChoiceRow[]>(
    `(select id, number, process_or_document, status from compliance_risk
       where organization_id = ? and status = 'open'
         and (? = '' or process_or_document ilike ? or number = cast(? as int))
       order by number limit ?)
     union
     (select id, number, process_or_document, status from compliance_risk
       where organization_id = ? and id = any(cast(? as uuid[])))
     order by number`,
    [actor.organizationId, search, like, number, MAX_CHOICES, actor.organizationId, `{${ids.join(',')}}`],
  );
  return rows.map(choiceOf);
}

/**
 * The risks of `ids` in the organisation, as named by what answers them (null for an id not of
 * its register): one query for a whole list of activities or assignments.
 */
export async function riskChoicesByIds(
  em: EntityManager,
  organizationId: string,
  ids: readonly string[],
): Promise<(RiskChoice | null)[]> {
  const known = ids.filter(isUuid);
  const rows =
    known.length === 0
      ? []
      : await em.execute<ChoiceRow[]>(
          `select id, number, process_or_document, status from compliance_risk
            where organization_id = ? and id = any(cast(? as uuid[]))`,
          [organizationId, `{${known.join(',')}}`],
        );
  const byId = new Map(rows.map((row) => [row.id, choiceOf(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}
