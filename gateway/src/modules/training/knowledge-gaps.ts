import {
  COMPLETION_READERS,
  knowledgeGaps,
  type GapFigures,
  type KnowledgeGapsReport,
  type QuestionGap,
  type TopicGap,
  type UnitGap,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { OrgUnitRef } from '../org/org-unit.js';
import { CourseRef, CourseTopicEnum } from './course.js';

const GapFiguresRef = builder.objectRef<GapFigures>('KnowledgeGapFigures');

builder.objectType(GapFiguresRef, {
  description:
    'How often something was asked and answered wrongly; wrongPercent is a share of asked, one decimal.',
  fields: (t) => ({
    asked: t.exposeInt('asked'),
    wrong: t.exposeInt('wrong'),
    wrongPercent: t.exposeFloat('wrongPercent'),
  }),
});

const QuestionGapRef = builder.objectRef<QuestionGap>('QuestionGap');

builder.objectType(QuestionGapRef, {
  fields: (t) => ({
    questionId: t.exposeID('questionId'),
    text: t.field({ type: LocalizedTextRef, resolve: (q) => q.text }),
    poolTitle: t.field({ type: LocalizedTextRef, resolve: (q) => q.poolTitle }),
    topic: t.field({ type: CourseTopicEnum, resolve: (q) => q.topic }),
    figures: t.field({ type: GapFiguresRef, resolve: (q) => q }),
  }),
});

const TopicGapRef = builder.objectRef<TopicGap>('TopicGap');

builder.objectType(TopicGapRef, {
  fields: (t) => ({
    topic: t.field({ type: CourseTopicEnum, resolve: (g) => g.topic }),
    questions: t.exposeInt('questions', { description: 'Different questions of the topic asked.' }),
    figures: t.field({ type: GapFiguresRef, resolve: (g) => g }),
  }),
});

const UnitGapRef = builder.objectRef<UnitGap>('UnitKnowledgeGap');

builder.objectType(UnitGapRef, {
  description: 'A direct child unit of the unit asked for, with its subtree.',
  fields: (t) => ({
    orgUnit: t.field({ type: OrgUnitRef, resolve: (unit) => unit.orgUnitId }),
    suppressed: t.exposeBoolean('suppressed', {
      description: 'Fewer than 5 people of the unit took the test: people and figures are withheld (null).',
    }),
    people: t.exposeInt('people', { nullable: true }),
    figures: t.field({ type: GapFiguresRef, nullable: true, resolve: (unit) => unit.figures }),
  }),
});

const KnowledgeGapsRef = builder.objectRef<KnowledgeGapsReport>('TrainingKnowledgeGaps');

builder.objectType(KnowledgeGapsRef, {
  fields: (t) => ({
    course: t.field({ type: CourseRef, resolve: (report) => report.courseId }),
    periodFrom: t.exposeString('periodFrom', { description: 'YYYY-MM-DD' }),
    periodTo: t.exposeString('periodTo', { description: 'YYYY-MM-DD' }),
    orgUnit: t.field({
      type: OrgUnitRef,
      description: 'The unit asked for (the root when none was given).',
      resolve: (report) => report.orgUnitId,
    }),
    attempts: t.exposeInt('attempts', { description: 'Closed attempts counted.' }),
    people: t.exposeInt('people'),
    suppressed: t.exposeBoolean('suppressed', {
      description: 'A unit where fewer than 5 people took the test: every figure is withheld.',
    }),
    total: t.field({ type: GapFiguresRef, nullable: true, resolve: (report) => report.total }),
    questions: t.field({
      type: [QuestionGapRef],
      description: 'The questions most often answered wrongly first.',
      resolve: (report) => report.questions,
    }),
    topics: t.field({ type: [TopicGapRef], resolve: (report) => report.topics }),
    units: t.field({ type: [UnitGapRef], resolve: (report) => report.units }),
  }),
});

builder.queryField('trainingKnowledgeGaps', (t) =>
  t.withAuth({ anyRole: COMPLETION_READERS }).field({
    type: KnowledgeGapsRef,
    description:
      'The share of wrong answers per question and topic of a course test in a period (Kazakhstan days), by org unit (§33).',
    args: {
      courseId: t.arg.id({ required: true }),
      periodFrom: t.arg.string({ required: true, description: 'YYYY-MM-DD' }),
      periodTo: t.arg.string({ required: true, description: 'YYYY-MM-DD' }),
      orgUnitId: t.arg.id(),
    },
    resolve: (_root, args, context) =>
      knowledgeGaps(context.em, context.actor, {
        courseId: String(args.courseId),
        periodFrom: args.periodFrom,
        periodTo: args.periodTo,
        orgUnitId: args.orgUnitId === null || args.orgUnitId === undefined ? null : String(args.orgUnitId),
      }),
  }),
);
