import { builder } from '../../builder.js';

/** A person as the hotline and protection views name them: the domain returns these ready-made. */
export interface PersonRefShape {
  id: string;
  fullName: string;
}

/**
 * Only the id and the name: the hotline never needs (and so never hands out) a named person's
 * e-mail, unit or position through its own types.
 */
export const PersonRefType = builder.objectRef<PersonRefShape>('PersonRef');

builder.objectType(PersonRefType, {
  description: 'A person named on a hotline case or a protection record: id and full name only.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fullName: t.exposeString('fullName'),
  }),
});
