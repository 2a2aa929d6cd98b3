/**
 * Coalitions: communities of the agreement (or balance) network, found with
 * Louvain (graphology-communities-louvain) on the positive ties, seeded so the
 * same network always gives the same coalitions; and a polarization figure, the
 * modularity of the best split of those coalitions into two camps.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Topic } from '../model/types';
import { NEGATIVE, POSITIVE, positionsOf, type Positions } from './positions';
import { tiesOf } from './ties';
import type { NetworkFilter, Normalization, Tie } from './types';

export { POLARIZATION_EXPLAINED } from './polarization';

export interface SharedStance {
  readonly topic: Topic;
  readonly stance: 'positive' | 'negative';
  /** How many of the coalition's members expressed it. */
  readonly members: number;
}

export interface Coalition {
  /** 1, 2, …: largest coalition first, equal sizes by their first member's id. */
  readonly id: number;
  /** Actor ids, sorted. */
  readonly members: readonly string[];
  /**
   * What its members agree on most: the (topic, stance) pairs held by at least two
   * members, most members first, then by topic id; at most `AGREE_ON_LIMIT`.
   */
  readonly agreeOn: readonly SharedStance[];
}

export interface Coalitions {
  /** Actor id → coalition id; actors without a positive tie have none. */
  readonly coalitionOf: ReadonlyMap<string, number>;
  readonly coalitions: readonly Coalition[];
  /** Louvain's modularity of the coalitions (0 without ties). */
  readonly modularity: number;
  /** Modularity of the two-camp split (`POLARIZATION_EXPLAINED`); null without ties. */
  readonly polarization: number | null;
  /** The two camps as coalition ids (the second empty when there is one coalition); null without ties. */
  readonly camps: readonly [readonly number[], readonly number[]] | null;
}

export const AGREE_ON_LIMIT = 5;
export const DEFAULT_SEED = 15;

export interface CoalitionOptions extends NetworkFilter {
  /** The network coalitions are found in: agreement (default) or balance. */
  readonly type?: 'agreement' | 'balance' | undefined;
  /** Weights Louvain uses: the normalized ones when given (default none, the raw counts). */
  readonly normalize?: Normalization | undefined;
  readonly seed?: number | undefined;
}

/** d3-force's linear congruential generator (its lcg.js): numbers in [0, 1) from a seed. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (1664525 * state + 1013904223) % 4294967296) / 4294967296;
}

export function coalitionsOf(
  statements: Parameters<typeof positionsOf>[0],
  options: CoalitionOptions,
): Coalitions {
  const positions = positionsOf(statements, options);
  const ties = tiesOf(positions, options.type ?? 'agreement', options.normalize ?? 'none');
  return coalitionsFrom(positions, ties, options.seed ?? DEFAULT_SEED);
}

/** Coalitions of `ties` (an agreement or balance network made from `positions`). */
export function coalitionsFrom(
  positions: Positions,
  ties: readonly Tie[],
  seed: number,
): Coalitions {
  const positive = ties.filter((t) => t.normalized > 0);
  if (positive.length === 0) {
    return {
      coalitionOf: new Map(),
      coalitions: [],
      modularity: 0,
      polarization: null,
      camps: null,
    };
  }
  // Nodes and edges in id order, so Louvain's walk depends on the seed alone.
  const graph = new Graph({ type: 'undirected', allowSelfLoops: false });
  const tied = new Set<string>();
  for (const t of positive) tied.add(t.source).add(t.target);
  for (const id of [...tied].sort()) graph.addNode(id);
  positive.forEach((t, k) => graph.addEdgeWithKey(k, t.source, t.target, { weight: t.normalized }));
  const found = louvain.detailed(graph, { rng: lcg(seed), getEdgeWeight: 'weight' });

  // Renumber: largest first, then by first member id, so ids do not depend on
  // Louvain's internal numbering.
  const groups = new Map<number, string[]>();
  for (const id of graph.nodes().sort()) {
    const c = found.communities[id]!;
    let members = groups.get(c);
    if (!members) groups.set(c, (members = []));
    members.push(id);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1),
  );
  const coalitionOf = new Map<string, number>();
  ordered.forEach((members, k) => {
    for (const id of members) coalitionOf.set(id, k + 1);
  });
  const coalitions = ordered.map((members, k) => ({
    id: k + 1,
    members,
    agreeOn: sharedStances(positions, members),
  }));
  const { polarization, camps } = twoCamps(positive, coalitionOf, ordered.length);
  return { coalitionOf, coalitions, modularity: found.modularity, polarization, camps };
}

function sharedStances(positions: Positions, members: readonly string[]): SharedStance[] {
  const inside = new Set(members.map((id) => positions.index.get(id)!));
  const shared: SharedStance[] = [];
  for (const { topic, masks } of positions.topics) {
    for (const [bit, stance] of [
      [POSITIVE, 'positive'],
      [NEGATIVE, 'negative'],
    ] as const) {
      let holders = 0;
      for (const [i, mask] of masks) if (mask & bit && inside.has(i)) holders += 1;
      if (holders >= 2) shared.push({ topic, stance, members: holders });
    }
  }
  return shared
    .sort(
      (a, b) =>
        b.members - a.members ||
        (a.topic.id < b.topic.id ? -1 : a.topic.id > b.topic.id ? 1 : 0) ||
        (a.stance < b.stance ? 1 : -1),
    )
    .slice(0, AGREE_ON_LIMIT);
}

/**
 * Agglomerates coalitions into two camps: with W the total weight, K_c a camp's
 * summed weighted degree and e_cd the weight between two camps, merging c and d
 * changes modularity by e_cd / W − K_c · K_d / (2 W²); the pair with the largest
 * change (the smallest loss) is merged until two camps remain.
 */
function twoCamps(
  ties: readonly Tie[],
  coalitionOf: ReadonlyMap<string, number>,
  count: number,
): { polarization: number; camps: [number[], number[]] } {
  const total = ties.reduce((sum, t) => sum + t.normalized, 0);
  let camps = Array.from({ length: count }, (_, k) => [k + 1]);
  const degree = new Array<number>(count).fill(0);
  const inner = new Array<number>(count).fill(0);
  const between = Array.from({ length: count }, () => new Array<number>(count).fill(0));
  for (const t of ties) {
    const a = coalitionOf.get(t.source)! - 1;
    const b = coalitionOf.get(t.target)! - 1;
    degree[a]! += t.normalized;
    degree[b]! += t.normalized;
    if (a === b) inner[a]! += t.normalized;
    else {
      between[a]![b]! += t.normalized;
      between[b]![a]! += t.normalized;
    }
  }
  let live = camps.map((_, k) => k);
  while (live.length > 2) {
    let best: [number, number] = [live[0]!, live[1]!];
    let bestGain = -Infinity;
    for (let x = 0; x < live.length; x++) {
      for (let y = x + 1; y < live.length; y++) {
        const c = live[x]!;
        const d = live[y]!;
        const gain = between[c]![d]! / total - (degree[c]! * degree[d]!) / (2 * total * total);
        if (gain > bestGain) [best, bestGain] = [[c, d], gain];
      }
    }
    const [c, d] = best;
    inner[c]! += inner[d]! + between[c]![d]!;
    degree[c]! += degree[d]!;
    for (const e of live) {
      if (e === c || e === d) continue;
      between[c]![e]! += between[d]![e]!;
      between[e]![c]! = between[c]![e]!;
    }
    camps[c] = [...camps[c]!, ...camps[d]!];
    live = live.filter((e) => e !== d);
  }
  const q = live.reduce((sum, c) => sum + inner[c]! / total - (degree[c]! / (2 * total)) ** 2, 0);
  camps = live.map((c) => camps[c]!.sort((a, b) => a - b));
  return { polarization: q, camps: [camps[0]!, camps[1] ?? []] };
}
