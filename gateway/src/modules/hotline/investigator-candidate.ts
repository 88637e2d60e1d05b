import {
  assignHotlineCase,
  HOTLINE_MANAGERS,
  investigatorCandidates,
  linkInvolvedPersons,
  type InvestigatorCandidate,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { changeCase, HotlineCaseRef } from './hotline-case.js';
import { PersonRefType } from './person-ref.js';

const InvestigatorCandidateRef = builder.objectRef<InvestigatorCandidate>('InvestigatorCandidate');

builder.objectType(InvestigatorCandidateRef, {
  description: 'An investigator and whether they may take the case.',
  fields: (t) => ({
    person: t.field({ type: PersonRefType, resolve: (candidate) => candidate.person }),
    eligible: t.exposeBoolean('eligible'),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'Why not: named (the report names them) or reporting_line (a named person’s line, §69).',
    }),
  }),
});

builder.queryField('hotlineInvestigatorCandidates', (t) =>
  t.withAuth({ anyRole: HOTLINE_MANAGERS }).field({
    type: [InvestigatorCandidateRef],
    args: { caseId: t.arg.id({ required: true }) },
    resolve: (_root, { caseId }, context) =>
      investigatorCandidates(context.em, context.actor, String(caseId)),
  }),
);

builder.mutationField('assignHotlineCase', (t) =>
  t.withAuth({ anyRole: HOTLINE_MANAGERS }).field({
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
  t.withAuth({ anyRole: HOTLINE_MANAGERS }).field({
    type: HotlineCaseRef,
    description:
      'Records the people the report names (at triage), which rules them and their line out as investigators.',
    args: {
      id: t.arg.id({ required: true }),
      personIds: t.arg.idList({ required: true }),
    },
    resolve: (_root, { id, personIds }, context) =>
      changeCase(context, String(id), (em) =>
        linkInvolvedPersons(em, context.actor, String(id), personIds.map(String)),
      ),
  }),
);
