// The network worker's messages (src/network/protocol.ts), in Node: the data set
// packed as indices and unpacked in the worker, a request for some statements, the
// ties back in typed arrays. Expected weights on tests/fixtures/network/small.json
// are hand-counted (as in network.test.ts); on the German set the worker's answer
// must be the one the page computed before, coalitions included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/model/load';
import type { Dataset, Statement } from '../../src/model/types';
import { discourseNetwork, type Tie } from '../../src/network';
import {
  packNetworkData,
  transferables,
  unpackNetwork,
  unpackNetworkData,
  type NetworkRequest,
} from '../../src/network/protocol';
import { handleNetworkRequest } from '../../src/network/handle';
import {
  defaultMinWeight,
  networkLayoutInput,
  tieBetween,
  tieCount,
  tiedActors,
  tiesAt,
  tiesAtLeast,
  tieWeights,
} from '../../src/network/graph';
import { layoutKey } from '../../src/layout/preset';
import { packLayoutInput } from '../../src/layout/pack';

const load = (path: string) => loadDataset(readFileSync(path, 'utf8')).dataset!;
const small = load('tests/fixtures/network/small.json');
const brief = (ties: readonly Pick<Tie, 'source' | 'target' | 'weight'>[]) =>
  ties.map((t) => `${t.source}-${t.target} ${t.weight}`);
// The small set's conflict ties, hand-counted (see the first test).
const SMALL_CONFLICT = ['a-b 2', 'a-c 1', 'a-d 1', 'b-c 1', 'b-d 1', 'c-d 1'];

/** A request as the page sends it, answered as the worker answers it, unpacked as the page does. */
function viaWorker(dataset: Dataset, request: Omit<NetworkRequest, 'id'>) {
  // Through structuredClone, as postMessage copies it.
  const data = structuredClone(packNetworkData(dataset));
  const response = handleNetworkRequest(unpackNetworkData(data), { id: 1, ...request });
  if (!response.ok) throw new Error(response.message);
  const packed = structuredClone(response.network, { transfer: transferables(response.network) });
  return unpackNetwork(
    packed,
    request.type,
    new Map(dataset.actors.map((a) => [a.id, a])),
    new Map(dataset.topics.map((t) => [t.id, t])),
  );
}

const indices = (dataset: Dataset, keep: (s: Statement) => boolean) =>
  Int32Array.from(
    dataset.statements.flatMap((s, i) => (keep(s) ? [i] : [])),
    (i) => i,
  );

describe('the network worker protocol', () => {
  it('all statements: the hand-counted agreement and conflict ties', () => {
    const all = { options: {}, statements: null, coalitions: false } as const;
    // a-b: t1 P, t1 N, t2 N = 3; a-c: t1 P, t2 N = 2; b-c: t1 P, t2 N = 2.
    expect(brief(viaWorker(small, { ...all, type: 'agreement' }).ties)).toEqual([
      'a-b 3',
      'a-c 2',
      'b-c 2',
    ]);
    expect(brief(viaWorker(small, { ...all, type: 'conflict' }).ties)).toEqual(SMALL_CONFLICT);
  });

  it('the statements sent, and no others (March 2011)', () => {
    const march = indices(small, (s) => s.date.text.startsWith('2011-03'));
    // In March: t1 a {P, N}, b {P}, c {P}, d neutral; t2 a {N}, c {N}.
    // agreement a-b 1 (t1 P), a-c 2 (t1 P, t2 N), b-c 1 (t1 P);
    // conflict a-b 1 (aN, bP), a-c 1 (aN, cP).
    const ask = { options: {}, statements: march, coalitions: false } as const;
    expect(brief(viaWorker(small, { ...ask, type: 'agreement' }).ties)).toEqual([
      'a-b 1',
      'a-c 2',
      'b-c 1',
    ]);
    expect(
      brief(viaWorker(small, { ...ask, statements: march.slice(), type: 'conflict' }).ties),
    ).toEqual(['a-b 1', 'a-c 1']);
  });

  it('folding and normalization pass through as options', () => {
    const folded = viaWorker(small, {
      type: 'agreement',
      options: { fold: true, normalization: 'jaccard' },
      statements: null,
      coalitions: false,
    });
    // Folded (network.test.ts): c and x (a, b's organization) share t1 P, t1 N, t2 N.
    expect(brief(folded.ties)).toEqual(['c-x 3']);
    // c: {t1 P, t2 N} = 2; x: {t1 P, t1 N, t2 N} = 3; union 3: Jaccard 3 / 3.
    expect(folded.ties[0]!.normalized).toBe(1);
    // The data set's own actors come back, not the worker's stand-ins.
    expect(folded.actors.map((a) => a.id)).toContain('x');
    expect(folded.actors.find((a) => a.id === 'x')).toBe(small.actors.find((a) => a.id === 'x'));
  });

  it(
    'on the German set: the same ties and coalitions as computed in the page',
    { timeout: 30_000 },
    () => {
      const german = load('data/german-nuclear-2011.json');
      for (const type of ['agreement', 'conflict', 'balance'] as const) {
        const page = discourseNetwork(german.statements, { type, normalize: 'cosine' });
        const worker = viaWorker(german, {
          type,
          options: { normalization: 'cosine' },
          statements: null,
          coalitions: true,
        });
        expect(worker.ties).toEqual(page.ties);
        expect(worker.actors.map((a) => a.id)).toEqual(page.actors.map((a) => a.id));
        expect(worker.coalitions).toEqual(page.coalitions);
        expect(worker.coalitions.coalitions.length).toBeGreaterThan(1);
      }
    },
  );
});

describe('packed ties, read without making them', () => {
  // The small set's ties, hand-counted above: agreement a-b 3, a-c 2, b-c 2; conflict
  // a-b 2 and five of weight 1.
  const all = { options: {}, statements: null, coalitions: false } as const;
  const agreement = () => viaWorker(small, { ...all, type: 'agreement' });
  const conflict = () => viaWorker(small, { ...all, type: 'conflict' });

  it('counts, weights, the actors tied and the ties at a minimum, as the objects say', () => {
    const net = conflict();
    expect(net.packed).toBeDefined();
    expect(tieCount(net)).toBe(6);
    expect(Array.from(tieWeights(net))).toEqual([2, 1, 1, 1, 1, 1]);
    expect(brief(tiesAtLeast(net, 2))).toEqual(['a-b 2']);
    expect(tiesAtLeast(net, 2)[0]).toMatchObject({ type: 'conflict', normalized: 2 });
    expect(tiedActors(small.actors, net).map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(tiedActors(small.actors, agreement()).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(defaultMinWeight(net, 1)).toBe(2); // 2 nodes' budget: the one tie of weight 2
    expect(brief(tiesAt(net, 'c'))).toEqual(['a-c 1', 'b-c 1', 'c-d 1']);
    expect(tiesAt(net, 'nobody')).toEqual([]);
    expect(tieBetween(net, 'b', 'a')).toMatchObject({ source: 'a', target: 'b', weight: 2 });
    expect(tieBetween(net, 'c', 'd')).toMatchObject({ source: 'c', target: 'd', weight: 1 });
    expect(tieBetween(agreement(), 'a', 'd')).toBeUndefined();
    // The same answers from the ties as objects.
    expect(brief(tiesAt([...net.ties], 'c'))).toEqual(['a-c 1', 'b-c 1', 'c-d 1']);
    expect(tieBetween([...net.ties], 'd', 'c')).toMatchObject({ source: 'c', weight: 1 });
    // None of that made the ties; reading them does, once.
    const first = net.ties;
    expect(brief(first)).toHaveLength(6);
    expect(net.ties).toBe(first);
  });

  it('the layout input from packed ties is the one from their objects, under the same key', () => {
    const net = conflict();
    const nodes = tiedActors(small.actors, net).map((a, i) => ({ id: a.id, activity: i + 1 }));
    const packed = networkLayoutInput(nodes, net);
    const plain = networkLayoutInput(nodes, [...net.ties]);
    expect(packed.packed).toBeDefined();
    expect(plain.packed).toBeUndefined();
    expect(brief(packed.links)).toEqual(SMALL_CONFLICT);
    const link = ({
      source,
      target,
      weight,
    }: {
      source: string;
      target: string;
      weight: number;
    }) => ({
      source,
      target,
      weight,
    });
    expect(packed.links).toEqual(plain.links.map(link));
    expect(layoutKey(packed, { seed: 's' })).toBe(layoutKey(plain, { seed: 's' }));
    expect(layoutKey(packed, { seed: 's' })).toBe(
      layoutKey({ nodes, links: structuredClone(plain.links) }, { seed: 's' }),
    );
    // One weight more: another key.
    const heavier = {
      ...packed.packed!,
      weight: packed.packed!.weight.map((w, k) => w + (k === 0 ? 1 : 0)),
    };
    expect(layoutKey({ ...plain, links: packed.links, packed: heavier }, { seed: 's' })).not.toBe(
      layoutKey(packed, { seed: 's' }),
    );
    // Packed for the worker as they are (not packed again).
    expect(packLayoutInput(packed).source).toBe(packed.packed!.source);
  });

  it('balance ties are laid out by their absolute weight', () => {
    const net = viaWorker(small, { ...all, type: 'balance' });
    const nodes = tiedActors(small.actors, net).map((a) => ({ id: a.id, activity: 1 }));
    const input = networkLayoutInput(nodes, net);
    expect(input.links.map((l) => l.weight)).toEqual(net.ties.map((t) => Math.abs(t.weight)));
    expect(net.ties.some((t) => t.weight < 0)).toBe(true);
  });
});
