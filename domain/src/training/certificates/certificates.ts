import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { localizedName, LOCALES, type Locale, type LocalizedText } from '../../kernel/locale.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { CalendarDay } from '../../kernel/working-days.js';
import type { IAttempt } from '../quiz/attempt.entity.js';
import { Certificate, type ICertificate } from './certificate.entity.js';
import { certificateStanding, certificateValidUntil, type CertificateStanding } from './validity.js';

// No 0/O or 1/I/L: a code read aloud or typed from paper stays unambiguous.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A random verification code like `7KQ4-M2XA-9PTB` (about 59 bits). */
export function newVerificationCode(): string {
  const groups = [0, 1, 2].map(() =>
    Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/**
 * Issues the certificate of a passed attempt, valid until the next due date of the person's
 * cycle when the course recurs for them (certificates/validity.ts); the caller flushes.
 */
export async function issueCertificate(
  em: EntityManager,
  attempt: IAttempt,
  courseId: string,
  now: Date,
): Promise<ICertificate> {
  const validUntil = await certificateValidUntil(em, attempt.person.id, courseId, now);
  return em.create(Certificate, {
    organization: attempt.organization,
    attempt,
    person: attempt.person,
    course: courseId,
    verificationCode: newVerificationCode(),
    scorePercent: attempt.scorePercent ?? 0,
    issuedAt: now,
    validUntil,
  });
}

/**
 * A course title in every language as the pages show it (the plugins' `pickLocalized`): an
 * author may leave English blank, which falls back to Russian, then Kazakh.
 */
export function courseTitleText(title: Partial<LocalizedText>): LocalizedText {
  const pick = (locale: Locale) => title[locale]?.trim() || title.ru?.trim() || title.kk?.trim() || '';
  return Object.fromEntries(LOCALES.map((locale) => [locale, pick(locale)])) as LocalizedText;
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
  /** The day of issue in Kazakhstan, as the certificate prints it. */
  issuedOn: CalendarDay;
  /** The last day the certificate stands (§19, §52.3, §68); null: it does not expire. */
  validUntil: CalendarDay | null;
  /** `expired` once `validUntil` has passed, on the day of the answer. */
  standing: CertificateStanding;
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

function verification(certificate: ICertificate, now: Date): CertificateVerification {
  return {
    verificationCode: certificate.verificationCode,
    personName: certificate.person.fullName,
    organizationName: certificate.organization.name,
    organizationNames: localizedName(certificate.organization.names, certificate.organization.name),
    courseTitle: courseTitleText(certificate.course.title),
    scorePercent: certificate.scorePercent,
    issuedAt: certificate.issuedAt,
    issuedOn: kazakhstanDay(certificate.issuedAt),
    validUntil: certificate.validUntil ?? null,
    standing: certificateStanding(certificate.validUntil ?? null, now),
  };
}

/**
 * Public: anyone holding a code can check it without logging in, so the answer carries only
 * what is printed on the certificate. Null when no certificate has this code.
 */
export async function verifyCertificate(
  em: EntityManager,
  code: string,
  now: Date = new Date(),
): Promise<CertificateVerification | null> {
  const certificate = await findByCode(em, code);
  return certificate ? verification(certificate, now) : null;
}

export interface CertificatePrint extends CertificateVerification {
  /** The language the certificate is printed in. */
  locale: Locale;
}

/**
 * What the printed certificate shows, found by its code alone (the code is the secret, as
 * for `verifyCertificate`), in the language asked for — by default the holder's interface
 * language. Null when no certificate has this code.
 */
export async function certificateForPrint(
  em: EntityManager,
  code: string,
  locale: Locale | null = null,
  now: Date = new Date(),
): Promise<CertificatePrint | null> {
  const certificate = await findByCode(em, code);
  return certificate
    ? { ...verification(certificate, now), locale: locale ?? certificate.person.locale }
    : null;
}
