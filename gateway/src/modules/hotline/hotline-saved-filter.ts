import {
  deleteSavedCaseFilter,
  MAX_SAVED_FILTERS,
  mySavedCaseFilters,
  saveCaseFilter,
  type SavedCaseFilter,
  type SavedCaseFilterView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { HotlineCategoryEnum, HotlineChannelEnum, HotlinePriorityEnum, HotlineStatusEnum } from './enums.js';
import { CASE_ACCESS } from './hotline-case-summary.js';

// Each person's own named sets of queue filters, kept on the server.

const SavedFilterValuesRef = builder.objectRef<SavedCaseFilter>('HotlineSavedFilterValues');

builder.objectType(SavedFilterValuesRef, {
  fields: (t) => ({
    status: t.field({ type: HotlineStatusEnum, nullable: true, resolve: (f) => f.status ?? null }),
    category: t.field({ type: HotlineCategoryEnum, nullable: true, resolve: (f) => f.category ?? null }),
    channel: t.field({ type: HotlineChannelEnum, nullable: true, resolve: (f) => f.channel ?? null }),
    priority: t.field({ type: HotlinePriorityEnum, nullable: true, resolve: (f) => f.priority ?? null }),
    labels: t.stringList({ resolve: (f) => [...(f.labels ?? [])] }),
    overdueOnly: t.boolean({ resolve: (f) => f.overdueOnly === true }),
    assignedToMe: t.boolean({ resolve: (f) => f.assignedToMe === true }),
    search: t.string({ nullable: true, resolve: (f) => f.search ?? null }),
  }),
});

const SavedFilterRef = builder.objectRef<SavedCaseFilterView>('HotlineSavedFilter');

builder.objectType(SavedFilterRef, {
  description: 'A set of queue filters its owner saved under a name.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    filter: t.field({ type: SavedFilterValuesRef, resolve: (f) => f.filter }),
  }),
});

const SavedFilterInput = builder.inputType('HotlineSavedFilterInput', {
  fields: (t) => ({
    status: t.field({ type: HotlineStatusEnum }),
    category: t.field({ type: HotlineCategoryEnum }),
    channel: t.field({ type: HotlineChannelEnum }),
    priority: t.field({ type: HotlinePriorityEnum }),
    labels: t.stringList(),
    overdueOnly: t.boolean(),
    assignedToMe: t.boolean(),
    search: t.string(),
  }),
});

builder.queryField('mySavedHotlineFilters', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: [SavedFilterRef],
    description: `The signed-in person's saved queue filters, by name (at most ${MAX_SAVED_FILTERS}).`,
    resolve: (_root, _args, context) => mySavedCaseFilters(context.em, context.actor),
  }),
);

builder.mutationField('saveHotlineFilter', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: SavedFilterRef,
    description: 'Saves the filters under a name, replacing those saved under the same name.',
    args: {
      name: t.arg.string({ required: true }),
      filter: t.arg({ type: SavedFilterInput, required: true }),
    },
    resolve: (_root, { name, filter }, context) =>
      context.em.transactional(async (em) => {
        const saved = await saveCaseFilter(em, context.actor, name, filter, new Date());
        await em.flush();
        return saved;
      }),
  }),
);

builder.mutationField('deleteHotlineFilter', (t) =>
  t.withAuth(CASE_ACCESS).boolean({
    description: 'Deletes one of the signed-in person’s saved filters; NOT_FOUND for anyone else’s.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional(async (em) => {
        await deleteSavedCaseFilter(em, context.actor, String(id));
        await em.flush();
        return true;
      }),
  }),
);
