// The explorer state class (src/state/explorer.svelte.ts) outside any component:
// what the URL asks for, what the filters leave visible, what a selection
// highlights, and that the graphs and layouts are derived in the state. Counts are
// taken by hand from data/alaska-summit-2025.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LayoutCache } from '../../src/layout/cache';
import { computeLayout } from '../../src/layout/compute';
import { layoutKey, WIDE } from '../../src/layout/preset';
import type { Layout, LayoutInput, LayoutOptions } from '../../src/layout/types';
import { loadDataset } from '../../src/model/load';
import { Explorer } from '../../src/state/explorer.svelte';

const { dataset } = loadDataset(readFileSync('data/alaska-summit-2025.json', 'utf8'));
if (!dataset) throw new Error('the seed data set does not load');
const seed = dataset;

/** A state whose layouts never reach a worker: a test fails loudly if one is asked for. */
function explorer(presets?: Map<string, Layout>): Explorer {
  const noWorker = () => Promise.reject(new Error('no worker in unit tests'));
  return new Explorer(seed, presets, new LayoutCache(presets, noWorker));
}

describe('Explorer: the URL', () => {
  it('selects what the URL names and notes what does not exist', () => {
    const state = explorer();
    state.applyUrl({
      actor: 'putin',
      topics: ['ceasefire', 'no-such-topic'],
      from: '2025-08-15',
      to: '2025-13',
    });
    expect(state.selection).toEqual({ kind: 'actor', id: 'putin' });
    expect(state.topics).toEqual(['ceasefire']);
    expect(state.from).toBe('2025-08-15');
    expect(state.to).toBeUndefined();
    expect(state.notices).toEqual([
      'There is no topic "no-such-topic" in this data set.',
      expect.stringMatching(/^The "to" date is ignored: .+\.$/),
    ]);
  });

  it.each([
    [
      { actor: 'witkoff', about: 'putin' },
      { kind: 'edge', source: 'witkoff', target: 'putin' },
    ],
    [
      { actor: 'witkoff', on: 'ceasefire' },
      { kind: 'edge', source: 'witkoff', target: 'topic:ceasefire' },
    ],
    // An unknown edge end leaves the actor; an edge to oneself is no edge.
    [
      { actor: 'witkoff', about: 'nobody' },
      { kind: 'actor', id: 'witkoff' },
    ],
    [
      { actor: 'witkoff', about: 'witkoff' },
      { kind: 'actor', id: 'witkoff' },
    ],
    [{ event: 'alaska-summit' }, { kind: 'event', id: 'alaska-summit' }],
    [{ on: 'ceasefire' }, { kind: 'topic', id: 'ceasefire' }],
    [{ actor: 'nobody' }, { kind: 'none' }],
    [{}, { kind: 'none' }],
  ])('selectionFor(%j)', (ids, expected) => {
    expect(explorer().selectionFor(ids)).toEqual(expected);
  });

  it('writes the selection back as ids, the default graph mode left out', () => {
    const state = explorer();
    state.select({ kind: 'edge', source: 'witkoff', target: 'topic:ceasefire' });
    expect(state.selectionIds()).toEqual({ actor: 'witkoff', on: 'ceasefire' });
    expect(state.toUrl()).toEqual({
      actor: 'witkoff',
      on: 'ceasefire',
      topics: [],
      from: undefined,
      to: undefined,
      graph: undefined,
    });
    state.setGraphMode('topics');
    expect(state.toUrl().graph).toBe('topics');
  });
});

describe('Explorer: filters', () => {
  it('keeps topics in data order and drops unknown ones', () => {
    const state = explorer();
    state.setTopics(['sovereignty-pledge', 'x', 'article-5-guarantees']);
    expect(state.topics).toEqual(['article-5-guarantees', 'sovereignty-pledge']);
    state.toggleTopic('sovereignty-pledge');
    expect(state.topics).toEqual(['article-5-guarantees']);
  });

  it('narrows the statements by topic and window; the full graph stays whole', () => {
    const state = explorer();
    expect(state.statements).toHaveLength(25);
    state.setTopics(['article-5-guarantees']);
    expect(state.statements).toHaveLength(10);
    state.setWindow('2025-08-15', '2025-08-15');
    expect(state.statements).toHaveLength(1);
    state.setTopics([]);
    state.setWindow('2025-08-17', '2025-08-17');
    expect(state.statements).toHaveLength(22);
    // Every actor stays a node in both graphs; only the full graph keeps every edge.
    expect(state.graph.nodes).toHaveLength(16);
    expect(state.fullGraph.nodes).toHaveLength(16);
    expect(state.graph.edges.length).toBeLessThan(state.fullGraph.edges.length);
  });

  it('with deferFilter, the chips answer at once and the views once the task runs', () => {
    const state = explorer();
    const tasks: (() => void)[] = [];
    state.deferFilter = (task) => tasks.push(task);
    state.setTopics(['article-5-guarantees']);
    state.toggleTopic('peace-agreement');
    state.setWindow('2025-08', undefined);
    // What the chips and fields show: at once.
    expect(state.topics).toEqual(['article-5-guarantees', 'peace-agreement']);
    expect(state.from).toBe('2025-08');
    // What the views show: not yet.
    expect(state.statements).toHaveLength(25);
    // Three changes, one task.
    expect(tasks).toHaveLength(1);
    tasks[0]!();
    // 10 on guarantees and 7 on a peace agreement, all in August 2025.
    expect(state.statements).toHaveLength(17);
  });

  it('with deferFilter, an address is shown at once', () => {
    const state = explorer();
    const tasks: (() => void)[] = [];
    state.deferFilter = (task) => tasks.push(task);
    state.applyUrl({ topics: ['article-5-guarantees'] });
    expect(state.statements).toHaveLength(10);
    // The task still queued changes nothing.
    for (const task of tasks) task();
    expect(state.statements).toHaveLength(10);
    expect(state.topics).toEqual(['article-5-guarantees']);
  });

  it('gives the timeline the window unless the timeline sets it', () => {
    const state = explorer();
    state.setWindow('2025-08', undefined);
    expect(state.timelineWindow?.from?.precision).toBe('month');
    state.setFollowTimeline(true);
    expect(state.timelineWindow).toBeUndefined();
  });
});

describe('Explorer: highlight', () => {
  it('an actor: itself, its neighbours, and the events it took part or was spoken of in', () => {
    const state = explorer();
    state.select({ kind: 'actor', id: 'putin' });
    const h = state.highlight!;
    // Putin spoke about Ukraine; Witkoff spoke about Putin.
    expect([...h.nodes].sort()).toEqual(['putin', 'ukraine', 'witkoff']);
    expect([...h.events].sort()).toEqual(['alaska-summit', 'witkoff-cnn']);
  });

  it('nothing selected: nothing highlighted', () => {
    expect(explorer().highlight).toBeUndefined();
  });
});

describe('Explorer: layouts', () => {
  it('reads the build’s layout from its one cache, keyed by layoutKey', () => {
    const plain = explorer();
    const options: LayoutOptions = { seed: seed.id, aspect: WIDE };
    const layout = computeLayout(plain.layoutInput, options);
    const state = explorer(new Map([[layoutKey(plain.layoutInput, options), layout]]));
    expect(state.layouts.peek(state.layoutInput, options)).toBe(layout);
    // Another mode is another graph: not in the presets.
    state.setGraphMode('topics');
    expect(state.layouts.peek(state.layoutInput, options)).toBeUndefined();
  });
});

describe('LayoutCache', () => {
  const input: LayoutInput = {
    nodes: [
      { id: 'a', activity: 1 },
      { id: 'b', activity: 2 },
    ],
    links: [{ source: 'a', target: 'b', weight: 1 }],
  };
  const options: LayoutOptions = { seed: 's', aspect: WIDE };
  const layout: Layout = {
    nodes: [
      { id: 'a', x: 0, y: 0, r: 5 },
      { id: 'b', x: 10, y: 0, r: 6 },
    ],
    bounds: { x0: -5, y0: -6, x1: 16, y1: 6 },
  };

  it('runs one layout for requests made at the same time, and keeps it', async () => {
    let runs = 0;
    const cache = new LayoutCache(undefined, async () => {
      runs += 1;
      return layout;
    });
    expect(cache.peek(input, options)).toBeUndefined();
    const [first, second] = await Promise.all([
      cache.get(input, options),
      cache.get(input, options),
    ]);
    expect(first).toBe(layout);
    expect(second).toBe(layout);
    expect(cache.peek(input, options)).toBe(layout);
    await cache.get(input, options);
    expect(runs).toBe(1);
  });

  it('does not keep a failure: a later request tries again', async () => {
    let runs = 0;
    const cache = new LayoutCache(undefined, async () => {
      runs += 1;
      if (runs === 1) throw new Error('worker crashed');
      return layout;
    });
    await expect(cache.get(input, options)).rejects.toThrow('worker crashed');
    await expect(cache.get(input, options)).resolves.toBe(layout);
    expect(runs).toBe(2);
  });

  it('uses a preset only under its own key and only when it places every node', () => {
    const key = layoutKey(input, options);
    const partial = { ...layout, nodes: layout.nodes.slice(1) };
    const never = () => Promise.reject(new Error('not expected'));
    expect(new LayoutCache(new Map([[key, layout]]), never).peek(input, options)).toBe(layout);
    expect(new LayoutCache(new Map([[key, partial]]), never).peek(input, options)).toBeUndefined();
    expect(
      new LayoutCache(new Map([[key, layout]]), never).peek(input, { ...options, seed: 'other' }),
    ).toBeUndefined();
  });
});

describe('Explorer: hidden nodes', () => {
  it('draws only the neighbourhood asked for, and everyone again', () => {
    const state = explorer();
    expect(state.hiddenNodes).toBeUndefined();
    state.setAround('putin');
    // By hand from the data: Putin spoke about Ukraine; Witkoff spoke about Putin.
    const shown = state.fullGraph.nodes
      .map((n) => n.id)
      .filter((id) => !state.hiddenNodes!.has(id));
    expect(shown.sort()).toEqual(['putin', 'ukraine', 'witkoff']);
    state.setAround(undefined);
    expect(state.hiddenNodes).toBeUndefined();
  });

  it('reads the neighbourhood from the URL, and notes an unknown actor', () => {
    const state = explorer();
    state.applyUrl({ topics: [], around: 'russia' });
    expect(state.around).toBe('russia');
    state.applyUrl({ topics: [], around: 'nobody' });
    expect(state.around).toBeUndefined();
    expect(state.notices).toEqual(['There is no actor "nobody" in this data set.']);
    expect(state.toUrl().around).toBeUndefined();
  });

  it('keeps the network settings of the URL only in a network mode', () => {
    const state = explorer();
    state.applyUrl({
      topics: [],
      graph: 'agreement',
      normalize: 'cosine',
      minWeight: 2,
      fold: true,
      minStatements: 3,
    });
    expect(state.networkOptions).toEqual({
      normalization: 'cosine',
      minWeight: 2,
      fold: true,
      minStatements: 3,
    });
    expect(state.toUrl()).toMatchObject({
      normalize: 'cosine',
      minWeight: 2,
      fold: true,
      minStatements: 3,
    });
    state.setGraphMode('actors');
    expect(state.networkOptions.fold).toBeUndefined();
    expect(state.networkOptions.minStatements).toBeUndefined();
    expect(state.toUrl().normalize).toBeUndefined();
  });
});
