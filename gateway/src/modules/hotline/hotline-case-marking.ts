import { caseLabelSuggestions, MAX_LABEL_SUGGESTIONS, setCaseLabels, setCasePriority } from '@adal/domain';
import { builder } from '../../builder.js';
import { HotlinePriorityEnum } from './enums.js';
import { changeCase, HotlineCaseRef } from './hotline-case.js';
import { CASE_ACCESS } from './hotline-case-summary.js';

// What a case's handlers mark it with: their own labels and a priority, both on the audit trail.

builder.mutationField('setHotlineCaseLabels', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    description:
      'Replaces the case’s labels (its manager or an assigned investigator). Tidied and lower-cased; at most 10, ' +
      'each at most 40 characters, else VALIDATION. The labels added and removed go on the audit trail.',
    args: { id: t.arg.id({ required: true }), labels: t.arg.stringList({ required: true }) },
    resolve: (_root, { id, labels }, context) =>
      changeCase(context, String(id), (em) => setCaseLabels(em, context.actor, String(id), labels)),
  }),
);

builder.mutationField('setHotlineCasePriority', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    description:
      'Sets how soon the case is to be taken up (its handlers); the old and new priority on the trail.',
    args: {
      id: t.arg.id({ required: true }),
      priority: t.arg({ type: HotlinePriorityEnum, required: true }),
    },
    resolve: (_root, { id, priority }, context) =>
      changeCase(context, String(id), (em) => setCasePriority(em, context.actor, String(id), priority)),
  }),
);

builder.queryField('hotlineCaseLabels', (t) =>
  t.withAuth(CASE_ACCESS).stringList({
    description:
      `The labels in use on the cases the signed-in person's queue shows whole, most used first (at most ` +
      `${MAX_LABEL_SUGGESTIONS}): the suggestions offered while typing one.`,
    resolve: (_root, _args, context) => caseLabelSuggestions(context.em, context.actor),
  }),
);
