import { gatewayUrl } from '@adal/sdk';

/** The certificate PDF the gateway prints for a verification code. */
export function certificateUrl(code: string, graphqlUrl: string): string {
  return gatewayUrl(`/training/certificates/${encodeURIComponent(code)}.pdf`, graphqlUrl);
}
