import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError, NotFoundError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { toDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { bindNamed } from '../../training/assignments/enrolment-status.js';
import { DeclarationCampaign, type IDeclarationCampaign } from './campaign.entity.js';
import { CAMPAIGN_PROGRESS_READERS } from './campaign-roles.js';
import {
  DECLARATION_STATUS_SQL,
  DECLARATION_STATUSES,
  type DeclarationStatus,
} from './declaration-status.js';

export interface ProgressCounts {
  total: number;
  submitted: number;
  pending: number;
  overdue: number;
  /** Not submitted by the time the campaign closed. */
  missed: number;
}

export interface UnitProgress extends ProgressCounts {
  orgUnitId: string;
  names: LocalizedText;
  /** Whether the unit has units under it holding declarants, to drill down into. */
  hasChildren: boolean;
}

export interface CampaignProgress {
  campaign: IDeclarationCampaign;
  /** The unit drilled into; null: the whole campaign. */
  orgUnitId: string | null;
  totals: ProgressCounts;
  /** The units right under it, each counting its whole subtree; only those with declarants. */
  units: UnitProgress[];
}

interface CountsRow {
  total: string | number;
  submitted: string | number;
  pending: string | number;
  overdue: string | number;
  missed: string | number;
}

function counts(row: CountsRow | undefined): ProgressCounts {
  return {
    total: Number(row?.total ?? 0),
    submitted: Number(row?.submitted ?? 0),
    pending: Number(row?.pending ?? 0),
    overdue: Number(row?.overdue ?? 0),
    missed: Number(row?.missed ?? 0),
  };
}

const COUNT_COLUMNS = `count(d.id) as total,
  count(d.id) filter (where d.status = 'submitted') as submitted,
  count(d.id) filter (where d.status = 'pending') as pending,
  count(d.id) filter (where d.status = 'overdue') as overdue,
  count(d.id) filter (where d.status = 'missed') as missed`;

/** The campaign's declarations with their status and their unit's path. */
const DECLARATIONS_SQL = `select d.id, d.person_id, d.org_unit_id, u.path, ${DECLARATION_STATUS_SQL} as status
    from campaign_declaration d
    join declaration_campaign c on c.id = d.campaign_id
    left join org_unit u on u.id = d.org_unit_id
   where d.campaign_id = cast(:campaign as uuid)`;

export async function findCampaign(
  em: EntityManager,
  actor: Actor,
  campaignId: string,
): Promise<IDeclarationCampaign> {
  const campaign = isUuid(campaignId)
    ? await em.findOne(DeclarationCampaign, { id: campaignId, organization: actor.organizationId })
    : null;
  if (!campaign) throw NotFoundError.forId('DeclarationCampaign', campaignId);
  return campaign;
}

async function scopeUnit(em: EntityManager, actor: Actor, orgUnitId: string | null | undefined) {
  if (!orgUnitId) return null;
  const unit = isUuid(orgUnitId)
    ? await em.findOne(OrgUnit, { id: orgUnitId, organization: actor.organizationId })
    : null;
  if (!unit) throw ValidationError.because('org.unknownOrgUnit', { field: 'orgUnitId' });
  return unit;
}

/**
 * §72.2: where a campaign stands, submitted / pending / overdue, for the campaign or one unit's
 * subtree, with the units right under it to drill down into.
 */
export async function declarationCampaignProgress(
  em: EntityManager,
  actor: Actor,
  campaignId: string,
  orgUnitId: string | null = null,
  now: Date = new Date(),
): Promise<CampaignProgress> {
  requireAnyRole(actor, CAMPAIGN_PROGRESS_READERS, "follow a declaration campaign's progress");
  const campaign = await findCampaign(em, actor, campaignId);
  const unit = await scopeUnit(em, actor, orgUnitId);
  const values = {
    campaign: campaign.id,
    today: kazakhstanDay(now),
    scope: unit?.path ?? null,
    parent: unit?.id ?? null,
    organization: actor.organizationId,
  };
  const totals = bindNamed(
    `select ${COUNT_COLUMNS} from (${DECLARATIONS_SQL}) d
      where cast(:scope as text) is null or d.path like :scope || '%'`,
    values,
  );
  const [totalRow] = await em.execute<CountsRow[]>(totals.sql, totals.params);
  const perUnit = bindNamed(
    `select ch.id, ch.name, ch.names, ${COUNT_COLUMNS},
            count(d.id) filter (where d.org_unit_id <> ch.id) > 0 as has_children
       from org_unit ch
       join (${DECLARATIONS_SQL}) d on d.path like ch.path || '%'
      where ch.organization_id = cast(:organization as uuid)
        and (case when cast(:parent as uuid) is null then ch.parent_id is null else ch.parent_id = cast(:parent as uuid) end)
      group by ch.id, ch.name, ch.names
      order by ch.name`,
    values,
  );
  const rows = await em.execute<
    (CountsRow & { id: string; name: string; names: Partial<LocalizedText> | null; has_children: boolean })[]
  >(perUnit.sql, perUnit.params);
  return {
    campaign,
    orgUnitId: unit?.id ?? null,
    totals: counts(totalRow),
    units: rows.map((row) => ({
      orgUnitId: row.id,
      names: localizedName(row.names, row.name),
      hasChildren: row.has_children,
      ...counts(row),
    })),
  };
}

export interface CampaignDeclarantRow {
  declarationId: string;
  personId: string | null;
  fullName: string | null;
  email: string | null;
  orgUnitNames: LocalizedText | null;
  supplierName: string | null;
  supplierBin: string | null;
  dueOn: string;
  status: DeclarationStatus;
  submittedAt: Date | null;
  declaredInterest: boolean;
  lastRemindedAt: Date | null;
  reminderCount: number;
}

export interface CampaignDeclarantsFilter {
  orgUnitId?: string | null;
  status?: DeclarationStatus | null;
  search?: string | null;
  limit?: number;
  offset?: number;
}

export const MAX_DECLARANTS_PAGE = 20_000;

/** The declarants of a campaign (or of one unit's subtree), by name, with where each stands; the answers stay out. */
export async function declarationCampaignDeclarants(
  em: EntityManager,
  actor: Actor,
  campaignId: string,
  filter: CampaignDeclarantsFilter = {},
  now: Date = new Date(),
): Promise<{ total: number; rows: CampaignDeclarantRow[] }> {
  requireAnyRole(actor, CAMPAIGN_PROGRESS_READERS, "follow a declaration campaign's progress");
  const campaign = await findCampaign(em, actor, campaignId);
  const unit = await scopeUnit(em, actor, filter.orgUnitId);
  const limit = filter.limit ?? 100;
  if (limit < 1 || limit > MAX_DECLARANTS_PAGE)
    throw ValidationError.because('kernel.pageSize', { field: 'limit', max: MAX_DECLARANTS_PAGE });
  if (filter.status && !DECLARATION_STATUSES.includes(filter.status)) {
    throw ValidationError.because('declarations.campaign.unknownStatus', { field: 'status' });
  }
  const search = filter.search?.trim() ? `%${filter.search.trim().replace(/[\\%_]/g, '\\$&')}%` : null;
  const { sql, params } = bindNamed(
    `select x.*, count(*) over () as total from (
       select d.id, d.person_id, p.full_name, p.email, u.name as unit_name, u.names as unit_names,
              d.supplier_name, d.supplier_bin, d.due_on, ${DECLARATION_STATUS_SQL} as status, d.submitted_at,
              d.declared_interest, d.last_reminded_at, d.reminder_count, coalesce(p.full_name, d.supplier_name) as sort_name
         from campaign_declaration d
         join declaration_campaign c on c.id = d.campaign_id
         left join person p on p.id = d.person_id
         left join org_unit u on u.id = d.org_unit_id
        where d.campaign_id = cast(:campaign as uuid)
          and (cast(:scope as text) is null or u.path like :scope || '%')
          and (cast(:search as text) is null or coalesce(p.full_name, d.supplier_name) ilike :search
               or p.email ilike :search or d.supplier_bin like :search)
     ) x
     where cast(:status as text) is null or x.status = :status
     order by x.sort_name, x.id
     limit cast(:limit as int) offset cast(:offset as int)`,
    {
      campaign: campaign.id,
      today: kazakhstanDay(now),
      scope: unit?.path ?? null,
      search,
      status: filter.status ?? null,
      limit,
      offset: Math.max(0, filter.offset ?? 0),
    },
  );
  const rows = await em.execute<
    {
      id: string;
      person_id: string | null;
      full_name: string | null;
      email: string | null;
      unit_name: string | null;
      unit_names: Partial<LocalizedText> | null;
      supplier_name: string | null;
      supplier_bin: string | null;
      due_on: string | Date;
      status: DeclarationStatus;
      submitted_at: Date | null;
      declared_interest: boolean;
      last_reminded_at: Date | null;
      reminder_count: number;
      total: string | number;
    }[]
  >(sql, params);
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map((row) => ({
      declarationId: row.id,
      personId: row.person_id,
      fullName: row.full_name,
      email: row.email,
      orgUnitNames: row.unit_name === null ? null : localizedName(row.unit_names, row.unit_name),
      supplierName: row.supplier_name,
      supplierBin: row.supplier_bin,
      dueOn: toDay(row.due_on),
      status: row.status,
      submittedAt: row.submitted_at ? new Date(row.submitted_at) : null,
      declaredInterest: row.declared_interest,
      lastRemindedAt: row.last_reminded_at ? new Date(row.last_reminded_at) : null,
      reminderCount: Number(row.reminder_count),
    })),
  };
}

export interface CampaignSummary {
  campaign: IDeclarationCampaign;
  totals: ProgressCounts;
}

/** The organisation's campaigns, newest first, each with its figures. */
export async function listDeclarationCampaigns(
  em: EntityManager,
  actor: Actor,
  now: Date = new Date(),
): Promise<CampaignSummary[]> {
  requireAnyRole(actor, CAMPAIGN_PROGRESS_READERS, 'list declaration campaigns');
  const campaigns = await em.find(
    DeclarationCampaign,
    { organization: actor.organizationId },
    { orderBy: { launchedAt: 'desc', id: 'asc' } },
  );
  if (campaigns.length === 0) return [];
  const { sql, params } = bindNamed(
    `select d.campaign_id, ${COUNT_COLUMNS} from (
        select d.id, d.campaign_id, ${DECLARATION_STATUS_SQL} as status
          from campaign_declaration d join declaration_campaign c on c.id = d.campaign_id
         where c.organization_id = cast(:organization as uuid)) d
      group by d.campaign_id`,
    { organization: actor.organizationId, today: kazakhstanDay(now) },
  );
  const rows = await em.execute<(CountsRow & { campaign_id: string })[]>(sql, params);
  const byCampaign = new Map(rows.map((row) => [row.campaign_id, row]));
  return campaigns.map((campaign) => ({ campaign, totals: counts(byCampaign.get(campaign.id)) }));
}
