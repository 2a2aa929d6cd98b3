/**
 * What the graph draws, computed once per layout, filter or size change (never per
 * animation frame): nodes at their laid-out positions, sized and described by the
 * visible statements, and edges as paths with their width, dash and words.
 * Positions come from the full graph, so filtering never moves anything.
 */
import type { Layout } from '../layout';
import { radiusScale } from '../layout';
import type { Graph, GraphEdge, GraphNode } from '../model/graph';
import type { Certainty } from '../model/types';
import { edgeTitle, nodeName } from './describe';
import { edgeCertainty, edgeDash, edgeWidth, markerLength, tieDash } from './edge-style';
import { edgePath, pairOffsets, type Point } from './geometry';
import { nodeFill, nodeShape, type NodeShape } from './shapes';

export interface SceneNode {
  readonly id: string;
  /** The node as in the visible graph (its activity counts visible statements). */
  readonly node: GraphNode;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly shape: NodeShape;
  readonly fill: string;
  readonly name: string;
  readonly idle: boolean;
}

export interface SceneEdge {
  readonly edge: GraphEdge;
  readonly d: string;
  readonly mid: Point;
  /** The path as points (a canvas draws and hit-tests these): start, end, a curve's control point. */
  readonly start: Point;
  readonly end: Point;
  readonly control: Point | undefined;
  readonly width: number;
  readonly certainty: Certainty;
  readonly dash: string | undefined;
  readonly title: string;
}

/** Nodes in drawing order: smaller first, so big nodes sit on top. */
export function sceneNodes(full: Graph, visible: Graph, layout: Layout): SceneNode[] {
  const at = new Map(layout.nodes.map((p) => [p.id, p]));
  const shown = new Map(visible.nodes.map((n) => [n.id, n]));
  const radius = radiusScale(Math.max(0, ...full.nodes.map((n) => n.activity)), full.nodes.length);
  const nodes: SceneNode[] = [];
  for (const base of full.nodes) {
    const p = at.get(base.id);
    if (p === undefined) continue;
    const node = shown.get(base.id) ?? { ...base, activity: 0 };
    nodes.push({
      id: node.id,
      node,
      x: p.x,
      y: p.y,
      r: radius(node.activity),
      shape: nodeShape(node),
      fill: nodeFill(node),
      name: nodeName(node),
      idle: node.activity === 0,
    });
  }
  return nodes.sort((a, b) => a.r - b.r);
}

/** Gap between parallel edges of one pair, in screen pixels. */
export const EDGE_GAP = 9;

export function sceneEdges(
  full: Graph,
  visible: Graph,
  nodes: ReadonlyMap<string, SceneNode>,
  unit: number,
): SceneEdge[] {
  // Offsets from the full graph: a filter that hides one stance does not bend the others.
  // A network's graph has one tie per pair, so nothing to bend; and its full graph holds
  // every tie (395,841 at 50,000 statements, where pairing them took 450 ms).
  const gap = EDGE_GAP * unit;
  let known = offsetsOf.get(full.edges);
  if (known?.[0] !== gap)
    offsetsOf.set(
      full.edges,
      (known = [gap, full.edges[0]?.tie ? new Map() : pairOffsets(full.edges, gap)]),
    );
  const offsets = known[1];
  const nameOf = (id: string) => nodes.get(id)?.node.label ?? id;
  const edges: SceneEdge[] = [];
  for (const edge of visible.edges) {
    const s = nodes.get(edge.source);
    const t = nodes.get(edge.target);
    if (s === undefined || t === undefined) continue;
    const tie = edge.tie;
    const px = tie ? tie.width : edgeWidth(edge.count);
    const certainty = edgeCertainty(edge.certainty);
    const shape = edgePath(
      { x: s.x, y: s.y, r: rim(s) + unit },
      { x: t.x, y: t.y, r: rim(t) + unit },
      offsets.get(edge.id) ?? 0,
      // An undirected tie has no end marker.
      tie ? 0 : markerLength(edge.stance, unit),
    );
    let title: string | undefined;
    edges.push({
      edge,
      get d() {
        return shape.d;
      },
      mid: shape.mid,
      start: shape.start,
      end: shape.end,
      control: shape.control,
      width: px * unit,
      certainty,
      // A tie's second channel for its sign: negative ones are dashed.
      dash: tie ? tieDash(edge.stance, px, unit) : edgeDash(certainty, px, unit),
      // Written when first read: the SVG's <title>, or a tooltip. The canvas draws
      // 29,000 edges at 50,000 statements and reads few (55 ms of a topic change).
      get title() {
        return (title ??= tie ? tie.title : edgeTitle(edge, nameOf));
      },
    });
  }
  return edges;
}

/**
 * `pairOffsets` of the full graph's edges by the gap they were made for, kept while
 * the full graph is the same: a filter or a selection changes only the visible graph,
 * and the German agreement network's 8,480 edges took 10–20 ms a change to pair again.
 */
const offsetsOf = new WeakMap<readonly GraphEdge[], [number, Map<string, number>]>();

/** How far from the centre a shape's outline reaches, roughly, toward a neighbour. */
function rim(n: SceneNode): number {
  return n.shape === 'circle' ? n.r : n.r * 1.15;
}
