import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { Person } from '../../org/person.entity.js';
import {
  KpiViewShare,
  SCHEDULE_FREQUENCIES,
  type IKpiView,
  type ScheduleFrequency,
} from './kpi-view.entity.js';
import { ownedView } from './view-access.js';
import { MAX_RECIPIENTS, MAX_SHARED_PEOPLE, sharedRoles } from './view-input.js';

export interface ViewShareInput {
  roles: readonly string[];
  personIds: readonly string[];
  schedule?: { frequency: string; recipientIds: readonly string[] } | null;
}

/** The people named, each an active person of the actor's organisation, or NOT_FOUND naming the first that is not. */
async function colleagues(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = unique.length
    ? await em.find(
        Person,
        { id: { $in: unique }, organization: actor.organizationId, active: true },
        { fields: ['id'] },
      )
    : [];
  const known = new Set(found.map((p) => p.id));
  const missing = unique.find((id) => !known.has(id));
  if (missing !== undefined) throw NotFoundError.forId('Person', missing);
  return unique;
}

/**
 * §69: shares a view read-only with roles and named colleagues, and sets whether it is mailed as
 * its PDF monthly or quarterly, and to whom. Replaces what was shared before; the owner only.
 */
export async function shareKpiView(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: ViewShareInput,
  now: Date,
): Promise<IKpiView> {
  const view = await ownedView(em, actor, id);
  const roles = sharedRoles(input.roles);
  if (input.personIds.length > MAX_SHARED_PEOPLE) {
    throw ValidationError.because('kpi.view.tooManyPeople', { field: 'personIds', max: MAX_SHARED_PEOPLE });
  }
  const people = await colleagues(em, actor, input.personIds);
  let schedule = null;
  if (input.schedule) {
    if (!(SCHEDULE_FREQUENCIES as readonly string[]).includes(input.schedule.frequency)) {
      throw ValidationError.because('kpi.view.scheduleRecipients', {
        field: 'schedule.frequency',
        max: MAX_RECIPIENTS,
      });
    }
    const count = new Set(input.schedule.recipientIds).size;
    if (count === 0 || count > MAX_RECIPIENTS) {
      throw ValidationError.because('kpi.view.scheduleRecipients', {
        field: 'schedule.recipientIds',
        max: MAX_RECIPIENTS,
      });
    }
    const recipientIds = await colleagues(em, actor, input.schedule.recipientIds);
    const frequency = input.schedule.frequency as ScheduleFrequency;
    // Keeping the last period sent while the frequency stays means a re-share never mails it twice.
    const lastSent = view.schedule?.frequency === frequency ? view.schedule.lastSent : null;
    schedule = { frequency, recipientIds, lastSent };
  }
  await em.nativeDelete(KpiViewShare, { view: view.id });
  for (const personId of people) {
    em.create(KpiViewShare, {
      id: newId(),
      organization: actor.organizationId,
      view,
      person: em.getReference(Person, personId),
    });
  }
  view.sharedRoles = roles;
  view.schedule = schedule;
  view.updatedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'kpi_view.shared',
    entityType: 'KpiView',
    entityId: view.id,
    data: {
      roles,
      people: people.length,
      schedule: schedule?.frequency ?? null,
      recipients: schedule?.recipientIds.length ?? 0,
    },
  });
  await em.flush();
  return view;
}

/** Who a view is shared with by name. */
export async function viewSharedPeople(
  em: EntityManager,
  view: IKpiView,
): Promise<{ id: string; fullName: string }[]> {
  const shares = await em.find(KpiViewShare, { view: view.id }, { populate: ['person'] });
  return shares
    .map((share) => ({ id: share.person.id, fullName: share.person.fullName }))
    .sort((a, b) => a.fullName.localeCompare(b.fullName));
}
