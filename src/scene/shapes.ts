/**
 * Node outlines as SVG paths centred on (0, 0): a shape per actor kind (vocab
 * KIND_SHAPE) and diamonds for topics. Every shape keeps within about 1.3 × r, the
 * radius the layout keeps apart, and has roughly the area of the circle of radius r.
 */
import type { GraphNode } from '../model/graph';
import type { ActorKind } from '../model/types';
import { KIND_SHAPE } from './vocab';

export type NodeShape = 'circle' | 'square' | 'hexagon' | 'triangle' | 'diamond';

export function nodeShape(node: Pick<GraphNode, 'type' | 'actor'>): NodeShape {
  if (node.type === 'topic' || node.actor === undefined) return 'diamond';
  return KIND_SHAPE[node.actor.kind];
}

/** What a node's fill stands for: its actor's kind, or a topic. */
export function nodeKind(node: Pick<GraphNode, 'type' | 'actor'>): ActorKind | 'topic' {
  if (node.type === 'topic' || node.actor === undefined) return 'topic';
  return node.actor.kind;
}

/** Coalitions with a colour of their own (theme.css `--coalition-1` …); the rest share one. */
export const COALITION_COLOURS = 8;

/** The custom property a coalition's nodes are filled with. */
export function coalitionFill(coalition: number): string {
  return coalition <= COALITION_COLOURS
    ? `var(--coalition-${coalition})`
    : 'var(--coalition-other)';
}

/** CSS fill of a node: its coalition's in a discourse network, else its kind's (theme.css). */
export function nodeFill(node: Pick<GraphNode, 'type' | 'actor' | 'coalition'>): string {
  if (node.coalition !== undefined) return coalitionFill(node.coalition);
  return `var(--node-${nodeKind(node)})`;
}

export function shapePath(shape: NodeShape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0z`;
    case 'square': {
      const h = r * 0.89;
      return `M${f(-h)},${f(-h)}H${f(h)}V${f(h)}H${f(-h)}z`;
    }
    case 'diamond': {
      const h = r * 1.26;
      return `M0,${f(-h)}L${f(h)},0L0,${f(h)}L${f(-h)},0z`;
    }
    case 'hexagon':
      return polygon(6, r * 1.1, 0);
    case 'triangle':
      // Point up; centred on its centroid so it sits where the circle would.
      return polygon(3, r * 1.32, -Math.PI / 2);
  }
}

function polygon(sides: number, radius: number, rotation: number): string {
  const points = Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    return `${f(radius * Math.cos(angle))},${f(radius * Math.sin(angle))}`;
  });
  return `M${points.join('L')}z`;
}

/** Two decimals at most, no "-0". */
export function f(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}
