import {
  verifyCertificate,
  type CertificateVerification as Verified,
  type LocalizedText,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { isoDay } from './by-key.js';

interface VerificationShape {
  code: string;
  found: Verified | null;
}

const CertificateVerificationRef = builder.objectRef<VerificationShape>('CertificateVerification');

builder.objectType(CertificateVerificationRef, {
  description: 'What the public verification of a certificate code shows: only what the certificate prints.',
  fields: (t) => ({
    valid: t.boolean({ resolve: ({ found }) => found !== null }),
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
      description: 'YYYY-MM-DD',
      resolve: ({ found }) => (found ? isoDay(found.issuedAt) : null),
    }),
    scorePercent: t.float({ nullable: true, resolve: ({ found }) => found?.scorePercent ?? null }),
  }),
});

builder.queryField('verifyCertificate', (t) =>
  t.field({
    type: CertificateVerificationRef,
    description: 'Public, no sign-in: checks a certificate code; an unknown code is not valid.',
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_root, { code }, context) => ({ code, found: await verifyCertificate(context.em, code) }),
  }),
);
