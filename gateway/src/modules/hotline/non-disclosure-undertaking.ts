import { nonDisclosureUndertaking, signNonDisclosureUndertaking, type UndertakingView } from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { LocalizedTextRef } from '../kernel/locale.js';

const UndertakingRef = builder.objectRef<UndertakingView>('NonDisclosureUndertaking');

builder.objectType(UndertakingRef, {
  description:
    "The non-disclosure undertaking in force (§40.6, §41.3): whoever reads an open reporter's identity signs it " +
    'first, once per version of the text.',
  fields: (t) => ({
    version: t.exposeString('version', { description: 'The version of the text, e.g. nda-2026-1.' }),
    text: t.field({ type: LocalizedTextRef, resolve: (u) => u.text }),
    signedAt: t.field({
      type: DateTimeScalar,
      nullable: true,
      description: 'When the signed-in person signed this version; null while they have not.',
      resolve: (u) => u.signedAt,
    }),
  }),
});

builder.queryField('hotlineNonDisclosureUndertaking', (t) =>
  // Anyone may come to hold an approved disclosure, so anyone signed in may read and sign the text.
  t.withAuth({ authenticated: true }).field({
    type: UndertakingRef,
    description: 'The undertaking in force and whether the signed-in person has signed it.',
    resolve: (_root, _args, context) => nonDisclosureUndertaking(context.em, context.actor),
  }),
);

builder.mutationField('signHotlineNonDisclosureUndertaking', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: UndertakingRef,
    description:
      'The signed-in person signs the undertaking of `version` (the one they were shown), on the audit trail. A ' +
      'version no longer in force is CONFLICT; signing again keeps the first date.',
    args: { version: t.arg.string({ required: true }) },
    resolve: (_root, { version }, context) =>
      context.em.transactional((em) => signNonDisclosureUndertaking(em, context.actor, version, new Date())),
  }),
);
