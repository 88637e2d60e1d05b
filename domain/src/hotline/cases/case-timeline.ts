import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { kazakhstanDay, startOfKazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { Person } from '../../org/person.entity.js';
import { caseForHandler } from './case-access.js';
import type { PersonRef } from './case-summary.js';

/** The most steps a case's history lists; a case with more shows its latest ones. */
export const MAX_TIMELINE_STEPS = 500;

/**
 * One fact of a step the history words: the outcome, the new scope or priority, the labels or
 * the investigators added and removed. Never what anyone wrote: the trail holds no content.
 */
export interface TimelineFact {
  key: 'outcome' | 'scope' | 'category' | 'from' | 'to' | 'added' | 'removed' | 'inTime' | 'basis';
  values: string[];
}

export interface CaseTimelineStep {
  id: string;
  /** The instant, or for an anonymous report the start of its day in Kazakhstan. */
  at: Date;
  atPrecision: 'instant' | 'day';
  action: string;
  actor: PersonRef | null;
  facts: TimelineFact[];
}

const FACT_KEYS: readonly TimelineFact['key'][] = [
  'outcome',
  'scope',
  'category',
  'from',
  'to',
  'added',
  'removed',
  'inTime',
  'basis',
];
/** Steps whose `added` / `removed` are people, worded by name. */
const PERSON_LISTS: ReadonlySet<string> = new Set(['hotline.assigned']);

function scalars(value: unknown): string[] | null {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return [String(value)];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return null;
}

/**
 * §75: every step of a case from the audit trail, oldest first — what was done, by whom, when —
 * for the case's handlers (its manager or an assigned investigator; never a person it names).
 * The steps of an anonymous report are dated to the day, as the trail shows them (§40.6: nothing
 * may time the reporter).
 */
export async function caseTimeline(em: EntityManager, actor: Actor, id: string): Promise<CaseTimelineStep[]> {
  const { report } = await caseForHandler(em, actor, id, 'see hotline cases', 'read');
  const events = await em.find(
    AuditEvent,
    { organization: actor.organizationId, entityType: 'HotlineReport', entityId: report.id },
    { orderBy: { seq: 'desc' }, limit: MAX_TIMELINE_STEPS },
  );
  events.reverse();
  const factsOf = events.map((e) =>
    FACT_KEYS.flatMap((key): TimelineFact[] => {
      const values = scalars(e.data[key]);
      return values ? [{ key, values }] : [];
    }),
  );
  const personIds = new Set<string>(events.flatMap((e) => (e.actorPersonId ? [e.actorPersonId] : [])));
  events.forEach((e, i) => {
    if (!PERSON_LISTS.has(e.action)) return;
    for (const fact of factsOf[i]!)
      if (fact.key === 'added' || fact.key === 'removed') fact.values.forEach((v) => personIds.add(v));
  });
  const people = personIds.size
    ? await em.find(Person, { id: { $in: [...personIds] } }, { fields: ['fullName'] })
    : [];
  const names = new Map(people.map((p) => [p.id, p.fullName]));
  return events.map((e, i) => {
    const facts = factsOf[i]!;
    if (PERSON_LISTS.has(e.action)) {
      for (const fact of facts) {
        if (fact.key === 'added' || fact.key === 'removed')
          fact.values = fact.values.map((v) => names.get(v) ?? '—');
      }
    }
    return {
      id: e.id,
      at: report.anonymous ? startOfKazakhstanDay(kazakhstanDay(e.at)) : e.at,
      atPrecision: report.anonymous ? 'day' : 'instant',
      action: e.action,
      actor: e.actorPersonId ? { id: e.actorPersonId, fullName: names.get(e.actorPersonId) ?? '—' } : null,
      facts,
    };
  });
}
