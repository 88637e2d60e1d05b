import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  CreateTrainingCourseDocument,
  ListAuthoredCoursesDocument,
  type AuthoredCourseRowFragment,
  type CreateTrainingCourseInput,
} from '../graphql/generated/graphql';

export type AuthoredCourseRow = AuthoredCourseRowFragment;

/** The organisation's courses for their authors, last changed first, found by title on the server. */
export const useAuthoredCoursesStore = defineStore('authored-courses', () => {
  const graphql = useGraphql();
  /** The search the list shows, as sent. */
  const search = ref('');
  const courses = ref<AuthoredCourseRow[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      courses.value = (
        await graphql.request(ListAuthoredCoursesDocument, {
          search: search.value === '' ? null : search.value,
        })
      ).authoredTrainingCourses;
    });
  }

  function find(text: string): Promise<void> {
    search.value = text.trim();
    return load();
  }

  /** Creates a course (its first draft) and answers its id. Errors are the caller's. */
  async function create(input: CreateTrainingCourseInput): Promise<string> {
    const created = (await graphql.request(CreateTrainingCourseDocument, { input })).createTrainingCourse;
    return created.course.id;
  }

  return { search, courses, status, error, load, find, create };
});
