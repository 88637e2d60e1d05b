import type { EntityManager } from '@mikro-orm/postgresql';
import { SMALL_COUNT_THRESHOLD } from '../../kpi/kpi-definition.js';

/** How many of a group were asked, how many answered, and the responses its members left. */
export interface GroupCounts {
  asked: number;
  answered: number;
  responses: number;
}

/**
 * Whether a group's results may be shown: it holds at least 5 answers, and the rest of every
 * wider group holding it (its parent units' subtrees, the whole survey) holds none or at least 5
 * too — else the wider group's results minus this one's would show the answers of 1 to 4 people.
 * What this leaves: the sum of several shown groups taken from a wider one is not checked.
 */
export const GROUP_RESULTS = ['shown', 'too_few', 'remainder_too_few'] as const;
export type GroupResults = (typeof GROUP_RESULTS)[number];

/** A unit's subtree is a path prefix (`/<root>/…/<unit>/`); null stands for the whole survey. */
export type GroupPath = string | null;

/** The ancestors' paths of a unit's path, nearest last: `/a/b/c/` → `/a/`, `/a/b/`. */
function ancestorPaths(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.slice(0, -1).map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/** A survey's counts by the unit each participant and response belongs to. */
export class SurveyGroups {
  private constructor(private readonly byPath: ReadonlyMap<string | null, GroupCounts>) {}

  static async load(em: EntityManager, surveyId: string): Promise<SurveyGroups> {
    const rows = await em.execute<
      { path: string | null; asked: string | number; answered: string | number; responses: string | number }[]
    >(
      `select u.path, count(*) as asked, count(*) filter (where s.answered) as answered, 0 as responses
         from culture_survey_participation s left join org_unit u on u.id = s.org_unit_id
        where s.survey_id = ? group by u.path
       union all
       select u.path, 0, 0, count(*)
         from culture_survey_response r left join org_unit u on u.id = r.org_unit_id
        where r.survey_id = ? group by u.path`,
      [surveyId, surveyId],
    );
    const byPath = new Map<string | null, GroupCounts>();
    for (const row of rows) {
      const counts = byPath.get(row.path) ?? { asked: 0, answered: 0, responses: 0 };
      counts.asked += Number(row.asked);
      counts.answered += Number(row.answered);
      counts.responses += Number(row.responses);
      byPath.set(row.path, counts);
    }
    return new SurveyGroups(byPath);
  }

  /** The counts of a unit's subtree, or of the whole survey. */
  counts(path: GroupPath): GroupCounts {
    const total = { asked: 0, answered: 0, responses: 0 };
    for (const [own, counts] of this.byPath) {
      if (path !== null && !own?.startsWith(path)) continue;
      total.asked += counts.asked;
      total.answered += counts.answered;
      total.responses += counts.responses;
    }
    return total;
  }

  /** Whether anyone asked belongs to a unit below this one. */
  hasAskedBelow(path: string): boolean {
    return [...this.byPath].some(
      ([own, counts]) => own !== path && own?.startsWith(path) && counts.asked > 0,
    );
  }

  results(path: GroupPath): GroupResults {
    const responses = this.counts(path).responses;
    if (responses < SMALL_COUNT_THRESHOLD) return 'too_few';
    if (path === null) return 'shown';
    for (const wider of [null, ...ancestorPaths(path)]) {
      const rest = this.counts(wider).responses - responses;
      if (rest > 0 && rest < SMALL_COUNT_THRESHOLD) return 'remainder_too_few';
    }
    return 'shown';
  }
}
