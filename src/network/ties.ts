/**
 * Agreement, conflict and balance networks between actors (issue #15), and the
 * statements behind one tie. Definitions, per pair of actors A and B, over the
 * positions in view (`positions.ts`):
 *
 * - agreement: the number of (topic, stance) pairs, stance positive or negative,
 *   that both expressed at least once;
 * - conflict: per topic, the number of (stance of A, stance of B) pairs with one
 *   positive and the other negative (so 2 when both took both), summed;
 * - balance: agreement − conflict, signed. A pair whose balance is 0 (no ties, or
 *   agreement and conflict cancelling out) has no balance tie.
 *
 * Neutral and mixed statements, and statements without a topic, make no tie.
 * Ties are listed once per pair with `source < target` in code-unit order of the
 * ids, sorted by source, then target.
 */
import { chronological } from '../model/derive';
import type { Statement, Topic } from '../model/types';
import { nodeOf } from './fold';
import { normalizedWeight } from './normalize';
import { NEGATIVE, POSITIVE, bitOf, count, positionsOf, type Positions } from './positions';
import type { NetworkFilter, NetworkOptions, NetworkType, Normalization, Tie } from './types';

/** Agreement and conflict between two positions on one topic. */
export function pairCounts(a: number, b: number): { agreement: number; conflict: number } {
  const agreement = count(a & b);
  const conflict = (a & POSITIVE && b & NEGATIVE ? 1 : 0) + (a & NEGATIVE && b & POSITIVE ? 1 : 0);
  return { agreement, conflict };
}

function weightOf(type: NetworkType, agreement: number, conflict: number): number {
  return type === 'agreement' ? agreement : type === 'conflict' ? conflict : agreement - conflict;
}

/** The ties of the network `options` asks for; see the definitions at the top. */
export function networkOf(statements: readonly Statement[], options: NetworkOptions): Tie[] {
  return tiesOf(positionsOf(statements, options), options.type, options.normalize ?? 'none');
}

/** `networkOf` from positions already made (the UI and coalitions reuse them). */
export function tiesOf(
  positions: Positions,
  type: NetworkType,
  normalization: Normalization = 'none',
): Tie[] {
  const n = positions.actors.length;
  // Pair i < j is the key i * n + j; its two counts live in parallel arrays.
  const slot = new Map<number, number>();
  const agree: number[] = [];
  const conflict: number[] = [];
  for (const { masks } of positions.topics) {
    const entries = [...masks].sort((x, y) => x[0] - y[0]);
    for (let x = 0; x < entries.length; x++) {
      const [i, a] = entries[x]!;
      for (let y = x + 1; y < entries.length; y++) {
        const [j, b] = entries[y]!;
        // pairCounts(a, b), inlined: this loop runs once per pair per topic.
        const agreement = count(a & b);
        const crossed =
          (a & POSITIVE && b & NEGATIVE ? 1 : 0) + (a & NEGATIVE && b & POSITIVE ? 1 : 0);
        if (agreement === 0 && crossed === 0) continue;
        const key = i * n + j;
        let k = slot.get(key);
        if (k === undefined) {
          slot.set(key, (k = agree.length));
          agree.push(0);
          conflict.push(0);
        }
        agree[k]! += agreement;
        conflict[k]! += crossed;
      }
    }
  }
  const ties: Tie[] = [];
  for (const key of [...slot.keys()].sort((x, y) => x - y)) {
    const k = slot.get(key)!;
    const weight = weightOf(type, agree[k]!, conflict[k]!);
    if (weight === 0) continue;
    const i = Math.floor(key / n);
    const j = key % n;
    ties.push({
      source: positions.actors[i]!.id,
      target: positions.actors[j]!.id,
      weight,
      type,
      normalized: normalizedWeight(
        normalization,
        weight,
        positions.activity[i]!,
        positions.activity[j]!,
        agree[k]!,
      ),
    });
  }
  return ties;
}

/** What one topic contributes to a tie, with the statements that make it. */
export interface TopicEvidence {
  readonly topic: Topic;
  /** The topic's share of the agreement count (0, 1 or 2). */
  readonly agreement: number;
  /** Its share of the conflict count (0, 1 or 2). */
  readonly conflict: number;
  /** A's statements on the topic whose stance counts for the tie, chronological. */
  readonly a: readonly Statement[];
  /** B's, likewise. */
  readonly b: readonly Statement[];
}

/**
 * Why actors `a` and `b` (ids, folded ids when `filter.fold`) are tied in the
 * `type` network: per topic that counts for it, the statements of both whose stance
 * makes the tie (for agreement the shared stances, for conflict the opposed ones,
 * for balance both). Topics by their contribution (agreement + conflict), most
 * first, then by id; an empty list when no topic counts for the pair (a balance
 * pair whose agreement and conflict cancel out still lists its topics).
 */
export function tieEvidence(
  statements: readonly Statement[],
  a: string,
  b: string,
  type: NetworkType,
  filter: NetworkFilter,
): TopicEvidence[] {
  const positions = positionsOf(statements, filter);
  const i = positions.index.get(a);
  const j = positions.index.get(b);
  if (i === undefined || j === undefined || i === j) return [];
  const result: TopicEvidence[] = [];
  for (const { topic, masks } of positions.topics) {
    const ma = masks.get(i) ?? 0;
    const mb = masks.get(j) ?? 0;
    const { agreement, conflict } = pairCounts(ma, mb);
    // Which of each actor's stances count: shared ones for agreement, ones the
    // other opposed for conflict.
    const opposed = (mine: number, theirs: number) =>
      (mine & POSITIVE && theirs & NEGATIVE ? POSITIVE : 0) |
      (mine & NEGATIVE && theirs & POSITIVE ? NEGATIVE : 0);
    const keepA =
      (type !== 'conflict' ? ma & mb : 0) | (type !== 'agreement' ? opposed(ma, mb) : 0);
    const keepB =
      (type !== 'conflict' ? ma & mb : 0) | (type !== 'agreement' ? opposed(mb, ma) : 0);
    if (keepA === 0 && keepB === 0) continue;
    const of = (id: string, keep: number) =>
      chronological(
        positions.statements.filter(
          (s) =>
            s.topic!.id === topic.id &&
            nodeOf(s, filter.fold).id === id &&
            (keep & bitOf(s.stance)) !== 0,
        ),
      );
    result.push({ topic, agreement, conflict, a: of(a, keepA), b: of(b, keepB) });
  }
  return result.sort(
    (x, y) =>
      y.agreement + y.conflict - (x.agreement + x.conflict) ||
      (x.topic.id < y.topic.id ? -1 : x.topic.id > y.topic.id ? 1 : 0),
  );
}
