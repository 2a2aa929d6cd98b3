/**
 * Which nodes get a visible label, and where. Labels must stay legible: in big
 * graphs only the busiest nodes (and whatever is highlighted) are named, when
 * something is selected only its neighbourhood is, and a label that would cover
 * another label or a node is moved round its node or dropped. The selected node is
 * always named. Labels keep inside the fitted view and, where they can, off the
 * edges. Every node's full name is also its button's accessible name.
 */
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
  /** Name at most this many nodes (big graphs), the busiest first. */
  readonly limit: number;
  /** Font size in layout units. */
  readonly fontSize: number;
  /** The area shown by the fitted view; labels outside it are cut off. */
  readonly frame?: Box;
  /** Areas covered by something else (the zoom buttons). */
  readonly obstacles?: readonly Box[];
  /**
   * When no spot is clear of nodes, a label may cover other nodes (never labels):
   * for crowded big graphs and for a highlighted neighbourhood (the rest is dimmed).
   */
  readonly mayCoverNodes?: boolean;
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
}

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

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Average glyph width of the UI's sans-serif, as a share of the font size (generous). */
const CHAR_WIDTH = 0.58;
const LINE_HEIGHT = 1.15;

export function placeLabels(nodes: readonly LabelNode[], rules: LabelRules): PlacedLabel[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const size = rules.fontSize;
  const pad = size * 0.2;
  const taken: Box[] = [...(rules.obstacles ?? [])];
  const segments = (rules.segments ?? []).map(([a, b]) => ({
    a,
    b,
    box: {
      x0: Math.min(a.x, b.x),
      y0: Math.min(a.y, b.y),
      x1: Math.max(a.x, b.x),
      y1: Math.max(a.y, b.y),
    },
  }));
  const measure = rules.measure ?? ((text: string) => text.length * CHAR_WIDTH);
  const placed: PlacedLabel[] = [];
  for (const id of labelCandidates(nodes, rules)) {
    const node = byId.get(id)!;
    // One or two wide lines, or up to three narrow ones where that is what fits.
    const options = [wrapLabel(node.text), wrapLabel(node.text, 12, 3)].flatMap((lines, i, all) => {
      if (i > 0 && lines.join() === all[0]!.join()) return [];
      const width = Math.max(...lines.map(measure)) * size;
      const height = lines.length * LINE_HEIGHT * size;
      return positions(node, width, height, size, pad).map((o) => ({ ...o, lines }));
    });
    // The free spot crossing the fewest edges, the earliest among equals; first with
    // some air around labels and nodes, then tight, then (if allowed) over nodes.
    const best = (level: 0 | 1 | 2) => {
      const gap = level === 0 ? pad : 0;
      const disc = level === 0 ? 1.2 : 1;
      let chosen: (typeof options)[number] | undefined;
      let fewest = Infinity;
      for (const o of options) {
        if (rules.frame && !inside(o.box, rules.frame)) continue;
        if (taken.some((b) => hits(b, grow(o.box, gap)))) continue;
        if (level < 2 && nodes.some((n) => n.id !== id && hits(discBox(n, disc), o.box))) continue;
        let crossings = 0;
        for (const seg of segments) {
          if (hits(seg.box, o.box) && crosses(seg.a, seg.b, o.box)) crossings++;
          if (crossings >= fewest) break;
        }
        if (crossings < fewest) {
          chosen = o;
          fewest = crossings;
          if (crossings === 0) break;
        }
      }
      return chosen;
    };
    let chosen = best(0) ?? best(1) ?? (rules.mayCoverNodes ? best(2) : undefined);
    if (chosen === undefined && id === rules.selected) chosen = options[0];
    if (chosen === undefined) continue;
    taken.push(chosen.box, discBox(node, 1));
    placed.push({ id, lines: chosen.lines, ...chosen.at });
  }
  return placed;
}

function positions(node: LabelNode, width: number, height: number, size: number, pad: number) {
  const ascent = size * 0.8;
  const reach = node.r * 1.3 + pad;
  const diagonal = node.r * 0.9 + pad;
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
    return {
      at: { x: o.x, y: o.top + ascent, anchor: o.anchor },
      box: { x0: left, y0: o.top, x1: left + width, y1: o.top + height },
    };
  });
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

function hits(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
