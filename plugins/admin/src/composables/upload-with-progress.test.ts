import { describe, expect, it } from 'vitest';
import { progressFetch, type UploadProgress } from './upload-with-progress';

/** Stands in for the browser's request: tells the progress it is given, then answers. */
class ScriptedRequest {
  upload: { onprogress?: (event: ProgressEvent) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  status = 200;
  responseText = '{"data":{"ok":true}}';
  sent: unknown = null;
  headers: Record<string, string> = {};
  open(): void {}
  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }
  getResponseHeader(): string {
    return 'application/json';
  }
  send(body: unknown): void {
    this.sent = body;
    this.upload.onprogress?.({ lengthComputable: true, loaded: 25, total: 100 } as ProgressEvent);
    this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 } as ProgressEvent);
    this.upload.onload?.();
    this.onload?.();
  }
}

describe('progressFetch', () => {
  it('reports the share sent, then the processing, and answers with the response', async () => {
    const seen: UploadProgress[] = [];
    const request = new ScriptedRequest();
    const send = progressFetch(
      (progress) => seen.push(progress),
      () => request as unknown as XMLHttpRequest,
    );
    const response = await send('/graphql', { method: 'POST', headers: { 'x-adal-csrf': '1' }, body: 'x' });
    expect(seen).toEqual([
      { phase: 'uploading', percent: 25 },
      { phase: 'uploading', percent: 100 },
      { phase: 'processing', percent: null },
    ]);
    expect(request.headers).toEqual({ 'x-adal-csrf': '1' });
    expect(await response.json()).toEqual({ data: { ok: true } });
  });

  it('fails like fetch when the server cannot be reached', async () => {
    const request = new ScriptedRequest();
    request.send = function (this: ScriptedRequest) {
      this.onerror?.();
    };
    const send = progressFetch(
      () => undefined,
      () => request as unknown as XMLHttpRequest,
    );
    await expect(send('/graphql', { method: 'POST', body: 'x' })).rejects.toBeInstanceOf(TypeError);
  });
});
