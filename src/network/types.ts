/**
 * The vocabulary of discourse networks (issue #15): which network, how its weights
 * are normalized, what filters it, and what a tie is. Plain data, no logic.
 */
import type { ViewFilter } from '../model/derive';

/** Agreement is DNA's "congruence", balance its "subtract". */
export const NETWORK_TYPES = ['agreement', 'conflict', 'balance'] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];

/** `none` keeps the raw counts; the others are rDNA's one-mode normalizations. */
export const NORMALIZATIONS = ['none', 'average', 'jaccard', 'cosine'] as const;
export type Normalization = (typeof NORMALIZATIONS)[number];

/**
 * What a network is computed from: the explorer's topic selection and time window
 * (the same `ViewFilter` the page filters statements with, so the network is made
 * of exactly the visible statements), plus how actors are counted.
 */
export interface NetworkFilter extends ViewFilter {
  /**
   * Fold people into their organization (see `fold.ts`): the network is computed
   * at organization level. Off by default.
   */
  readonly fold?: boolean | undefined;
}

export interface NetworkOptions extends NetworkFilter {
  readonly type: NetworkType;
  /** `none` when absent. */
  readonly normalize?: Normalization | undefined;
}

/**
 * One undirected tie, listed once per pair: `source` is the id that sorts first in
 * plain code-unit order (`compareIds`), so `source < target` always holds.
 */
export interface Tie {
  readonly source: string;
  readonly target: string;
  /** The raw count as the issue defines it (signed for balance). */
  readonly weight: number;
  readonly type: NetworkType;
  /** `weight` divided by the chosen normalization's denominator; `weight` itself for `none`. */
  readonly normalized: number;
}
