// The network worker makes each network's ties and coalitions once (src/network/handle.ts):
// the page's two requests of a switch (all statements, laid out; the view, drawn with
// coalitions) and a conflict network after an agreement one share them. The answers
// must be the ones each request gets on its own, which the German set checks against
// discourseNetwork (the page's code before the worker); the counts of calls show the
// sharing.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/model/load';
import type { Statement } from '../../src/model/types';
import { discourseNetwork } from '../../src/network';
import { handleNetworkRequest } from '../../src/network/handle';
import type { NetworkRequest } from '../../src/network/protocol';

const calls = vi.hoisted(() => ({ ties: 0, coalitions: 0 }));
vi.mock('../../src/network/ties', async (original) => {
  const real = await original<typeof import('../../src/network/ties')>();
  return {
    ...real,
    tiesOf: (...args: Parameters<typeof real.tiesOf>) => {
      calls.ties += 1;
      return real.tiesOf(...args);
    },
  };
});
vi.mock('../../src/network/coalitions', async (original) => {
  const real = await original<typeof import('../../src/network/coalitions')>();
  return {
    ...real,
    coalitionsFrom: (...args: Parameters<typeof real.coalitionsFrom>) => {
      calls.coalitions += 1;
      return real.coalitionsFrom(...args);
    },
  };
});

const german = loadDataset(readFileSync('data/german-nuclear-2011.json', 'utf8')).dataset!;

let nextId = 1;
function ask(statements: readonly Statement[], request: Omit<NetworkRequest, 'id'>) {
  const response = handleNetworkRequest(statements, { id: nextId++, ...request });
  if (!response.ok) throw new Error(response.message);
  return response.network;
}
const none = { normalization: 'none' } as const;
/** A fresh copy of the statements: a data set the worker has not seen, so nothing is remembered. */
const fresh = () => [...german.statements];

beforeEach(() => {
  calls.ties = 0;
  calls.coalitions = 0;
});

describe("the network worker's memory", () => {
  it('a switch to Agreement makes its ties once for both requests, its coalitions once', () => {
    const statements = fresh();
    const full = ask(statements, {
      type: 'agreement',
      options: none,
      statements: null,
      coalitions: false,
    });
    const view = ask(statements, {
      type: 'agreement',
      options: none,
      statements: null,
      coalitions: true,
    });
    expect(calls).toEqual({ ties: 1, coalitions: 1 });
    expect(Array.from(view.weight)).toEqual(Array.from(full.weight));
    // The same ties and coalitions as the page's own code makes them.
    const expected = discourseNetwork(german.statements, { type: 'agreement' });
    expect(Array.from(view.weight)).toEqual(expected.ties.map((t) => t.weight));
    expect(view.coalitions.coalitions.map((c) => c.members)).toEqual(
      expected.coalitions.coalitions.map((c) => c.members),
    );
  });

  it("Conflict after Agreement finds the agreement network's coalitions made", () => {
    const statements = fresh();
    ask(statements, { type: 'agreement', options: none, statements: null, coalitions: true });
    const before = { ...calls };
    const conflict = ask(statements, {
      type: 'conflict',
      options: none,
      statements: null,
      coalitions: true,
    });
    // Only the conflict ties are new: the coalitions are the agreement network's.
    expect(calls.ties - before.ties).toBe(1);
    expect(calls.coalitions - before.coalitions).toBe(0);
    const expected = discourseNetwork(german.statements, { type: 'conflict' });
    expect(Array.from(conflict.weight)).toEqual(expected.ties.map((t) => t.weight));
    expect(conflict.coalitions.coalitions.map((c) => c.members)).toEqual(
      expected.coalitions.coalitions.map((c) => c.members),
    );
    expect(conflict.coalitions.polarization).toBe(expected.coalitions.polarization);
  });

  it('another view, fold, normalization or data set is made anew', () => {
    const statements = fresh();
    const base = { type: 'agreement', statements: null, coalitions: true } as const;
    ask(statements, { ...base, options: none });
    expect(calls).toEqual({ ties: 1, coalitions: 1 });
    // March only: other statements, other ties and coalitions.
    const march = Int32Array.from(
      statements.flatMap((s, i) => (s.date.text.startsWith('2011-03') ? [i] : [])),
    );
    const expected = discourseNetwork(
      Array.from(march, (i) => statements[i]!),
      { type: 'agreement' },
    );
    Object.assign(calls, { ties: 1, coalitions: 1 }); // not counting the reference's
    const inMarch = ask(statements, { ...base, options: none, statements: march });
    expect(calls).toEqual({ ties: 2, coalitions: 2 });
    expect(Array.from(inMarch.weight)).toEqual(expected.ties.map((t) => t.weight));
    ask(statements, { ...base, options: { normalization: 'jaccard' } });
    expect(calls).toEqual({ ties: 3, coalitions: 3 });
    ask(statements, { ...base, options: { ...none, fold: true } });
    expect(calls).toEqual({ ties: 4, coalitions: 4 });
    ask(fresh(), { ...base, options: none });
    expect(calls).toEqual({ ties: 5, coalitions: 5 });
    // And the first again: its coalitions are remembered, its ties (only the last are) not.
    ask(statements, { ...base, options: none });
    expect(calls).toEqual({ ties: 6, coalitions: 5 });
  });
});
