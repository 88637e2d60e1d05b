import type { GatewayYoga } from '../yoga.js';
import type { GraphQLResponseBody } from './graphql-request.js';

/**
 * One in-process GraphQL multipart request (the GraphQL multipart request spec, as the intake
 * sends files): `files` maps a variable path such as `input.attachments.0` to a file, whose
 * place in `variables` is set to null as the spec asks.
 */
export async function graphqlMultipart<TData = Record<string, unknown>>(
  yoga: GatewayYoga,
  o: {
    query: string;
    variables: Record<string, unknown>;
    files: Record<string, File>;
    token?: string;
    headers?: Record<string, string>;
  },
): Promise<{ status: number; body: GraphQLResponseBody<TData> }> {
  const form = new FormData();
  const paths = Object.keys(o.files);
  form.append('operations', JSON.stringify({ query: o.query, variables: o.variables }));
  form.append(
    'map',
    JSON.stringify(Object.fromEntries(paths.map((path, i) => [String(i), [`variables.${path}`]]))),
  );
  paths.forEach((path, i) => form.append(String(i), o.files[path] as File));
  const response = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'x-adal-csrf': '1', ...(o.token ? { authorization: `Bearer ${o.token}` } : {}), ...o.headers },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponseBody<TData> };
}
