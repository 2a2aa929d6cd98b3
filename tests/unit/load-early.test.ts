// The data's requests started before the interface is built (startLoading, called by
// App as the page's code runs): loadFromServer takes them instead of asking again,
// an id the index does not list is still never fetched, and a retry asks afresh.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFromServer, startLoading } from '../../src/state/load';

const SEED = readFileSync('data/alaska-summit-2025.json', 'utf8');
const INDEX = JSON.stringify([{ id: 'alaska-summit-2025', title: 'After Alaska' }]);

/** A fetch that answers the index and the seed (a 404 for anything else), recording each call. */
function serve() {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      calls.push(`${url.split('/').pop()} ${init?.cache ?? ''}`);
      const name = url.split('/').pop();
      const body = name === 'index.json' ? INDEX : name === 'alaska-summit-2025.json' ? SEED : null;
      return Promise.resolve(
        body === null ? new Response('', { status: 404 }) : new Response(body, { status: 200 }),
      );
    }),
  );
  return calls;
}

/** Lets the early requests' promise chains run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startLoading', () => {
  it('asks for the index, then the data and its layouts, before loadFromServer is called', async () => {
    const calls = serve();
    startLoading('alaska-summit-2025');
    await settle();
    expect(calls).toEqual([
      'index.json default',
      'alaska-summit-2025.json default',
      'alaska-summit-2025.layout.json default',
    ]);
    const state = await loadFromServer('alaska-summit-2025');
    expect(state.status).toBe('ready');
    // Taken, not asked again.
    expect(calls).toHaveLength(3);
  });

  it('is taken even when loadFromServer comes while the index is on its way', async () => {
    const calls = serve();
    startLoading(null);
    const state = await loadFromServer(null);
    expect(state.status).toBe('ready');
    expect(calls).toEqual([
      'index.json default',
      'alaska-summit-2025.json default',
      'alaska-summit-2025.layout.json default',
    ]);
  });

  it('never asks for an id the index does not list', async () => {
    const calls = serve();
    startLoading('alaska-summit-2052');
    await settle();
    const state = await loadFromServer('alaska-summit-2052');
    expect(state).toMatchObject({
      status: 'error',
      reason: { type: 'unknown', id: 'alaska-summit-2052', hint: 'alaska-summit-2025' },
    });
    expect(calls).toEqual(['index.json default']);
  });

  it('does not ask for what is not an id at all', async () => {
    const calls = serve();
    startLoading('../secrets');
    await settle();
    expect(calls).toEqual([]);
  });

  it('is not what a retry gets: the retry asks the server again', async () => {
    const calls = serve();
    startLoading(null);
    await settle();
    const state = await loadFromServer(null, { attempt: 1 });
    expect(state.status).toBe('ready');
    expect(calls.slice(3)).toEqual([
      'index.json no-cache',
      'alaska-summit-2025.json no-cache',
      'alaska-summit-2025.layout.json no-cache',
    ]);
    // The early answers were dropped with the retry: a later first load asks again too.
    await loadFromServer(null);
    expect(calls).toHaveLength(9);
  });
});
