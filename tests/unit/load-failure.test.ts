// The loader's failures as states: each failed request a `failed` state with the
// reader's sentence, a file with problems still an `error` state with its problems.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFromServer } from '../../src/state/load';

const SEED = readFileSync('data/alaska-summit-2025.json', 'utf8');
const INDEX = JSON.stringify([{ id: 'alaska-summit-2025', title: 'After Alaska' }]);

type Answer = Response | 'hang' | 'reject';

/** A fetch that answers each file from `answers` (by its name), or a 404. */
function serve(answers: Record<string, () => Answer>) {
  const calls: { url: string; cache: RequestCache | undefined }[] = [];
  const fetch = vi.fn((url: string, init?: RequestInit) => {
    calls.push({ url, cache: init?.cache });
    const answer = answers[url.split('/').pop()!]?.() ?? new Response('', { status: 404 });
    if (answer === 'reject') return Promise.reject(new TypeError('Failed to fetch'));
    if (answer === 'hang')
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
      );
    return Promise.resolve(answer);
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

const json = (body: string) => () => new Response(body, { status: 200 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadFromServer, when a request fails', () => {
  it('says the server answered 404 for the list of data sets', async () => {
    serve({});
    expect(await loadFromServer(null)).toEqual({
      status: 'failed',
      kind: 'not-found',
      id: 'alaska-summit-2025',
      message: 'The data could not be loaded: the server answered 404 (not found).',
    });
  });

  it('says the server answered 500 for the data file', async () => {
    serve({
      'index.json': json(INDEX),
      'alaska-summit-2025.json': () => new Response('', { status: 500 }),
    });
    expect(await loadFromServer(null)).toMatchObject({
      status: 'failed',
      kind: 'server',
      message: 'The data could not be loaded: the server answered 500 (server error).',
    });
  });

  it('takes an HTML page sent with 200 for a failed request, not for a file with problems', async () => {
    serve({
      'index.json': json(INDEX),
      'alaska-summit-2025.json': json('<!doctype html><h1>Please sign in</h1>'),
    });
    expect(await loadFromServer(null)).toMatchObject({
      status: 'failed',
      kind: 'not-json',
      message: 'The data could not be loaded: the server sent a web page instead of the data.',
    });
  });

  it('takes an HTML page instead of the list of data sets for a failed request', async () => {
    serve({ 'index.json': json('<html><body>Bad gateway</body></html>') });
    expect(await loadFromServer(null)).toMatchObject({
      status: 'failed',
      kind: 'not-json',
      message: 'The data could not be loaded: the server sent a web page instead of the data.',
    });
  });

  it('gives up a request that has no answer after the timeout', async () => {
    serve({ 'index.json': json(INDEX), 'alaska-summit-2025.json': () => 'hang' });
    expect(await loadFromServer(null, { timeoutMs: 200 })).toMatchObject({
      status: 'failed',
      kind: 'timeout',
      message: 'The data could not be loaded: the server did not answer within 0.2 seconds.',
    });
  });

  it('says the device is offline when the request fails and the browser knows it', async () => {
    serve({ 'index.json': () => 'reject' });
    vi.stubGlobal('navigator', { onLine: false });
    expect(await loadFromServer(null)).toMatchObject({
      status: 'failed',
      kind: 'offline',
      message: 'The data could not be loaded: this device seems to be offline.',
    });
  });

  it('says the connection failed when the browser thinks it is online', async () => {
    serve({ 'index.json': () => 'reject' });
    vi.stubGlobal('navigator', { onLine: true });
    expect(await loadFromServer(null)).toMatchObject({
      status: 'failed',
      kind: 'unreachable',
      message: 'The data could not be loaded: the connection to the server failed.',
    });
  });
});

describe('loadFromServer, otherwise', () => {
  it('keeps a file with problems an error with its located problems', async () => {
    serve({ 'index.json': json(INDEX), 'alaska-summit-2025.json': json('{"format": "parley/1"}') });
    const state = await loadFromServer(null);
    expect(state.status).toBe('error');
    expect(state.status === 'error' && state.problems.length).toBeGreaterThan(0);
  });

  it('shows the data without build layouts when the layout request hangs', async () => {
    serve({
      'index.json': json(INDEX),
      'alaska-summit-2025.json': json(SEED),
      'alaska-summit-2025.layout.json': () => 'hang',
    });
    const state = await loadFromServer(null, { timeoutMs: 200 });
    expect(state.status).toBe('ready');
    expect(state.status === 'ready' && state.layouts).toBeUndefined();
  });

  it('asks the server again on a retry instead of using the HTTP cache', async () => {
    const calls = serve({ 'index.json': json(INDEX), 'alaska-summit-2025.json': json(SEED) });
    await loadFromServer(null);
    await loadFromServer(null, { attempt: 1 });
    expect(calls.map((c) => `${c.url.split('/').pop()} ${c.cache}`)).toEqual([
      'index.json default',
      'alaska-summit-2025.json default',
      'alaska-summit-2025.layout.json default',
      'index.json no-cache',
      'alaska-summit-2025.json no-cache',
      'alaska-summit-2025.layout.json no-cache',
    ]);
  });
});
