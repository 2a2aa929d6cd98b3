import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLayout, MIN_GAP } from '../../src/layout/compute';
import {
  hashSeed,
  layoutGraph,
  lcg,
  radiusScale,
  toLayoutInput,
  type Layout,
  type LayoutInput,
} from '../../src/layout';
import { layoutKey } from '../../src/layout/preset';
import { packedBuffers, packLayoutInput, unpackLayoutInput } from '../../src/layout/pack';
import { handleLayoutRequest } from '../../src/layout/protocol';
import { buildGraph } from '../../src/model/graph';
import { discourseNetwork } from '../../src/network';
import { networkGraph, tiedActors } from '../../src/network/graph';
import { resolve } from '../../src/model/resolve';
import { ACTOR_KINDS, STANCES, type RawDataset, type RawStatement } from '../../src/model/types';

const seedFile = JSON.parse(
  readFileSync(new URL('../../data/alaska-summit-2025.json', import.meta.url), 'utf8'),
) as RawDataset;
const seed = resolve(seedFile);

/** A made-up data set the size of a research corpus: ~400 actors, 1,200 statements. */
function bigDataset(actors = 390, statements = 1200): RawDataset {
  const random = lcg(42);
  const pick = (n: number) => Math.floor(random() * n);
  const raw: RawStatement[] = [];
  for (let i = 0; i < statements; i++) {
    // A few busy speakers and many occasional ones, like real coded corpora.
    const speaker = random() < 0.5 ? pick(25) : pick(actors);
    let about = random() < 0.6 ? pick(40) : pick(actors);
    if (about === speaker) about = (about + 1) % actors;
    raw.push({
      id: `s${i}`,
      speaker: `a${speaker}`,
      about: [`a${about}`],
      topic: `t${pick(20)}`,
      stance: STANCES[pick(STANCES.length)]!,
      summary: 'Said something.',
      date: `2011-0${1 + pick(9)}-1${pick(10)}`,
    });
  }
  return {
    format: 'parley/1',
    id: 'big',
    title: 'Big',
    actors: Array.from({ length: actors }, (_, i) => ({
      id: `a${i}`,
      name: `Actor ${i}`,
      kind: ACTOR_KINDS[i % ACTOR_KINDS.length]!,
    })),
    topics: Array.from({ length: 20 }, (_, i) => ({ id: `t${i}`, label: `Topic ${i}` })),
    statements: raw,
  };
}

const seedInput = toLayoutInput(buildGraph(seed, seed.statements, 'actors'));
const seedTopicsInput = toLayoutInput(buildGraph(seed, seed.statements, 'topics'));
const big = resolve(bigDataset());
const bigInput = toLayoutInput(buildGraph(big, big.statements, 'actors'));
/** The big layout is slow-ish (hundreds of ms): compute it once. */
let bigLayout: Layout | undefined;
const bigReference = () => (bigLayout ??= computeLayout(bigInput, { seed: 'big' }));
const SLOW = 60_000;

function overlaps(layout: Layout): string[] {
  const found: string[] = [];
  layout.nodes.forEach((a, i) => {
    for (const b of layout.nodes.slice(i + 1)) {
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + MIN_GAP - 0.01)
        found.push(`${a.id}/${b.id}`);
    }
  });
  return found;
}

describe('seeded randomness', () => {
  it('hashes strings to stable unsigned 32-bit seeds', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('alaska-summit-2025')).toBe(hashSeed('alaska-summit-2025'));
    expect(hashSeed('a')).not.toBe(hashSeed('b'));
    expect(hashSeed('some long data set id')).toBeGreaterThanOrEqual(0);
  });

  it('the lcg repeats for a seed and stays in [0, 1)', () => {
    const a = lcg(7);
    const b = lcg(7);
    const first = Array.from({ length: 50 }, a);
    expect(Array.from({ length: 50 }, b)).toEqual(first);
    expect(first.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(first).size).toBe(50);
  });
});

describe('radiusScale', () => {
  it.each([
    [0, 7],
    [16, 22],
    [4, 7 + 15 * 0.5],
    [100, 22],
  ])('activity %d of max 16 → radius %d', (activity, r) => {
    expect(radiusScale(16, 16)(activity)).toBeCloseTo(r);
  });

  it('shrinks nodes in big graphs', () => {
    expect(radiusScale(16, 400).max).toBeLessThan(radiusScale(16, 16).max);
  });
});

describe('toLayoutInput', () => {
  it('merges both directions and all stances of a pair into one weighted link', () => {
    const input = toLayoutInput({
      nodes: [
        { id: 'a', type: 'actor', label: 'A', activity: 4 },
        { id: 'b', type: 'actor', label: 'B', activity: 4 },
      ],
      edges: [
        {
          id: 'a->b:positive',
          source: 'a',
          target: 'b',
          stance: 'positive',
          count: 2,
          statements: [],
          certainty: { confirmed: 2, reported: 0, alleged: 0, denied: 0 },
          viaCount: 0,
        },
        {
          id: 'b->a:negative',
          source: 'b',
          target: 'a',
          stance: 'negative',
          count: 1,
          statements: [],
          certainty: { confirmed: 1, reported: 0, alleged: 0, denied: 0 },
          viaCount: 0,
        },
      ],
    });
    expect(input.links).toEqual([{ source: 'a', target: 'b', weight: 3 }]);
    expect(input.nodes).toEqual([
      { id: 'a', activity: 4 },
      { id: 'b', activity: 4 },
    ]);
  });

  it("takes a network's ties as they are: the links the merging would make", () => {
    const german = resolve(
      JSON.parse(
        readFileSync(new URL('../../data/german-nuclear-2011.json', import.meta.url), 'utf8'),
      ) as RawDataset,
    );
    for (const type of ['agreement', 'conflict'] as const) {
      const network = discourseNetwork(german.statements, { type });
      const graph = networkGraph({
        actors: tiedActors(network.actors, network.ties),
        ties: network.ties,
        statements: german.statements,
      });
      expect(graph.edges.length).toBeGreaterThan(1000);
      // The same graph without the ties' data goes through the merging.
      const merged = toLayoutInput({
        nodes: graph.nodes,
        edges: graph.edges.map(({ tie: _tie, ...edge }) => edge),
      });
      expect(toLayoutInput(graph)).toEqual(merged);
    }
  });
});

describe('computeLayout', () => {
  it('gives the same positions on every run', () => {
    expect(computeLayout(seedInput, { seed: 'alaska' })).toEqual(
      computeLayout(seedInput, { seed: 'alaska' }),
    );
  });

  it('spreads the layout in the proportions of the box', () => {
    const shape = (aspect: number) => {
      const { x0, y0, x1, y1 } = computeLayout(seedTopicsInput, { seed: 'alaska', aspect }).bounds;
      return (x1 - x0) / (y1 - y0);
    };
    expect(shape(1.6)).toBeGreaterThan(shape(1));
  });

  it('gives different positions for different seeds', () => {
    const a = computeLayout(seedInput, { seed: 'alaska' });
    const b = computeLayout(seedInput, { seed: 'antarctic' });
    expect(b.nodes.map((n) => [n.x, n.y])).not.toEqual(a.nodes.map((n) => [n.x, n.y]));
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(seedInput);
    computeLayout(seedInput, { seed: 'x' });
    expect(seedInput).toEqual(copy);
  });

  it.each([
    ['the seed, who about whom', seedInput],
    ['the seed, who on what', seedTopicsInput],
    ['a 390-actor graph', bigInput],
  ])(
    '%s: every node placed once, at finite coordinates, none overlapping',
    (_, input) => {
      const layout =
        input === bigInput ? bigReference() : computeLayout(input, { seed: 'alaska-summit-2025' });
      expect(layout.nodes.map((n) => n.id)).toEqual(input.nodes.map((n) => n.id));
      for (const n of layout.nodes) {
        expect(Number.isFinite(n.x) && Number.isFinite(n.y) && n.r > 0).toBe(true);
      }
      expect(overlaps(layout)).toEqual([]);
      const { x0, y0, x1, y1 } = layout.bounds;
      for (const n of layout.nodes) {
        expect(n.x - n.r).toBeGreaterThanOrEqual(x0);
        expect(n.x + n.r).toBeLessThanOrEqual(x1);
        expect(n.y - n.r).toBeGreaterThanOrEqual(y0);
        expect(n.y + n.r).toBeLessThanOrEqual(y1);
      }
    },
    SLOW,
  );

  it('draws linked nodes closer than unlinked ones on average', () => {
    const layout = computeLayout(seedInput, { seed: 'alaska-summit-2025' });
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    const dist = (a: string, b: string) =>
      Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    const linked = new Set(seedInput.links.map((l) => `${l.source}|${l.target}`));
    const near: number[] = [];
    const far: number[] = [];
    const ids = seedInput.nodes.map((n) => n.id);
    ids.forEach((a, i) =>
      ids.slice(i + 1).forEach((b) => {
        const key = a < b ? `${a}|${b}` : `${b}|${a}`;
        (linked.has(key) ? near : far).push(dist(a, b));
      }),
    );
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(near)).toBeLessThan(mean(far));
  });

  it('handles empty graphs, a single node and self-links', () => {
    expect(computeLayout({ nodes: [], links: [] }, { seed: 's' })).toEqual({
      nodes: [],
      bounds: { x0: 0, y0: 0, x1: 0, y1: 0 },
    });
    const one: LayoutInput = {
      nodes: [{ id: 'a', activity: 0 }],
      links: [{ source: 'a', target: 'a', weight: 1 }],
    };
    const [a] = computeLayout(one, { seed: 's' }).nodes;
    expect(Number.isFinite(a!.x) && Number.isFinite(a!.y)).toBe(true);
  });
});

describe('a layout from a start layout (a network from the default graph)', () => {
  const topics = toLayoutInput(buildGraph(big, big.statements, 'topics'));
  const start = () => ({ key: 'the default graph', nodes: bigReference().nodes });
  let warmLayout: Layout | undefined;
  const warm = () => (warmLayout ??= computeLayout(topics, { seed: 'big', start: start() }));

  it(
    'is the same on every run, and named apart from the layout from scratch',
    () => {
      expect(computeLayout(topics, { seed: 'big', start: start() })).toEqual(warm());
      const cold = layoutKey(topics, { seed: 'big' });
      const from = layoutKey(topics, { seed: 'big', start: start() });
      expect(from).not.toBe(cold);
      expect(from).toContain('the default graph');
      expect(layoutKey(topics, { seed: 'big', start: { ...start(), key: 'another' } })).not.toBe(
        from,
      );
    },
    SLOW,
  );

  it(
    'leaves the actors nearer where they were than a layout from scratch does',
    () => {
      const before = new Map(bigReference().nodes.map((n) => [n.id, n]));
      const moved = (layout: Layout) => {
        const d = layout.nodes
          .filter((n) => before.has(n.id))
          .map((n) => Math.hypot(n.x - before.get(n.id)!.x, n.y - before.get(n.id)!.y));
        return d.reduce((sum, x) => sum + x, 0) / d.length;
      };
      const cold = computeLayout(topics, { seed: 'big' });
      // Not by much: the network pulls them towards other ties (alpha 0.6 of 1).
      expect(moved(warm())).toBeLessThan(moved(cold));
    },
    SLOW,
  );

  it(
    'still places every node once, none overlapping; nodes the start lacks begin anew',
    () => {
      const layout = warm();
      expect(layout.nodes.map((n) => n.id)).toEqual(topics.nodes.map((n) => n.id));
      expect(overlaps(layout)).toEqual([]);
      // The topics are not in the actors' layout: they are placed all the same.
      const topicNodes = layout.nodes.filter((n) => !bigInput.nodes.some((a) => a.id === n.id));
      expect(topicNodes.length).toBeGreaterThan(0);
      for (const n of topicNodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    },
    SLOW,
  );
});

describe('the worker path', () => {
  it(
    'the worker answers with exactly the synchronous layout (packed, moved and unpacked)',
    () => {
      // As async.ts posts it and layout.worker.ts reads it.
      const packed = packLayoutInput(bigInput);
      const posted = structuredClone(
        { id: 3, input: packed, options: { seed: 'big' } },
        { transfer: packedBuffers(packed) },
      );
      // Moved, not copied: the page's arrays are empty now.
      expect(packed.source.length).toBe(0);
      const input = unpackLayoutInput(posted.input);
      expect(input).toEqual(bigInput);
      const response = structuredClone(handleLayoutRequest({ ...posted, input }));
      expect(response).toEqual({ id: 3, ok: true, layout: bigReference() });
    },
    SLOW,
  );

  it(
    'reports its progress while it works, at most every 100 ms, and the layout is the same',
    () => {
      // A clock that moves 30 ms at each look: every fourth report passes (120 ms).
      let time = 0;
      const now = () => (time += 30);
      const heard: { id: number; progress: number }[] = [];
      const request = { id: 7, input: bigInput, options: { seed: 'big' } };
      const response = handleLayoutRequest(request, (p) => heard.push(p), now);
      expect(response).toEqual({ id: 7, ok: true, layout: bigReference() });
      // The big graph (more than 150 nodes) takes 200 steps: 20 runs of 10, and the
      // first look is the start's. Reports 4, 8, 12, 16 and 20 of 20 pass the 100 ms.
      expect(heard.map((p) => p.id)).toEqual([7, 7, 7, 7, 7]);
      expect(heard.map((p) => p.progress)).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
      // Without anyone to hear it, nothing is sent and the clock is not read after the start.
      time = 0;
      handleLayoutRequest(request, undefined, now);
      expect(time).toBe(30);
    },
    SLOW,
  );

  it('reports a failure as a message, not a throw', () => {
    const response = handleLayoutRequest({
      id: 1,
      input: null as unknown as LayoutInput,
      options: { seed: 's' },
    });
    expect(response).toMatchObject({ id: 1, ok: false, message: expect.stringMatching(/nodes/) });
  });

  it('layoutGraph rejects with a plain message where no Worker can start (Node)', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(layoutGraph(seedInput, { seed: 'a' })).rejects.toThrow(
      'this browser cannot start the layout worker.',
    );
  });
});
