import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState, type LocalizedText } from '@adal/sdk';
import { GetTrainingCompletionDocument, type GetTrainingCompletionQuery } from '../graphql/generated/graphql';

export type TrainingCompletion = GetTrainingCompletionQuery['trainingCompletion'];
export type CompletionFigures = TrainingCompletion['total'];
export type CompletionRow = TrainingCompletion['rows'][number];

/** A unit of the breadcrumb, named in every language so a change of language renames it. */
export interface OrgUnitStep {
  id: string;
  names: LocalizedText;
}

/**
 * Completion figures for one course (or all) and one org unit, drilled down the structure:
 * `trail` is the path from the root to the unit shown, for the breadcrumb.
 */
export const useCompletionStore = defineStore('training-completion', () => {
  const graphql = useGraphql();
  const courseId = ref<string | null>(null);
  const trail = ref<OrgUnitStep[]>([]);
  const completion = ref<TrainingCompletion | null>(null);
  const { status, error, track } = useLoadState();

  const orgUnitId = computed(() => trail.value.at(-1)?.id ?? null);

  function load(): Promise<void> {
    const variables = { courseId: courseId.value, orgUnitId: orgUnitId.value };
    return track(async () => {
      const data = (await graphql.request(GetTrainingCompletionDocument, variables)).trainingCompletion;
      completion.value = data;
      // The first answer names the root the viewer may see: it starts the breadcrumb.
      if (trail.value.length === 0) trail.value = [{ id: data.orgUnit.id, names: data.orgUnit.names }];
    });
  }

  function selectCourse(id: string | null): Promise<void> {
    courseId.value = id;
    return load();
  }

  function drillDown(unit: OrgUnitStep): Promise<void> {
    trail.value = [...trail.value, { id: unit.id, names: unit.names }];
    return load();
  }

  /** Goes back up to the `index`-th unit of the breadcrumb. */
  function goUp(index: number): Promise<void> {
    trail.value = trail.value.slice(0, index + 1);
    return load();
  }

  return { courseId, trail, orgUnitId, completion, status, error, load, selectCourse, drillDown, goUp };
});
