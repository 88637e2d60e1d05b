import { gatewayUrl, type AdalLocale } from '@adal/sdk';

/** The certificate PDF the gateway prints for a verification code, in `lang` or else the holder's language. */
export function certificateUrl(code: string, graphqlUrl: string, lang: AdalLocale | null = null): string {
  return gatewayUrl(`/training/certificates/${encodeURIComponent(code)}.pdf`, graphqlUrl, { lang });
}

/** Gives the certificate PDF's URL in a language. */
export type CertificateHref = (lang: AdalLocale) => string;
