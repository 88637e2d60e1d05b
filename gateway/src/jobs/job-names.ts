/** The background jobs; names are stable, they are stored in the queue and its schedules. */
export const JOB_NAMES = [
  'training.sync-enrolments',
  'training.reminders',
  'declarations.campaigns',
  'hotline.retention',
  'hotline.acknowledgement-alerts',
  'hotline.quarterly-report',
  'declarations.conflict-reminders',
  'declarations.gift-reminders',
  'culture.activity-reminders',
  'culture.material-reminders',
  'culture.survey-reminders',
  'compliance.improvement-reminders',
  'audit.checkpoints',
  'audit.checkpoint-mail',
  'kpi.view-mail',
  'mail.send',
] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** Kazakhstan keeps one time zone (UTC+5) since 2024; the schedules read in it. */
export const SCHEDULE_TIME_ZONE = 'Asia/Almaty';

/** Cron expressions in SCHEDULE_TIME_ZONE. */
export const SCHEDULES: Partial<Record<JobName, string>> = {
  'training.sync-enrolments': '0 * * * *',
  'training.reminders': '0 8 * * *',
  // §72.1: new hires join their campaign and declarants are reminded, once each morning.
  'declarations.campaigns': '10 8 * * *',
  // At night, when nobody is reading a case that is about to go.
  'hotline.retention': '0 2 * * *',
  // §69: the acknowledgement deadline is counted in hours, so it is watched closely.
  'hotline.acknowledgement-alerts': '*/15 * * * *',
  // §69: the quarterly report to the first head and the board, each morning of a quarter's first
  // week; the job makes it on the first of them and skips once it is made.
  'hotline.quarterly-report': '0 8 1-7 1,4,7,10 *',
  // §15.2–§15.6: a conflict-of-interest step is reminded on its due day, escalated the day after.
  'declarations.conflict-reminders': '0 8 * * *',
  // §17.5: a gift's last day to hand it over is reminded that morning, its passing the day after.
  'declarations.gift-reminders': '5 8 * * *',
  // §35.1: a culture plan activity is reminded a week before its deadline and weekly once overdue.
  'culture.activity-reminders': '15 8 * * *',
  // §35.6: the materials past their term are reminded each morning, each person weekly at most.
  'culture.material-reminders': '20 8 * * *',
  // §68: those who have not answered a survey closing within 3 days are reminded once.
  'culture.survey-reminders': '25 8 * * *',
  // §73: an improvement-plan item past its due day is reminded weekly until it is done.
  'compliance.improvement-reminders': '30 8 * * *',
  // §75: events after the last checkpoint are vouched for by the key alone; an hour bounds that.
  'audit.checkpoints': '5 * * * *',
  // Once a day, so auditors get one e-mail with the day's latest checkpoint.
  'audit.checkpoint-mail': '0 7 * * *',
  // §69, §74: the KPI views scheduled monthly or quarterly go out once their period has ended, early
  // enough to be read before the working day starts.
  'kpi.view-mail': '30 7 * * *',
};
