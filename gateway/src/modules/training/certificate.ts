import {
  CERTIFICATE_READERS,
  CERTIFICATE_STANDINGS,
  myCertificates,
  personCertificates,
  verifyCertificate,
  type CertificateVerification as Verified,
  type LocalizedText,
  type PersonCertificate,
  type PersonCertificates,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { LocalizedTextRef } from '../kernel/locale.js';

interface VerificationShape {
  code: string;
  found: Verified | null;
}

export const CertificateStandingEnum = builder.enumType('CertificateStanding', {
  description:
    'Whether a certificate still stands: one of a course that recurs (§19, §52.3, §68) expires after its validUntil.',
  values: CERTIFICATE_STANDINGS,
});

const CertificateVerificationRef = builder.objectRef<VerificationShape>('CertificateVerification');

builder.objectType(CertificateVerificationRef, {
  description: 'What the public verification of a certificate code shows: only what the certificate prints.',
  fields: (t) => ({
    valid: t.boolean({
      description: 'Whether a certificate has this code; see `standing` for whether it has expired.',
      resolve: ({ found }) => found !== null,
    }),
    code: t.string({ resolve: ({ code, found }) => found?.verificationCode ?? code }),
    fullName: t.string({ nullable: true, resolve: ({ found }) => found?.personName ?? null }),
    organizationName: t.string({ nullable: true, resolve: ({ found }) => found?.organizationName ?? null }),
    organizationNames: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description:
        'The organisation in each interface language; `organizationName` where it gave no translation.',
      resolve: ({ found }): LocalizedText | null => found?.organizationNames ?? null,
    }),
    courseTitle: t.field({
      type: LocalizedTextRef,
      nullable: true,
      resolve: ({ found }): LocalizedText | null => found?.courseTitle ?? null,
    }),
    issuedOn: t.string({
      nullable: true,
      description: 'YYYY-MM-DD, the day of issue in Kazakhstan.',
      resolve: ({ found }) => found?.issuedOn ?? null,
    }),
    scorePercent: t.float({ nullable: true, resolve: ({ found }) => found?.scorePercent ?? null }),
    validUntil: t.string({
      nullable: true,
      description:
        'YYYY-MM-DD: the last day the certificate stands, the next due date of its recurring course; null when it does not expire.',
      resolve: ({ found }) => found?.validUntil ?? null,
    }),
    standing: t.field({
      type: CertificateStandingEnum,
      nullable: true,
      description: 'Null for an unknown code.',
      resolve: ({ found }) => found?.standing ?? null,
    }),
  }),
});

builder.queryField('verifyCertificate', (t) =>
  t.field({
    type: CertificateVerificationRef,
    description:
      'Public, no sign-in: checks a certificate code; an unknown code is not valid. Without sign-in, ' +
      'a client may check 30 codes a minute (with the verification page); past that RATE_LIMITED.',
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_root, { code }, context) => {
      // Only anonymous checks are counted: a signed-in person is known and audited otherwise.
      if (!context.actor) await context.takeCertificateCheck();
      return { code, found: await verifyCertificate(context.em, code) };
    },
  }),
);

const PersonCertificateRef = builder.objectRef<PersonCertificate>('PersonCertificate');

builder.objectType(PersonCertificateRef, {
  description: 'A certificate of a passed test (§35.3) in a person’s list.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('verificationCode', {
      description: 'The verification code; the certificate PDF and its public page are found by it.',
    }),
    courseId: t.exposeID('courseId'),
    courseTitle: t.field({ type: LocalizedTextRef, resolve: (certificate) => certificate.courseTitle }),
    issuedAt: t.field({ type: DateTimeScalar, resolve: (certificate) => certificate.issuedAt }),
    issuedOn: t.exposeString('issuedOn', { description: 'YYYY-MM-DD, the day of issue in Kazakhstan.' }),
    scorePercent: t.exposeFloat('scorePercent'),
    validUntil: t.exposeString('validUntil', {
      nullable: true,
      description: 'YYYY-MM-DD: the next due date of the recurring course; null when it does not expire.',
    }),
    standing: t.field({ type: CertificateStandingEnum, resolve: (certificate) => certificate.standing }),
  }),
});

const PersonCertificatesRef = builder.objectRef<PersonCertificates>('PersonCertificates');

builder.objectType(PersonCertificatesRef, {
  description: 'One person’s certificates, newest first: the list HR keeps in the personnel file.',
  fields: (t) => ({
    personId: t.exposeID('personId'),
    fullName: t.exposeString('fullName'),
    certificates: t.field({ type: [PersonCertificateRef], resolve: (list) => list.certificates }),
  }),
});

builder.queryField('personCertificates', (t) =>
  t.withAuth({ anyRole: CERTIFICATE_READERS }).field({
    type: PersonCertificatesRef,
    description:
      "A person's certificates for HR: the training administrators, the responsible unit and the organisation's administrators.",
    args: { personId: t.arg.id({ required: true }) },
    resolve: (_root, { personId }, context) =>
      personCertificates(context.em, context.actor, String(personId)),
  }),
);

builder.queryField('myCertificates', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [PersonCertificateRef],
    description: "The signed-in person's certificates, newest first.",
    resolve: (_root, _args, context) => myCertificates(context.em, context.actor),
  }),
);
