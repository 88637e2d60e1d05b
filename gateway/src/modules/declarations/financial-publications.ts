import {
  FINANCIAL_READERS,
  HR_OFFICERS,
  declarationPublications,
  recordDeclarationPublication,
  type IDeclarationPublication,
  type PublicationRow,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { PublicationCategoryEnum } from './financial-declarations.js';

// §29: HR publishes the declaration data of officials in the six publication categories and of
// their spouses by 31 December of the year after the reporting year, and records each publication.

const PublicationRowRef = builder.objectRef<PublicationRow>('DeclarationPublicationRow');

builder.objectType(PublicationRowRef, {
  description:
    'A declarant whose declaration data (and their spouses’) is published for the reporting year (§29), and whether it is.',
  fields: (t) => ({
    personId: t.exposeID('personId'),
    fullName: t.exposeString('fullName'),
    publicationCategory: t.field({ type: PublicationCategoryEnum, resolve: (r) => r.publicationCategory }),
    spouses: t.exposeStringList('spouses', { description: 'The declared spouses, by name.' }),
    deadline: t.exposeString('deadline', {
      description: 'YYYY-MM-DD: 31 December of the year after the reporting year.',
    }),
    publishedOn: t.exposeString('publishedOn', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    overdue: t.exposeBoolean('overdue', {
      description: 'Not published, and the deadline has passed in Kazakhstan.',
    }),
  }),
});

const DeclarationPublicationRef = builder.objectRef<IDeclarationPublication>('DeclarationPublication');

builder.objectType(DeclarationPublicationRef, {
  description: "HR's record that it published a declarant's data for a reporting year (§29).",
  fields: (t) => ({
    id: t.exposeID('id'),
    personId: t.id({ resolve: (p) => p.person.id }),
    year: t.exposeInt('year'),
    publishedOn: t.exposeString('publishedOn'),
    url: t.exposeString('url'),
  }),
});

builder.queryField('declarationPublications', (t) =>
  t.withAuth({ anyRole: FINANCIAL_READERS }).field({
    type: [PublicationRowRef],
    description:
      'The declarants in a publication category obliged in the reporting year, with their spouses, the deadline and the publication (§29).',
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) => declarationPublications(context.em, context.actor, year),
  }),
);

const RecordPublicationInput = builder.inputType('RecordDeclarationPublicationInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    year: t.int({ required: true, description: 'The reporting year of the published declaration.' }),
    publishedOn: t.string({ required: true, description: 'YYYY-MM-DD, not after today.' }),
    url: t.string({ required: true, description: 'The address of the published page (http or https).' }),
  }),
});

builder.mutationField('recordDeclarationPublication', (t) =>
  t.withAuth({ anyRole: HR_OFFICERS }).field({
    type: DeclarationPublicationRef,
    description: "Records that HR published a declarant's data for the reporting year, once (§29).",
    args: { input: t.arg({ type: RecordPublicationInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        recordDeclarationPublication(em, context.actor, { ...input, personId: String(input.personId) }),
      ),
  }),
);
