import {
  giveInterimFeedback,
  sendHotlineMessage,
  type HotlineStaffMessage,
  type StaffMessageInput,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { FileScalar } from '../kernel/file.js';
import { HotlineMessageKindEnum } from './enums.js';
import { HotlineAttachmentMetaRef } from './hotline-attachment-meta.js';
import { changeCase, HotlineCaseRef } from './hotline-case.js';
import { CASE_ACCESS } from './hotline-case-summary.js';
import { PersonRefType } from './person-ref.js';
import { attachmentInputs } from './reporter-request.js';

export const HotlineStaffMessageRef = builder.objectRef<HotlineStaffMessage>('HotlineStaffMessage');

builder.objectType(HotlineStaffMessageRef, {
  description: 'A message of the conversation with the reporter, as the case handlers see it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    author: t.exposeString('author', { description: '"reporter", "staff" or "system".' }),
    authorPerson: t.field({
      type: PersonRefType,
      nullable: true,
      description: 'The staff member who wrote it; never shown to the reporter.',
      resolve: (message) => message.authorPerson,
    }),
    kind: t.field({ type: HotlineMessageKindEnum, resolve: (message) => message.kind }),
    code: t.exposeString('code', {
      nullable: true,
      description: 'A system message, worded by the interface.',
    }),
    body: t.exposeString('body'),
    createdAt: t.field({ type: DateTimeScalar, resolve: (message) => message.createdAt }),
    attachments: t.field({ type: [HotlineAttachmentMetaRef], resolve: (message) => message.attachments }),
  }),
});

const StaffMessageInputType = builder.inputType('StaffMessageInput', {
  fields: (t) => ({
    kind: t.field({ type: HotlineMessageKindEnum, required: true, description: 'message or question.' }),
    body: t.string({ required: true }),
    attachments: t.field({ type: [FileScalar], description: 'Up to 5 files of at most 5 MB each.' }),
  }),
});

builder.mutationField('sendHotlineMessage', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    description:
      'Writes to the reporter: a message, or a question asking for facts, documents or links (§69).',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: StaffMessageInputType, required: true }),
    },
    resolve: async (_root, { id, input }, context) => {
      const attachments = await attachmentInputs(input.attachments);
      return changeCase(context, String(id), (em, now) =>
        sendHotlineMessage(
          em,
          context.actor,
          context.hotlineKeyring,
          String(id),
          // Other kinds are the system's own; the domain refuses them with a VALIDATION error.
          { kind: input.kind as StaffMessageInput['kind'], body: input.body, attachments },
          now,
        ),
      );
    },
  }),
);

const InterimFeedbackInput = builder.inputType('InterimFeedbackInput', {
  description: 'Interim feedback (§69): the days the check will take, or a reasoned answer without them.',
  fields: (t) => ({
    checkDays: t.int({ description: '1 to 90; becomes the new processing deadline.' }),
    body: t.string({ required: true }),
  }),
});

builder.mutationField('giveHotlineInterimFeedback', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: InterimFeedbackInput, required: true }),
    },
    resolve: (_root, { id, input }, context) =>
      changeCase(context, String(id), (em, now) =>
        giveInterimFeedback(
          em,
          context.actor,
          context.hotlineKeyring,
          String(id),
          { checkDays: input.checkDays ?? null, body: input.body },
          now,
        ),
      ),
  }),
);
