import {
  DIRECTORY_SORT_FIELDS,
  deactivatePerson,
  directoryPerson,
  grantRole,
  listPeopleDirectory,
  MAX_DIRECTORY_PAGE,
  orgUnitHeadcounts,
  reactivatePerson,
  revokeRole,
  updatePerson,
  type Actor,
  type DirectoryPerson,
  type EntityManager,
  type OrgUnitHeadcount,
  type PeopleDirectoryPage,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { LocaleEnum, NameTranslationsInput } from '../kernel/locale.js';
import { RoleEnum } from '../kernel/role.js';
import { SortDirectionEnum } from '../kernel/sort-direction.js';
import { OrgUnitRef } from './org-unit.js';
import { PositionRef } from './position.js';

const StaffMemberRef = builder.objectRef<DirectoryPerson>('StaffMember');

builder.objectType(StaffMemberRef, {
  description: 'A person as the organisation administrator keeps them: record, unit, post, status and roles.',
  fields: (t) => ({
    id: t.id({ resolve: ({ person }) => person.id }),
    fullName: t.string({ resolve: ({ person }) => person.fullName }),
    email: t.string({ resolve: ({ person }) => person.email }),
    locale: t.field({ type: LocaleEnum, resolve: ({ person }) => person.locale }),
    // The unit and the post are read with the row: no second load.
    orgUnit: t.field({ type: OrgUnitRef, resolve: ({ person }) => person.orgUnit }),
    position: t.field({
      type: PositionRef,
      nullable: true,
      resolve: ({ person }) => person.position ?? null,
    }),
    active: t.boolean({ resolve: ({ person }) => person.active }),
    roles: t.field({ type: [RoleEnum], resolve: ({ roles }) => roles }),
  }),
});

const StaffPageRef = builder.objectRef<PeopleDirectoryPage>('StaffPage');

builder.objectType(StaffPageRef, {
  description: 'One page of the staff directory and how many people match in all.',
  fields: (t) => ({
    total: t.exposeInt('total'),
    people: t.field({ type: [StaffMemberRef], resolve: (page) => page.people }),
  }),
});

const StaffStatusEnum = builder.enumType('StaffStatus', { values: ['active', 'inactive', 'all'] as const });

const StaffSort = builder.inputType('StaffSort', {
  description: 'The order of the staff directory: by name or e-mail, A to Z or back.',
  fields: (t) => ({
    field: t.field({
      type: builder.enumType('StaffSortField', { values: DIRECTORY_SORT_FIELDS }),
      required: true,
    }),
    direction: t.field({ type: SortDirectionEnum, required: true }),
  }),
});

builder.queryField('staff', (t) =>
  t.withAuth({ role: 'org_admin' }).field({
    type: StaffPageRef,
    description:
      "The organisation's people for its administrator, by name, one page at a time: whose name or e-mail " +
      'holds every word of `search` (or whose IIN it is), in a unit and below it, active or not.',
    args: {
      search: t.arg.string(),
      orgUnitId: t.arg.id({ description: 'The unit and its subtree.' }),
      status: t.arg({ type: StaffStatusEnum, defaultValue: 'active' }),
      limit: t.arg.int({ defaultValue: 25, description: `1 to ${MAX_DIRECTORY_PAGE}.` }),
      offset: t.arg.int({ defaultValue: 0 }),
      sort: t.arg({ type: StaffSort, description: 'By name, A to Z, when absent.' }),
    },
    resolve: (_root, args, context) =>
      listPeopleDirectory(context.em, context.actor, {
        search: args.search ?? null,
        orgUnitId: args.orgUnitId ? String(args.orgUnitId) : null,
        status: args.status ?? 'active',
        limit: args.limit ?? 25,
        offset: args.offset ?? 0,
        sort: args.sort ?? null,
      }),
  }),
);

const HeadcountRef = builder.objectRef<OrgUnitHeadcount>('OrgUnitHeadcount');

builder.objectType(HeadcountRef, {
  description: 'A unit with how many active people work in it, and in it and below it.',
  fields: (t) => ({
    orgUnit: t.field({ type: OrgUnitRef, resolve: (row) => row.unit }),
    depth: t.exposeInt('depth', { description: '0 for a root unit, 1 for its children, …' }),
    people: t.exposeInt('people'),
    peopleBelow: t.exposeInt('peopleBelow'),
  }),
});

builder.queryField('orgUnitHeadcounts', (t) =>
  t.withAuth({ role: 'org_admin' }).field({
    type: [HeadcountRef],
    description: "The organisation's units, parents before children, with their active people counted.",
    resolve: (_root, _args, context) => orgUnitHeadcounts(context.em, context.actor),
  }),
);

const StaffEditInput = builder.inputType('StaffEditInput', {
  fields: (t) => ({
    fullName: t.string({ required: true }),
    email: t.string({ required: true }),
    orgUnitId: t.id({ required: true }),
    position: t.string({ description: "The post's title; empty for none." }),
    positionTitles: t.field({
      type: NameTranslationsInput,
      description:
        "The post's title in each interface language, for everyone holding it; absent leaves them as they are.",
    }),
    positionUnderRestrictions: t.boolean({
      description:
        "§74.3: whether the post's holders are subject to the anti-corruption restrictions, for everyone holding " +
        'it; absent leaves the post as it is.',
    }),
  }),
});

/** Runs a change and answers the person's directory row as it now stands, in one transaction. */
function staffMember(
  em: EntityManager,
  actor: Actor,
  change: (em: EntityManager) => Promise<{ id: string }>,
): Promise<DirectoryPerson> {
  return em.transactional(async (tx) => directoryPerson(tx, actor, (await change(tx)).id));
}

builder.mutationField('updateStaffMember', (t) =>
  t.withAuth({ role: 'org_admin' }).field({
    type: StaffMemberRef,
    description:
      "Corrects a person's name, e-mail, unit and post. A bad value is a VALIDATION error naming its field; " +
      "another person's e-mail is refused (reason email_taken).",
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: StaffEditInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      staffMember(context.em, context.actor, (em) =>
        updatePerson(em, context.actor, String(id), {
          fullName: input.fullName,
          email: input.email,
          orgUnitId: String(input.orgUnitId),
          position: input.position ?? null,
          positionTitles: input.positionTitles ?? null,
          positionUnderRestrictions: input.positionUnderRestrictions ?? null,
        }),
      ),
  }),
);

builder.mutationField('grantRole', (t) =>
  t.withAuth({ role: 'org_admin' }).field({
    type: StaffMemberRef,
    description:
      "Grants a role in the viewer's organisation to one of its active people; NOT_FOUND for anyone else's.",
    args: { personId: t.arg.id({ required: true }), role: t.arg({ type: RoleEnum, required: true }) },
    resolve: (_root, { personId, role }, context) =>
      staffMember(context.em, context.actor, async (em) => {
        await grantRole(em, context.actor, String(personId), role);
        return { id: String(personId) };
      }),
  }),
);

builder.mutationField('revokeRole', (t) =>
  t.withAuth({ role: 'org_admin' }).field({
    type: StaffMemberRef,
    description:
      'Takes a role back. The last active organisation administrator keeps theirs (CONFLICT, reason last_org_admin).',
    args: { personId: t.arg.id({ required: true }), role: t.arg({ type: RoleEnum, required: true }) },
    resolve: (_root, { personId, role }, context) =>
      staffMember(context.em, context.actor, async (em) => {
        await revokeRole(em, context.actor, String(personId), role);
        return { id: String(personId) };
      }),
  }),
);

builder.mutationField('deactivateStaffMember', (t) =>
  t.withAuth({ role: 'org_admin' }).field({
    type: StaffMemberRef,
    description:
      'Takes a person off the staff: they cannot sign in or be enrolled; their records stay. The last active ' +
      'organisation administrator is refused (CONFLICT, reason last_org_admin).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      staffMember(context.em, context.actor, (em) => deactivatePerson(em, context.actor, String(id))),
  }),
);

builder.mutationField('reactivateStaffMember', (t) =>
  t.withAuth({ role: 'org_admin' }).field({
    type: StaffMemberRef,
    description: 'Brings a deactivated person back onto the staff, with the roles they held.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      staffMember(context.em, context.actor, (em) => reactivatePerson(em, context.actor, String(id))),
  }),
);
