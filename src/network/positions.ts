/**
 * Who took which polar stance on which topic, in the statements in view: the one
 * index every network, its evidence, its normalization and its coalitions are read
 * from. A statement counts when it is in the filter (`statementsInView`, the same
 * function the explorer filters its statements with: topics, and a window that is
 * inclusive at the precision its bounds were written and keeps a date whose period
 * overlaps it), has a topic, and is `positive` or `negative`. Repeated statements
 * of one actor with one stance on one topic count once.
 */
import { compareIds, statementsInView } from '../model/derive';
import type { Actor, Statement, Topic } from '../model/types';
import { nodeOf } from './fold';
import type { NetworkFilter } from './types';

/** Bits of a position: which polar stances an actor expressed on a topic. */
export const POSITIVE = 1;
export const NEGATIVE = 2;

export interface TopicPositions {
  readonly topic: Topic;
  /** Actor index (into `Positions.actors`) → POSITIVE, NEGATIVE or both. */
  readonly masks: ReadonlyMap<number, number>;
}

export interface Positions {
  /**
   * The network's nodes, sorted by id: every speaker (folded when asked) of a
   * statement in view that has a topic, whatever its stance, so an actor who only
   * spoke neutrally is a node without ties.
   */
  readonly actors: readonly Actor[];
  /** Actor id → index into `actors`. */
  readonly index: ReadonlyMap<string, number>;
  /** Per topic with at least one polar stance, in order of first appearance. */
  readonly topics: readonly TopicPositions[];
  /** Per actor index: how many (topic, stance) pairs it expressed (rDNA's activity). */
  readonly activity: readonly number[];
  /** The statements in view (with a topic), in their original order. */
  readonly statements: readonly Statement[];
}

export const bitOf = (stance: Statement['stance']): number =>
  stance === 'positive' ? POSITIVE : stance === 'negative' ? NEGATIVE : 0;

/** Number of set bits of a position (0, 1 or 2). */
export const count = (mask: number): number => (mask & 1) + ((mask >> 1) & 1);

export function positionsOf(statements: readonly Statement[], filter: NetworkFilter): Positions {
  const inView = statementsInView(statements, filter).filter((s) => s.topic !== undefined);
  const byId = new Map<string, Actor>();
  for (const s of inView) {
    const node = nodeOf(s, filter.fold);
    byId.set(node.id, node);
  }
  const actors = [...byId.values()].sort((a, b) => compareIds(a.id, b.id));
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const topics = new Map<string, { topic: Topic; masks: Map<number, number> }>();
  for (const s of inView) {
    const bit = bitOf(s.stance);
    if (bit === 0) continue;
    const topic = s.topic!;
    let entry = topics.get(topic.id);
    if (!entry) topics.set(topic.id, (entry = { topic, masks: new Map() }));
    const i = index.get(nodeOf(s, filter.fold).id)!;
    entry.masks.set(i, (entry.masks.get(i) ?? 0) | bit);
  }
  const activity = actors.map(() => 0);
  for (const { masks } of topics.values()) {
    for (const [i, mask] of masks) activity[i]! += count(mask);
  }
  return { actors, index, topics: [...topics.values()], activity, statements: inView };
}
