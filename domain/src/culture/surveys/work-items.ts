import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { dayUrgency, type WorkItem, type WorkProvider } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { SURVEY_REMINDER_DAYS } from './survey-reminders.js';
import { myCultureSurveys } from './survey-views.js';

const PLUGIN = 'culture';

/** §68: each survey the person is asked to answer and has not, while it takes answers; due its closing day. */
async function surveysToAnswer(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
  const today = kazakhstanDay(now);
  return (await myCultureSurveys(em, actor, now))
    .filter((view) => view.phase === 'open' && !view.answered)
    .map(({ survey }) => ({
      id: `${PLUGIN}:survey:${survey.id}`,
      plugin: PLUGIN,
      kind: 'culture_survey_to_answer',
      subject: survey.title,
      urgency: dayUrgency(survey.closesOn, today, SURVEY_REMINDER_DAYS),
      dueAt: null,
      dueOn: survey.closesOn,
      path: `/culture/surveys/${survey.id}`,
      count: null,
    }));
}

export const SURVEY_WORK: WorkProvider = {
  context: 'culture.surveys',
  items: surveysToAnswer,
};

registerWorkProvider(SURVEY_WORK);
