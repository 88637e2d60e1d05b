import { localizedName, type IPosition } from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';

/** A post of the organisation, always read with the person who holds it (no loader of its own). */
export const PositionRef = builder.objectRef<IPosition>('Position');

builder.objectType(PositionRef, {
  description: 'A post in the organisation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title', {
      description: 'The title as entered: the key the staff file finds the post by.',
    }),
    titles: t.field({
      type: LocalizedTextRef,
      description:
        'The title in each interface language; `title` where the organisation gave no translation.',
      resolve: (position) => localizedName(position.titles, position.title),
    }),
    underRestrictions: t.exposeBoolean('underRestrictions', {
      description: '§74.3: its holders are subject to the anti-corruption restrictions.',
    }),
  }),
});
