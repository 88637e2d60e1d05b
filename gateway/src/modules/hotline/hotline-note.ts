import { addHotlineNote, type HotlineNoteView } from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { changeCase, HotlineCaseRef } from './hotline-case.js';
import { CASE_ACCESS } from './hotline-case-summary.js';
import { PersonRefType } from './person-ref.js';

export const HotlineNoteRef = builder.objectRef<HotlineNoteView>('HotlineNote');

builder.objectType(HotlineNoteRef, {
  description: "An investigator's private note on a case; the reporter never sees it.",
  fields: (t) => ({
    id: t.exposeID('id'),
    author: t.field({ type: PersonRefType, resolve: (note) => note.author }),
    body: t.exposeString('body'),
    createdAt: t.field({ type: DateTimeScalar, resolve: (note) => note.createdAt }),
  }),
});

builder.mutationField('addHotlineNote', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    args: { id: t.arg.id({ required: true }), body: t.arg.string({ required: true }) },
    resolve: (_root, { id, body }, context) =>
      changeCase(context, String(id), (em, now) =>
        addHotlineNote(em, context.actor, context.hotlineKeyring, String(id), body, now),
      ),
  }),
);
