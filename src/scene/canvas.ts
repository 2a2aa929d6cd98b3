/**
 * The graph drawn on a 2D canvas from the same scene the SVG renderer draws
 * (scene.ts, labels.ts), to look the same: edges coloured by stance, dashed by
 * certainty, ended by the stance's marker, with the `via` ring; nodes shaped by
 * kind, faded when idle, ringed when selected; labels with a halo.
 *
 * Drawing 10⁴ edges takes longer than a frame, so the renderer keeps two cached
 * layers (all edges; all nodes) drawn once per zoom scale and state, and each frame
 * only copies them (a pan is two image copies), dimmed as one when something is
 * highlighted, with the few highlighted edges and nodes, the hover and the labels
 * drawn on top. Each edge is its own path: Skia fills one path of thousands of
 * crossing contours far slower than thousands of small ones.
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

/** How a layer or an overlay maps layout units to the canvas: the view, the device ratio, and the canvas origin in the box's px. */
export interface Mapping {
  readonly view: View;
  readonly ratio: number;
  /** The canvas's top left corner in the box's CSS px (a cached layer may start off screen). */
  readonly ox: number;
  readonly oy: number;
}

/** Sets `ctx` to draw in layout units under `m`. */
export function useMapping(ctx: CanvasRenderingContext2D, m: Mapping): void {
  const { view, ratio, ox, oy } = m;
  ctx.setTransform(
    ratio * view.k,
    0,
    0,
    ratio * view.k,
    ratio * (view.x - ox),
    ratio * (view.y - oy),
  );
}

/** Device px: a canvas of `width` × `height` CSS px at `ratio`. */
export function canvasSize(width: number, height: number, ratio: number): { w: number; h: number } {
  return { w: Math.max(1, Math.round(width * ratio)), h: Math.max(1, Math.round(height * ratio)) };
}

/** Dash lengths of an SVG stroke-dasharray ("7 4" → [7, 4]); [] for a solid line. */
export function dashArray(dash: string | undefined): number[] {
  return dash ? dash.split(/[\s,]+/).map(Number) : [];
}

/** A box in layout units: what is outside it is not drawn. */
export interface Area {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

function edgeOutside(e: SceneEdge, area: Area): boolean {
  const c = e.control;
  const x0 = Math.min(e.start.x, e.end.x, c ? c.x : Infinity);
  const x1 = Math.max(e.start.x, e.end.x, c ? c.x : -Infinity);
  const y0 = Math.min(e.start.y, e.end.y, c ? c.y : Infinity);
  const y1 = Math.max(e.start.y, e.end.y, c ? c.y : -Infinity);
  return x1 < area.x0 || x0 > area.x1 || y1 < area.y0 || y0 > area.y1;
}

/**
 * Edges, each its own path, in the order given (the caller sorts them by style
 * so the context's state changes seldom). `selected` is drawn wider.
 */
export function drawEdges(
  ctx: CanvasRenderingContext2D,
  edges: readonly SceneEdge[],
  palette: Palette,
  unit: number,
  area: Area,
  selected: string | undefined,
): void {
  let dash: string | undefined = '-';
  let colour = '';
  let width = -1;
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'miter';
  for (const e of edges) {
    if (edgeOutside(e, area)) continue;
    const c = palette.stance[e.edge.stance];
    if (c !== colour) {
      colour = c;
      ctx.strokeStyle = c;
      ctx.fillStyle = c;
    }
    const w = e.edge.id === selected ? e.width + 1.5 * unit : e.width;
    if (w !== width) {
      width = w;
      ctx.lineWidth = w;
    }
    if (e.dash !== dash) {
      dash = e.dash;
      ctx.setLineDash(dashArray(e.dash));
    }
    ctx.beginPath();
    ctx.moveTo(e.start.x, e.start.y);
    if (e.control) ctx.quadraticCurveTo(e.control.x, e.control.y, e.end.x, e.end.y);
    else ctx.lineTo(e.end.x, e.end.y);
    ctx.stroke();
    if (e.edge.tie === undefined) {
      // Ties are undirected: no end marker.
      ctx.beginPath();
      markerPath(ctx, e, unit);
      ctx.fill();
    }
    if (e.edge.viaCount > 0) {
      ctx.save();
      ctx.setLineDash([]);
      ctx.lineWidth = 1.75 * unit;
      ctx.fillStyle = palette.bg;
      ctx.beginPath();
      ctx.arc(e.mid.x, e.mid.y, 3.5 * unit + e.width / 2, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
      ctx.restore();
    }
  }
  ctx.setLineDash([]);
}

/**
 * Above this many edges in a layer, the layer draws them as hairlines (edge level of
 * detail, `drawHairlines`). Measured in this machine's Chromium (software raster, the
 * bench's): 10,000 curves of 1–3 px over a 1300 × 700 canvas take 420–660 ms to
 * rasterize, as 1-px straight lines in one path 45–50 ms. At that density no line's
 * width, dash or arrowhead can be read anyway; zoomed in (fewer edges in the part in
 * view) or highlighted (drawn on top), edges get their full style back.
 */
export const HAIRLINE_EDGES = 2000;

/** Whether more than `limit` of the edges reach into `area` (counting stops there). */
export function moreEdgesIn(edges: readonly SceneEdge[], area: Area, limit: number): boolean {
  if (edges.length <= limit) return false;
  let n = 0;
  for (const e of edges) if (!edgeOutside(e, area) && ++n > limit) return true;
  return false;
}

/**
 * The edges as straight lines one CSS px wide, one path per colour (edges sorted by
 * stance: `byStyle`), solid, no end marker: the cheap drawing of a dense layer.
 * `scale` is the mapping's layout-to-CSS-px factor (the view's k).
 */
export function drawHairlines(
  ctx: CanvasRenderingContext2D,
  edges: readonly SceneEdge[],
  palette: Palette,
  area: Area,
  scale: number,
): void {
  ctx.lineWidth = 1 / scale;
  ctx.lineCap = 'butt';
  ctx.setLineDash([]);
  let colour = '';
  for (const e of edges) {
    if (edgeOutside(e, area)) continue;
    const c = palette.stance[e.edge.stance];
    if (c !== colour) {
      if (colour) ctx.stroke();
      colour = c;
      ctx.strokeStyle = c;
      ctx.beginPath();
    }
    ctx.moveTo(e.start.x, e.start.y);
    ctx.lineTo(e.end.x, e.end.y);
  }
  if (colour) ctx.stroke();
}

/** Edges in an order that keeps style changes few: by stance, then dash, then width. */
export function byStyle(edges: readonly SceneEdge[]): SceneEdge[] {
  return [...edges].sort(
    (a, b) =>
      a.edge.stance.localeCompare(b.edge.stance) ||
      (a.dash ?? '').localeCompare(b.dash ?? '') ||
      a.width - b.width,
  );
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

export interface NodeLook {
  readonly selected: string | undefined;
  readonly hovered: string | undefined;
}

/** Nodes in the order given (smallest first), with the selected node's ring. */
export function drawNodes(
  ctx: CanvasRenderingContext2D,
  nodes: readonly SceneNode[],
  palette: Palette,
  unit: number,
  area: Area,
  look: NodeLook,
): void {
  const base = ctx.globalAlpha;
  for (const n of nodes) {
    if (n.x < area.x0 || n.x > area.x1 || n.y < area.y0 || n.y > area.y1) continue;
    const selected = n.id === look.selected;
    if (selected) {
      ctx.globalAlpha = base;
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
    ctx.globalAlpha = base * (n.idle ? 0.45 : 1);
    ctx.fill();
    ctx.strokeStyle = n.id === look.hovered ? palette.text : palette.nodeStroke;
    ctx.lineWidth = (selected ? 2 : 1.25) * unit;
    ctx.globalAlpha = base * (n.idle ? 0.55 : 1);
    ctx.setLineDash(n.idle ? [2, 2] : []);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = base;
}

export interface LabelLook {
  readonly labels: readonly PlacedLabel[];
  /** Ids of idle nodes: their labels are set lighter. */
  readonly idle: ReadonlySet<string>;
  readonly selected: string | undefined;
  /** Label size in screen px (kept at the fitted view's size as one zooms). */
  readonly px: number;
  /** Label font size in layout units the labels were placed at (for the leaders' width). */
  readonly size: number;
  readonly unit: number;
}

/** Labels with their halo, in screen px; their leader lines in layout units. */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  palette: Palette,
  m: Mapping,
  look: LabelLook,
): void {
  const { labels, px: labelPx, size } = look;
  if (labels.length === 0) return;
  useMapping(ctx, m);
  ctx.lineCap = 'round';
  for (const label of labels) {
    if (!label.leader) continue;
    const [a, b] = label.leader;
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.strokeStyle = palette.bg;
    ctx.lineWidth = size / 4;
    ctx.stroke();
    ctx.strokeStyle = palette.muted;
    ctx.lineWidth = size / 12;
    ctx.stroke();
  }
  const { view, ratio } = m;
  ctx.setTransform(ratio, 0, 0, ratio, -ratio * m.ox, -ratio * m.oy);
  ctx.lineJoin = 'round';
  ctx.textBaseline = 'alphabetic';
  for (const label of labels) {
    const px = label.quiet ? labelPx * QUIET_SCALE : labelPx;
    const faint = label.quiet || look.idle.has(label.id);
    const weight = label.id === look.selected ? 700 : faint ? 400 : 500;
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
