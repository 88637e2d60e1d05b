import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ListMyAssignmentsDocument,
  MarkLessonDoneDocument,
  type MyAssignmentFieldsFragment,
} from '../graphql/generated/graphql';

export type MyAssignment = MyAssignmentFieldsFragment;
export type Lesson = MyAssignment['course']['lessons'][number];

/** The viewer's assigned courses ("My training"). */
export const useMyAssignmentsStore = defineStore('training-my-assignments', () => {
  const graphql = useGraphql();
  const assignments = ref<MyAssignment[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      assignments.value = (await graphql.request(ListMyAssignmentsDocument)).myAssignments;
    });
  }

  /** Loads once; pages opened directly (a reload, a shared link) call this. */
  async function ensureLoaded(): Promise<void> {
    if (status.value === 'idle' || status.value === 'error') await load();
  }

  function byId(id: string): MyAssignment | undefined {
    return assignments.value.find((assignment) => assignment.id === id);
  }

  function byTestId(testId: string): MyAssignment | undefined {
    return assignments.value.find((assignment) => assignment.testId === testId);
  }

  /** Lessons being recorded now, so that a lesson opened twice quickly is sent once. */
  const marking = new Set<string>();
  const markFailed = ref(false);

  /**
   * Records a lesson of the course as done (opened, or read to its end) and takes the course's
   * standing the server answers: lessons done, and whether the test can start now.
   */
  async function markLessonDone(courseId: string, lessonId: string): Promise<void> {
    const current = assignments.value.find((a) => a.course.id === courseId);
    if (!current || current.doneLessonIds.includes(lessonId) || marking.has(lessonId)) return;
    marking.add(lessonId);
    markFailed.value = false;
    try {
      const updated = (await graphql.request(MarkLessonDoneDocument, { courseId, lessonId })).markLessonDone;
      assignments.value = assignments.value.map((a) => (a.course.id === courseId ? updated : a));
    } catch {
      markFailed.value = true;
    } finally {
      marking.delete(lessonId);
    }
  }

  return { assignments, status, error, markFailed, load, ensureLoaded, byId, byTestId, markLessonDone };
});
