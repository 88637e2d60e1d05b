import type { Actor } from '@adal/domain';
import { builder } from '../../builder.js';

/**
 * What "My declarations" reads for the signed-in person, one field per part of the declarations
 * context (campaigns, gifts, conflict notifications, financial-declaration notices…). Each part
 * adds its own field, of an object type of its own, with `builder.objectField(MyDeclarationsRef, …)`.
 */
export interface MyDeclarationsRoot {
  actor: Actor;
  now: Date;
}

export const MyDeclarationsRef = builder.objectRef<MyDeclarationsRoot>('MyDeclarations');

builder.objectType(MyDeclarationsRef, {
  description: "The signed-in person's declarations: what is due and what they filed, by part.",
  fields: (t) => ({
    personId: t.id({ resolve: (root) => root.actor.personId }),
  }),
});

builder.queryField('myDeclarations', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: MyDeclarationsRef,
    description:
      "The signed-in person's declarations across the declarations context: what is due, what they filed.",
    resolve: (_root, _args, context) => ({ actor: context.actor, now: new Date() }),
  }),
);
