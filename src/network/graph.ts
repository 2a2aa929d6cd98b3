/**
 * A discourse network as the page's graph (model/graph.ts `Graph`), so both
 * renderers, the layout worker, the labels and the keyboard walk draw it as they
 * draw the other modes: the network's actors are the nodes (activity: their
 * statements in view, coalition: theirs), its ties the edges (one per pair, no
 * end marker, `count` the absolute raw weight). Loaded lazily with the rest of
 * src/network/.
 */
import { compareIds } from '../model/derive';
import type { EdgeTie, Graph, GraphEdge, GraphNode } from '../model/graph';
import type { Actor, Statement } from '../model/types';
import type { Coalitions } from './coalitions';
import { nodeOf } from './fold';
import type { LayoutInput, LayoutLinkInput, LayoutNodeInput, PackedLinks } from '../layout/types';
import { tieAt, type UnpackedNetwork } from './protocol';
import type { Normalization, Tie } from './types';

/** The id of the edge drawing the tie between `source` and `target` (`source < target`). */
export function tieEdgeId(source: string, target: string): string {
  return `${source}--${target}`;
}

// One of each for every tie (the laid-out network has every tie as an edge: 49,000 at
// 10,000 statements), frozen: nothing counts into a tie's certainty or statements.
const NO_CERTAINTY: GraphEdge['certainty'] = Object.freeze({
  confirmed: 0,
  reported: 0,
  alleged: 0,
  denied: 0,
});
const NO_STATEMENTS = Object.freeze([]) as unknown as GraphEdge['statements'];

/** A tie's `EdgeTie`, its title written when first read (most are never read). */
class TieData implements EdgeTie {
  readonly type: EdgeTie['type'];
  readonly weight: number;
  readonly normalized: number;
  readonly normalization: Normalization;
  readonly width: number;
  readonly #tie: Tie;
  readonly #names: ReadonlyMap<string, string>;

  constructor(
    tie: Tie,
    normalization: Normalization,
    width: number,
    names: ReadonlyMap<string, string>,
  ) {
    this.type = tie.type;
    this.weight = tie.weight;
    this.normalized = tie.normalized;
    this.normalization = normalization;
    this.width = width;
    this.#tie = tie;
    this.#names = names;
  }

  get title(): string {
    const t = this.#tie;
    return tieTitle(this.#names.get(t.source)!, this.#names.get(t.target)!, t, this.normalization);
  }
}

export interface NetworkGraphInput {
  /** The nodes: the actors with ties, in the order drawn. */
  readonly actors: readonly Actor[];
  /** The ties to draw (already thresholded). */
  readonly ties: readonly Tie[];
  /** The statements in view: a node's activity counts its own among them. */
  readonly statements: readonly Statement[];
  readonly coalitions?: Coalitions | undefined;
  /** The normalization the ties' `normalized` weights were made with. */
  readonly normalization?: Normalization | undefined;
  /** People folded into their organization: a statement counts for its speaker's (fold.ts). */
  readonly fold?: boolean | undefined;
}

export function networkGraph(input: NetworkGraphInput): Graph {
  const activity = new Map<string, number>();
  for (const s of input.statements) {
    const id = nodeOf(s, input.fold).id;
    activity.set(id, (activity.get(id) ?? 0) + 1);
  }
  const nodes: GraphNode[] = input.actors.map((actor) => {
    const coalition = input.coalitions?.coalitionOf.get(actor.id);
    return {
      id: actor.id,
      type: 'actor',
      label: actor.name,
      actor,
      activity: activity.get(actor.id) ?? 0,
      ...(coalition === undefined ? {} : { coalition }),
    };
  });
  const known = new Set(nodes.map((n) => n.id));
  const nameOf = new Map(nodes.map((n) => [n.id, n.label]));
  const normalization = input.normalization ?? 'none';
  const strongest = input.ties.reduce((max, t) => Math.max(max, Math.abs(t.normalized)), 0);
  const edges: GraphEdge[] = [];
  for (const t of input.ties) {
    if (!known.has(t.source) || !known.has(t.target)) continue;
    edges.push({
      id: tieEdgeId(t.source, t.target),
      source: t.source,
      target: t.target,
      stance: t.weight < 0 || t.type === 'conflict' ? 'negative' : 'positive',
      count: Math.abs(t.weight),
      statements: NO_STATEMENTS,
      certainty: NO_CERTAINTY,
      viaCount: 0,
      tie: new TieData(t, normalization, tieWidth(t.normalized, strongest), nameOf),
    });
  }
  return { nodes, edges };
}

/** A network's ties, as objects or (where they came from the worker) packed. */
export type TieSource = readonly Tie[] | Pick<UnpackedNetwork, 'ties' | 'packed'>;

const asNetwork = (source: TieSource): Pick<UnpackedNetwork, 'ties' | 'packed'> =>
  Array.isArray(source) ? { ties: source as readonly Tie[] } : (source as UnpackedNetwork);

/** The actors that have at least one of the ties, sorted by id. */
export function tiedActors(actors: readonly Actor[], source: TieSource): Actor[] {
  const network = asNetwork(source);
  const tied = new Set<string>();
  const packed = network.packed;
  if (packed) {
    // Each actor once, not each tie's ends (396,000 ties at 50,000 statements).
    const has = new Uint8Array(packed.actors.length);
    for (let k = 0; k < packed.source.length; k++)
      has[packed.source[k]!] = has[packed.target[k]!] = 1;
    packed.actors.forEach((id, i) => {
      if (has[i]) tied.add(id);
    });
  } else for (const t of network.ties) tied.add(t.source).add(t.target);
  return actors.filter((a) => tied.has(a.id)).sort((a, b) => compareIds(a.id, b.id));
}

/**
 * What a network is laid out from: `nodes`, and every tie between two of them a link
 * of its absolute weight (ties are listed once per pair with `source < target`, as
 * links are). Packed ties stay packed: at 50,000 statements making 396,000 links,
 * hashing their ids and packing them again took about 150 ms of the main thread.
 */
export function networkLayoutInput(
  nodes: readonly LayoutNodeInput[],
  source: TieSource,
): LayoutInput {
  const network = asNetwork(source);
  const packed = network.packed;
  if (!packed) {
    const ties = network.ties;
    return {
      nodes,
      links: ties.some((t) => t.weight < 0)
        ? ties.map((t) => ({ source: t.source, target: t.target, weight: Math.abs(t.weight) }))
        : ties,
    };
  }
  const place = new Map(nodes.map((n, i) => [n.id, i]));
  const at = Int32Array.from(packed.actors, (id) => place.get(id) ?? -1);
  const n = packed.source.length;
  const links: PackedLinks = {
    source: new Int32Array(n),
    target: new Int32Array(n),
    weight: new Float64Array(n),
  };
  let kept = 0;
  for (let k = 0; k < n; k++) {
    const s = at[packed.source[k]!]!;
    const t = at[packed.target[k]!]!;
    if (s < 0 || t < 0) continue;
    links.source[kept] = s;
    links.target[kept] = t;
    links.weight[kept] = Math.abs(packed.weight[k]!);
    kept += 1;
  }
  const shown: PackedLinks = {
    source: links.source.subarray(0, kept),
    target: links.target.subarray(0, kept),
    weight: links.weight.subarray(0, kept),
  };
  let objects: LayoutLinkInput[] | undefined;
  return {
    nodes,
    packed: shown,
    // Made only if something reads them (the layout worker gets `packed`).
    get links(): readonly LayoutLinkInput[] {
      objects ??= Array.from(shown.source, (s, k) => ({
        source: nodes[s]!.id,
        target: nodes[shown.target[k]!]!.id,
        weight: shown.weight[k]!,
      }));
      return objects;
    },
  };
}

/** The ties of actor `id`, in their order (only those become objects when they are packed). */
export function tiesAt(source: TieSource, id: string): Tie[] {
  const network = asNetwork(source);
  const packed = network.packed;
  if (!packed) return network.ties.filter((t) => t.source === id || t.target === id);
  const i = packed.actors.indexOf(id);
  const own: Tie[] = [];
  if (i < 0) return own;
  for (let k = 0; k < packed.source.length; k++)
    if (packed.source[k] === i || packed.target[k] === i) own.push(tieAt(packed, k));
  return own;
}

/** The tie between actors `a` and `b` (either way round), if there is one. */
export function tieBetween(source: TieSource, a: string, b: string): Tie | undefined {
  const [first, second] = compareIds(a, b) <= 0 ? [a, b] : [b, a];
  const network = asNetwork(source);
  const packed = network.packed;
  if (!packed) return network.ties.find((t) => t.source === first && t.target === second);
  const s = packed.actors.indexOf(first);
  const t = packed.actors.indexOf(second);
  if (s < 0 || t < 0) return undefined;
  for (let k = 0; k < packed.source.length; k++)
    if (packed.source[k] === s && packed.target[k] === t) return tieAt(packed, k);
  return undefined;
}

/** How many ties the network has (without making them). */
export function tieCount(source: TieSource): number {
  const network = asNetwork(source);
  return network.packed ? network.packed.source.length : network.ties.length;
}

/** The ties' raw weights, in their order (without making the ties). */
export function tieWeights(source: TieSource): ArrayLike<number> {
  const network = asNetwork(source);
  return network.packed ? network.packed.weight : network.ties.map((t) => t.weight);
}

/** Ties whose absolute raw weight is at least `min`, in their order. */
export function tiesAtLeast(source: TieSource, min: number): Tie[] {
  const network = asNetwork(source);
  const packed = network.packed;
  if (min <= 1 || !packed) {
    const ties = network.ties;
    return min <= 1 ? [...ties] : ties.filter((t) => Math.abs(t.weight) >= min);
  }
  // Only the ties drawn become objects.
  const shown: Tie[] = [];
  for (let k = 0; k < packed.weight.length; k++)
    if (Math.abs(packed.weight[k]!) >= min) shown.push(tieAt(packed, k));
  return shown;
}

/**
 * The minimum weight shown by default: the smallest whole weight at which the
 * ties drawn are at most twice the nodes (an average of four ties per actor).
 * Why: beyond a few ties per node a force layout of a few hundred actors is a
 * hairball whose lines hide the nodes. The German agreement network (8,480 ties
 * among 334 actors, 7,049 of weight 1) gets 3: 540 ties, the strongest 6 %, which
 * still draws its coalitions apart; a small network keeps every tie (1).
 */
export function defaultMinWeight(source: TieSource, nodes: number): number {
  const weights = tieWeights(source);
  const budget = Math.max(1, 2 * nodes);
  const counts = new Map<number, number>();
  let max = 1;
  for (let k = 0; k < weights.length; k++) {
    const w = Math.abs(weights[k]!);
    counts.set(w, (counts.get(w) ?? 0) + 1);
    if (w > max) max = w;
  }
  let shown = weights.length;
  for (let w = 1; w <= max; w++) {
    if (shown <= budget) return w;
    shown -= counts.get(w) ?? 0;
  }
  return max;
}

const NORMALIZATION_LABEL: Record<Normalization, string> = {
  none: 'raw',
  average: 'average activity',
  jaccard: 'Jaccard',
  cosine: 'cosine',
};

/** A shown weight: whole numbers as they are, fractions to two decimals. */
export function weightText(weight: number): string {
  return Number.isInteger(weight) ? String(weight) : weight.toFixed(2);
}

/** "Angela Merkel and Jürgen Trittin: agreement, weight 3" (", 0.43 Jaccard" when normalized). */
export function tieTitle(a: string, b: string, tie: Tie, normalization: Normalization): string {
  const normalized =
    normalization === 'none'
      ? ''
      : `, ${weightText(tie.normalized)} ${NORMALIZATION_LABEL[normalization]}`;
  return `${a} and ${b}: ${tie.type}, weight ${tie.weight}${normalized}`;
}

/** A tie's width in screen px: 1 to 6, by its weight on display against the strongest drawn. */
export function tieWidth(weight: number, strongest: number): number {
  if (strongest <= 0) return 1;
  return 1 + 5 * Math.sqrt(Math.abs(weight) / strongest);
}
