import {
  submitSupplierDeclaration,
  supplierDeclarationForm,
  type SupplierDeclarationForm,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { AnswerInput, answerInputs } from './campaign.js';

// §72.1: a potential supplier declares through its one-time link, without an account. Both
// operations are anonymous ones: they never resolve an actor, whatever credentials come along
// (see hotline-intake/anonymous-operations.ts).

const QuestionRef = builder.objectRef<SupplierDeclarationForm['questions'][number]>(
  'SupplierDeclarationQuestion',
);

builder.objectType(QuestionRef, {
  fields: (t) => ({
    code: t.exposeString('code'),
    text: t.field({ type: LocalizedTextRef, resolve: (q) => q.text }),
  }),
});

const FormRef = builder.objectRef<SupplierDeclarationForm>('SupplierDeclarationForm');

builder.objectType(FormRef, {
  description:
    "What a supplier's link opens: the organisation's questions and whether the link still serves.",
  fields: (t) => ({
    organizationName: t.exposeString('organizationName'),
    supplierName: t.exposeString('supplierName'),
    title: t.field({ type: LocalizedTextRef, resolve: (f) => f.title }),
    questions: t.field({ type: [QuestionRef], resolve: (f) => f.questions }),
    deadline: t.exposeString('deadline'),
    submitted: t.exposeBoolean('submitted', {
      description: 'The link served already: it takes no second declaration.',
    }),
    open: t.exposeBoolean('open', { description: 'Whether the campaign still takes declarations.' }),
  }),
});

builder.queryField('supplierDeclarationForm', (t) =>
  t.field({
    type: FormRef,
    description:
      "Anonymous: the questionnaire a potential supplier's one-time link opens (VALIDATION: no such link).",
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, { token }, context) => supplierDeclarationForm(context.orm.em.fork(), token),
  }),
);

const SupplierSubmitInput = builder.inputType('SupplierDeclarationInput', {
  fields: (t) => ({
    bin: t.string({ required: true, description: "The supplier's BIN, 12 digits with its check digit." }),
    answers: t.field({ type: [AnswerInput], required: true }),
  }),
});

builder.mutationField('submitSupplierDeclaration', (t) =>
  t.field({
    type: 'Boolean',
    description:
      "Anonymous: a potential supplier's declaration through its one-time link, with its BIN. The link serves once: " +
      'used again it is CONFLICT; an invalid BIN is VALIDATION.',
    args: {
      token: t.arg.string({ required: true }),
      input: t.arg({ type: SupplierSubmitInput, required: true }),
    },
    resolve: async (_root, { token, input }, context) => {
      await context.orm.em
        .fork()
        .transactional((em) =>
          submitSupplierDeclaration(em, token, { bin: input.bin, answers: answerInputs(input.answers) }),
        );
      return true;
    },
  }),
);
