/**
 * The explorer's discourse network (issue #15), derived from its state: loaded
 * lazily with src/network/ when a network mode is chosen (Explorer.loadNetwork), so
 * the page's first load carries neither. Read through `explorer.net`.
 */
import type { Graph } from '../model/graph';
import type { NetworkMode } from '../model/graph';
import type { Actor, Dataset, Statement } from '../model/types';
import {
  defaultMinWeight,
  discourseNetwork,
  foldedActor,
  networkGraph,
  networkOf,
  tiedActors,
  tiesAtLeast,
  type DiscourseNetwork,
  type Normalization,
  type Tie,
} from '../network';
import type { ViewFilter } from '../model/derive';
import type { LegendGroup, LegendItem } from '../scene/legend';

export { POLARIZATION_EXPLAINED, tieEvidence, networkCsv, networkGraphml } from '../network';

/** The reader's choices for the network on display. */
export interface NetworkOptions {
  readonly normalization: Normalization;
  /** The minimum raw weight drawn; undefined: `defaultMinWeight`. */
  readonly minWeight?: number | undefined;
  /** People folded into their organization (network/fold.ts): the network at organization level. */
  readonly fold?: boolean | undefined;
  /** Actors with fewer statements (of all, folded when folding) are not drawn; undefined: all drawn. */
  readonly minStatements?: number | undefined;
}

/** What the network reads from the explorer. */
export interface NetworkSource {
  readonly dataset: Dataset;
  readonly filter: ViewFilter;
  readonly statements: readonly Statement[];
  readonly graphMode: string;
  readonly networkOptions: NetworkOptions;
}

export class NetworkState {
  readonly #source: NetworkSource;

  constructor(source: NetworkSource) {
    this.#source = source;
  }

  /** The network type on display (the graph mode, when it is one). */
  // ($derived.by with closures: the fields initialize before the constructor sets #source.)
  readonly type: NetworkMode = $derived.by(() => this.#source.graphMode as NetworkMode);
  readonly fold: boolean = $derived.by(() => this.#source.networkOptions.fold === true);
  /** Whether folding changes anything: some person is part of an organization, state or group. */
  readonly canFold: boolean = $derived.by(() =>
    this.#source.dataset.actors.some((a) => foldedActor(a) !== a),
  );
  /** The network of all statements, raw counts: its actors and ties are what is laid out. */
  readonly full: { actors: readonly Actor[]; ties: readonly Tie[] } = $derived.by(() => {
    const { dataset } = this.#source;
    const ties = networkOf(dataset.statements, { type: this.type, fold: this.fold });
    return { actors: tiedActors(dataset.actors, ties), ties };
  });
  /** The network of the statements in view (topic filter and window), with its coalitions. */
  readonly network: DiscourseNetwork = $derived.by(() => {
    const { dataset, filter } = this.#source;
    return discourseNetwork(dataset.statements, {
      type: this.type,
      normalize: this.#source.networkOptions.normalization,
      topics: filter.topics,
      from: filter.from,
      to: filter.to,
      fold: this.fold,
    });
  });
  /** The default minimum weight for this type (see network/graph.ts defaultMinWeight). */
  readonly defaultMinWeight: number = $derived(
    defaultMinWeight(this.full.ties, this.full.actors.length),
  );
  readonly minWeight: number = $derived.by(
    () => this.#source.networkOptions.minWeight ?? this.defaultMinWeight,
  );
  /** The largest absolute raw weight of all statements (the slider's end). */
  readonly maxWeight: number = $derived(
    this.full.ties.reduce((max, t) => Math.max(max, Math.abs(t.weight)), 1),
  );
  /** The ties drawn: those of `network` at or above `minWeight`. */
  readonly shownTies: readonly Tie[] = $derived(tiesAtLeast(this.network.ties, this.minWeight));
  /** The graph of all statements (every tie a link of the layout, so no filter moves a node). */
  readonly fullGraph: Graph = $derived.by(() =>
    networkGraph({ ...this.full, statements: this.#source.dataset.statements, fold: this.fold }),
  );
  /** The graph drawn: the ties shown, nodes sized by the statements in view, coloured by coalition. */
  readonly graph: Graph = $derived.by(() =>
    networkGraph({
      actors: this.full.actors,
      ties: this.shownTies,
      statements: this.#source.statements,
      coalitions: this.network.coalitions,
      normalization: this.#source.networkOptions.normalization,
      fold: this.fold,
    }),
  );
  /** The key's groups for the ties and coalitions drawn (scene/legend.ts `extra`). */
  readonly legend: LegendGroup[] = $derived.by(() => networkLegend(this.type, this.graph));
}

const TIE_TEXT: Record<NetworkMode, Record<'positive' | 'negative', string>> = {
  agreement: { positive: 'Same stance on a topic; wider: more', negative: '' },
  conflict: { positive: '', negative: 'Opposite stances on a topic (dashed); wider: more' },
  balance: {
    positive: 'More agreement than conflict',
    negative: 'More conflict than agreement (dashed)',
  },
};

/** Coalitions with a colour of their own (scene/shapes.ts COALITION_COLOURS); the rest are one entry. */
const KEYED_COALITIONS = 8;

export function networkLegend(type: NetworkMode, graph: Graph): LegendGroup[] {
  const signs = (['positive', 'negative'] as const).filter((sign) =>
    graph.edges.some((e) => e.stance === sign),
  );
  const ids = [
    ...new Set(graph.nodes.flatMap((n) => (n.coalition === undefined ? [] : [n.coalition]))),
  ].sort((a, b) => a - b);
  const coalitions: LegendItem[] = ids
    .filter((c) => c <= KEYED_COALITIONS)
    .map((c) => ({ swatch: { type: 'coalition', coalition: c }, text: `Coalition ${c}` }));
  if (ids.some((c) => c > KEYED_COALITIONS)) {
    coalitions.push({
      swatch: { type: 'coalition', coalition: KEYED_COALITIONS + 1 },
      text: `Coalitions ${KEYED_COALITIONS + 1} and up`,
    });
  }
  return [
    {
      key: 'ties',
      title: 'Ties',
      items: signs.map((sign) => ({ swatch: { type: 'tie', sign }, text: TIE_TEXT[type][sign] })),
    },
    { key: 'coalitions', title: 'Coalitions (node colour)', items: coalitions },
  ].filter((group) => group.items.length > 0) as LegendGroup[];
}
