import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { Person } from '../../org/person.entity.js';
import { Declarant, type IDeclarant } from '../financial/declarant.entity.js';
import { obligedOn } from '../financial/obliged-during.js';
import { dayOf, lockDeclarant, notAfterToday, requireHr } from '../financial/declarants.js';
import { ForeignAccountUndertaking, type IForeignAccountUndertaking } from './undertaking.entity.js';

/**
 * §30.2: those who sign the no-foreign-account undertaking — responsible state positions, persons
 * authorised to perform state functions other than maslikhat deputies, officials. The equated
 * persons of §26.4 are not named.
 */
export function mustSignUndertaking(declarant: Pick<IDeclarant, 'category' | 'maslikhatDeputy'>): boolean {
  if (declarant.category === 'authorised_state_functions') return !declarant.maslikhatDeputy;
  return declarant.category === 'responsible_state_position' || declarant.category === 'official';
}

/** HR records the undertaking a person signed (or the clause of their employment contract). */
export async function recordForeignAccountUndertaking(
  em: EntityManager,
  actor: Actor,
  input: { personId: string; signedOn: string },
  now: Date = new Date(),
): Promise<IForeignAccountUndertaking> {
  requireHr(actor, 'record no-foreign-account undertakings');
  const signedOn = dayOf(input.signedOn, 'signedOn');
  notAfterToday(signedOn, now, 'signedOn');
  const declarant = await lockDeclarant(em, actor, input.personId);
  if (!mustSignUndertaking(declarant))
    throw ValidationError.because('foreignAccount.undertaking.notRequired', { field: 'personId' });
  if (
    await em.count(ForeignAccountUndertaking, {
      organization: actor.organizationId,
      person: declarant.person.id,
    })
  ) {
    throw ConflictError.because('foreignAccount.undertaking.alreadyRecorded');
  }
  const undertaking = em.create(ForeignAccountUndertaking, {
    id: newId(),
    organization: actor.organizationId,
    person: declarant.person,
    signedOn,
    recordedBy: em.getReference(Person, actor.personId),
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'financial.foreign_account_undertaking_recorded',
    entityType: 'Declarant',
    entityId: declarant.id,
    data: { personId: declarant.person.id, signedOn },
  });
  return undertaking;
}

export interface UndertakingStanding {
  personId: string;
  fullName: string;
  signedOn: string | null;
}

/** Everyone on the list today who must sign, with the day they signed (null: not yet). */
export async function foreignAccountUndertakings(
  em: EntityManager,
  actor: Actor,
  now: Date = new Date(),
): Promise<UndertakingStanding[]> {
  requireHr(actor, 'list the no-foreign-account undertakings');
  const today = kazakhstanDay(now);
  const declarants = await em.find(
    Declarant,
    { organization: actor.organizationId, ...obligedOn(today) },
    { populate: ['person'], orderBy: { person: { fullName: 'asc' }, id: 'asc' } },
  );
  const signing = declarants.filter(mustSignUndertaking);
  const signed = await em.find(ForeignAccountUndertaking, {
    organization: actor.organizationId,
    person: { $in: signing.map((d) => d.person.id) },
  });
  return signing.map((declarant) => ({
    personId: declarant.person.id,
    fullName: declarant.person.fullName,
    signedOn: signed.find((u) => u.person.id === declarant.person.id)?.signedOn ?? null,
  }));
}
