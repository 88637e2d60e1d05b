import { describe, expect, it } from 'vitest';
import type { TypedDocument } from './client';
import { AdalGraphqlError } from './errors';
import { uploadRequest } from './upload-request';

const ImportDocument =
  'mutation Import($input: ImportInput!) { importHrActions(input: $input) { rows } }' as unknown as TypedDocument<
    { importHrActions: { rows: number } },
    { input: { note: string; files: File[] } }
  >;

function fakeFetch(answer: unknown): { fetch: typeof fetch; bodies: FormData[] } {
  const bodies: FormData[] = [];
  const fetch = ((_url: string, init: RequestInit) => {
    bodies.push(init.body as FormData);
    return Promise.resolve(
      new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } }),
    );
  }) as typeof globalThis.fetch;
  return { fetch, bodies };
}

describe('uploadRequest', () => {
  it('sends the files as parts of a GraphQL multipart request, mapped to their variables', async () => {
    const { fetch, bodies } = fakeFetch({ data: { importHrActions: { rows: 2 } } });
    const files = [new File(['a'], 'a.csv'), new File(['b'], 'b.csv')];
    const result = await uploadRequest(
      ImportDocument,
      { input: { note: 'June', files } },
      {
        url: '/graphql',
        token: 't',
        fetch,
      },
    );
    expect(result).toEqual({ importHrActions: { rows: 2 } });
    const body = bodies[0]!;
    expect(JSON.parse(String(body.get('operations')))).toEqual({
      query: String(ImportDocument),
      variables: { input: { note: 'June', files: [null, null] } },
    });
    expect(JSON.parse(String(body.get('map')))).toEqual({
      0: ['variables.input.files.0'],
      1: ['variables.input.files.1'],
    });
    expect((body.get('1') as File).name).toBe('b.csv');
  });

  it('refuses with the sdk client’s typed error, the rows at fault among its details', async () => {
    const { fetch } = fakeFetch({
      data: null,
      errors: [
        {
          message: 'The file has 1 invalid row',
          extensions: { code: 'VALIDATION', errors: [{ row: 3, column: 'kind', message: 'unknown kind' }] },
        },
      ],
    });
    const error = await uploadRequest(
      ImportDocument,
      { input: { note: '', files: [] } },
      {
        url: '/graphql',
        token: null,
        fetch,
      },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AdalGraphqlError);
    expect(error).toMatchObject({
      code: 'VALIDATION',
      details: { errors: [{ row: 3, column: 'kind', message: 'unknown kind' }] },
    });
  });
});
