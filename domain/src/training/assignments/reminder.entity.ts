import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Enrolment } from './assignment.entity.js';

/**
 * `due_soon`: before the due date; `overdue`: after it; `manual`: sent at once by a training
 * administrator (its step is the Kazakhstan day it was sent, as days since 1970-01-01).
 */
export const REMINDER_KINDS = ['due_soon', 'overdue', 'manual'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * A reminder e-mail queued for an enrolment. `step` tells the reminders of one enrolment apart:
 * for `due_soon` the days left it was sent at (7 or 1), for `overdue` the week after the due date
 * (0 the first). The unique key is what keeps a reminder from going out twice, even when two
 * replicas run the job at once.
 */
export const TrainingReminder = defineEntity({
  name: 'TrainingReminder',
  tableName: 'training_reminder',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    enrolment: () => p.manyToOne(Enrolment),
    kind: p.enum(REMINDER_KINDS),
    step: p.integer(),
    /** The due date the reminder spoke of. */
    dueOn: p.date(),
    sentAt: p.datetime(),
  },
  uniques: [{ properties: ['enrolment', 'kind', 'step'] }],
  filters: tenantFilter,
});

export type ITrainingReminder = InferEntity<typeof TrainingReminder>;
