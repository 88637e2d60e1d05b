import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  CultureLinkableCoursesDocument,
  CultureLinkableSessionsDocument,
  CultureOrgUnitsDocument,
  CultureRiskChoicesDocument,
  type CultureLinkableCoursesQuery,
  type CultureLinkableSessionsQuery,
  type CultureOrgUnitsQuery,
  type CultureRiskChoicesQuery,
} from '../graphql/generated/graphql';

export type LinkableCourse = CultureLinkableCoursesQuery['cultureLinkableCourses'][number];
export type LinkableSession = CultureLinkableSessionsQuery['cultureLinkableSessions'][number];
export type CultureOrgUnit = CultureOrgUnitsQuery['orgUnits'][number];
export type RiskChoice = CultureRiskChoicesQuery['riskChoices'][number];

/**
 * What the activity dialog offers: the organisation's units (for an audience of units), the
 * published courses (a test's course), the plan year's training sessions and the open risks of
 * the register (those it answers, §9.1, §34). Read once a year.
 */
export const useActivityChoicesStore = defineStore('culture-activity-choices', () => {
  const graphql = useGraphql();
  const orgUnits = ref<CultureOrgUnit[]>([]);
  const courses = ref<LinkableCourse[]>([]);
  const sessions = ref<LinkableSession[]>([]);
  const risks = ref<RiskChoice[]>([]);
  const loadedYear = ref<number | null>(null);
  const { status, error, track } = useLoadState();

  function load(year: number): Promise<void> {
    if (loadedYear.value === year && status.value === 'ready') return Promise.resolve();
    return track(async () => {
      const [units, linkableCourses, linkableSessions, riskChoices] = await Promise.all([
        graphql.request(CultureOrgUnitsDocument),
        graphql.request(CultureLinkableCoursesDocument),
        graphql.request(CultureLinkableSessionsDocument, { year }),
        graphql.request(CultureRiskChoicesDocument),
      ]);
      // Parents before children, as the server gives them: the list reads as the structure.
      orgUnits.value = units.orgUnits;
      courses.value = linkableCourses.cultureLinkableCourses;
      sessions.value = linkableSessions.cultureLinkableSessions;
      risks.value = riskChoices.riskChoices;
      loadedYear.value = year;
    });
  }

  /** The units alone, to name an activity's audience (anyone signed in reads the structure). */
  async function loadUnits(): Promise<void> {
    if (orgUnits.value.length > 0) return;
    orgUnits.value = (await graphql.request(CultureOrgUnitsDocument)).orgUnits;
  }

  return { orgUnits, courses, sessions, risks, status, error, load, loadUnits };
});
