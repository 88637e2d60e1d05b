import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { NotFoundError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { LocalizedText } from '../../kernel/locale.js';
import type { CalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { Certificate } from './certificate.entity.js';
import { courseTitleText } from './certificates.js';
import { CERTIFICATE_READERS } from '../training-roles.js';
import { certificateStanding, type CertificateStanding } from './validity.js';

/** One certificate in a person's list. */
export interface PersonCertificate {
  id: string;
  verificationCode: string;
  courseId: string;
  courseTitle: LocalizedText;
  issuedAt: Date;
  /** The day of issue in Kazakhstan. */
  issuedOn: CalendarDay;
  scorePercent: number;
  /** Null: the course does not recur for the person, so the certificate does not expire. */
  validUntil: CalendarDay | null;
  standing: CertificateStanding;
}

/** The person's certificates, newest first. `em` is the tenant's: another organisation's are not found. */
async function certificatesOf(em: EntityManager, personId: string, now: Date): Promise<PersonCertificate[]> {
  const certificates = await em.find(
    Certificate,
    { person: personId },
    { populate: ['course'], orderBy: { issuedAt: 'desc', id: 'asc' } },
  );
  return certificates.map((certificate) => ({
    id: certificate.id,
    verificationCode: certificate.verificationCode,
    courseId: certificate.course.id,
    courseTitle: courseTitleText(certificate.course.title),
    issuedAt: certificate.issuedAt,
    issuedOn: kazakhstanDay(certificate.issuedAt),
    scorePercent: certificate.scorePercent,
    validUntil: certificate.validUntil ?? null,
    standing: certificateStanding(certificate.validUntil ?? null, now),
  }));
}

/** The acting person's own certificates, newest first. */
export function myCertificates(
  em: EntityManager,
  actor: Actor,
  now: Date = new Date(),
): Promise<PersonCertificate[]> {
  return certificatesOf(em, actor.personId, now);
}

export interface PersonCertificates {
  personId: string;
  fullName: string;
  certificates: PersonCertificate[];
}

/**
 * One person's certificates for HR (§35.3): who they belong to and each certificate with its
 * standing. Only CERTIFICATE_READERS; a person of another organisation is not found.
 */
export async function personCertificates(
  em: EntityManager,
  actor: Actor,
  personId: string,
  now: Date = new Date(),
): Promise<PersonCertificates> {
  requireAnyRole(actor, CERTIFICATE_READERS, "read a person's certificates");
  const person = isUuid(personId) ? await em.findOne(Person, { id: personId }) : null;
  if (!person) throw NotFoundError.forId('Person', personId);
  return {
    personId: person.id,
    fullName: person.fullName,
    certificates: await certificatesOf(em, person.id, now),
  };
}
