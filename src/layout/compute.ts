/**
 * The seeded force layout, run to completion synchronously: no timer, no DOM. The
 * same input and seed always give the same positions (d3-force's own phyllotaxis
 * start and a seeded random source for its jiggle), so it runs the same in a
 * Web Worker, in Node for the tests, and on the main thread.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { backbone } from './backbone';
import { circlesBounds } from './bounds';
import { LARGE_GRAPH_NODES, radiusScale } from './radius';
import { hashSeed, lcg } from './random';
import type { Bounds, Layout, LayoutInput, LayoutOptions, PlacedNode } from './types';

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  weight: number;
}

/** Space kept free around every node, beyond its shape: room for its label. */
export function labelRoom(nodeCount: number): number {
  return nodeCount > LARGE_GRAPH_NODES ? 5 : 16;
}

/** How warm a simulation from a start layout begins (1 from scratch), and its share of the ticks. */
export const WARM_ALPHA = 0.6;
export const WARM_SHARE = 0.6;

/** How many simulation steps between two progress reports. */
const PROGRESS_TICKS = 10;

/** Smallest gap between two node shapes once the layout has settled. */
export const MIN_GAP = 3;

/**
 * `progress`, if given, hears the share of the simulation's steps done (0 to 1) every
 * `PROGRESS_TICKS` steps: the worker passes it on, so a big graph's wait is shown.
 */
export function computeLayout(
  input: LayoutInput,
  options: LayoutOptions,
  progress?: (done: number) => void,
): Layout {
  const count = input.nodes.length;
  if (count === 0) return { nodes: [], bounds: { x0: 0, y0: 0, x1: 0, y1: 0 } };
  const large = count > LARGE_GRAPH_NODES;
  const radius = radiusScale(Math.max(...input.nodes.map((n) => n.activity)), count);
  const room = labelRoom(count);
  const pull = large ? 0.045 : 0.063;
  const stretch = Math.sqrt(Math.min(3, Math.max(1 / 3, options.aspect ?? 1.6)));

  // Copies: d3 writes x, y, vx, vy and index into the objects it is given.
  const random = lcg(hashSeed(options.seed));
  const from = new Map(options.start?.nodes.map((n) => [n.id, n]));
  const nodes: SimNode[] = input.nodes.map((n, i) => {
    // Every node takes its turn of the seeded random source, started or not, so a
    // node's spiral place does not depend on which others the start layout has.
    const spiral = start(i, random);
    const known = from.get(n.id);
    return { id: n.id, r: radius(n.activity), ...(known ? { x: known.x, y: known.y } : spiral) };
  });
  const known = new Set(nodes.map((n) => n.id));
  // A dense graph by its backbone (backbone.ts): the drawn graph keeps every tie.
  const links: SimLink[] = backbone(
    count,
    input.links.filter((l) => l.source !== l.target && known.has(l.source) && known.has(l.target)),
  ).map((l) => ({ source: l.source, target: l.target, weight: l.weight }));

  const simulation = forceSimulation<SimNode>(nodes)
    .randomSource(random)
    .stop()
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((n) => n.id)
        .distance((l) => end(l.source).r + end(l.target).r + (large ? 24 : 56)),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength(large ? -40 : -220)
        .distanceMax(large ? 260 : 700),
    )
    .force('collide', forceCollide<SimNode>((n) => n.r + room).iterations(large ? 1 : 2))
    // The box's proportions: a landscape box pulls less sideways than up and down.
    .force('x', forceX<SimNode>(0).strength(pull / stretch))
    .force('y', forceY<SimNode>(0).strength(pull * stretch));

  // d3's default cooling takes 300 ticks; big graphs cool in 200 (the final
  // separation pass below still guarantees that no two nodes overlap). From a start
  // layout the simulation starts cool (alpha WARM_ALPHA) and takes WARM_SHARE of the
  // ticks: the nodes are already spread, they only move towards their new ties.
  const warm = from.size > 0;
  const alpha = warm ? WARM_ALPHA : 1;
  const ticks = Math.round((large ? 200 : 300) * (warm ? WARM_SHARE : 1));
  simulation.alpha(alpha);
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin() / alpha, 1 / ticks));
  // In runs of PROGRESS_TICKS: the same steps as one run of `ticks` (d3 cools per step).
  for (let done = 0; done < ticks; done += PROGRESS_TICKS) {
    simulation.tick(Math.min(PROGRESS_TICKS, ticks - done));
    progress?.(Math.min(1, (done + PROGRESS_TICKS) / ticks));
  }
  separate(nodes);

  const placed: PlacedNode[] = nodes.map((n) => ({
    id: n.id,
    x: round(n.x ?? 0),
    y: round(n.y ?? 0),
    r: n.r,
  }));
  return { nodes: placed, bounds: boundsOf(placed) };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * d3-force's own starting spiral (phyllotaxis), turned and shaken by the seed:
 * d3 alone would only use its random source to split coincident nodes.
 */
function start(index: number, random: () => number): { x: number; y: number } {
  const r = 10 * Math.sqrt(0.5 + index) + random() * 4;
  const angle = index * GOLDEN_ANGLE + random() * 0.6;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

function end(node: string | number | SimNode): SimNode {
  if (typeof node === 'object') return node;
  throw new Error(`d3-force did not resolve the link end "${node}"`);
}

/**
 * The collide force leaves slight overlaps in crowded graphs; push overlapping pairs
 * apart (deterministically) until every pair keeps MIN_GAP. A sweep along x keeps
 * this near-linear: only nodes closer in x than the widest possible pair are checked.
 */
function separate(nodes: SimNode[]): void {
  const reach = 2 * Math.max(...nodes.map((n) => n.r)) + MIN_GAP + 0.05;
  for (let round = 0; round < 100; round++) {
    const order = [...nodes].sort((a, b) => (a.x ?? 0) - (b.x ?? 0) || a.index! - b.index!);
    let moved = false;
    for (let i = 0; i < order.length; i++) {
      const a = order[i]!;
      for (let j = i + 1; j < order.length; j++) {
        const b = order[j]!;
        if ((b.x ?? 0) - (a.x ?? 0) > reach) break;
        if (push(a, b)) moved = true;
      }
    }
    if (!moved) return;
  }
}

/** Moves a and b apart along the line between them if they are too close. */
function push(a: SimNode, b: SimNode): boolean {
  const dx = (b.x ?? 0) - (a.x ?? 0);
  const dy = (b.y ?? 0) - (a.y ?? 0);
  const d = Math.hypot(dx, dy);
  const min = a.r + b.r + MIN_GAP + 0.05;
  if (d >= min) return false;
  // Coincident nodes split along a direction fixed by their indices.
  const angle = (a.index ?? 0) * 0.7 + (b.index ?? 0) * 1.3;
  const ux = d > 0 ? dx / d : Math.cos(angle);
  const uy = d > 0 ? dy / d : Math.sin(angle);
  const half = (min - d) / 2;
  a.x = (a.x ?? 0) - ux * half;
  a.y = (a.y ?? 0) - uy * half;
  b.x = (b.x ?? 0) + ux * half;
  b.y = (b.y ?? 0) + uy * half;
  return true;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function boundsOf(nodes: readonly PlacedNode[]): Bounds {
  return circlesBounds(nodes) ?? { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
}
