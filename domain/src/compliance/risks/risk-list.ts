import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { checkedPage } from '../../kernel/paging.js';
import { isUuid } from '../../org/org-queries.js';
import { COMPLIANCE_READERS } from '../compliance-roles.js';
import { riskRows } from './risk-rows.js';
import {
  RISK_LEVELS,
  RISK_REGISTERS,
  RISK_SOURCES,
  RISK_STATUSES,
  type RiskLevel,
  type RiskRegister,
  type RiskSource,
  type RiskStatus,
} from './risk.entity.js';
import type { RiskView } from './risk-view.js';

export const MAX_RISK_PAGE = 100;
const MAX_SEARCH = 100;

export interface RiskFilter {
  register?: RiskRegister | null;
  level?: RiskLevel | null;
  source?: RiskSource | null;
  status?: RiskStatus | null;
  search?: string | null;
  positionId?: string | null;
  procurement?: boolean | null;
  limit?: number | null;
  offset?: number | null;
}

export interface RiskPage {
  total: number;
  rows: RiskView[];
}

function checked<T extends string>(
  values: readonly T[],
  value: string | null | undefined,
  field: string,
): T | null {
  if (!value) return null;
  if ((values as readonly string[]).includes(value)) return value as T;
  throw ValidationError.because('compliance.risk.unknownValue', { field });
}

/**
 * §11: the register ranked — by score, highest first, then by number — filtered by register, level
 * band, source, status, exposed post and procurement (§46), searched in the process or document
 * and the scheme; a page at a time, in one statement.
 */
export async function listRisks(em: EntityManager, actor: Actor, filter: RiskFilter = {}): Promise<RiskPage> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the risk register');
  const { limit, offset } = checkedPage(filter, { max: MAX_RISK_PAGE, defaultLimit: 25 });
  const register = checked(RISK_REGISTERS, filter.register, 'register');
  const level = checked(RISK_LEVELS, filter.level, 'level');
  const source = checked(RISK_SOURCES, filter.source, 'source');
  const status = checked(RISK_STATUSES, filter.status, 'status');
  const positionId = filter.positionId || null;
  if (positionId && !isUuid(positionId)) return { total: 0, rows: [] };
  const search = (filter.search ?? '').trim();
  if (search.length > MAX_SEARCH)
    throw ValidationError.because('compliance.risk.textTooLong', { field: 'search', max: MAX_SEARCH });
  const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const number = /^(?:№|r-?)?\s*(\d{1,9})$/i.exec(search)?.[1] ?? null;
  const procurement = filter.procurement ?? null;
  return riskRows(
    em,
    actor.organizationId,
    `(cast(? as text) is null or r.register = ?)
     and (cast(? as text) is null or r.level = ?)
     and (cast(? as text) is null or r.source = ?)
     and (cast(? as text) is null or r.status = ?)
     and (cast(? as text) is null or ? = any(r.position_ids))
     and (cast(? as boolean) is null or r.procurement = ?)
     and (? = '' or r.process_or_document ilike ? or r.scheme ilike ? or r.number = cast(? as int))`,
    [
      register,
      register,
      level,
      level,
      source,
      source,
      status,
      status,
      positionId,
      positionId,
      procurement,
      procurement,
      search,
      like,
      like,
      number,
    ],
    'order by r.score desc, r.number asc limit ? offset ?',
    [limit, offset],
  );
}

export interface RiskPositionChoice {
  id: string;
  title: string;
  /** The title in each interface language; `title` where the organisation gave no translation. */
  titles: LocalizedText;
  /** §14, §71: the post is marked exposed to corruption risk in the staff records. */
  exposed: boolean;
}

/** §4.14, §11: the organisation's posts to link to a risk, the exposed ones first. */
export async function riskPositionChoices(em: EntityManager, actor: Actor): Promise<RiskPositionChoice[]> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the risk register');
  const rows = await em.execute<
    { id: string; title: string; titles: Partial<LocalizedText> | null; exposed: boolean }[]
  >(
    `select id, title, titles, exposed_to_corruption_risk as exposed from position
      where organization_id = ? order by exposed_to_corruption_risk desc, title`,
    [actor.organizationId],
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    titles: localizedName(r.titles, r.title),
    exposed: r.exposed,
  }));
}
