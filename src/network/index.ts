/**
 * Discourse networks (issue #15), renderer-free: agreement, conflict and balance
 * ties between actors with the statements behind each, rDNA's normalizations,
 * coalitions and polarization, affiliation folding, stances over time, and the
 * CSV and GraphML exports. Imports only model/ (and timeline/bins.ts, which is
 * model-only) and libraries; the page loads it lazily.
 */
export * from './types';
export { networkOf, tiesOf, tieEvidence, pairCounts, type TopicEvidence } from './ties';
export { positionsOf, type Positions, type TopicPositions } from './positions';
export { normalizedWeight } from './normalize';
export { foldedActor, nodeOf } from './fold';
export {
  coalitionsOf,
  coalitionsFrom,
  POLARIZATION_EXPLAINED,
  DEFAULT_SEED,
  type Coalition,
  type Coalitions,
  type CoalitionOptions,
  type SharedStance,
} from './coalitions';
export { discourseNetwork, networkActors, type DiscourseNetwork } from './network';
export {
  stancesOverTime,
  stanceUnit,
  stanceReversals,
  MAX_PERIODS,
  type Reversal,
} from './stances';
export { networkCsv, NETWORK_CSV_COLUMNS } from './csv';
export { networkGraphml, xmlText, type GraphmlInput } from './graphml';
export {
  networkGraph,
  tieEdgeId,
  tiedActors,
  tiesAtLeast,
  defaultMinWeight,
  tieTitle,
  tieWidth,
  weightText,
} from './graph';
