// Build-time layouts (vite/parley-data.ts → dist/data/<id>.layout.json) and how the
// page finds them (src/layout/preset.ts): they must be exactly what the worker would
// compute, and anything that does not match exactly must be ignored.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/layout/compute';
import { toLayoutInput } from '../../src/layout/input';
import {
  layoutFileText,
  layoutKey,
  presetFor,
  readLayoutFile,
  SQUARE,
  WIDE,
} from '../../src/layout/preset';
import { buildGraph } from '../../src/model/graph';
import { loadDataset } from '../../src/model/load';
import type { Dataset } from '../../src/model/types';
import { layoutsFor } from '../../vite/parley-data';

function load(path: string): Dataset {
  const { dataset } = loadDataset(readFileSync(path, 'utf8'));
  if (!dataset) throw new Error(`${path} does not load`);
  return dataset;
}

const seed = load('data/alaska-summit-2025.json');
const antarctic = load('tests/fixtures/valid/antarctic-treaty.json');

describe('layouts made at build time', () => {
  for (const dataset of [seed, antarctic]) {
    it(`${dataset.id}: one per mode and box shape, equal to the worker's layout`, () => {
      const presets = readLayoutFile(layoutFileText(layoutsFor(dataset)));
      expect(presets?.size).toBe(4);
      for (const mode of ['actors', 'topics'] as const) {
        // The input exactly as Graph.svelte makes it: all statements, this mode.
        const input = toLayoutInput(buildGraph(dataset, dataset.statements, mode));
        for (const aspect of [WIDE, SQUARE]) {
          const options = { seed: dataset.id, aspect };
          expect(presetFor(presets, input, options)).toEqual(computeLayout(input, options));
        }
      }
    });
  }

  it('are not used for another graph, seed or box shape', () => {
    const presets = readLayoutFile(layoutFileText(layoutsFor(seed)));
    const input = toLayoutInput(buildGraph(seed, seed.statements, 'actors'));
    expect(presetFor(presets, input, { seed: seed.id, aspect: WIDE })).toBeDefined();
    expect(presetFor(presets, input, { seed: 'another', aspect: WIDE })).toBeUndefined();
    expect(presetFor(presets, input, { seed: seed.id, aspect: 1.2 })).toBeUndefined();
    // One statement fewer: a different graph (a file changed without a rebuild).
    const fewer = toLayoutInput(buildGraph(seed, seed.statements.slice(1), 'actors'));
    expect(layoutKey(fewer, { seed: seed.id })).not.toBe(layoutKey(input, { seed: seed.id }));
    expect(presetFor(presets, fewer, { seed: seed.id, aspect: WIDE })).toBeUndefined();
    expect(presetFor(undefined, input, { seed: seed.id, aspect: WIDE })).toBeUndefined();
  });

  it('are keyed by every field of the input: a weight, an activity, an end, a split', () => {
    const input = {
      nodes: [
        { id: 'ab', activity: 2 },
        { id: 'c', activity: 1 },
      ],
      links: [{ source: 'ab', target: 'c', weight: 3 }],
    };
    const key = (i: typeof input) => layoutKey(i, { seed: 's' });
    // The same content in other objects: the same key.
    expect(key(structuredClone(input))).toBe(key(input));
    const variants = [
      { ...input, links: [{ source: 'ab', target: 'c', weight: 4 }] },
      { ...input, nodes: [{ id: 'ab', activity: 3 }, input.nodes[1]!] },
      { ...input, links: [{ source: 'c', target: 'ab', weight: 3 }] },
      // The same characters split otherwise between two ids.
      {
        nodes: [
          { id: 'a', activity: 2 },
          { id: 'bc', activity: 1 },
        ],
        links: [{ source: 'a', target: 'bc', weight: 3 }],
      },
      { ...input, links: [] },
      // A fractional weight, a negative one, and another whole one.
      { ...input, links: [{ source: 'ab', target: 'c', weight: 3.5 }] },
      { ...input, links: [{ source: 'ab', target: 'c', weight: -3 }] },
      { ...input, links: [{ source: 'ab', target: 'c', weight: 1 }] },
      // An end that is not among the nodes, and the same nodes in another order.
      { ...input, links: [{ source: 'ab', target: 'd', weight: 3 }] },
      { ...input, nodes: [input.nodes[1]!, input.nodes[0]!] },
      // Two links, and the same two the other way round.
      {
        ...input,
        links: [
          { source: 'ab', target: 'c', weight: 3 },
          { source: 'ab', target: 'ab', weight: 3 },
        ],
      },
      {
        ...input,
        links: [
          { source: 'ab', target: 'ab', weight: 3 },
          { source: 'ab', target: 'c', weight: 3 },
        ],
      },
    ];
    const keys = new Set([key(input), ...variants.map(key)]);
    expect(keys.size).toBe(variants.length + 1);
  });

  it('are not used when they miss a node, even under the right key', () => {
    const input = toLayoutInput(buildGraph(seed, seed.statements, 'actors'));
    const options = { seed: seed.id, aspect: WIDE };
    const layout = computeLayout(input, options);
    const partial = new Map([
      [layoutKey(input, options), { ...layout, nodes: layout.nodes.slice(1) }],
    ]);
    expect(presetFor(partial, input, options)).toBeUndefined();
  });

  it('a malformed layout file is no layout file', () => {
    const good = layoutFileText(layoutsFor(antarctic));
    expect(readLayoutFile(good)).toBeDefined();
    const parsed = JSON.parse(good) as { layouts: Record<string, { nodes: { x: unknown }[] }> };
    const first = Object.values(parsed.layouts)[0]!;
    first.nodes[0]!.x = 'left';
    for (const bad of [
      '',
      'not json',
      'null',
      '[]',
      '{"format":"parley-layout/2","layouts":{}}',
      '{"format":"parley-layout/1"}',
      '{"format":"parley-layout/1","layouts":{"k":{"nodes":[{"id":"a","x":1,"y":2}],"bounds":{"x0":0,"y0":0,"x1":1,"y1":1}}}}',
      JSON.stringify(parsed),
    ]) {
      expect(readLayoutFile(bad), bad.slice(0, 60)).toBeUndefined();
    }
  });
});
