import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticFiles } from './static-files.js';

let rootDir: string;
let server: Server;
let origin: string;

const CHUNK = `export const figures = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `row ${i}`))};\n`;
const ENTRY = 'export { figures } from "./assets/chunk-Bx1Yq2Zw.js";\n';

/** A build output as the shell's and the plugins' builds write it: originals with .br and .gz beside. */
async function writeBuilt(file: string, text: string): Promise<void> {
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, text);
  await writeFile(`${file}.br`, brotliCompressSync(text));
  await writeFile(`${file}.gz`, gzipSync(text));
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request: fetch would decode the body and hide content-length. */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(`${origin}${path}`, { headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  rootDir = await mkdtemp(join(tmpdir(), 'adal-static-'));
  await writeBuilt(join(rootDir, 'shell/dist/assets/chunk-Bx1Yq2Zw.js'), CHUNK);
  await writeBuilt(join(rootDir, 'shell/dist/vendor/vue.js'), CHUNK);
  await writeBuilt(join(rootDir, 'plugins/hotline/dist/plugin.js'), ENTRY);
  await writeBuilt(join(rootDir, 'plugins/hotline/dist/assets/CasesPage-C4fe01aB.js'), CHUNK);
  await writeFile(join(rootDir, 'plugins/hotline/dist/manifest.json'), '{"id":"hotline"}');
  const files = createStaticFiles(rootDir);
  server = createServer((req, res) => {
    const notFound = () => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    const plugin = /^\/plugins\/([a-z]+)/.exec(req.url ?? '');
    if (plugin?.[1]) files.plugin(plugin[1], req, res, notFound);
    else files.shell(req, res, notFound);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server?.close(done));
  await rm(rootDir, { recursive: true, force: true });
});

describe('static bundles', () => {
  it('answers with the brotli copy when the browser accepts br, with the original type and the copy length', async () => {
    const answer = await get('/assets/chunk-Bx1Yq2Zw.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/javascript');
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(CHUNK.length / 4);
    expect(brotliDecompressSync(answer.body).toString()).toBe(CHUNK);
  });

  it('answers with the gzip copy to a browser without brotli, and the original to one that accepts neither', async () => {
    const gzip = await get('/plugins/hotline/assets/CasesPage-C4fe01aB.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length);
    expect(gunzipSync(gzip.body).toString()).toBe(CHUNK);

    const plain = await get('/plugins/hotline/assets/CasesPage-C4fe01aB.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.toString()).toBe(CHUNK);
  });

  it('lets browsers keep content-hashed files for a year without asking again', async () => {
    for (const path of ['/assets/chunk-Bx1Yq2Zw.js', '/plugins/hotline/assets/CasesPage-C4fe01aB.js']) {
      const answer = await get(path, { 'accept-encoding': 'br' });
      expect(answer.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
  });

  it('has browsers revalidate the files whose names stay across versions, and answers 304 while unchanged', async () => {
    for (const path of ['/vendor/vue.js', '/plugins/hotline/plugin.js', '/plugins/hotline/manifest.json']) {
      const first = await get(path, { 'accept-encoding': 'br' });
      expect(first.status, path).toBe(200);
      expect(first.headers['cache-control'], path).toBe('no-cache');
      const etag = String(first.headers.etag);
      expect(first.headers['last-modified'], path).toBeDefined();

      const reload = await get(path, { 'accept-encoding': 'br', 'if-none-match': etag });
      expect(reload.status, path).toBe(304);
      expect(reload.body.length, path).toBe(0);
      expect(reload.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('keeps the tags of the encodings apart, so a cached gzip body is never taken for the brotli one', async () => {
    const br = await get('/vendor/vue.js', { 'accept-encoding': 'br' });
    const gzip = await get('/vendor/vue.js', { 'accept-encoding': 'gzip' });
    expect(br.headers.etag).not.toBe(gzip.headers.etag);
    const mixed = await get('/vendor/vue.js', {
      'accept-encoding': 'gzip',
      'if-none-match': String(br.headers.etag),
    });
    expect(mixed.status).toBe(200);
    expect(mixed.headers['content-encoding']).toBe('gzip');
  });

  it('leaves a missing file to the caller, without the bundle headers', async () => {
    const answer = await get('/plugins/hotline/assets/missing.js', { 'accept-encoding': 'br' });
    expect(answer.status).toBe(404);
    expect(answer.headers['cache-control']).toBeUndefined();
    expect(answer.headers.vary).toBeUndefined();
  });
});
