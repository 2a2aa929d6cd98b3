import { describe, expect, it } from 'vitest';
import { backbone, BACKBONE_TIES, DENSE_TIES } from '../../src/layout/backbone';
import { computeLayout } from '../../src/layout/compute';
import type { LayoutInput, LayoutLinkInput } from '../../src/layout/types';

/** Every pair of `n` nodes tied, with the weight `weight(i, j)` gives it. */
function complete(n: number, weight: (i: number, j: number) => number): LayoutInput {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, activity: 10 }));
  const links: LayoutLinkInput[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      links.push({ source: `n${i}`, target: `n${j}`, weight: weight(i, j) });
  return { nodes, links };
}

describe('backbone', () => {
  it('gives a graph of at most DENSE_TIES ties a node back as it is (the same array)', () => {
    // 60 nodes, 1,770 ties: 29.5 a node, under the 32 that make a graph dense.
    const { nodes, links } = complete(60, () => 1);
    expect(links.length).toBeLessThanOrEqual(DENSE_TIES * nodes.length);
    expect(backbone(nodes.length, links)).toBe(links);
  });

  it("keeps each node's strongest ties of a dense graph, and no weaker one", () => {
    // 100 nodes in a ring, 4,950 ties (49.5 a node). Node i's ties to its 16 nearest
    // on the ring weigh 10, all others 1: those and only those make the backbone.
    const n = 100;
    const near = (i: number, j: number) =>
      Math.min(Math.abs(i - j), n - Math.abs(i - j)) <= BACKBONE_TIES / 2;
    const { links } = complete(n, (i, j) => (near(i, j) ? 10 : 1));
    const kept = backbone(n, links);
    expect(kept.length).toBeLessThan(links.length);
    expect(kept.every((l) => l.weight === 10)).toBe(true);
    // Every node has exactly 16 strong ties, so its 16 strongest are those.
    expect(kept.length).toBe(links.filter((l) => l.weight === 10).length);
    // In the input's order.
    expect(kept).toEqual(links.filter((l) => l.weight === 10));
  });

  it('keeps a tie that only one of its ends counts among its strongest', () => {
    // A hub tied to 200 leaves (weights 1..200) and the leaves tied to each other
    // with weight 0.5: each leaf keeps its tie to the hub, its strongest, though the
    // hub's own 16 strongest are only the 16 heaviest.
    const leaves = 200;
    const links: LayoutLinkInput[] = [];
    for (let i = 0; i < leaves; i++) links.push({ source: 'hub', target: `l${i}`, weight: i + 1 });
    for (let i = 0; i < leaves; i++)
      for (let j = i + 1; j < Math.min(leaves, i + 40); j++)
        links.push({ source: `l${i}`, target: `l${j}`, weight: 0.5 });
    expect(links.length).toBeGreaterThan(DENSE_TIES * (leaves + 1));
    const kept = backbone(leaves + 1, links);
    const hubTies = kept.filter((l) => l.source === 'hub');
    expect(hubTies).toHaveLength(leaves);
    // Every node keeps at least one tie, and none more than the ties it has.
    const ends = new Set(kept.flatMap((l) => [l.source, l.target]));
    expect(ends.size).toBe(leaves + 1);
  });

  it('breaks equal weights by the order given, so the same input gives the same backbone', () => {
    const { nodes, links } = complete(80, (i, j) => ((i * 7 + j * 13) % 5) + 1);
    const first = backbone(nodes.length, links);
    const again = backbone(
      nodes.length,
      links.map((l) => ({ ...l })),
    );
    expect(again).toEqual(first);
  });
});

describe('a dense graph laid out by its backbone', () => {
  it('still draws two camps apart: strong ties within each, weak ties across', () => {
    // 2 × 50 nodes, every pair tied (4,950 ties, dense): weight 6 within a camp,
    // 1 across. Laid out by the backbone, the camps keep to themselves.
    const n = 100;
    const camp = (i: number) => (i < n / 2 ? 0 : 1);
    const input = complete(n, (i, j) => (camp(i) === camp(j) ? 6 : 1));
    expect(input.links.length).toBeGreaterThan(DENSE_TIES * n);
    const layout = computeLayout(input, { seed: 'camps' });
    expect(layout.nodes).toHaveLength(n);
    const at = new Map(layout.nodes.map((p) => [p.id, p]));
    const centre = (c: number) => {
      const members = input.nodes.filter((_, i) => camp(i) === c).map((node) => at.get(node.id)!);
      return {
        x: members.reduce((sum, p) => sum + p.x, 0) / members.length,
        y: members.reduce((sum, p) => sum + p.y, 0) / members.length,
      };
    };
    const [a, b] = [centre(0), centre(1)];
    // Each node is nearer its own camp's centre than the other's.
    const nearer = input.nodes.filter((node, i) => {
      const p = at.get(node.id)!;
      const own = camp(i) === 0 ? a : b;
      const other = camp(i) === 0 ? b : a;
      return Math.hypot(p.x - own.x, p.y - own.y) < Math.hypot(p.x - other.x, p.y - other.y);
    });
    expect(nearer.length).toBeGreaterThanOrEqual(0.95 * n);
  });
});
