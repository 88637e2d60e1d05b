import {
  DEFAULT_PEOPLE_SEARCH_LIMIT,
  MAX_PEOPLE_SEARCH_LIMIT,
  MIN_PEOPLE_SEARCH_LENGTH,
  PEOPLE_SEARCHERS,
  searchPeople,
  type PersonSearchResult,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { OrgUnitRef } from './org-unit.js';

const PersonSearchResultRef = builder.objectRef<PersonSearchResult>('PersonSearchResult');

builder.objectType(PersonSearchResultRef, {
  description: 'A person a picker offers: the name, with the e-mail and unit to tell namesakes apart.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fullName: t.exposeString('fullName'),
    email: t.exposeString('email'),
    // Read with the person: no second load.
    orgUnit: t.field({ type: OrgUnitRef, resolve: (person) => person.orgUnit }),
  }),
});

builder.queryField('people', (t) =>
  t.withAuth({ anyRole: PEOPLE_SEARCHERS }).field({
    type: [PersonSearchResultRef],
    description:
      "Active people of the viewer's organisation whose name or e-mail holds every word of `search` " +
      '(or whose IIN it is), by name; for the pickers of staff forms.',
    args: {
      search: t.arg.string({
        required: true,
        description: `At least ${MIN_PEOPLE_SEARCH_LENGTH} characters.`,
      }),
      limit: t.arg.int({
        defaultValue: DEFAULT_PEOPLE_SEARCH_LIMIT,
        description: `1 to ${MAX_PEOPLE_SEARCH_LIMIT}.`,
      }),
    },
    resolve: (_root, { search, limit }, context) =>
      searchPeople(context.em, context.actor, { search, limit: limit ?? DEFAULT_PEOPLE_SEARCH_LIMIT }),
  }),
);
