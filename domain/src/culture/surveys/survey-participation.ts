import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { SMALL_COUNT_THRESHOLD } from '../../kpi/kpi-definition.js';
import { isUuid } from '../../org/org-queries.js';
import { OrgUnit, type IOrgUnit } from '../../org/org-unit.entity.js';
import { SurveyGroups, type GroupCounts, type GroupResults } from './survey-groups.js';
import type { CultureSurveyView } from './survey-views.js';

/** Asked, answered and the share answered; withheld (all null) for a unit where 1 to 4 were asked. */
export interface ParticipationFigures {
  asked: number | null;
  answered: number | null;
  /** Percent, one decimal. */
  share: number | null;
  withheld: boolean;
  /** Whether the group's results may be shown (see GroupResults). */
  results: GroupResults;
}

export interface UnitParticipation extends ParticipationFigures {
  orgUnitId: string;
  names: LocalizedText;
  /** Whether a level below holds people asked, to drill down into. */
  hasChildren: boolean;
}

export interface SurveyParticipation {
  surveyId: string;
  /** The unit drilled into; null: the whole survey. */
  orgUnitId: string | null;
  names: LocalizedText | null;
  totals: ParticipationFigures;
  /** The units right under it that hold people asked, each counting its whole subtree. */
  units: UnitParticipation[];
}

function figures(counts: GroupCounts, results: GroupResults, mayWithhold: boolean): ParticipationFigures {
  // Split by unit, a group of 1 to 4 would say whether a named colleague answered.
  if (mayWithhold && counts.asked > 0 && counts.asked < SMALL_COUNT_THRESHOLD) {
    return { asked: null, answered: null, share: null, withheld: true, results };
  }
  const share = counts.asked === 0 ? null : Math.round((1000 * counts.answered) / counts.asked) / 10;
  return { asked: counts.asked, answered: counts.answered, share, withheld: false, results };
}

/** The unit a figure is asked for, of the viewer's organisation; VALIDATION otherwise. */
export async function scopeUnit(
  em: EntityManager,
  actor: Actor,
  orgUnitId: string | null | undefined,
): Promise<IOrgUnit | null> {
  if (!orgUnitId) return null;
  const unit = isUuid(orgUnitId)
    ? await em.findOne(OrgUnit, { id: orgUnitId, organization: actor.organizationId })
    : null;
  if (!unit) throw ValidationError.because('org.unknownOrgUnit', { field: 'orgUnitId' });
  return unit;
}

/**
 * §68: how many were asked and how many answered, for the survey or one unit's subtree, with the
 * units right under it — never who. Null for a viewer who does not follow the survey's results.
 */
export async function cultureSurveyParticipation(
  em: EntityManager,
  actor: Actor,
  view: CultureSurveyView,
  orgUnitId: string | null = null,
): Promise<SurveyParticipation | null> {
  if (!view.readsResults) return null;
  const unit = await scopeUnit(em, actor, orgUnitId);
  const groups = await SurveyGroups.load(em, view.survey.id);
  const scope = unit?.path ?? null;
  const children = await em.find(
    OrgUnit,
    { organization: actor.organizationId, parent: unit?.id ?? null },
    { orderBy: { name: 'asc', id: 'asc' } },
  );
  return {
    surveyId: view.survey.id,
    orgUnitId: unit?.id ?? null,
    names: unit ? localizedName(unit.names, unit.name) : null,
    totals: figures(groups.counts(scope), groups.results(scope), unit !== null),
    units: children
      .filter((child) => groups.counts(child.path).asked > 0)
      .map((child) => ({
        orgUnitId: child.id,
        names: localizedName(child.names, child.name),
        hasChildren: groups.hasAskedBelow(child.path),
        ...figures(groups.counts(child.path), groups.results(child.path), true),
      })),
  };
}
