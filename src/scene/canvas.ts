/**
 * The graph drawn on a 2D canvas from the same scene the SVG renderer draws
 * (scene.ts, labels.ts), to look the same: edges coloured by stance, dashed by
 * certainty, ended by the stance's marker, with the `via` ring; nodes shaped by
 * kind, faded when idle, ringed when selected; labels with a halo. Edges are
 * stroked in batches of one style (one path per stance, dash, width and dimming),
 * so 10⁴ edges are a few dozen draw calls.
 */
import type { Stance } from '../model/types';
import { MARKER_SIZE, MARKER_START } from './edge-style';
import type { View } from './fit';
import type { Point } from './geometry';
import { QUIET_SCALE, type PlacedLabel } from './labels';
import type { SceneEdge, SceneNode } from './scene';
import type { NodeShape } from './shapes';

/** The theme's colours, resolved (canvas cannot read custom properties or light-dark()). */
export interface Palette {
  readonly bg: string;
  readonly text: string;
  readonly muted: string;
  readonly nodeStroke: string;
  readonly dimOpacity: number;
  readonly stance: Readonly<Record<Stance, string>>;
  /** Fill per custom property name of SceneNode.fill (`var(--node-person)` → colour). */
  readonly fills: ReadonlyMap<string, string>;
  readonly fontFamily: string;
}

/** The custom properties a palette is read from. */
export const PALETTE_PROPERTIES = {
  bg: '--bg',
  text: '--text',
  muted: '--muted',
  nodeStroke: '--node-stroke',
  positive: '--stance-positive',
  negative: '--stance-negative',
  neutral: '--stance-neutral',
  mixed: '--stance-mixed',
} as const;

export interface CanvasState {
  readonly view: View;
  /** Layout units per screen px at the fitted view (fit.ts sizeUnit). */
  readonly unit: number;
  /** Device pixels per CSS px. */
  readonly ratio: number;
  readonly width: number;
  readonly height: number;
  /** Highlighted nodes and edges (everything else is dimmed), if any. */
  readonly highlight:
    { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> } | undefined;
  readonly selectedNode: string | undefined;
  readonly selectedEdge: string | undefined;
  readonly hovered: string | undefined;
  /** Many edges: drawn lighter (SVG: `.edges.dense`). */
  readonly dense: boolean;
  readonly labels: readonly PlacedLabel[];
  /** Ids of idle nodes: their labels are set lighter. */
  readonly idle: ReadonlySet<string>;
  /** Label size in screen px (kept at the fitted view's size as one zooms). */
  readonly labelPx: number;
  /** Label font size in layout units the labels were placed at (for line spacing). */
  readonly labelSize: number;
}

/** Device px: a canvas of `width` × `height` CSS px at `ratio`. */
export function canvasSize(width: number, height: number, ratio: number): { w: number; h: number } {
  return { w: Math.max(1, Math.round(width * ratio)), h: Math.max(1, Math.round(height * ratio)) };
}

/** Dash lengths of an SVG stroke-dasharray ("7 4" → [7, 4]); [] for a solid line. */
export function dashArray(dash: string | undefined): number[] {
  return dash ? dash.split(/[\s,]+/).map(Number) : [];
}

export function drawGraph(
  ctx: CanvasRenderingContext2D,
  nodes: readonly SceneNode[],
  edges: readonly SceneEdge[],
  palette: Palette,
  state: CanvasState,
): void {
  const { view, ratio } = state;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(ratio * view.k, 0, 0, ratio * view.k, ratio * view.x, ratio * view.y);
  drawEdges(ctx, edges, palette, state);
  drawNodes(ctx, nodes, palette, state);
  drawLabels(ctx, palette, state);
}

function edgeId(e: SceneEdge): string {
  return e.edge.id;
}

/** The part of the layout in view, grown by `margin` (layout units): what lies outside is skipped. */
function visibleBox(state: CanvasState, margin: number) {
  const { view, width, height } = state;
  return {
    x0: -view.x / view.k - margin,
    y0: -view.y / view.k - margin,
    x1: (width - view.x) / view.k + margin,
    y1: (height - view.y) / view.k + margin,
  };
}

function drawEdges(
  ctx: CanvasRenderingContext2D,
  edges: readonly SceneEdge[],
  palette: Palette,
  state: CanvasState,
): void {
  const { unit, highlight, selectedEdge } = state;
  const box = visibleBox(state, 20 * unit);
  // One batch per look: stance, dash, width (to a quarter px), dimmed or not.
  const batches = new Map<
    string,
    { stance: Stance; dash: string | undefined; width: number; dim: boolean; edges: SceneEdge[] }
  >();
  for (const e of edges) {
    const xs = [e.start.x, e.end.x];
    const ys = [e.start.y, e.end.y];
    if (e.control) {
      xs.push(e.control.x);
      ys.push(e.control.y);
    }
    if (
      Math.max(...xs) < box.x0 ||
      Math.min(...xs) > box.x1 ||
      Math.max(...ys) < box.y0 ||
      Math.min(...ys) > box.y1
    )
      continue;
    const dim = highlight !== undefined && !highlight.edges.has(edgeId(e));
    const width =
      Math.round(((edgeId(e) === selectedEdge ? e.width + 1.5 * unit : e.width) / unit) * 4) / 4;
    const key = `${e.edge.stance}|${e.dash ?? ''}|${width}|${dim ? 1 : 0}`;
    let batch = batches.get(key);
    if (!batch) {
      batch = { stance: e.edge.stance, dash: e.dash, width, dim, edges: [] };
      batches.set(key, batch);
    }
    batch.edges.push(e);
  }
  const base = state.dense ? 0.6 : 1;
  // Dimmed batches first, so the highlighted neighbourhood lies on top.
  const ordered = [...batches.values()].sort((a, b) => Number(b.dim) - Number(a.dim));
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'miter';
  for (const batch of ordered) {
    const colour = palette.stance[batch.stance];
    ctx.globalAlpha = base * (batch.dim ? palette.dimOpacity : 1);
    ctx.strokeStyle = colour;
    ctx.lineWidth = batch.width * unit;
    ctx.setLineDash(dashArray(batch.dash));
    ctx.beginPath();
    for (const e of batch.edges) {
      ctx.moveTo(e.start.x, e.start.y);
      if (e.control) ctx.quadraticCurveTo(e.control.x, e.control.y, e.end.x, e.end.y);
      else ctx.lineTo(e.end.x, e.end.y);
    }
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = colour;
    ctx.beginPath();
    for (const e of batch.edges) markerPath(ctx, e, unit);
    ctx.fill();
    const via = batch.edges.filter((e) => e.edge.viaCount > 0);
    if (via.length > 0) {
      ctx.lineWidth = 1.75 * unit;
      ctx.fillStyle = palette.bg;
      for (const e of via) {
        ctx.beginPath();
        ctx.arc(e.mid.x, e.mid.y, 3.5 * unit + (batch.width * unit) / 2, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
      }
    }
  }
  ctx.globalAlpha = 1;
}

/** The end marker of an edge (Markers.svelte: a 10 × 10 box, `MARKER_SIZE` px, refX at the line's end). */
function markerPath(ctx: CanvasRenderingContext2D, e: SceneEdge, unit: number): void {
  const from: Point = e.control ?? e.start;
  const angle = Math.atan2(e.end.y - from.y, e.end.x - from.x);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const s = (MARKER_SIZE * unit) / 10;
  const ref = MARKER_START[e.edge.stance];
  const at = (mx: number, my: number): [number, number] => {
    const u = (mx - ref) * s;
    const v = (my - 5) * s;
    return [e.end.x + u * cos - v * sin, e.end.y + u * sin + v * cos];
  };
  const polygon = (points: readonly (readonly [number, number])[]) => {
    points.forEach(([mx, my], i) => {
      const [x, y] = at(mx, my);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.closePath();
  };
  switch (e.edge.stance) {
    case 'positive':
      return polygon([
        [0, 0],
        [10, 5],
        [0, 10],
      ]);
    case 'negative':
      return polygon([
        [5, 0],
        [10, 0],
        [10, 10],
        [5, 10],
      ]);
    case 'mixed':
      return polygon([
        [0, 5],
        [5, 0],
        [10, 5],
        [5, 10],
      ]);
    case 'neutral': {
      const [x, y] = at(5, 5);
      ctx.moveTo(x + 4 * s, y);
      ctx.arc(x, y, 4 * s, 0, 2 * Math.PI);
      return;
    }
  }
}

/** A node's outline centred on (x, y), as shapes.ts draws it for the SVG. */
export function shapeOutline(
  ctx: Pick<CanvasRenderingContext2D, 'moveTo' | 'lineTo' | 'arc' | 'closePath' | 'rect'>,
  shape: NodeShape,
  x: number,
  y: number,
  r: number,
): void {
  const polygon = (sides: number, radius: number, rotation: number) => {
    for (let i = 0; i < sides; i++) {
      const angle = rotation + (i * 2 * Math.PI) / sides;
      const px = x + radius * Math.cos(angle);
      const py = y + radius * Math.sin(angle);
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    }
    ctx.closePath();
  };
  switch (shape) {
    case 'circle':
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      return;
    case 'square': {
      const h = r * 0.89;
      ctx.rect(x - h, y - h, 2 * h, 2 * h);
      return;
    }
    case 'diamond': {
      const h = r * 1.26;
      ctx.moveTo(x, y - h);
      ctx.lineTo(x + h, y);
      ctx.lineTo(x, y + h);
      ctx.lineTo(x - h, y);
      ctx.closePath();
      return;
    }
    case 'hexagon':
      return polygon(6, r * 1.1, 0);
    case 'triangle':
      return polygon(3, r * 1.32, -Math.PI / 2);
  }
}

function drawNodes(
  ctx: CanvasRenderingContext2D,
  nodes: readonly SceneNode[],
  palette: Palette,
  state: CanvasState,
): void {
  const { unit, highlight, selectedNode, hovered } = state;
  const box = visibleBox(state, 40 * unit);
  for (const n of nodes) {
    if (n.x < box.x0 || n.x > box.x1 || n.y < box.y0 || n.y > box.y1) continue;
    const selected = n.id === selectedNode;
    const dim = highlight !== undefined && !highlight.nodes.has(n.id);
    const alpha = dim ? palette.dimOpacity : 1;
    if (selected) {
      ctx.globalAlpha = alpha;
      ctx.beginPath();
      ctx.arc(n.x, n.y, n.r * 1.3 + 3.5 * unit, 0, 2 * Math.PI);
      ctx.strokeStyle = palette.text;
      ctx.lineWidth = 3 * unit;
      ctx.setLineDash([]);
      ctx.stroke();
    }
    ctx.beginPath();
    shapeOutline(ctx, n.shape, n.x, n.y, n.r);
    ctx.fillStyle = palette.fills.get(n.fill) ?? palette.bg;
    ctx.globalAlpha = alpha * (n.idle ? 0.45 : 1);
    ctx.fill();
    ctx.strokeStyle = n.id === hovered ? palette.text : palette.nodeStroke;
    ctx.lineWidth = (selected ? 2 : 1.25) * unit;
    ctx.globalAlpha = alpha * (n.idle ? 0.55 : 1);
    ctx.setLineDash(n.idle ? [2, 2] : []);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

function drawLabels(ctx: CanvasRenderingContext2D, palette: Palette, state: CanvasState): void {
  const { view, ratio, labels, labelPx, labelSize, unit } = state;
  if (labels.length === 0) return;
  // Leader lines in layout units (they join the node to its label), under the text.
  ctx.lineCap = 'round';
  for (const label of labels) {
    if (!label.leader) continue;
    const [a, b] = label.leader;
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.strokeStyle = palette.bg;
    ctx.lineWidth = (3 * unit * labelSize) / (12 * unit);
    ctx.stroke();
    ctx.strokeStyle = palette.muted;
    ctx.lineWidth = labelSize / 12;
    ctx.stroke();
  }
  // Text in screen px, so it keeps its size as one zooms.
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.lineJoin = 'round';
  ctx.textBaseline = 'alphabetic';
  for (const label of labels) {
    const px = label.quiet ? labelPx * QUIET_SCALE : labelPx;
    const selected = label.id === state.selectedNode;
    const faint = label.quiet || state.idle.has(label.id);
    const weight = selected ? 700 : faint ? 400 : 500;
    ctx.font = `${weight} ${px}px ${palette.fontFamily}`;
    ctx.textAlign =
      label.anchor === 'middle' ? 'center' : label.anchor === 'start' ? 'left' : 'right';
    const x = view.x + label.x * view.k;
    const y = view.y + label.y * view.k;
    ctx.lineWidth = px * 0.3;
    ctx.strokeStyle = palette.bg;
    ctx.fillStyle = faint ? palette.muted : palette.text;
    label.lines.forEach((line, i) => {
      const ly = y + i * px * 1.15;
      ctx.strokeText(line, x, ly);
      ctx.fillText(line, x, ly);
    });
  }
}
