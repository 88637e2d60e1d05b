import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadCompletion } from './completion-export';

afterEach(() => vi.restoreAllMocks());

describe('downloadCompletion', () => {
  it('fetches the export from the gateway with the bearer token and saves the file', async () => {
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:completion');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const send = vi.fn(
      async () =>
        new Response('a;b\n', {
          headers: { 'content-disposition': 'attachment; filename="completion-2026.csv"' },
        }),
    );

    const name = await downloadCompletion(
      {
        format: 'csv',
        courseId: 'c1',
        orgUnitId: null,
        token: 'secret',
        graphqlUrl: 'http://gw.test/graphql',
        locale: 'ru',
      },
      send,
    );

    expect(send).toHaveBeenCalledWith(
      'http://gw.test/training/completion.csv?courseId=c1&lang=ru',
      expect.objectContaining({ headers: { authorization: 'Bearer secret' } }),
    );
    expect(name).toBe('completion-2026.csv');
    expect(clicked).toEqual([{ href: 'blob:completion', download: 'completion-2026.csv' }]);
  });

  it('fails with FORBIDDEN when the gateway refuses the viewer', async () => {
    const send = vi.fn(async () => new Response('no', { status: 403 }));
    await expect(
      downloadCompletion(
        {
          format: 'xlsx',
          courseId: null,
          orgUnitId: 'u1',
          token: 't',
          graphqlUrl: 'http://gw.test/graphql',
          locale: 'kk',
        },
        send,
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(send).toHaveBeenCalledWith(
      'http://gw.test/training/completion.xlsx?orgUnitId=u1&lang=kk',
      expect.anything(),
    );
  });
});
