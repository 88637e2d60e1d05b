import type { GatewayYoga } from '../yoga.js';

export interface GraphQLErrorBody {
  message: string;
  extensions?: Record<string, unknown> & { code?: string };
}

export interface GraphQLResponseBody<TData> {
  data?: TData | null;
  errors?: GraphQLErrorBody[];
}

/** One in-process GraphQL request, sent the way the sdk client sends it (JSON + CSRF header). */
export async function graphqlRequest<TData = Record<string, unknown>>(
  yoga: GatewayYoga,
  o: { query: string; variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> },
): Promise<{ status: number; headers: Headers; body: GraphQLResponseBody<TData> }> {
  const response = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-adal-csrf': '1',
      ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
      ...o.headers,
    },
    body: JSON.stringify({ query: o.query, variables: o.variables ?? {} }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLResponseBody<TData>,
  };
}

export const DEV_LOGIN = /* GraphQL */ `
  mutation DevLogin($email: String!) {
    devLogin(email: $email) {
      token
      viewer {
        id
        fullName
        email
        locale
        roles
        organization {
          id
          name
        }
      }
    }
  }
`;

/** Signs in through the development login and returns the bearer token. */
export async function devLoginToken(yoga: GatewayYoga, email: string): Promise<string> {
  const { body } = await graphqlRequest<{ devLogin: { token: string } }>(yoga, {
    query: DEV_LOGIN,
    variables: { email },
  });
  const token = body.data?.devLogin.token;
  if (!token) throw new Error(`devLogin failed for ${email}: ${JSON.stringify(body.errors)}`);
  return token;
}
