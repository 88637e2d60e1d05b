import {
  assignHotlineCase,
  investigatorCandidates,
  linkInvolvedPersons,
  type InvestigatorCandidate,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { changeCase, changeCaseOrLetGo, HotlineCaseRef } from './hotline-case.js';
import { CASE_ACCESS } from './hotline-case-summary.js';
import { PersonRefType } from './person-ref.js';

const InvestigatorCandidateRef = builder.objectRef<InvestigatorCandidate>('InvestigatorCandidate');

builder.objectType(InvestigatorCandidateRef, {
  description: 'An investigator and whether they may take the case.',
  fields: (t) => ({
    person: t.field({ type: PersonRefType, resolve: (candidate) => candidate.person }),
    eligible: t.exposeBoolean('eligible'),
    reason: t.exposeString('reason', {
      nullable: true,
      description:
        'Why not: named (the report names them), reporting_line (a named person’s line, §69) or declared_conflict (they declared a conflict of interest on it, Annex 2 case 7).',
    }),
  }),
});

builder.queryField('hotlineInvestigatorCandidates', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: [InvestigatorCandidateRef],
    args: { caseId: t.arg.id({ required: true }) },
    resolve: (_root, { caseId }, context) =>
      investigatorCandidates(context.em, context.actor, String(caseId)),
  }),
);

builder.mutationField('assignHotlineCase', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    description:
      'Assigns the case to investigators, replacing the current ones. Never a person the report names nor anyone in ' +
      'their reporting line: VALIDATION with { personId, reason }, and nothing changes.',
    args: {
      id: t.arg.id({ required: true }),
      investigatorIds: t.arg.idList({ required: true }),
    },
    resolve: (_root, { id, investigatorIds }, context) =>
      changeCase(context, String(id), (em, now) =>
        assignHotlineCase(em, context.actor, String(id), investigatorIds.map(String), now),
      ),
  }),
);

builder.mutationField('linkHotlineInvolvedPersons', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    nullable: true,
    description:
      'Records the people the report names, which rules them and their line out as investigators and takes every ' +
      'access to the case from them. The case’s manager sets the list; its investigators may only add to it. ' +
      'Naming a compliance head hands the case to the alternate handler. Null when the change took the case out of ' +
      'the viewer’s hands (they named themselves, or a compliance head); the change is kept.',
    args: {
      id: t.arg.id({ required: true }),
      personIds: t.arg.idList({ required: true }),
    },
    resolve: (_root, { id, personIds }, context) =>
      changeCaseOrLetGo(context, String(id), (em) =>
        linkInvolvedPersons(em, context.actor, String(id), personIds.map(String)),
      ),
  }),
);
