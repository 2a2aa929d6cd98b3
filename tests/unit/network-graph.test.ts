import { describe, expect, it } from 'vitest';
import { defaultMinWeight, networkGraph, tieTitle, tiesAtLeast, tieWidth } from '../../src/network';
import type { Tie } from '../../src/network';
import type { Actor } from '../../src/model/types';

const tie = (source: string, target: string, weight: number, type: Tie['type'] = 'agreement') => ({
  source,
  target,
  weight,
  type,
  normalized: weight,
});

describe('the network as the page graph', () => {
  it('defaultMinWeight: the smallest weight that draws at most two ties per node', () => {
    // 3 nodes → at most 6 ties. Weights: eight 1s, two 2s, one 3.
    const ties = [
      ...Array.from({ length: 8 }, (_, k) => tie(`a${k}`, `b${k}`, 1)),
      tie('x', 'y', 2),
      tie('x', 'z', -2, 'balance'),
      tie('y', 'z', 3),
    ];
    expect(defaultMinWeight(ties, 3)).toBe(2); // 3 ties of weight ≥ 2
    expect(defaultMinWeight(ties, 6)).toBe(1); // all 11 ≤ 12
    expect(defaultMinWeight(ties, 1)).toBe(3); // 1 tie of weight ≥ 3 ≤ 2
    expect(defaultMinWeight([], 5)).toBe(1);
  });

  it('tiesAtLeast keeps ties by their absolute raw weight', () => {
    const ties = [tie('a', 'b', 1), tie('a', 'c', -2, 'balance'), tie('b', 'c', 3)];
    expect(tiesAtLeast(ties, 2).map((t) => t.target)).toEqual(['c', 'c']);
    expect(tiesAtLeast(ties, 1)).toHaveLength(3);
  });

  it('edges: one per tie, undirected, signed, named, no end marker stance for conflict', () => {
    const actors: Actor[] = [
      { id: 'a', name: 'Ann', kind: 'person' } as Actor,
      { id: 'b', name: 'Ben', kind: 'organization' } as Actor,
    ];
    const graph = networkGraph({
      actors,
      ties: [{ ...tie('a', 'b', -1, 'balance'), normalized: -0.5 }],
      statements: [],
      normalization: 'jaccard',
    });
    expect(graph.nodes.map((n) => [n.id, n.activity, n.coalition])).toEqual([
      ['a', 0, undefined],
      ['b', 0, undefined],
    ]);
    const [edge] = graph.edges;
    expect(edge).toMatchObject({ id: 'a--b', stance: 'negative', count: 1 });
    expect(edge!.tie!.title).toBe('Ann and Ben: balance, weight -1, -0.50 Jaccard');
    expect(edge!.tie!.width).toBe(6);
  });

  it('tieTitle and tieWidth', () => {
    expect(tieTitle('A', 'B', tie('a', 'b', 3), 'none')).toBe('A and B: agreement, weight 3');
    expect(tieWidth(1, 4)).toBe(3.5); // 1 + 5 · √(1/4)
    expect(tieWidth(0, 0)).toBe(1);
  });
});
