import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { localizedName, type Locale, type LocalizedText } from '../kernel/locale.js';
import type { IAttempt } from './attempt.entity.js';
import { Certificate, type ICertificate } from './certificate.entity.js';

// No 0/O or 1/I/L: a code read aloud or typed from paper stays unambiguous.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A random verification code like `7KQ4-M2XA-9PTB` (about 59 bits). */
export function newVerificationCode(): string {
  const groups = [0, 1, 2].map(() =>
    Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/** Issues the certificate of a passed attempt; the caller flushes. */
export function issueCertificate(
  em: EntityManager,
  attempt: IAttempt,
  courseId: string,
  now: Date,
): ICertificate {
  return em.create(Certificate, {
    organization: attempt.organization,
    attempt,
    person: attempt.person,
    course: courseId,
    verificationCode: newVerificationCode(),
    scorePercent: attempt.scorePercent ?? 0,
    issuedAt: now,
  });
}

export interface CertificateVerification {
  verificationCode: string;
  personName: string;
  organizationName: string;
  /** The organisation's name in each language, as the certificate prints it for its holder. */
  organizationNames: LocalizedText;
  courseTitle: LocalizedText;
  scorePercent: number;
  issuedAt: Date;
}

/** The certificate with this code and what is printed on it; null for an unknown or malformed code. */
async function findByCode(em: EntityManager, code: string): Promise<ICertificate | null> {
  const normalised = code.trim().toUpperCase();
  if (!/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(normalised)) return null;
  return em.findOne(
    Certificate,
    { verificationCode: normalised },
    { populate: ['person', 'course', 'organization'], filters: false },
  );
}

function verification(certificate: ICertificate): CertificateVerification {
  return {
    verificationCode: certificate.verificationCode,
    personName: certificate.person.fullName,
    organizationName: certificate.organization.name,
    organizationNames: localizedName(certificate.organization.names, certificate.organization.name),
    courseTitle: certificate.course.title,
    scorePercent: certificate.scorePercent,
    issuedAt: certificate.issuedAt,
  };
}

/**
 * Public: anyone holding a code can check it without logging in, so the answer carries only
 * what is printed on the certificate. Null when no certificate has this code.
 */
export async function verifyCertificate(
  em: EntityManager,
  code: string,
): Promise<CertificateVerification | null> {
  const certificate = await findByCode(em, code);
  return certificate ? verification(certificate) : null;
}

export interface CertificatePrint extends CertificateVerification {
  /** The holder's interface language: the certificate is printed in it. */
  locale: Locale;
}

/**
 * What the printed certificate shows, found by its code alone (the code is the secret, as
 * for `verifyCertificate`). Null when no certificate has this code.
 */
export async function certificateForPrint(em: EntityManager, code: string): Promise<CertificatePrint | null> {
  const certificate = await findByCode(em, code);
  return certificate ? { ...verification(certificate), locale: certificate.person.locale } : null;
}
