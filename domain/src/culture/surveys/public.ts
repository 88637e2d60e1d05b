// The anonymous culture survey (§68): questionnaire, answering apart from the person, results by unit, reminders.
export * from './survey.entity.js';
export * from './survey-roles.js';
export * from './survey-template.js';
export type { SaveSurveyInput, SurveyQuestionInput } from './survey-input.js';
export * from './survey-phase.js';
export * from './save-survey.js';
export * from './open-close-survey.js';
export * from './answer-survey.js';
export * from './survey-views.js';
export * from './survey-groups.js';
export * from './survey-participation.js';
export * from './survey-results.js';
export * from './survey-reminders.js';
export { SURVEY_WORK } from './work-items.js';
export { SURVEY_KPIS, SURVEY_PARTICIPATION_KPI } from './kpis.js';
