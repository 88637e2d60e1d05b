import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  GetHotlineCaseTimelineDocument,
  ListHotlineCaseLabelsDocument,
  SetHotlineCaseLabelsDocument,
  SetHotlineCasePriorityDocument,
  type GetHotlineCaseTimelineQuery,
  type HotlinePriority,
} from '../graphql/generated/graphql';
import { useHotlineCaseStore } from './hotline-case';

export type TimelineStep = GetHotlineCaseTimelineQuery['hotlineCase']['timeline'][number];

/**
 * What the handlers mark a case with (labels, a priority), the labels already in use to suggest,
 * and the case's history from the audit trail.
 */
export const useCaseMarkingStore = defineStore('hotline-case-marking', () => {
  const graphql = useGraphql();
  const cases = useHotlineCaseStore();
  const suggestions = ref<string[]>([]);
  const timeline = ref<TimelineStep[]>([]);
  const timelineCaseId = ref<string | null>(null);
  const { status: timelineStatus, error: timelineError, track } = useLoadState();

  async function loadSuggestions(): Promise<void> {
    suggestions.value = (await graphql.request(ListHotlineCaseLabelsDocument, {})).hotlineCaseLabels;
  }

  async function setLabels(labels: string[]): Promise<void> {
    cases.replace(
      (await graphql.request(SetHotlineCaseLabelsDocument, { id: cases.currentId(), labels }))
        .setHotlineCaseLabels,
    );
    timelineCaseId.value = null;
  }

  async function setPriority(priority: HotlinePriority): Promise<void> {
    cases.replace(
      (await graphql.request(SetHotlineCasePriorityDocument, { id: cases.currentId(), priority }))
        .setHotlineCasePriority,
    );
    timelineCaseId.value = null;
  }

  function loadTimeline(id: string): Promise<void> {
    if (timelineCaseId.value !== id) timeline.value = [];
    return track(async () => {
      timeline.value = (await graphql.request(GetHotlineCaseTimelineDocument, { id })).hotlineCase.timeline;
      timelineCaseId.value = id;
    });
  }

  return {
    suggestions,
    timeline,
    timelineCaseId,
    timelineStatus,
    timelineError,
    loadSuggestions,
    setLabels,
    setPriority,
    loadTimeline,
  };
});
