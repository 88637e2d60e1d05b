import {
  RELATIONS,
  RELATION_CLASSES,
  myRelatedPersons,
  removeRelatedPerson,
  saveRelatedPerson,
  type RelatedPersonView,
} from '@adal/domain';
import { builder } from '../../builder.js';

// A person's declared relatives and linked persons (§13, §4.8, Annex 2), kept once for every declaration.

export const RelationEnum = builder.enumType('Relation', {
  description:
    'How a declared person is related to the employee: close relatives, the spouse and in-laws (§13), a dependant ' +
    'living with them (§4.8), or a personally linked person (Annex 2).',
  values: RELATIONS,
});

export const RelationClassEnum = builder.enumType('RelationClass', { values: RELATION_CLASSES });

export const RelatedPersonRef = builder.objectRef<RelatedPersonView>('RelatedPerson');

builder.objectType(RelatedPersonRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    relation: t.field({ type: RelationEnum, resolve: (r) => r.relation }),
    relationClass: t.field({ type: RelationClassEnum, resolve: (r) => r.relationClass }),
    familyMember: t.exposeBoolean('familyMember', {
      description: '§4.8: the spouse, parents, children and dependants living with the employee.',
    }),
    fullName: t.exposeString('fullName'),
    iin: t.exposeString('iin', { nullable: true }),
    birthDate: t.exposeString('birthDate', { nullable: true, description: 'YYYY-MM-DD' }),
    workplace: t.exposeString('workplace', { nullable: true }),
    workplaceBin: t.exposeString('workplaceBin', { nullable: true }),
    jobTitle: t.exposeString('jobTitle', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const RelatedPersonInput = builder.inputType('RelatedPersonInput', {
  fields: (t) => ({
    id: t.id({ description: 'To correct one already on the list; omit to add.' }),
    relation: t.field({ type: RelationEnum, required: true }),
    fullName: t.string({ required: true }),
    iin: t.string({ description: 'Optional; checked by its check digit.' }),
    birthDate: t.string({ description: 'YYYY-MM-DD' }),
    workplace: t.string(),
    workplaceBin: t.string({ description: 'The BIN of the workplace, checked by its check digit.' }),
    jobTitle: t.string(),
    note: t.string(),
  }),
});

builder.queryField('myRelatedPersons', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [RelatedPersonRef],
    description: 'The signed-in person’s declared relatives and linked persons, by name.',
    resolve: (_root, _args, context) => myRelatedPersons(context.em, context.actor),
  }),
);

builder.mutationField('saveRelatedPerson', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: RelatedPersonRef,
    description: 'Adds a relative or linked person to the signed-in person’s list, or corrects one (`id`).',
    args: { input: t.arg({ type: RelatedPersonInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        saveRelatedPerson(em, context.actor, { ...input, id: input.id == null ? null : String(input.id) }),
      ),
  }),
);

builder.mutationField('removeRelatedPerson', (t) =>
  t.withAuth({ authenticated: true }).boolean({
    description: 'Takes a person off the signed-in person’s list; what named them keeps reading them.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => removeRelatedPerson(em, context.actor, String(id))),
  }),
);
