import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimitStore } from '../limits/rate-limit-store.js';

/**
 * Certificate checks without sign-in a client may make in a minute: the verification page and the
 * verifyCertificate query together. Plenty for people scanning the codes of a pile of paper
 * certificates; a walk through the code space (about 59 bits) gets nowhere.
 */
export const CERTIFICATE_CHECK_LIMIT = { points: 30, windowSeconds: 60 };
/** Certificate PDFs a client may fetch in a minute: each is drawn afresh, fonts and QR code included. */
export const CERTIFICATE_DOWNLOAD_LIMIT = { points: 30, windowSeconds: 60 };

/** The shared counters of the public certificate routes, keyed by client (see createClientKeys). */
export interface CertificateLimits {
  checks: RateLimiterAbstract;
  downloads: RateLimiterAbstract;
}

export async function createCertificateLimits(store: RateLimitStore): Promise<CertificateLimits> {
  return {
    checks: await store.limiter({ name: 'certificate-checks', ...CERTIFICATE_CHECK_LIMIT }),
    downloads: await store.limiter({ name: 'certificate-downloads', ...CERTIFICATE_DOWNLOAD_LIMIT }),
  };
}

/**
 * Takes one point of the client's allowance: null when it had one, else the seconds until the
 * window frees one (at least 1), for a Retry-After.
 */
export async function takeCertificatePoint(
  limiter: RateLimiterAbstract,
  client: string,
): Promise<number | null> {
  try {
    await limiter.consume(client);
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}
