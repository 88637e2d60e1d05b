import { myWork, WORK_URGENCIES, type MyWorkItem } from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { LocalizedTextRef } from '../kernel/locale.js';

const WorkUrgencyEnum = builder.enumType('WorkUrgency', {
  description:
    'How soon a work item needs the person, most urgent first: overdue (past its deadline), due_soon, ' +
    'waiting (for them, with no deadline of its own) and upcoming.',
  values: WORK_URGENCIES,
});

const WorkItemRef = builder.objectRef<MyWorkItem>('WorkItem');

builder.objectType(WorkItemRef, {
  description:
    'One thing waiting for the signed-in person, offered by a plugin. The interface words it with the ' +
    "plugin's message `work.<kind>`, given `subject` and `count`. It names only what the plugin's own lists " +
    'show this person: a course title, a case number — never a case’s content.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable between calls.' }),
    plugin: t.exposeString('plugin', {
      description: 'The plugin (or core context: org, audit) that handles it.',
    }),
    kind: t.exposeString('kind', {
      description: 'What is waiting, e.g. course_overdue, case_to_acknowledge.',
    }),
    subject: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description:
        'The thing’s own name (a course title, a case number), or null when the count says it all.',
      resolve: (item) => item.subject,
    }),
    urgency: t.field({ type: WorkUrgencyEnum, resolve: (item) => item.urgency }),
    dueAt: t.field({
      type: DateTimeScalar,
      nullable: true,
      description: 'A deadline at an instant (a case’s 24 hours).',
      resolve: (item) => item.dueAt,
    }),
    dueOn: t.exposeString('dueOn', {
      nullable: true,
      description: 'A deadline day, YYYY-MM-DD (Kazakhstan).',
    }),
    workingDaysLeft: t.exposeInt('workingDaysLeft', {
      nullable: true,
      description: 'Working days from today to the deadline’s day: 0 when due today, negative when past it.',
    }),
    path: t.exposeString('path', { nullable: true, description: 'Where the person does it.' }),
    count: t.exposeInt('count', {
      nullable: true,
      description:
        'How many things the item stands for; null for one thing, or for a small count withheld (1 to 4).',
    }),
  }),
});

builder.queryField('myWork', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [WorkItemRef],
    description:
      'What waits for the signed-in person across every plugin, most urgent first (overdue, then the soonest ' +
      'deadline), each read with the access rules of the plugin’s own queries.',
    resolve: (_root, _args, context) => myWork(context.em, context.actor),
  }),
);
