import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { endOfKazakhstanDay, startOfKazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { parseCalendarDay } from '../../kernel/working-days.js';
import { SMALL_COUNT_THRESHOLD } from '../../kpi/kpi-definition.js';
import { OrgUnit, type IOrgUnit } from '../../org/org-unit.entity.js';
import { getOrgUnit } from '../../org/org-queries.js';
import type { CourseTopic } from '../authoring/course.entity.js';
import { getCourse } from '../authoring/courses.js';
import { bindNamed } from '../assignments/enrolment-status.js';
import { COMPLETION_READERS } from '../training-roles.js';

export interface KnowledgeGapsInput {
  courseId: string;
  /** The period's first and last day, YYYY-MM-DD, in Kazakhstan time. */
  periodFrom: string;
  periodTo: string;
  /** The subtree counted; the whole organisation without one. */
  orgUnitId?: string | null;
}

/** How often the tests asked something and how often the answer was wrong. */
export interface GapFigures {
  asked: number;
  wrong: number;
  /** Share of `asked` answered wrongly, percent with one decimal. */
  wrongPercent: number;
}

export interface QuestionGap extends GapFigures {
  questionId: string;
  text: LocalizedText;
  poolId: string;
  poolTitle: LocalizedText;
  topic: CourseTopic;
}

export interface TopicGap extends GapFigures {
  topic: CourseTopic;
  /** How many different questions of the topic were asked. */
  questions: number;
}

/** A direct child unit of the unit counted, with its subtree. */
export interface UnitGap {
  orgUnitId: string;
  name: string;
  names: LocalizedText;
  /**
   * True when fewer than SMALL_COUNT_THRESHOLD people of the unit took the test in the period:
   * its figures are withheld, since they would tell how a named person answered.
   */
  suppressed: boolean;
  people: number | null;
  figures: GapFigures | null;
}

export interface KnowledgeGapsReport {
  courseId: string;
  periodFrom: string;
  periodTo: string;
  orgUnitId: string;
  orgUnitNames: LocalizedText;
  /** Closed attempts (submitted or run out of time) counted, and the people who made them. */
  attempts: number;
  people: number;
  /**
   * True when a unit below the root was asked for and fewer than SMALL_COUNT_THRESHOLD people of
   * it took the test: every figure is withheld (the questions, topics and units come empty).
   */
  suppressed: boolean;
  total: GapFigures | null;
  /** The questions most often answered wrongly first (by share, then by count). */
  questions: QuestionGap[];
  /** The topics of the question pools, most often missed first. */
  topics: TopicGap[];
  /** The breakdown by the unit's children, by name. */
  units: UnitGap[];
}

// Every question drawn into a closed attempt of the course's test in the period, by people of the
// subtree, with whether the scored attempt counted it wrong (an unanswered question is wrong).
// One statement: per question, per topic, per child unit and in total through grouping sets.
const GAPS_SQL = `with closed as (
    select a.id, a.person_id, a.questions, coalesce(a.wrong_question_ids, '[]'::jsonb) as wrong_ids,
           nullif(split_part(substr(u.path, length(:path) + 1), '/', 1), '') as child_id
      from attempt a
      join course_test t on t.id = a.test_id
      join person p on p.id = a.person_id
      join org_unit u on u.id = p.org_unit_id
     where a.organization_id = cast(:organization as uuid)
       and t.course_id = cast(:course as uuid)
       and a.status <> 'open'
       and a.submitted_at >= cast(:from as timestamptz) and a.submitted_at < cast(:to as timestamptz)
       and u.path like :path || '%'
  ),
  asked as (
    select c.id as attempt_id, c.person_id, c.child_id, cast(d.item ->> 'questionId' as uuid) as question_id,
           c.wrong_ids @> jsonb_build_array(d.item ->> 'questionId') as wrong
      from closed c cross join lateral jsonb_array_elements(c.questions) as d(item)
  )
  select s.question_id, qp.topic, s.child_id,
         grouping(s.question_id, qp.topic, s.child_id) as grouped,
         count(*) as asked, count(*) filter (where s.wrong) as wrong,
         count(distinct s.question_id) as questions,
         count(distinct s.person_id) as people, count(distinct s.attempt_id) as attempts,
         min(q.text::text) as text, min(cast(q.pool_id as text)) as pool_id, min(qp.title::text) as pool_title,
         min(child.name) as child_name, min(child.names::text) as child_names
    from asked s
    join question q on q.id = s.question_id
    join question_pool qp on qp.id = q.pool_id
    left join org_unit child on child.id = cast(s.child_id as uuid)
   group by grouping sets ((s.question_id, qp.topic), (qp.topic), (s.child_id), ())`;

// grouping(question, topic, child) is a bit mask: a set bit is a column rolled up.
const BY_QUESTION = 0b001;
const BY_TOPIC = 0b101;
const BY_UNIT = 0b110;
const TOTAL = 0b111;

type Count = string | number | null | undefined;

interface GapRow {
  question_id: string | null;
  topic: CourseTopic | null;
  child_id: string | null;
  grouped: Count;
  asked: Count;
  wrong: Count;
  questions: Count;
  people: Count;
  attempts: Count;
  text: string | null;
  pool_id: string | null;
  pool_title: string | null;
  child_name: string | null;
  child_names: string | null;
}

function figures(row: GapRow | undefined): GapFigures {
  const asked = Number(row?.asked ?? 0);
  const wrong = Number(row?.wrong ?? 0);
  return { asked, wrong, wrongPercent: asked === 0 ? 0 : Math.round((wrong * 1000) / asked) / 10 };
}

function text(json: string | null): LocalizedText {
  const parsed = (json ? JSON.parse(json) : {}) as Partial<LocalizedText>;
  return localizedName(parsed, parsed.ru?.trim() || parsed.kk?.trim() || parsed.en?.trim() || '');
}

/** Most often missed first: by share, then by count, then in a stable order. */
function mostMissed<T extends GapFigures>(a: T, b: T, tie: (a: T, b: T) => number): number {
  return b.wrongPercent - a.wrongPercent || b.wrong - a.wrong || tie(a, b);
}

function day(value: string, field: string): string {
  const parsed = parseCalendarDay(value);
  if (parsed !== value) throw ValidationError.because('kernel.notADate', { field, value });
  return parsed;
}

async function scopeUnit(em: EntityManager, actor: Actor, orgUnitId?: string | null): Promise<IOrgUnit> {
  const unit = orgUnitId
    ? await getOrgUnit(em, actor, orgUnitId)
    : await em.findOne(
        OrgUnit,
        { organization: actor.organizationId, parent: null },
        { orderBy: { path: 'asc' } },
      );
  if (!unit) throw ValidationError.because('org.noUnits');
  return unit;
}

/**
 * §33: knowledge is measured by tests, and the results show where it is missing. For a course's
 * test and a period (whole days of Kazakhstan), the share of wrong answers per question and per
 * topic, in an org unit's subtree, the questions most often missed first; and the same share by
 * the unit's children, each withheld when fewer than SMALL_COUNT_THRESHOLD people took the test
 * there (§68, §75: training statistics for the managers, the first head and the auditors).
 */
export async function knowledgeGaps(
  em: EntityManager,
  actor: Actor,
  input: KnowledgeGapsInput,
): Promise<KnowledgeGapsReport> {
  requireAnyRole(actor, COMPLETION_READERS, 'see the knowledge gaps');
  const periodFrom = day(input.periodFrom, 'periodFrom');
  const periodTo = day(input.periodTo, 'periodTo');
  if (periodTo < periodFrom) throw ValidationError.because('kpi.periodReversed', { field: 'periodTo' });
  const course = await getCourse(em, actor, input.courseId);
  const unit = await scopeUnit(em, actor, input.orgUnitId);

  const query = bindNamed(GAPS_SQL, {
    organization: actor.organizationId,
    course: course.id,
    path: unit.path,
    from: startOfKazakhstanDay(periodFrom).toISOString(),
    to: endOfKazakhstanDay(periodTo).toISOString(),
  });
  const rows = await em.execute<GapRow[]>(query.sql, query.params);
  const of = (mask: number) => rows.filter((row) => Number(row.grouped) === mask);
  const total = of(TOTAL)[0];

  const questions = of(BY_QUESTION).map((row): QuestionGap => ({
    questionId: row.question_id ?? '',
    text: text(row.text),
    poolId: row.pool_id ?? '',
    poolTitle: text(row.pool_title),
    topic: row.topic as CourseTopic,
    ...figures(row),
  }));
  const topics = of(BY_TOPIC).map((row): TopicGap => ({
    topic: row.topic as CourseTopic,
    questions: Number(row.questions ?? 0),
    ...figures(row),
  }));
  const units = of(BY_UNIT)
    .filter((row) => row.child_id !== null)
    .map((row): UnitGap => {
      const people = Number(row.people ?? 0);
      const suppressed = people < SMALL_COUNT_THRESHOLD;
      const name = row.child_name ?? '';
      return {
        orgUnitId: row.child_id ?? '',
        name,
        names: localizedName(
          row.child_names ? (JSON.parse(row.child_names) as Partial<LocalizedText>) : null,
          name,
        ),
        suppressed,
        people: suppressed ? null : people,
        figures: suppressed ? null : figures(row),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));

  const people = Number(total?.people ?? 0);
  // As the training KPIs split by unit: a small unit's answers would say how a named person did.
  const suppressed =
    unit.parent !== null && unit.parent !== undefined && people > 0 && people < SMALL_COUNT_THRESHOLD;
  const scope = {
    courseId: course.id,
    periodFrom,
    periodTo,
    orgUnitId: unit.id,
    orgUnitNames: localizedName(unit.names, unit.name),
    attempts: Number(total?.attempts ?? 0),
    people,
  };
  if (suppressed) return { ...scope, suppressed, total: null, questions: [], topics: [], units: [] };
  return {
    ...scope,
    suppressed,
    total: figures(total),
    questions: questions.sort((a, b) => mostMissed(a, b, (x, y) => x.text.ru.localeCompare(y.text.ru))),
    topics: topics.sort((a, b) => mostMissed(a, b, (x, y) => x.topic.localeCompare(y.topic))),
    units,
  };
}
