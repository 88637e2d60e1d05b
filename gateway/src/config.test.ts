import { describe, expect, it } from 'vitest';
import { readEnvironment, refuseStartWithoutSignIn } from './config.js';
import { ConfigurationError } from './configuration-error.js';

const read = (env: NodeJS.ProcessEnv) => readEnvironment(env, '/nowhere');
const PORTAL = {
  ADAL_JWKS_URL: 'https://portal.example.kz/.well-known/jwks.json',
  ADAL_JWT_ISSUER: 'https://portal.example.kz',
  ADAL_JWT_AUDIENCE: 'adal',
};

describe('what a start reads from its environment', () => {
  it('turns development login on only when ADAL_DEV_LOGIN=1, with or without a portal', () => {
    expect(read({}).devLogin).toBe(false);
    expect(read({ ADAL_DEV_LOGIN: '0' }).devLogin).toBe(false);
    expect(read({ ADAL_DEV_LOGIN: 'true' }).devLogin).toBe(false);
    expect(read({ ADAL_DEV_LOGIN: '1' }).devLogin).toBe(true);
    expect(read({ ...PORTAL, ADAL_DEV_LOGIN: '1' }).devLogin).toBe(true);
  });

  it('seeds the demo and lets it generate keys only when ADAL_DEMO=1', () => {
    expect(read({}).demo).toBe(false);
    expect(read({ ADAL_DEV_LOGIN: '1' }).demo).toBe(false);
    expect(read({ ADAL_DEMO: '1' }).demo).toBe(true);
  });

  it('refuses a start nobody could sign in to, and names both ways in', () => {
    const refusal = () => refuseStartWithoutSignIn(read({}));
    expect(refusal).toThrow(ConfigurationError);
    expect(refusal).toThrow(/ADAL_JWKS_URL.*ADAL_DEV_LOGIN=1/s);
    expect(() => refuseStartWithoutSignIn(read(PORTAL))).not.toThrow();
    expect(() => refuseStartWithoutSignIn(read({ ADAL_DEV_LOGIN: '1' }))).not.toThrow();
  });

  it('needs the issuer and audience with a JWKS address', () => {
    expect(() => read({ ADAL_JWKS_URL: PORTAL.ADAL_JWKS_URL })).toThrow(/ADAL_JWT_ISSUER/);
    expect(read(PORTAL).portalJwt).toEqual({
      jwksUrl: PORTAL.ADAL_JWKS_URL,
      issuer: PORTAL.ADAL_JWT_ISSUER,
      audience: 'adal',
    });
  });

  it('accepts tokens of at most 12 hours unless ADAL_MAX_TOKEN_HOURS says otherwise', () => {
    expect(read({}).maxTokenHours).toBe(12);
    expect(read({ ADAL_MAX_TOKEN_HOURS: '1.5' }).maxTokenHours).toBe(1.5);
    for (const wrong of ['0', '-3', 'twelve', 'Infinity']) {
      expect(() => read({ ADAL_MAX_TOKEN_HOURS: wrong })).toThrow(/ADAL_MAX_TOKEN_HOURS/);
    }
  });

  it('reads the portal origins as exact origins and refuses anything else', () => {
    expect(read({}).allowedOrigins).toEqual([]);
    expect(
      read({ ADAL_ALLOWED_ORIGINS: 'https://portal.example.kz, https://lms.example.kz:8443/' })
        .allowedOrigins,
    ).toEqual(['https://portal.example.kz', 'https://lms.example.kz:8443']);
    for (const wrong of ['*', 'portal.example.kz', 'https://portal.example.kz/intranet', 'null']) {
      expect(() => read({ ADAL_ALLOWED_ORIGINS: wrong })).toThrow(/ADAL_ALLOWED_ORIGINS/);
    }
  });

  it('asks for HTTPS only when the public address is https', () => {
    expect(read({ ADAL_PUBLIC_URL: 'https://adal.example.kz' })).toMatchObject({
      publicUrl: 'https://adal.example.kz',
      httpsOnly: true,
    });
    expect(read({ ADAL_PUBLIC_URL: 'http://localhost:4000' }).httpsOnly).toBe(false);
    expect(read({}).httpsOnly).toBe(false);
  });

  it('refuses a public address that is not http(s)', () => {
    expect(() => read({ ADAL_PUBLIC_URL: 'adal.example.kz' })).toThrow(/ADAL_PUBLIC_URL/);
    expect(() => read({ ADAL_PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/ADAL_PUBLIC_URL/);
  });

  it('refuses hotline keys without their pepper', () => {
    expect(() => read({ ADAL_HOTLINE_KEYS: 'k1:AAAA' })).toThrow(/ADAL_HOTLINE_RECEIPT_PEPPER/);
    expect(read({ ADAL_HOTLINE_KEYS: 'k1:AAAA', ADAL_HOTLINE_RECEIPT_PEPPER: 'BBBB' }).hotlineKeys).toEqual({
      keys: 'k1:AAAA',
      pepper: 'BBBB',
    });
  });
});
