import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphEdge } from '../../src/model/graph';
import { resolve } from '../../src/model/resolve';
import type { Certainty, RawDataset } from '../../src/model/types';
import { edgeTitle, nodeName } from '../../src/scene/describe';
import {
  edgeCertainty,
  edgeDash,
  edgeWidth,
  MARKER_START,
  markerLength,
} from '../../src/scene/edge-style';
import { circlesBounds } from '../../src/layout/bounds';
import { fitView, graphHeight, sizeUnit, toLayoutBox } from '../../src/scene/fit';
import { edgePath, pairOffsets, type EdgeKey } from '../../src/scene/geometry';
import {
  crosses,
  intersect,
  labelCandidates,
  placeLabels,
  QUIET_SCALE,
  quietCandidates,
  wrapLabel,
  type LabelNode,
  type PlacedLabel,
} from '../../src/scene/labels';
import { arrowDirection, busiest, nextInDirection } from '../../src/scene/navigation';
import { sceneEdges, sceneNodes } from '../../src/scene/scene';
import { nodeShape, shapePath } from '../../src/scene/shapes';
import { toLayoutInput } from '../../src/layout';
import { computeLayout } from '../../src/layout/compute';

const seed = resolve(
  JSON.parse(
    readFileSync(new URL('../../data/alaska-summit-2025.json', import.meta.url), 'utf8'),
  ) as RawDataset,
);

const counts = (partial: Partial<Record<Certainty, number>>): Record<Certainty, number> => ({
  confirmed: 0,
  reported: 0,
  alleged: 0,
  denied: 0,
  ...partial,
});

describe('pairOffsets', () => {
  const edge = (source: string, target: string, stance: EdgeKey['stance']): EdgeKey => ({
    id: `${source}->${target}:${stance}`,
    source,
    target,
    stance,
  });

  it('leaves a lone edge straight', () => {
    expect(pairOffsets([edge('a', 'b', 'positive')], 10)).toEqual(new Map([['a->b:positive', 0]]));
  });

  it('fans out the stances of one pair symmetrically, in stance order', () => {
    const offsets = pairOffsets(
      [edge('a', 'b', 'mixed'), edge('a', 'b', 'positive'), edge('a', 'b', 'negative')],
      10,
    );
    expect(offsets.get('a->b:positive')).toBe(-10);
    expect(offsets.get('a->b:negative')).toBe(0);
    expect(offsets.get('a->b:mixed')).toBe(10);
  });

  it('puts the two directions of a pair on opposite sides (offsets are relative to each edge)', () => {
    const offsets = pairOffsets([edge('b', 'a', 'positive'), edge('a', 'b', 'positive')], 10);
    // a→b is canonical (first), offset −5 to its left; b→a is second, +5 canonical,
    // which is −5 to its own left: both bow to their own right, apart from each other.
    expect(offsets.get('a->b:positive')).toBe(-5);
    expect(offsets.get('b->a:positive')).toBe(-5);
    const ab = edgePath({ x: 0, y: 0, r: 1 }, { x: 100, y: 0, r: 1 }, -5, 0).mid;
    const ba = edgePath({ x: 100, y: 0, r: 1 }, { x: 0, y: 0, r: 1 }, -5, 0).mid;
    expect(Math.sign(ab.y)).toBe(-Math.sign(ba.y));
  });

  it('keeps separate pairs independent', () => {
    const offsets = pairOffsets(
      [edge('a', 'b', 'positive'), edge('a', 'c', 'positive'), edge('a', 'c', 'negative')],
      8,
    );
    expect(offsets.get('a->b:positive')).toBe(0);
    expect(offsets.get('a->c:positive')).toBe(-4);
    expect(offsets.get('a->c:negative')).toBe(4);
  });
});

describe('edgePath', () => {
  it('draws a straight line from rim to rim, short of the target by the gap', () => {
    const shape = edgePath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 20 }, 0, 5);
    expect(shape.d).toBe('M10,0L75,0');
    expect(shape.mid).toEqual({ x: 42.5, y: 0 });
  });

  it('bows an offset edge to its left, its middle `offset` away from the straight line', () => {
    const shape = edgePath({ x: 0, y: 0, r: 0 }, { x: 100, y: 0, r: 0 }, 10, 0);
    expect(shape.d).toBe('M0,0Q50,20 100,0');
    // Screen y points down: "left" of a rightward edge is up the page only in math
    // axes; here the normal (−dy, dx) = (0, 1).
    expect(shape.mid.y).toBeCloseTo(10);
  });
});

describe('edge style', () => {
  it.each([
    [1, 1.5],
    [4, 2.7],
    [9, 3.9],
    [400, 6],
  ])('width for %d statements is %d px', (count, width) => {
    expect(edgeWidth(count)).toBeCloseTo(width);
  });

  it.each([
    [{ confirmed: 3 }, 'confirmed'],
    [{ confirmed: 5, reported: 1 }, 'reported'],
    [{ reported: 2, alleged: 1 }, 'reported'],
    [{ reported: 1, alleged: 1 }, 'alleged'],
    [{ reported: 1, alleged: 1, denied: 1 }, 'denied'],
  ] as const)('an edge with %o is drawn as %s', (partial, certainty) => {
    expect(edgeCertainty(counts(partial))).toBe(certainty);
  });

  it('dashes by certainty, scaled for thick lines and the unit', () => {
    expect(edgeDash('confirmed', 1.5)).toBeUndefined();
    expect(edgeDash('reported', 1.5)).toBe('7 4');
    expect(edgeDash('alleged', 1.5)).toBe('2 4');
    expect(edgeDash('denied', 1.5)).toBe('10 3 2 3');
    expect(edgeDash('reported', 4)).toBe('14 8');
    expect(edgeDash('reported', 1.5, 2)).toBe('14 8');
  });

  it('the marker length depends on where each stance marker starts', () => {
    expect(Object.keys(MARKER_START).sort()).toEqual(['mixed', 'negative', 'neutral', 'positive']);
    expect(markerLength('positive')).toBeCloseTo(9);
    expect(markerLength('negative')).toBeCloseTo(4.5);
    expect(markerLength('positive', 2)).toBeCloseTo(18);
  });
});

describe('shapes', () => {
  it.each([
    ['person', 'circle'],
    ['state', 'square'],
    ['organization', 'hexagon'],
    ['group', 'triangle'],
  ] as const)('a %s is a %s', (kind, shape) => {
    const actor = seed.actors.find((a) => a.kind === kind)!;
    expect(nodeShape({ type: 'actor', actor })).toBe(shape);
  });

  it('a topic is a diamond', () => {
    expect(nodeShape({ type: 'topic' })).toBe('diamond');
  });

  it('draws closed paths of the right number of corners', () => {
    expect(shapePath('square', 10)).toBe('M-8.9,-8.9H8.9V8.9H-8.9z');
    expect(shapePath('diamond', 10)).toBe('M0,-12.6L12.6,0L0,12.6L-12.6,0z');
    expect(shapePath('hexagon', 10).split('L')).toHaveLength(6);
    expect(shapePath('triangle', 10).split('L')).toHaveLength(3);
    expect(shapePath('circle', 10)).toMatch(/^M-10,0a10,10/);
  });
});

describe('labels', () => {
  it.each([
    ['Vladimir Putin', ['Vladimir Putin']],
    ['American and European officials', ['American and', 'European officials']],
    [
      'Article 5-style security guarantees for Ukraine',
      ['Article 5-style', 'security guarantees…'],
    ],
    ['Russian legislation on European sovereignty', ['Russian legislation', 'on European…']],
    ['Supercalifragilisticexpialidocious', ['Supercalifragilisticexpialidocious']],
  ])('wraps %j', (text, lines) => {
    expect(wrapLabel(text)).toEqual(lines);
  });

  const node = (id: string, x: number, y: number, activity: number, text = id): LabelNode => ({
    id,
    x,
    y,
    r: 8,
    text,
    activity,
  });
  const row = [
    node('a', 0, 0, 1),
    node('b', 200, 0, 5),
    node('c', 400, 0, 3),
    node('d', 600, 0, 0),
  ];

  it('names the busiest nodes up to the limit', () => {
    expect(labelCandidates(row, { limit: 2, fontSize: 12 })).toEqual(['b', 'c']);
  });

  it('names only highlighted nodes when something is selected, the selected one first', () => {
    expect(
      labelCandidates(row, {
        limit: 2,
        fontSize: 12,
        highlight: new Set(['a', 'd']),
        selected: 'd',
      }),
    ).toEqual(['d', 'a']);
  });

  it('caps a highlighted neighbourhood at the limit too, busiest first', () => {
    expect(
      labelCandidates(row, {
        limit: 2,
        fontSize: 12,
        highlight: new Set(['a', 'b', 'c']),
        selected: 'a',
      }),
    ).toEqual(['a', 'b']);
  });

  it('places every label when there is room, below its node', () => {
    const placed = placeLabels(row, { limit: Infinity, fontSize: 12 });
    expect(placed.map((l) => l.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    for (const label of placed) {
      const n = row.find((r) => r.id === label.id)!;
      expect(label.anchor).toBe('middle');
      expect(label.y).toBeGreaterThan(n.y + n.r);
    }
  });

  it('keeps labels inside the frame and out of obstacles', () => {
    const lone = [node('corner', 0, 0, 1, 'Corner')];
    // The frame cuts off the spots below, above and left of the node: it goes right.
    const frame = { x0: -10, y0: -12, x1: 200, y1: 12 };
    const [label] = placeLabels(lone, { limit: Infinity, fontSize: 12, frame });
    expect(label?.anchor).toBe('start');
    expect(label?.x).toBeGreaterThan(8);
    const blocked = placeLabels(lone, { limit: Infinity, fontSize: 12, frame, obstacles: [frame] });
    expect(blocked).toEqual([]);
  });

  it('keeps the selected label clear of its ring, and only the selected one', () => {
    const pair = [node('s', 0, 0, 1, 'Selected'), node('o', 200, 0, 1, 'Other')];
    const plain = placeLabels(pair, { limit: Infinity, fontSize: 12, selected: 's' });
    const ringed = placeLabels(pair, {
      limit: Infinity,
      fontSize: 12,
      selected: 's',
      selectedRing: 20,
    });
    const y = (placed: typeof plain, id: string) => placed.find((l) => l.id === id)!.y;
    // Below its node either way; with the ring 20 units wider, at least 20 units lower.
    expect(y(ringed, 's')).toBeGreaterThan(y(plain, 's'));
    expect(y(ringed, 's') - y(plain, 's')).toBeGreaterThanOrEqual(20);
    expect(y(ringed, 'o')).toBe(y(plain, 'o'));
    // The nodes given are not changed.
    expect(pair[0]!.r).toBe(pair[1]!.r);
  });

  it('prefers a spot that crosses no edge', () => {
    const lone = [node('n', 0, 0, 1, 'Name')];
    const down = [
      { x: 0, y: 0 },
      { x: 0, y: 100 },
    ] as const;
    const [label] = placeLabels(lone, { limit: Infinity, fontSize: 12, segments: [down] });
    expect(label?.anchor).toBe('middle');
    expect(label?.y).toBeLessThan(0); // above, not on the edge below
  });

  it.each([
    [{ x: -10, y: 5 }, { x: 20, y: 5 }, true],
    [{ x: -10, y: -10 }, { x: -1, y: 20 }, false],
    [{ x: 2, y: 2 }, { x: 3, y: 3 }, true],
    [{ x: -5, y: 20 }, { x: 20, y: -5 }, true],
    [{ x: -5, y: 30 }, { x: 30, y: -5 }, false],
    [{ x: -5, y: 5 }, { x: 5, y: -5 }, true],
    [{ x: -5, y: 4 }, { x: 4, y: -5 }, false],
  ])('segment %o–%o crosses the 0..10 box: %s', (a, b, expected) => {
    expect(crosses(a, b, { x0: 0, y0: 0, x1: 10, y1: 10 })).toBe(expected);
  });

  /** A placed label's box, estimated the way placeLabels estimates it (0.58 em a glyph). */
  const boxOf = (l: PlacedLabel, size = 12) => {
    const s = l.quiet ? size * QUIET_SCALE : size;
    const width = Math.max(...l.lines.map((t) => t.length)) * 0.58 * s;
    const x0 = l.anchor === 'middle' ? l.x - width / 2 : l.anchor === 'start' ? l.x : l.x - width;
    const y0 = l.y - s * 0.93;
    return { x0, x1: x0 + width, y0, y1: y0 + l.lines.length * s * 1.15 };
  };
  type Box = ReturnType<typeof boxOf>;
  const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  /** The square every node shape keeps within (shapes.ts: 1.32 r at most). */
  const shapeBox = (n: LabelNode): Box => ({
    x0: n.x - n.r * 1.32,
    x1: n.x + n.r * 1.32,
    y0: n.y - n.r * 1.32,
    y1: n.y + n.r * 1.32,
  });
  const expectNoOverlap = (placed: PlacedLabel[], nodes: LabelNode[]) => {
    const boxes = placed.map((l) => boxOf(l));
    boxes.forEach((a, i) => {
      boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false));
      for (const n of nodes) {
        if (n.id !== placed[i]!.id) {
          expect(overlap(a, shapeBox(n)), `${placed[i]!.id} on ${n.id}`).toBe(false);
        } else {
          // Its own node (a circle here): the box keeps outside the disc.
          const dx = Math.max(a.x0 - n.x, 0, n.x - a.x1);
          const dy = Math.max(a.y0 - n.y, 0, n.y - a.y1);
          expect(Math.hypot(dx, dy), `${n.id} on itself`).toBeGreaterThan(n.r);
        }
      }
    });
  };
  // A tight 3 × 3 grid: the middle node has no free side, nor do some others.
  const crowd = [0, 1, 2].flatMap((row) =>
    [0, 1, 2].map((col) =>
      node(`n${row}${col}`, col * 22, row * 22, row + col, `Long name ${row}${col}`),
    ),
  );

  it('never lets a label cover another label or a node, and names the selected one first', () => {
    const placed = placeLabels(crowd, { limit: Infinity, fontSize: 12, selected: 'n11' });
    expect(placed[0]?.id).toBe('n11');
    expectNoOverlap(placed, crowd);
  });

  it('sets a crowded label further out with a leader line from its node to it', () => {
    const placed = placeLabels(crowd, { limit: Infinity, fontSize: 12, selected: 'n11' });
    const led = placed.filter((l) => l.leader);
    expect(led.length).toBeGreaterThan(0);
    for (const label of led) {
      const n = crowd.find((c) => c.id === label.id)!;
      const [from, to] = label.leader!;
      // It starts at the node's rim and ends at its label's box.
      expect(Math.hypot(from.x - n.x, from.y - n.y)).toBeCloseTo(n.r * 1.15 + 1.2, 5);
      const box = boxOf(label);
      const gap = Math.hypot(
        Math.max(box.x0 - to.x, 0, to.x - box.x1),
        Math.max(box.y0 - to.y, 0, to.y - box.y1),
      );
      expect(gap).toBeLessThan(2);
    }
    // Labels beside their node have none.
    const first = placeLabels(row, { limit: Infinity, fontSize: 12 });
    expect(first.every((l) => l.leader === undefined && !l.quiet)).toBe(true);
  });

  it('drops a label rather than cover a node in a crowded big graph', () => {
    // Nodes packed so closely no spot near them is free of another node.
    const packed = [0, 1, 2, 3, 4].flatMap((row) =>
      [0, 1, 2, 3, 4].map((col) => node(`p${row}${col}`, col * 12, row * 12, 1, 'Name')),
    );
    const placed = placeLabels(packed, { limit: 24, fontSize: 12 });
    expect(placed.length).toBeLessThan(24);
    expect(placed.length).toBeGreaterThan(0);
    expectNoOverlap(placed, packed);
  });

  it('gives dimmed nodes quiet labels after the highlighted ones, where there is room', () => {
    const placed = placeLabels(row, {
      limit: Infinity,
      fontSize: 12,
      highlight: new Set(['b', 'c']),
      selected: 'b',
      quietLimit: Infinity,
    });
    expect(placed.map((l) => [l.id, l.quiet])).toEqual([
      ['b', false],
      ['c', false],
      ['a', true],
      ['d', true],
    ]);
    expect(
      quietCandidates(row, { limit: 2, fontSize: 12, quietLimit: 1, highlight: new Set(['b']) }),
    ).toEqual(['c']);
    expect(quietCandidates(row, { limit: 2, fontSize: 12, quietLimit: 5 })).toEqual([]);
  });

  it('never sets a quiet label away from its node or where it would crowd', () => {
    const placed = placeLabels(crowd, {
      limit: Infinity,
      fontSize: 12,
      highlight: new Set(['n11']),
      selected: 'n11',
      quietLimit: Infinity,
    });
    const quiet = placed.filter((l) => l.quiet);
    expect(quiet.every((l) => l.leader === undefined)).toBe(true);
    expect(quiet.length).toBeLessThan(crowd.length - 1);
    expectNoOverlap(placed, crowd);
  });
});

describe('keyboard navigation', () => {
  const nodes = [
    { id: 'centre', x: 0, y: 0 },
    { id: 'east-near', x: 50, y: 40 },
    { id: 'east-far', x: 200, y: 0 },
    { id: 'north', x: 0, y: -100 },
    { id: 'west', x: -80, y: 5 },
  ];

  it('maps arrow keys to directions and ignores other keys', () => {
    expect(arrowDirection('ArrowLeft')).toBe('left');
    expect(arrowDirection('ArrowDown')).toBe('down');
    expect(arrowDirection('Enter')).toBeUndefined();
  });

  it('prefers nodes straight ahead', () => {
    expect(nextInDirection(nodes[0]!, 'right', nodes, new Set())).toBe('east-near');
    expect(nextInDirection(nodes[0]!, 'up', nodes, new Set())).toBe('north');
    expect(nextInDirection(nodes[0]!, 'left', nodes, new Set())).toBe('west');
  });

  it('prefers a linked node in the direction over a closer unlinked one', () => {
    expect(nextInDirection(nodes[0]!, 'right', nodes, new Set(['east-far']))).toBe('east-far');
  });

  it('falls back to any node that way when no linked node is', () => {
    expect(nextInDirection(nodes[0]!, 'left', nodes, new Set(['east-far']))).toBe('west');
  });

  it('Tab lands on the busiest node, the first of equals', () => {
    const list = [
      { id: 'a', activity: 1 },
      { id: 'b', activity: 3 },
      { id: 'c', activity: 3 },
    ];
    expect(busiest(list)?.id).toBe('b');
    expect(busiest([])).toBeUndefined();
  });

  it('returns undefined at the edge of the graph', () => {
    expect(nextInDirection(nodes[3]!, 'up', nodes, new Set())).toBeUndefined();
  });
});

describe('words', () => {
  const full = buildGraph(seed, seed.statements, 'actors');
  const byId = new Map(full.nodes.map((n) => [n.id, n]));
  const nameOf = (id: string) => byId.get(id)!.label;
  const edge = (id: string) => full.edges.find((e) => e.id === id) as GraphEdge;

  it('names nodes starting with the actor name, then kind and count', () => {
    expect(nodeName(byId.get('putin')!)).toBe('Vladimir Putin, person, 2 statements');
    const topics = buildGraph(seed, seed.statements, 'topics');
    expect(nodeName(topics.nodes.find((n) => n.id === 'topic:ceasefire')!)).toBe(
      // Names in the middle of a name are isolated (U+2068 … U+2069: i18n isolate).
      'Topic: \u2068Ceasefire\u2069, 1 statement',
    );
  });

  it('titles edges with stance, count, certainty and via', () => {
    expect(edgeTitle(edge('putin->ukraine:positive'), nameOf)).toBe(
      'Vladimir Putin → \u2068Ukraine\u2069: positive, 1 statement, 1 reported via \u2068Steve Witkoff\u2069',
    );
    expect(edgeTitle(edge('witkoff->ukraine:neutral'), nameOf)).toBe(
      'Steve Witkoff → \u2068Ukraine\u2069: neutral, 2 statements',
    );
  });
});

describe('the scene', () => {
  const full = buildGraph(seed, seed.statements, 'actors');
  const layout = computeLayout(toLayoutInput(full), { seed: seed.id });

  it('keeps positions when a filter hides statements, and fades nodes left without any', () => {
    const some = seed.statements.filter((s) => s.speaker.id === 'witkoff');
    const visible = buildGraph(seed, some, 'actors');
    const all = sceneNodes(full, full, layout);
    const filtered = sceneNodes(full, visible, layout);
    const at = (nodes: typeof all) => Object.fromEntries(nodes.map((n) => [n.id, [n.x, n.y]]));
    expect(at(filtered)).toEqual(at(all));
    expect(filtered.find((n) => n.id === 'zelenskyy')?.idle).toBe(true);
    expect(filtered.find((n) => n.id === 'witkoff')?.idle).toBe(false);
    expect(filtered.find((n) => n.id === 'zelenskyy')!.r).toBeLessThan(
      all.find((n) => n.id === 'zelenskyy')!.r,
    );
  });

  it('sizes nodes by activity: a busier node is never smaller, the busiest larger than the quietest', () => {
    const nodes = sceneNodes(full, full, layout);
    for (const a of nodes)
      for (const b of nodes)
        if (a.node.activity > b.node.activity)
          expect(a.r, `${a.id} vs ${b.id}`).toBeGreaterThan(b.r);
    const byActivity = [...nodes].sort((a, b) => a.node.activity - b.node.activity);
    expect(byActivity.at(-1)!.r).toBeGreaterThan(byActivity[0]!.r * 1.5);
  });

  it('draws only the visible edges, each with a distinct path per stance', () => {
    const nodes = sceneNodes(full, full, layout);
    const edges = sceneEdges(full, full, new Map(nodes.map((n) => [n.id, n])), 1);
    expect(edges).toHaveLength(full.edges.length);
    const pair = edges.filter(
      (e) => e.edge.source === 'zelenskyy' && e.edge.target === 'united-states',
    );
    expect(pair.map((e) => e.edge.stance).sort()).toEqual(['mixed', 'positive']);
    expect(pair[0]!.d).not.toBe(pair[1]!.d);
    const reported = edges.find((e) => e.edge.id === 'putin->ukraine:positive')!;
    expect(reported.certainty).toBe('reported');
    expect(reported.dash).toBe('7 4');
  });
});

describe('fitting the view', () => {
  const bounds = { x0: -200, y0: -100, x1: 200, y1: 100 };

  it('centres the graph and never enlarges a small one past 1.5×', () => {
    const v = fitView(bounds, 2000, 1000);
    expect(v.k).toBe(1.5);
    expect(v.x).toBe(1000);
    expect(v.y).toBe(500);
  });

  it('shrinks a big graph into a phone-sized box, growing the unit to compensate', () => {
    const v = fitView(bounds, 340, 360);
    expect(v.k).toBeLessThan(1);
    expect(400 * v.k).toBeLessThanOrEqual(340);
    expect(sizeUnit(v.k)).toBeCloseTo(1 / v.k);
    expect(sizeUnit(2)).toBe(1);
    expect(sizeUnit(0.01)).toBe(4);
  });

  it('keeps a strip on the right clear for the zoom buttons', () => {
    const v = fitView(bounds, 446, 1000, 46);
    expect(v.x + v.k * bounds.x1).toBeLessThanOrEqual(400);
    expect(v.x + v.k * bounds.x0).toBeGreaterThanOrEqual(0);
  });

  it('maps a screen box to layout units under a view', () => {
    expect(toLayoutBox({ x: 100, y: 50, k: 2 }, { x0: 100, y0: 50, x1: 300, y1: 250 })).toEqual({
      x0: 0,
      y0: 0,
      x1: 100,
      y1: 100,
    });
  });

  it.each([
    [340, 360],
    [800, 480],
    [1000, 560],
    [600, 420],
  ])('a %d-px-wide graph is %d px tall', (width, height) => {
    expect(graphHeight(width)).toBe(height);
  });
});

describe('leader lines', () => {
  it.each([
    [{ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 }, true],
    [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 5 }, { x: 10, y: 5 }, false],
    [{ x: 0, y: 0 }, { x: 4, y: 4 }, { x: 6, y: 6 }, { x: 10, y: 10 }, false],
    [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 5, y: -5 }, { x: 5, y: 5 }, true],
    [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 5, y: 1 }, { x: 5, y: 5 }, false],
  ])('%o–%o and %o–%o cross: %s', (a, b, c, d, expected) => {
    expect(intersect(a, b, c, d)).toBe(expected);
  });

  it('never cross each other', () => {
    // A ring of nodes round a packed centre: every centre label needs a callout.
    const packed = [0, 1, 2, 3].flatMap((row) =>
      [0, 1, 2, 3].map((col) => ({
        id: `p${row}${col}`,
        x: col * 12,
        y: row * 12,
        r: 4,
        text: `Name ${row}${col}`,
        activity: row * 4 + col,
      })),
    );
    const placed = placeLabels(packed, { limit: Infinity, fontSize: 10 });
    const leaders = placed.flatMap((l) => (l.leader ? [l.leader] : []));
    expect(leaders.length).toBeGreaterThan(2);
    leaders.forEach(([a, b], i) =>
      leaders.slice(i + 1).forEach(([c, d]) => expect(intersect(a, b, c, d)).toBe(false)),
    );
  });
});

describe('the box around the nodes drawn', () => {
  it('holds every circle whole, and is undefined for none', () => {
    expect(circlesBounds([])).toBeUndefined();
    expect(
      circlesBounds([
        { x: 10, y: 20, r: 5 },
        { x: -30, y: 0, r: 10 },
      ]),
    ).toEqual({ x0: -40, y0: -10, x1: 15, y1: 25 });
  });
});
