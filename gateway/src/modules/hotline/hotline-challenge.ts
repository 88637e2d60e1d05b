import { builder } from '../../builder.js';
import type { WorkChallenge } from '../../hotline-intake/proof-of-work.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { reporterOf } from './reporter-request.js';

const HotlineChallengeRef = builder.objectRef<WorkChallenge>('HotlineChallenge');

builder.objectType(HotlineChallengeRef, {
  description:
    'A proof-of-work puzzle for one anonymous hotline request: find a `nonce` (1 to 32 letters or digits) such ' +
    'that SHA-256 of the UTF-8 text "<challenge>:<nonce>" starts with `difficulty` zero bits, and send both as ' +
    'HotlineProofInput. It serves once and expires at `expiresAt`.',
  fields: (t) => ({
    challenge: t.exposeString('challenge'),
    difficulty: t.exposeInt('difficulty'),
    expiresAt: t.field({ type: DateTimeScalar, resolve: (challenge) => challenge.expiresAt }),
  }),
});

export const HotlineProofInput = builder.inputType('HotlineProofInput', {
  description: 'A solved HotlineChallenge.',
  fields: (t) => ({
    challenge: t.string({ required: true }),
    nonce: t.string({ required: true }),
  }),
});

builder.queryField('hotlineChallenge', (t) =>
  t.field({
    type: HotlineChallengeRef,
    description:
      'Anonymous: a puzzle to solve before submitHotlineReport or hotlineReportByReceipt (about a second in a ' +
      'browser). `strong` asks for 8 times the work, which a client past its hourly allowance of reports ' +
      'needs (RATE_LIMITED with extensions.retryWithWork = "strong").',
    args: { strong: t.arg.boolean({ defaultValue: false }) },
    resolve: (_root, { strong }, context) => reporterOf(context).limits.work.issue(strong === true),
  }),
);
