/**
 * Layouts made at build time. The layout is a pure function of the graph, the seed
 * and the box's shape, and the graph of all statements is fixed by the data file,
 * so the build lays out each data set's two graphs ("who about whom", "who on what")
 * for both box shapes and writes them to dist/data/<id>.layout.json. The page uses
 * them when they match exactly (same key: seed, shape and a hash of the graph, and
 * every node placed) and otherwise asks the worker, so a data file changed on the
 * server without a rebuild still gets a correct layout, only later.
 */
import type { Layout, LayoutInput, LayoutOptions, PlacedNode } from './types';

export const LAYOUT_FILE_FORMAT = 'parley-layout/1';

/** The box shapes the graph lays out for: landscape, and square on phones. */
export const WIDE = 1.6;
export const SQUARE = 1;
export const ASPECTS: readonly number[] = [WIDE, SQUARE];

export type PresetLayouts = ReadonlyMap<string, Layout>;

/** Names one layout: the same key means the same input and options, so the same layout. */
export function layoutKey(input: LayoutInput, options: LayoutOptions): string {
  const graph = hashInput(input).toString(36);
  const from = options.start ? `|from ${options.start.key}` : '';
  return `${options.seed}|${options.aspect ?? WIDE}|${input.nodes.length}|${graph}${from}`;
}

/**
 * FNV-1a over the input's ids and activities, then each link as its two ends'
 * places in `nodes` and its weight, each field ended by a separator: as
 * `hashSeed(JSON.stringify(input))` would tell inputs apart, without the string (at
 * 50,000 statements a network's 396,000 links made one of 20 MB, about 100 ms) and
 * without reading each link's ids again character by character (60–110 ms there).
 * A link to an id not among the nodes is hashed by that id.
 */
function hashInput(input: LayoutInput): number {
  let hash = 0x811c9dc5;
  const mix = (value: number) => {
    hash ^= value;
    hash = Math.imul(hash, 0x01000193);
  };
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
    mix(0x1f); // the unit separator: "ab" + "c" is not "a" + "bc"
  };
  const place = new Map<string, number>();
  for (const node of input.nodes) {
    if (!place.has(node.id)) place.set(node.id, place.size);
    add(node.id);
    add(String(node.activity));
  }
  add('|');
  const end = (id: string) => {
    const at = place.get(id);
    if (at === undefined) add(id);
    else {
      mix(0x1e); // a place, never confused with an id's characters
      mix(at);
    }
  };
  const weight = (w: number) => {
    if (Number.isInteger(w) && w >= 0 && w < 0x1000000) mix(w | 0x1000000);
    else add(String(w));
    mix(0x1f);
  };
  const packed = input.packed;
  // Packed links hash as their objects would (their ends are places already), the
  // mixing written out: 396,000 links are two million steps.
  if (packed)
    for (let k = 0; k < packed.source.length; k++) {
      const w = packed.weight[k]!;
      let h = Math.imul(hash ^ 0x1e, 0x01000193);
      h = Math.imul(h ^ packed.source[k]!, 0x01000193);
      h = Math.imul(h ^ 0x1e, 0x01000193);
      hash = Math.imul(h ^ packed.target[k]!, 0x01000193);
      if (Number.isInteger(w) && w >= 0 && w < 0x1000000)
        hash = Math.imul(Math.imul(hash ^ (w | 0x1000000), 0x01000193) ^ 0x1f, 0x01000193);
      else weight(w);
    }
  else
    for (const link of input.links) {
      end(link.source);
      end(link.target);
      weight(link.weight);
    }
  return hash >>> 0;
}

/** The preset layout for this input, if there is one that places every node. */
export function presetFor(
  presets: PresetLayouts | undefined,
  input: LayoutInput,
  options: LayoutOptions,
): Layout | undefined {
  const layout = presets?.get(layoutKey(input, options));
  return layout && placesEvery(layout, input) ? layout : undefined;
}

/**
 * Whether `layout` places every node of `input`: a layout under the right key that
 * misses one (a hash collision, a stale file) would draw nodes nowhere.
 */
export function placesEvery(layout: Layout, input: LayoutInput): boolean {
  const placed = new Set(layout.nodes.map((n) => n.id));
  return input.nodes.every((n) => placed.has(n.id));
}

/** The text of a layout file. */
export function layoutFileText(layouts: Iterable<readonly [string, Layout]>): string {
  return JSON.stringify({ format: LAYOUT_FILE_FORMAT, layouts: Object.fromEntries(layouts) });
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isPlaced(v: unknown): v is PlacedNode {
  if (!v || typeof v !== 'object') return false;
  const n = v as Record<string, unknown>;
  return typeof n.id === 'string' && isNumber(n.x) && isNumber(n.y) && isNumber(n.r);
}

function isLayout(v: unknown): v is Layout {
  if (!v || typeof v !== 'object') return false;
  const { nodes, bounds } = v as { nodes?: unknown; bounds?: Record<string, unknown> };
  return (
    Array.isArray(nodes) &&
    nodes.every(isPlaced) &&
    !!bounds &&
    [bounds.x0, bounds.y0, bounds.x1, bounds.y1].every(isNumber)
  );
}

/**
 * Reads a layout file; undefined when it is not one (the worker then lays out).
 * Every layout is shape-checked: a malformed file must not draw a broken graph.
 */
export function readLayoutFile(text: string): PresetLayouts | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const { format, layouts } = parsed as { format?: unknown; layouts?: unknown };
  if (format !== LAYOUT_FILE_FORMAT || !layouts || typeof layouts !== 'object') return undefined;
  const entries = Object.entries(layouts);
  if (!entries.every(([, layout]) => isLayout(layout))) return undefined;
  return new Map(entries as [string, Layout][]);
}
