import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { isUuid } from '../../org/org-queries.js';
import { HOTLINE_INVESTIGATORS, HOTLINE_MANAGERS, HOTLINE_OVERSIGHT } from '../hotline-roles.js';
import type { HotlineCaseFilter } from './case-list.js';
import { normalizeLabels } from './case-marking.js';
import { HotlineSavedFilter } from './hotline-saved-filter.entity.js';
import {
  HOTLINE_CATEGORIES,
  HOTLINE_CHANNELS,
  HOTLINE_PRIORITIES,
  HOTLINE_STATUSES,
} from './hotline-report.entity.js';

/** The filters of the queue a person may keep under a name: what narrows the list, not its page. */
export type SavedCaseFilter = Pick<
  HotlineCaseFilter,
  'status' | 'category' | 'channel' | 'priority' | 'labels' | 'overdueOnly' | 'assignedToMe' | 'search'
>;

export interface SavedCaseFilterView {
  id: string;
  name: string;
  filter: SavedCaseFilter;
}

export const MAX_SAVED_FILTER_NAME = 100;
export const MAX_SAVED_FILTERS = 30;

function requireQueueReader(actor: Actor): void {
  requireAnyRole(
    actor,
    [...HOTLINE_MANAGERS, ...HOTLINE_INVESTIGATORS, ...HOTLINE_OVERSIGHT],
    'save hotline queue filters',
  );
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T | null {
  if (value === null || value === undefined) return null;
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw ValidationError.because('hotline.savedFilter.invalid', { field });
  }
  return value as T;
}

/** Only the keys a saved filter holds, each checked as the queue would check it. */
function cleanFilter(filter: SavedCaseFilter): SavedCaseFilter {
  const search = filter.search?.trim() ?? '';
  if (search.length > 40) throw ValidationError.because('hotline.savedFilter.invalid', { field: 'search' });
  return {
    status: oneOf(filter.status, HOTLINE_STATUSES, 'status'),
    category: oneOf(filter.category, HOTLINE_CATEGORIES, 'category'),
    channel: oneOf(filter.channel, HOTLINE_CHANNELS, 'channel'),
    priority: oneOf(filter.priority, HOTLINE_PRIORITIES, 'priority'),
    labels: filter.labels?.length ? normalizeLabels(filter.labels) : [],
    overdueOnly: filter.overdueOnly === true,
    assignedToMe: filter.assignedToMe === true,
    search: search.length > 0 ? search : null,
  };
}

/** The actor's saved filters, by name. Nobody sees another person's. */
export async function mySavedCaseFilters(em: EntityManager, actor: Actor): Promise<SavedCaseFilterView[]> {
  requireQueueReader(actor);
  const rows = await em.find(
    HotlineSavedFilter,
    { organization: actor.organizationId, person: actor.personId },
    { orderBy: { name: 'asc' } },
  );
  return rows.map((r) => ({ id: r.id, name: r.name, filter: r.filter }));
}

/**
 * Saves the queue's current filters under a name, or replaces the filters saved under that name.
 * Whoever may read the queue saves their own; saving a filter shows no case (the list still
 * applies the access rules when the filter is picked), so it is not on the audit trail.
 */
export async function saveCaseFilter(
  em: EntityManager,
  actor: Actor,
  name: string,
  filter: SavedCaseFilter,
  now: Date = new Date(),
): Promise<SavedCaseFilterView> {
  requireQueueReader(actor);
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0)
    throw ValidationError.because('hotline.savedFilter.nameRequired', { field: 'name' });
  if (trimmed.length > MAX_SAVED_FILTER_NAME) {
    throw ValidationError.because('hotline.savedFilter.nameTooLong', {
      field: 'name',
      max: MAX_SAVED_FILTER_NAME,
    });
  }
  const clean = cleanFilter(filter);
  const where = { organization: actor.organizationId, person: actor.personId };
  const existing = await em.findOne(HotlineSavedFilter, { ...where, name: trimmed });
  if (existing) {
    existing.filter = clean;
    return { id: existing.id, name: existing.name, filter: clean };
  }
  if ((await em.count(HotlineSavedFilter, where)) >= MAX_SAVED_FILTERS) {
    throw ConflictError.because('hotline.savedFilter.tooMany', { max: MAX_SAVED_FILTERS });
  }
  const row = em.create(HotlineSavedFilter, {
    organization: actor.organizationId,
    person: actor.personId,
    name: trimmed,
    filter: clean,
    createdAt: now,
  });
  return { id: row.id, name: row.name, filter: clean };
}

/** Deletes one of the actor's saved filters; another person's is as good as absent. */
export async function deleteSavedCaseFilter(em: EntityManager, actor: Actor, id: string): Promise<void> {
  requireQueueReader(actor);
  const row = isUuid(id)
    ? await em.findOne(HotlineSavedFilter, { id, organization: actor.organizationId, person: actor.personId })
    : null;
  if (!row) throw NotFoundError.forId('Saved filter', id);
  em.remove(row);
}
