import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { ListTrainingCoursesDocument, type ListTrainingCoursesQuery } from '../graphql/generated/graphql';

export type TrainingCourse = ListTrainingCoursesQuery['trainingCourses'][number];

/** The organisation's courses, for the completion filter. */
export const useTrainingCoursesStore = defineStore('training-courses', () => {
  const graphql = useGraphql();
  const courses = ref<TrainingCourse[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      courses.value = (await graphql.request(ListTrainingCoursesDocument)).trainingCourses;
    });
  }

  return { courses, status, error, load };
});
