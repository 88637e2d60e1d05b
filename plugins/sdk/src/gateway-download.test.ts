import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFromGateway } from './gateway-download';

afterEach(() => vi.restoreAllMocks());

function watchDownloads(): { href: string; download: string }[] {
  const clicked: { href: string; download: string }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:file');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  return clicked;
}

const request = {
  path: '/admin/audit-trail.csv',
  query: { action: 'person.updated', actor: null, lang: 'kk' },
  token: 'secret',
  graphqlUrl: 'http://gw.test/graphql',
  fileName: 'audit-trail.csv',
};

describe('downloadFromGateway', () => {
  it('asks the gateway with the bearer token and saves the file under the name it gives', async () => {
    const clicked = watchDownloads();
    const send = vi.fn(
      async () =>
        new Response('a,b\r\n', {
          headers: {
            'content-disposition': `attachment; filename="x.csv"; filename*=UTF-8''${encodeURIComponent('журнал.csv')}`,
          },
        }),
    );

    expect(await downloadFromGateway(request, send)).toBe('журнал.csv');
    expect(send).toHaveBeenCalledWith('http://gw.test/admin/audit-trail.csv?action=person.updated&lang=kk', {
      headers: { authorization: 'Bearer secret' },
      cache: 'no-store',
    });
    expect(clicked).toEqual([{ href: 'blob:file', download: 'журнал.csv' }]);
  });

  it('takes the plain name when the answer gives no UTF-8 one, and the caller’s when it names none', async () => {
    const clicked = watchDownloads();
    const named = new Response('a,b\r\n', {
      headers: { 'content-disposition': 'attachment; filename="audit-trail-2026-12-03.csv"' },
    });
    await downloadFromGateway(request, async () => named);
    await downloadFromGateway(request, async () => new Response('a,b\r\n'));
    expect(clicked.map((link) => link.download)).toEqual(['audit-trail-2026-12-03.csv', 'audit-trail.csv']);
  });

  it.each([
    [400, 'VALIDATION'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [500, 'INTERNAL'],
  ])('turns HTTP %i into %s, and an unreachable server into NETWORK', async (status, code) => {
    await expect(
      downloadFromGateway(request, async () => new Response('no', { status })),
    ).rejects.toMatchObject({ code, status });
    await expect(
      downloadFromGateway(request, async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
