/**
 * Which nodes get a visible label, and where. Labels must stay legible: in big
 * graphs only the busiest nodes (and whatever is highlighted) are named, and a
 * label never covers another label or a node: it is moved round its node, then a
 * little further out with a leader line back to it, or dropped. When something is
 * selected its neighbourhood is named first; the dimmed rest keeps quiet (smaller,
 * lighter) labels where there is room, so the context is not lost. The selected
 * node is always named. Labels keep inside the fitted view and, where they can,
 * off the edges. Every node's full name is also its button's accessible name.
 */
import { BoxGrid } from './box-grid';
import type { Point } from './geometry';

export interface LabelNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly text: string;
  /** Visible activity: busier nodes are named first. */
  readonly activity: number;
}

export interface LabelRules {
  /** Node ids emphasized by the selection; only these are named when present. */
  readonly highlight?: ReadonlySet<string>;
  /** Always named, first. */
  readonly selected?: string;
  /**
   * How much wider the selected node's ring draws than its disc (layout units): its
   * label keeps clear of the ring. A rule, not a changed node, so that a selection
   * leaves the nodes as they were (one new array of them a click cost 2–5 ms at 1,000).
   */
  readonly selectedRing?: number;
  /** Name at most this many nodes (big graphs), the busiest first. */
  readonly limit: number;
  /** Font size in layout units. */
  readonly fontSize: number;
  /** The area shown by the fitted view; labels outside it are cut off. */
  readonly frame?: Box;
  /** Areas covered by something else (the zoom buttons). */
  readonly obstacles?: readonly Box[];
  /** Quiet labels of dimmed nodes (outside the highlight) at most; 0 for none. */
  readonly quietLimit?: number;
  /**
   * Width of a line of text at a 1-unit font size; defaults to an estimate. The
   * browser passes a canvas measurement.
   */
  readonly measure?: (text: string) => number;
  /** Edges as straight segments between node centres; labels avoid crossing them. */
  readonly segments?: readonly (readonly [Point, Point])[];
}

export interface PlacedLabel {
  readonly id: string;
  readonly lines: readonly string[];
  /** Anchor point of the first line's baseline. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** A dimmed node's label, set smaller and lighter (at QUIET_SCALE of the font size). */
  readonly quiet: boolean;
  /** A line from the node's rim to a label set away from it. */
  readonly leader?: readonly [Point, Point];
}

/** In big graphs (layout LARGE_GRAPH_NODES) only this many nodes are named until something is selected. */
export const LABEL_LIMIT = 24;

/** The font size of a quiet label, as a share of the others'. */
export const QUIET_SCALE = 0.88;

/** Up to `maxLines` lines of at most about `maxChars` characters; the rest is elided. */
export function wrapLabel(text: string, maxChars = 20, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/** The ids worth naming, most important first (before collisions are checked). */
export function labelCandidates(nodes: readonly LabelNode[], rules: LabelRules): string[] {
  const byImportance = [...nodes].sort(
    (a, b) =>
      Number(b.id === rules.selected) - Number(a.id === rules.selected) ||
      b.activity - a.activity ||
      a.text.localeCompare(b.text),
  );
  const wanted = rules.highlight
    ? byImportance.filter((n) => rules.highlight!.has(n.id))
    : byImportance;
  return wanted.slice(0, rules.limit).map((n) => n.id);
}

/** The dimmed nodes worth a quiet label, busiest first: none unless something is highlighted. */
export function quietCandidates(nodes: readonly LabelNode[], rules: LabelRules): string[] {
  const highlight = rules.highlight;
  if (!highlight || !rules.quietLimit) return [];
  return nodes
    .filter((n) => !highlight.has(n.id))
    .sort((a, b) => b.activity - a.activity || a.text.localeCompare(b.text))
    .slice(0, rules.quietLimit)
    .map((n) => n.id);
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Average glyph width of the UI's sans-serif, as a share of the font size (generous). */
const CHAR_WIDTH = 0.58;
const LINE_HEIGHT = 1.15;
const estimate = (text: string) => text.length * CHAR_WIDTH;
/** Baseline below the top of a line's box: a sans-serif's ascent, as browsers measure text boxes. */
const ASCENT = 0.93;
/**
 * How far every node shape reaches, as a share of r (shapes.ts: a triangle's apex
 * is 1.32 r from its centre): a label keeps out of this square round each node.
 */
const SHAPE_REACH = 1.32;

interface Option {
  readonly lines: readonly string[];
  readonly at: Pick<PlacedLabel, 'x' | 'y' | 'anchor'>;
  readonly box: Box;
  readonly leader?: readonly [Point, Point];
}

export function placeLabels(given: readonly LabelNode[], rules: LabelRules): PlacedLabel[] {
  const ring = rules.selectedRing ?? 0;
  const nodes =
    ring > 0 && rules.selected !== undefined
      ? given.map((n) => (n.id === rules.selected ? { ...n, r: n.r + ring } : n))
      : given;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const taken: Box[] = [...(rules.obstacles ?? [])];
  const leaders: (readonly [Point, Point])[] = [];
  const cell = rules.fontSize * CELL_FONT_SIZES;
  const { segments, grid: segmentGrid } = segmentIndex(rules.segments ?? NO_SEGMENTS, cell);
  const measure = rules.measure ?? estimate;
  const shapes = nodes.map((n) => ({ id: n.id, box: discBox(n, SHAPE_REACH) }));
  const shapeGrid = new BoxGrid(cell, shapes.length);
  shapes.forEach((shape, i) => shapeGrid.addBox(i, shape.box));
  const centre = {
    x: nodes.reduce((sum, n) => sum + n.x, 0) / (nodes.length || 1),
    y: nodes.reduce((sum, n) => sum + n.y, 0) / (nodes.length || 1),
  };
  const placed: PlacedLabel[] = [];

  const place = (id: string, quiet: boolean) => {
    const node = byId.get(id)!;
    const size = rules.fontSize * (quiet ? QUIET_SCALE : 1);
    const pad = size * 0.2;
    // One or two wide lines, or up to three narrow ones where that is what fits.
    const wraps = [wrapLabel(node.text), wrapLabel(node.text, 12, 3)].filter(
      (lines, i, all) => i === 0 || lines.join() !== all[0]!.join(),
    );
    const shaped = (ring: number) =>
      wraps.flatMap((lines) => {
        const width = Math.max(...lines.map(measure)) * size;
        const height = lines.length * LINE_HEIGHT * size;
        return positions(node, width, height, size, pad, ring).map((o) => ({ ...o, lines }));
      });
    const near = shaped(0);
    const nodesClear = (box: Box, air: number) =>
      !shapeGrid.some(grow(box, air), (i) => {
        const n = shapes[i]!;
        return n.id !== id && hits(grow(n.box, air), box);
      });
    // The free spot crossing the fewest edges, the earliest among equals: first
    // beside the node with some air round it, then tight, then set further out with a
    // leader line (not for quiet labels: they take only room that is plainly free).
    const best = (options: readonly Option[], gap: number, overNodes = false) => {
      let chosen: Option | undefined;
      let fewest = Infinity;
      for (const o of options) {
        if (rules.frame && !inside(o.box, rules.frame)) continue;
        const airy = grow(o.box, gap);
        if (taken.some((b) => hits(b, airy))) continue;
        if (!nodesClear(o.box, gap)) continue;
        if (leaders.some(([a, b]) => crosses(a, b, airy))) continue;
        if (o.leader && !leaderClear(o.leader, id, overNodes)) continue;
        let crossings = 0;
        segmentGrid.some(o.box, (i) => {
          const seg = segments[i]!;
          if (hits(seg.box, o.box) && crosses(seg.a, seg.b, o.box)) crossings++;
          return crossings >= fewest;
        });
        if (crossings < fewest) {
          chosen = o;
          fewest = crossings;
          if (crossings === 0) break;
        }
      }
      return chosen;
    };
    const leaderClear = ([a, b]: readonly [Point, Point], own: string, overNodes: boolean) =>
      !taken.some((box) => crosses(a, b, box)) &&
      !leaders.some(([c, d]) => intersect(a, b, c, d)) &&
      (overNodes ||
        !shapeGrid.some(spanBox(a, b), (i) => {
          const n = shapes[i]!;
          return n.id !== own && crosses(a, b, n.box);
        }));
    const tight = size * 0.15;
    let chosen = best(near, pad * 1.5) ?? (quiet ? undefined : best(near, tight));
    // Further out, ring by ring: two for any label, more for the selected one.
    const rings = quiet ? 0 : id === rules.selected ? MAX_RING : 2;
    for (let ring = 1; chosen === undefined && ring <= rings; ring++)
      chosen = best(shaped(ring), tight);
    // Still nowhere (inside a dense cluster): out along the ray from the graph's centre
    // through the node to the first free spot, a callout whose leader may pass over
    // nodes, never over labels.
    // At the frame's edge the way straight out is closed: turn the ray, a little then more.
    for (const turn of quiet ? [] : CALLOUT_TURNS) {
      // A turned ray stays short: a long leader slanting across the graph reads as an edge.
      const steps = turn === 0 ? CALLOUT_STEPS : 6;
      for (let step = 1; chosen === undefined && step <= steps; step++) {
        const options = wraps.map((lines) => {
          const width = Math.max(...lines.map(measure)) * size;
          const height = lines.length * LINE_HEIGHT * size;
          return {
            ...callout(node, centre, turn, rules.frame, width, height, size, pad, step),
            lines,
          };
        });
        chosen = best(options, tight, true);
      }
      if (chosen) break;
    }
    if (chosen === undefined && id === rules.selected) chosen = near[0];
    if (chosen === undefined) return;
    taken.push(chosen.box);
    if (chosen.leader) leaders.push(chosen.leader);
    placed.push({
      id,
      lines: chosen.lines,
      ...chosen.at,
      quiet,
      ...(chosen.leader ? { leader: chosen.leader } : {}),
    });
  };

  for (const id of labelCandidates(nodes, rules)) place(id, false);
  for (const id of quietCandidates(nodes, rules)) place(id, true);
  return placed;
}

/** How many rings further out the selected node's label may go before a callout. */
const MAX_RING = 3;

function positions(
  node: LabelNode,
  width: number,
  height: number,
  size: number,
  pad: number,
  ring: number,
): Option[] {
  const ascent = size * ASCENT;
  const far = ring > 0;
  // Beside the node, just clear of its shape (ring 0), or rings of a line's height further out.
  const out = size * 1.4 * ring;
  const reach = node.r * SHAPE_REACH + pad + out;
  const diagonal = node.r + pad + out * 0.7;
  const below = node.y + reach;
  const above = node.y - reach - height;
  const side = node.y - height / 2;
  // Below, above, right, left, then the four diagonals: the first free one wins.
  const options: { x: number; top: number; anchor: PlacedLabel['anchor'] }[] = [
    { x: node.x, top: below, anchor: 'middle' },
    { x: node.x, top: above, anchor: 'middle' },
    { x: node.x + reach, top: side, anchor: 'start' },
    { x: node.x - reach, top: side, anchor: 'end' },
    { x: node.x + diagonal, top: node.y + diagonal, anchor: 'start' },
    { x: node.x - diagonal, top: node.y + diagonal, anchor: 'end' },
    { x: node.x + diagonal, top: node.y - diagonal - height, anchor: 'start' },
    { x: node.x - diagonal, top: node.y - diagonal - height, anchor: 'end' },
  ];
  return options.map((o) => {
    const left = o.anchor === 'middle' ? o.x - width / 2 : o.anchor === 'start' ? o.x : o.x - width;
    const box = { x0: left, y0: o.top, x1: left + width, y1: o.top + height };
    return {
      lines: [],
      at: { x: o.x, y: o.top + ascent, anchor: o.anchor },
      box,
      ...(far ? { leader: leaderTo(node, box, pad) } : {}),
    };
  });
}

/** How many steps of a line's height a callout may go out from its node. */
const CALLOUT_STEPS = 60;
/** Turns of a callout's ray away from straight out, in radians, tried in order. */
const CALLOUT_TURNS = [0, Math.PI / 4, -Math.PI / 4, Math.PI / 2, -Math.PI / 2];

/**
 * A label `step` line heights out from the node, away from the graph's centre: to
 * the side (anchored at its near end) when the way out is mostly sideways, else
 * above or below; with a leader line back to the node.
 */
function callout(
  node: LabelNode,
  centre: Point,
  turn: number,
  frame: Box | undefined,
  width: number,
  height: number,
  size: number,
  pad: number,
  step: number,
): Omit<Option, 'lines'> {
  let ux = node.x - centre.x;
  let uy = node.y - centre.y;
  const length = Math.hypot(ux, uy);
  if (length < 1e-6) [ux, uy] = [0, 1];
  else [ux, uy] = [ux / length, uy / length];
  [ux, uy] = [ux * Math.cos(turn) - uy * Math.sin(turn), ux * Math.sin(turn) + uy * Math.cos(turn)];
  const t = node.r * SHAPE_REACH + pad + size * (1 + step);
  const px = node.x + ux * t;
  const py = node.y + uy * t;
  const sideways = Math.abs(ux) > 0.4;
  const anchor: PlacedLabel['anchor'] = sideways ? (ux > 0 ? 'start' : 'end') : 'middle';
  let left = anchor === 'middle' ? px - width / 2 : anchor === 'start' ? px : px - width;
  // A centred label near the frame's side slides in, so it is not lost off the edge.
  if (frame && anchor === 'middle') left = Math.max(frame.x0, Math.min(left, frame.x1 - width));
  const top = sideways ? py - height / 2 : uy > 0 ? py : py - height;
  const box = { x0: left, y0: top, x1: left + width, y1: top + height };
  return {
    at: { x: anchor === 'middle' ? left + width / 2 : px, y: top + size * ASCENT, anchor },
    box,
    leader: leaderTo(node, box, pad),
  };
}

/** From just outside the node's shape to just short of the box's nearest point. */
function leaderTo(node: LabelNode, box: Box, pad: number): readonly [Point, Point] {
  const x = Math.min(Math.max(node.x, box.x0), box.x1);
  const y = Math.min(Math.max(node.y, box.y0), box.y1);
  const length = Math.hypot(x - node.x, y - node.y) || 1;
  const ux = (x - node.x) / length;
  const uy = (y - node.y) / length;
  const from = node.r * 1.15 + pad * 0.5;
  const to = Math.max(from, length - pad * 0.5);
  return [
    { x: node.x + ux * from, y: node.y + uy * from },
    { x: node.x + ux * to, y: node.y + uy * to },
  ];
}

const NO_SEGMENTS: readonly (readonly [Point, Point])[] = [];

interface SegmentIndex {
  readonly segments: readonly { readonly a: Point; readonly b: Point; readonly box: Box }[];
  readonly grid: BoxGrid;
  readonly cell: number;
}

/** A grid cell's side in font sizes: a label takes one to three cells. */
const CELL_FONT_SIZES = 4;

/**
 * The segments with their boxes, in a grid of cells about a label's size: made once
 * per segments array and font size (the graph passes the same array from click to
 * click; zooming changes the font size in layout units).
 */
const segmentIndexes = new WeakMap<readonly (readonly [Point, Point])[], SegmentIndex>();
function segmentIndex(list: readonly (readonly [Point, Point])[], cell: number): SegmentIndex {
  const known = segmentIndexes.get(list);
  if (known && known.cell === cell) return known;
  const segments = list.map(([a, b]) => ({ a, b, box: spanBox(a, b) }));
  const grid = new BoxGrid(cell, segments.length);
  segments.forEach((seg, i) => grid.addSegment(i, seg.a, seg.b));
  const index = { segments, grid, cell };
  segmentIndexes.set(list, index);
  return index;
}

function spanBox(a: Point, b: Point): Box {
  return {
    x0: Math.min(a.x, b.x),
    y0: Math.min(a.y, b.y),
    x1: Math.max(a.x, b.x),
    y1: Math.max(a.y, b.y),
  };
}

function discBox(n: LabelNode, factor = 1.2): Box {
  const r = n.r * factor;
  return { x0: n.x - r, y0: n.y - r, x1: n.x + r, y1: n.y + r };
}

function grow(b: Box, by: number): Box {
  return { x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by };
}

function inside(a: Box, frame: Box): boolean {
  return a.x0 >= frame.x0 && a.x1 <= frame.x1 && a.y0 >= frame.y0 && a.y1 <= frame.y1;
}

/** Whether the segment a–b passes through the box (Liang–Barsky clipping). */
export function crosses(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - box.x0],
    [dx, box.x1 - a.x],
    [-dy, a.y - box.y0],
    [dy, box.y1 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Whether segments a–b and c–d cross (touching ends count as crossing). */
export function intersect(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) =>
    Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return (
    side(a, b, c) * side(a, b, d) <= 0 &&
    side(c, d, a) * side(c, d, b) <= 0 &&
    Math.max(a.x, b.x) >= Math.min(c.x, d.x) &&
    Math.max(c.x, d.x) >= Math.min(a.x, b.x) &&
    Math.max(a.y, b.y) >= Math.min(c.y, d.y) &&
    Math.max(c.y, d.y) >= Math.min(a.y, b.y)
  );
}

function hits(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * The box a placed label takes, as its placement reckoned it (`measure` and
 * `fontSize` as given to placeLabels): for a picture's bounds.
 */
export function labelBox(
  label: PlacedLabel,
  fontSize: number,
  measure: (text: string) => number = estimate,
): Box {
  const size = label.quiet ? fontSize * QUIET_SCALE : fontSize;
  const width = Math.max(0, ...label.lines.map(measure)) * size;
  const left =
    label.anchor === 'middle'
      ? label.x - width / 2
      : label.anchor === 'start'
        ? label.x
        : label.x - width;
  const top = label.y - size * ASCENT;
  return { x0: left, y0: top, x1: left + width, y1: top + label.lines.length * LINE_HEIGHT * size };
}
