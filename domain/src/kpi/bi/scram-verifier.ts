import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';

// PostgreSQL's own salt length and iteration count for SCRAM-SHA-256 (RFC 7677, RFC 5802).
const SALT_BYTES = 16;
const ITERATIONS = 4096;

/** Printable ASCII is left as it is by SASLprep, which PostgreSQL applies to a password first. */
const PREPPED_AS_IS = /^[\x20-\x7e]*$/;

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password, computed here so that the password
 * itself never reaches the server (nor its statement log): `CREATE ROLE … PASSWORD '<verifier>'`
 * stores it as given. Null for a password with characters SASLprep would change, which is then
 * left to the server to hash.
 */
export function scramSha256Verifier(
  password: string,
  salt: Buffer = randomBytes(SALT_BYTES),
  iterations: number = ITERATIONS,
): string | null {
  if (!PREPPED_AS_IS.test(password)) return null;
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}
