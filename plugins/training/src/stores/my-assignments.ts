import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  GetMyAssignmentDocument,
  ListMyAssignmentsDocument,
  MarkLessonDoneDocument,
  type MyAssignmentFieldsFragment,
  type MyAssignmentSummaryFieldsFragment,
} from '../graphql/generated/graphql';

/** A course as the list of My training shows it: its standing, without its lessons. */
export type MyAssignmentSummary = MyAssignmentSummaryFieldsFragment;
/** A course as its own page shows it: its standing and its lessons. */
export type MyAssignment = MyAssignmentFieldsFragment;
export type Lesson = MyAssignment['course']['lessons'][number];

/**
 * The viewer's assigned courses ("My training"): the list, and the courses opened on their own
 * page, each with its lessons. The list carries no lessons, so that it stays small on a phone
 * however long a course's texts are.
 */
export const useMyAssignmentsStore = defineStore('training-my-assignments', () => {
  const graphql = useGraphql();
  const assignments = ref<MyAssignmentSummary[]>([]);
  const { status, error, track } = useLoadState();
  /** The courses opened on their own page, by enrolment id; null: not the viewer's. */
  const courses = ref<Record<string, MyAssignment | null>>({});
  const course = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      assignments.value = (await graphql.request(ListMyAssignmentsDocument)).myAssignments;
    });
  }

  /** A course's page, always fresh: its standing changes when a lesson is done or a test taken. */
  function loadCourse(enrolmentId: string): Promise<void> {
    return course.track(async () => {
      const { myAssignment } = await graphql.request(GetMyAssignmentDocument, { id: enrolmentId });
      courses.value = { ...courses.value, [enrolmentId]: myAssignment };
    });
  }

  /** The course of a page once loaded; null when it is not the viewer's, undefined before. */
  function courseById(enrolmentId: string): MyAssignment | null | undefined {
    return courses.value[enrolmentId];
  }

  function byTestId(testId: string): MyAssignmentSummary | undefined {
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
    const current = Object.values(courses.value).find((mine) => mine?.course.id === courseId);
    if (!current || current.doneLessonIds.includes(lessonId) || marking.has(lessonId)) return;
    marking.add(lessonId);
    markFailed.value = false;
    try {
      const updated = (await graphql.request(MarkLessonDoneDocument, { courseId, lessonId })).markLessonDone;
      // The list is loaded afresh whenever My training opens; only the course's page needs this.
      courses.value = { ...courses.value, [updated.id]: updated };
    } catch {
      markFailed.value = true;
    } finally {
      marking.delete(lessonId);
    }
  }

  return {
    assignments,
    status,
    error,
    courseStatus: course.status,
    courseError: course.error,
    markFailed,
    load,
    loadCourse,
    courseById,
    byTestId,
    markLessonDone,
  };
});
