import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '../kernel/locale.js';
import { Certificate } from './certificate.entity.js';
import { verifyCertificate, type CertificateVerification } from './certificates.js';

export interface CertificatePrint extends CertificateVerification {
  /** The holder's interface language: the certificate is printed in it. */
  locale: Locale;
}

/**
 * What the printed certificate shows, found by its code alone (the code is the secret, as
 * for `verifyCertificate`). Null when no certificate has this code.
 */
export async function certificateForPrint(em: EntityManager, code: string): Promise<CertificatePrint | null> {
  const verification = await verifyCertificate(em, code);
  if (!verification) return null;
  const certificate = await em.findOneOrFail(
    Certificate,
    { verificationCode: verification.verificationCode },
    { populate: ['person'], filters: false },
  );
  return { ...verification, locale: certificate.person.locale };
}
