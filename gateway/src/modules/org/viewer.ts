import { getPerson, type Actor, type IPerson } from '@adal/domain';
import { builder } from '../../builder.js';
import type { EntityManager } from '@adal/domain';
import { LocaleEnum } from '../kernel/locale.js';
import { RoleEnum } from '../kernel/role.js';
import { OrganizationRef } from './organization.js';

/** The signed-in person as the front end needs them: who, which language, which roles where. */
export interface ViewerShape {
  actor: Actor;
  person: IPerson;
}

export const ViewerRef = builder.objectRef<ViewerShape>('Viewer');

builder.objectType(ViewerRef, {
  description: 'The signed-in person, with the roles they hold in the organisation they act in.',
  fields: (t) => ({
    id: t.id({ resolve: ({ actor }) => actor.personId }),
    fullName: t.string({ resolve: ({ person }) => person.fullName }),
    email: t.string({ resolve: ({ person }) => person.email }),
    locale: t.field({ type: LocaleEnum, resolve: ({ person }) => person.locale }),
    roles: t.field({ type: [RoleEnum], resolve: ({ actor }) => actor.roles }),
    organization: t.field({ type: OrganizationRef, resolve: ({ actor }) => actor.organizationId }),
  }),
});

export async function loadViewer(em: EntityManager, actor: Actor): Promise<ViewerShape> {
  return { actor, person: await getPerson(em, actor, actor.personId) };
}

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    description: 'The signed-in person; null when the request carries no token.',
    resolve: (_root, _args, context) => (context.actor ? loadViewer(context.em, context.actor) : null),
  }),
);
