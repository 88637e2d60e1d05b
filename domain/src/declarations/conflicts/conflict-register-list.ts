import type { ConflictMeasure } from './typical-cases.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import {
  CONFLICT_REGISTER_STATUSES,
  CONFLICT_SOURCES,
  type ConflictRegisterStatus,
  type ConflictSource,
} from '../register/conflict-register-entry.entity.js';
import { CONFLICT_REGISTER_READERS } from './conflict-roles.js';

export const MAX_REGISTER_PAGE = 100;

export interface ConflictRegisterFilter {
  /** Part of the employee's name, the counterparty, the related person or the case number. */
  search?: string | null;
  status?: string | null;
  source?: string | null;
  limit?: number | null;
  offset?: number | null;
}

/** One row of the register, with the dates of each step when a notification brought it (§15). */
export interface ConflictRegisterRow {
  id: string;
  person: { id: string; fullName: string };
  source: ConflictSource;
  sourceId: string | null;
  relatedPersonName: string | null;
  counterparty: string | null;
  description: string;
  identifiedOn: string;
  status: ConflictRegisterStatus;
  /** The decision's words: the note, or the conclusion when no measures were decided. */
  measures: string | null;
  /** §15.4, §15.6: the measures decided, as codes the reader's language words. */
  measureCodes: ConflictMeasure[];
  settledOn: string | null;
  caseNumber: string | null;
  notifiedOn: string | null;
  forwardedOn: string | null;
  concludedOn: string | null;
  decidedOn: string | null;
  transferredOn: string | null;
  settledInTime: boolean | null;
}

export interface ConflictRegisterPage {
  total: number;
  rows: ConflictRegisterRow[];
}

interface Row {
  id: string;
  person_id: string;
  full_name: string;
  source: ConflictSource;
  source_id: string | null;
  related_name: string | null;
  counterparty: string | null;
  description: string;
  identified_on: string | Date;
  status: ConflictRegisterStatus;
  measures: string | null;
  measure_codes: ConflictMeasure[] | null;
  settled_on: string | Date | null;
  number: string | null;
  notified_on: string | Date | null;
  forwarded_on: string | Date | null;
  concluded_on: string | Date | null;
  decided_on: string | Date | null;
  transferred_on: string | Date | null;
  settled_in_time: boolean | null;
  total: string | number;
}

const day = (value: string | Date | null): string | null =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * §14, §15, §72: the conflict-of-interest register for the responsible unit and auditors, newest
 * identified first, searched by name, counterparty or case number and filtered by status and
 * source; a page at a time.
 */
export async function listConflictRegister(
  em: EntityManager,
  actor: Actor,
  filter: ConflictRegisterFilter,
): Promise<ConflictRegisterPage> {
  requireAnyRole(actor, CONFLICT_REGISTER_READERS, 'read the conflict-of-interest register');
  const limit = filter.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_REGISTER_PAGE)
    throw ValidationError.because('kernel.pageSize', { max: MAX_REGISTER_PAGE, field: 'limit' });
  const offset = Math.max(0, filter.offset ?? 0);
  const status = filter.status || null;
  if (status && !(CONFLICT_REGISTER_STATUSES as readonly string[]).includes(status))
    throw ValidationError.because('declarations.conflict.registerFilter', { field: 'status' });
  const source = filter.source || null;
  if (source && !(CONFLICT_SOURCES as readonly string[]).includes(source))
    throw ValidationError.because('declarations.conflict.registerFilter', { field: 'source' });
  const search = (filter.search ?? '').trim();
  if (search.length > 100)
    throw ValidationError.because('declarations.conflict.tooLong', { field: 'search', max: 100 });
  const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await em.execute<Row[]>(
    `select e.id, e.person_id, p.full_name, e.source, e.source_id,
            coalesce(rp.full_name, c.related_person_name) as related_name, e.counterparty, e.description,
            e.identified_on, e.status, e.measures, c.measures as measure_codes, e.settled_on, c.number, c.notified_on, c.forwarded_on,
            c.concluded_on, c.decided_on, c.transferred_on, c.settled_in_time, count(*) over () as total
       from conflict_register_entry e
       join person p on p.id = e.person_id
       left join related_person rp on rp.id = e.related_person_id
       left join conflict_of_interest_case c on e.source = 'notification' and c.id = e.source_id
      where e.organization_id = ?
        and (cast(? as text) is null or e.status = ?)
        and (cast(? as text) is null or e.source = ?)
        and (? = '' or p.full_name ilike ? or e.counterparty ilike ? or c.number ilike ?
             or coalesce(rp.full_name, c.related_person_name) ilike ?)
      order by e.identified_on desc, e.created_at desc, e.id
      limit ? offset ?`,
    [actor.organizationId, status, status, source, source, search, like, like, like, like, limit, offset],
  );
  return {
    total: rows[0] ? Number(rows[0].total) : 0,
    rows: rows.map((r) => ({
      id: r.id,
      person: { id: r.person_id, fullName: r.full_name },
      source: r.source,
      sourceId: r.source_id,
      relatedPersonName: r.related_name,
      counterparty: r.counterparty,
      description: r.description,
      identifiedOn: day(r.identified_on)!,
      status: r.status,
      measures: r.measures,
      measureCodes: r.measure_codes ?? [],
      settledOn: day(r.settled_on),
      caseNumber: r.number,
      notifiedOn: day(r.notified_on),
      forwardedOn: day(r.forwarded_on),
      concludedOn: day(r.concluded_on),
      decidedOn: day(r.decided_on),
      transferredOn: day(r.transferred_on),
      settledInTime: r.settled_in_time,
    })),
  };
}
