export { JOB_NAMES, SCHEDULES, SCHEDULE_TIME_ZONE, type JobName } from './job-names.js';
export type { JobRunner, JobRunnerOptions } from './job-runner.js';
export { startQueueJobRunner, type QueueJobRunnerOptions } from './queue-job-runner.js';
export { startInProcessJobRunner } from './in-process-job-runner.js';
