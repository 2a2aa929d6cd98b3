/**
 * Everything the UI and the CLI draw from one filter, with the positions made once:
 * the nodes, the ties of the asked type and the coalitions. Coalitions come from
 * the agreement network, or from the balance network when that is the one asked
 * for (a conflict network's communities would be groups that disagree).
 */
import type { Actor, Statement } from '../model/types';
import { coalitionsFrom, DEFAULT_SEED, type Coalitions } from './coalitions';
import { positionsOf } from './positions';
import { tiesOf } from './ties';
import type { NetworkFilter, NetworkOptions, Tie } from './types';

export interface DiscourseNetwork {
  /** The nodes, sorted by id (see `Positions.actors`), isolates included. */
  readonly actors: readonly Actor[];
  readonly ties: readonly Tie[];
  readonly coalitions: Coalitions;
}

export function discourseNetwork(
  statements: readonly Statement[],
  options: NetworkOptions & { readonly seed?: number | undefined },
): DiscourseNetwork {
  const positions = positionsOf(statements, options);
  const normalize = options.normalize ?? 'none';
  const ties = tiesOf(positions, options.type, normalize);
  const base = options.type === 'conflict' ? tiesOf(positions, 'agreement', normalize) : ties;
  return {
    actors: positions.actors,
    ties,
    coalitions: coalitionsFrom(positions, base, options.seed ?? DEFAULT_SEED),
  };
}

/** The nodes of the network for `filter`: see `Positions.actors`. */
export function networkActors(statements: readonly Statement[], filter: NetworkFilter): Actor[] {
  return [...positionsOf(statements, filter).actors];
}
