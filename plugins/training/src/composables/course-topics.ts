import type { CourseTopic } from '../graphql/generated/graphql';

/** §34, §68: the topics a course is written on, in the order the author picks from. */
export const COURSE_TOPICS: readonly CourseTopic[] = [
  'general',
  'conflict_of_interest',
  'gifts',
  'procurement',
  'hr',
  'middle_managers',
  'hotline',
  'code_of_ethics',
  'sponsorship_charity',
  'induction',
];
