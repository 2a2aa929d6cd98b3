/**
 * The explorer's discourse network (issue #15), derived from its state: loaded
 * lazily with src/network/ when a network mode is chosen (Explorer.loadNetwork), so
 * the page's first load carries neither. Read through `explorer.net`.
 *
 * The ties and coalitions are computed in a worker (network/async.ts) and
 * remembered by their inputs, so a click is painted first and the network follows:
 * meanwhile the previous network stays on screen and `pending` is true (the graph
 * says it is busy). A network asked for before is there at once.
 */
import {
  buildGraph,
  type Graph,
  type GraphMode,
  type GraphNode,
  type NetworkMode,
} from '../model/graph';
import { toLayoutInput, type LayoutCache } from '../layout';
import type { LayoutInput, LayoutOptions, LayoutStart } from '../layout/types';
import type { Actor, Dataset, Statement } from '../model/types';
import { networkClient, type ArrivedNetwork, type NetworkAsk } from '../network/async';
import { parts } from '../i18n/parts';
import { foldedActor } from '../network/fold';
import {
  defaultMinWeight,
  networkGraph,
  networkLayoutInput,
  tieCount,
  tiedActors,
  tieWeights,
  tiesAtLeast,
  type TieSource,
} from '../network/graph';
import { NO_COALITIONS, type NetworkCompute } from '../network/protocol';
import type { DiscourseNetwork, Normalization, Tie } from '../network';
import type { ViewFilter } from '../model/derive';
import type { LegendGroup, LegendItem } from '../scene/legend';

export { POLARIZATION_EXPLAINED } from '../network/polarization';
export { tieEvidence } from '../network/ties';
export { networkCsv } from '../network/csv';
export { networkGraphml } from '../network/graphml';

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

/**
 * The options that only choose what is drawn of a network, applied in the page;
 * every other field of `NetworkOptions` goes to the worker as it is and is part of
 * the network's key (a new option that changes the network needs nothing here).
 */
const DISPLAY_ONLY = ['minWeight', 'minStatements'] as const;

/** What the network reads from the explorer. */
export interface NetworkSource {
  readonly dataset: Dataset;
  readonly filter: ViewFilter;
  readonly statements: readonly Statement[];
  readonly graphMode: string;
  readonly networkOptions: NetworkOptions;
  /** Told when a network cannot be computed (its worker did not load). */
  networkFailed(): void;
  /** The layouts, for the default graph's that a network's starts from. */
  readonly layouts: LayoutCache;
  readonly defaultMode: GraphMode;
  /** The default graph's layout input, if it was made (else made here). */
  readonly baseInput: LayoutInput | undefined;
}

/** The default graph's layout input per data set, where the explorer had none. */
const baseInputs = new WeakMap<Dataset, LayoutInput>();

const NOTHING: ArrivedNetwork = { actors: [], ties: [], coalitions: NO_COALITIONS, statements: [] };

/** A plain object's fields in sorted order, as text: the same options, the same key. */
function keyOf(value: object): string {
  return JSON.stringify(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function filterKey(filter: ViewFilter): string {
  return `${[...(filter.topics ?? [])].sort().join(',')}|${filter.from?.text ?? ''}|${filter.to?.text ?? ''}`;
}

/** One network as asked and as it has arrived: `shown` stays until the one asked for is there. */
class Arriving {
  shown = $state.raw<{ key: string; value: ArrivedNetwork }>();

  readonly #failed: () => void;

  constructor(failed: () => void) {
    this.#failed = failed;
  }

  /** Asks for the network under `key` (a derivation's side effect: once per new key). */
  ask(dataset: Dataset, key: string, ask: NetworkAsk): string {
    const client = networkClient(dataset);
    const known = client.peek(key);
    this.#latest = key;
    if (known) {
      if (this.shown?.key !== key) queueMicrotask(() => (this.shown = { key, value: known }));
      return key;
    }
    client.get(key, ask).then(
      (value) => {
        // A later ask may have arrived first: only the latest one asked is shown.
        if (this.#latest === key) this.shown = { key, value };
      },
      () => {
        if (this.#latest === key) this.#failed();
      },
    );
    return key;
  }
  #latest: string | undefined;

  /** What to draw for `key`: it, or the one shown before it while it is computed. */
  value(dataset: Dataset, key: string): ArrivedNetwork {
    const shown = this.shown;
    if (shown?.key === key) return shown.value;
    return networkClient(dataset).peek(key) ?? shown?.value ?? NOTHING;
  }
}

export class NetworkState {
  readonly #source: NetworkSource;
  readonly #full: Arriving;
  readonly #current: Arriving;

  constructor(source: NetworkSource) {
    this.#source = source;
    // Told once, whichever of the two fails first.
    let told = false;
    const failed = () => {
      if (!told) source.networkFailed();
      told = true;
    };
    this.#full = new Arriving(failed);
    this.#current = new Arriving(failed);
  }

  /** Bumped when the default graph's layout has been made (or could not be). */
  #baseSettled = $state(0);
  #baseFailed = false;

  /**
   * Where this network's layout starts (layout/types.ts LayoutStart): the default
   * graph's layout for the box, so the network settles in fewer steps. undefined while
   * that layout is being made (asked for here, once per box; the cache dedupes), null
   * when it could not be made: the network is then laid out from scratch.
   */
  layoutStart(options: LayoutOptions): LayoutStart | null | undefined {
    void this.#baseSettled;
    if (this.#baseFailed) return null;
    const { dataset, layouts, defaultMode } = this.#source;
    let input = this.#source.baseInput ?? baseInputs.get(dataset);
    if (!input) {
      input = toLayoutInput(buildGraph(dataset, dataset.statements, defaultMode));
      baseInputs.set(dataset, input);
    }
    const layout = layouts.peek(input, options);
    if (layout) return { key: layouts.key(input, options), nodes: layout.nodes };
    layouts.get(input, options).then(
      () => this.#baseSettled++,
      () => {
        this.#baseFailed = true;
        this.#baseSettled++;
      },
    );
    return undefined;
  }

  /** The network type on display (the graph mode, when it is one). */
  // ($derived.by with closures: the fields initialize before the constructor sets #source.)
  readonly type: NetworkMode = $derived.by(() => this.#source.graphMode as NetworkMode);
  readonly fold: boolean = $derived.by(() => this.#source.networkOptions.fold === true);
  /** Whether folding changes anything: some person is part of an organization, state or group. */
  readonly canFold: boolean = $derived.by(() =>
    this.#source.dataset.actors.some((a) => foldedActor(a) !== a),
  );
  /** The options that change the network (all of them but the display thresholds). */
  readonly #compute: NetworkCompute = $derived.by(() => {
    const options: Record<string, unknown> = { ...this.#source.networkOptions };
    for (const field of DISPLAY_ONLY) delete options[field];
    return options as NetworkCompute;
  });
  readonly #fullKey: string = $derived.by(() => {
    const compute = { ...this.#compute, normalization: 'none' as const };
    const key = `full|${this.type}|${keyOf(compute)}`;
    return this.#full.ask(this.#source.dataset, key, {
      type: this.type,
      options: compute,
      statements: null,
      coalitions: false,
    });
  });
  readonly #currentKey: string = $derived.by(() => {
    const { dataset, filter, statements } = this.#source;
    const key = `view|${this.type}|${keyOf(this.#compute)}|${filterKey(filter)}`;
    return this.#current.ask(dataset, key, {
      type: this.type,
      options: this.#compute,
      statements: statements === dataset.statements ? null : statements,
      coalitions: true,
    });
  });
  /**
   * The network of all statements, raw counts: its actors and ties are what is laid
   * out. Its ties are read packed where they can be (network/graph.ts `TieSource`).
   */
  readonly full: { actors: readonly Actor[]; ties: TieSource } = $derived.by(() => {
    const ties = this.#full.value(this.#source.dataset, this.#fullKey);
    return { actors: tiedActors(this.#source.dataset.actors, ties), ties };
  });
  /** How many ties the network of all statements has. */
  readonly fullTieCount: number = $derived(tieCount(this.full.ties));
  /**
   * False until this type's network of all statements has arrived once: what is laid
   * out, so the layout can start while the coalitions of the view are still computed.
   */
  readonly fullReady: boolean = $derived.by(
    () => this.#full.value(this.#source.dataset, this.#fullKey) !== NOTHING,
  );
  /** False until this type's networks have arrived once (nothing to lay out or count before). */
  readonly ready: boolean = $derived.by(
    () =>
      this.#full.value(this.#source.dataset, this.#fullKey) !== NOTHING &&
      this.#current.value(this.#source.dataset, this.#currentKey) !== NOTHING,
  );
  readonly #shown: ArrivedNetwork = $derived.by(() =>
    this.#current.value(this.#source.dataset, this.#currentKey),
  );
  /** The network of the statements in view (topic filter and window), with its coalitions. */
  readonly network: DiscourseNetwork = $derived(this.#shown);
  /** True while the network asked for is computed (the previous one is on screen). */
  readonly pending: boolean = $derived.by(() => {
    const dataset = this.#source.dataset;
    const has = (arriving: Arriving, key: string) =>
      arriving.shown?.key === key || networkClient(dataset).peek(key) !== undefined;
    return !has(this.#full, this.#fullKey) || !has(this.#current, this.#currentKey);
  });
  /** The default minimum weight for this type (see network/graph.ts defaultMinWeight). */
  readonly defaultMinWeight: number = $derived(
    defaultMinWeight(this.full.ties, this.full.actors.length),
  );
  readonly minWeight: number = $derived.by(
    () => this.#source.networkOptions.minWeight ?? this.defaultMinWeight,
  );
  /** The largest absolute raw weight of all statements (the slider's end). */
  readonly maxWeight: number = $derived.by(() => {
    const weights = tieWeights(this.full.ties);
    let max = 1;
    for (let k = 0; k < weights.length; k++) max = Math.max(max, Math.abs(weights[k]!));
    return max;
  });
  /** The ties drawn: those of `network` at or above `minWeight`. */
  readonly shownTies: readonly Tie[] = $derived(tiesAtLeast(this.network, this.minWeight));
  /** How many ties the network on display has, drawn or not. */
  readonly tieCount: number = $derived(tieCount(this.network));
  /**
   * The actors of all statements, sized by all of them, with the edges drawn: what the
   * graph's scale, key and hidden nodes are worked out from. Every tie is a link of
   * the layout (`layoutInput`, so no filter moves a node) but not an edge here: at
   * 50,000 statements the 396,000 ties made as edges took about 120 ms of the main
   * thread, and as many again in garbage collection, on every switch of mode.
   */
  readonly fullGraph: Graph = $derived.by(() => ({
    nodes: this.#fullNodes,
    edges: this.graph.edges,
  }));
  readonly #fullNodes: GraphNode[] = $derived.by(
    () =>
      networkGraph({
        actors: this.full.actors,
        ties: [],
        statements: this.#source.dataset.statements,
        fold: this.fold,
      }).nodes,
  );
  /** What the network is laid out from: the actors of `fullGraph`, every tie of all statements a link. */
  readonly layoutInput: LayoutInput = $derived.by(() =>
    networkLayoutInput(
      this.#fullNodes.map((n) => ({ id: n.id, activity: n.activity })),
      this.full.ties,
    ),
  );
  /**
   * The graph drawn: the ties shown, nodes sized by the statements in view, coloured by
   * coalition. Sized by the statements the network on display was made of, so while
   * the next one is computed the drawing stays as it was (not redrawn twice).
   */
  readonly graph: Graph = $derived.by(() =>
    networkGraph({
      actors: this.full.actors,
      ties: this.shownTies,
      statements: this.#shown.statements,
      coalitions: this.network.coalitions,
      normalization: this.#source.networkOptions.normalization,
      fold: this.fold,
    }),
  );
  /** The key's groups for the ties and coalitions drawn (scene/legend.ts `extra`). */
  readonly legend: LegendGroup[] = $derived.by(() => networkLegend(this.type, this.graph));
}

/** A tie's key entry per network type and sign (empty: that sign is not drawn). */
function tieText(type: NetworkMode, sign: 'positive' | 'negative'): string {
  const say = parts().network.tieText;
  if (type === 'agreement') return sign === 'positive' ? say.agreement : '';
  if (type === 'conflict') return sign === 'negative' ? say.conflict : '';
  return sign === 'positive' ? say.balancePositive : say.balanceNegative;
}

/** Coalitions with a colour of their own (scene/shapes.ts COALITION_COLOURS); the rest are one entry. */
const KEYED_COALITIONS = 8;

export function networkLegend(type: NetworkMode, graph: Graph): LegendGroup[] {
  const say = parts().network;
  const signs = (['positive', 'negative'] as const).filter((sign) =>
    graph.edges.some((e) => e.stance === sign),
  );
  const ids = [
    ...new Set(graph.nodes.flatMap((n) => (n.coalition === undefined ? [] : [n.coalition]))),
  ].sort((a, b) => a - b);
  const coalitions: LegendItem[] = ids
    .filter((c) => c <= KEYED_COALITIONS)
    .map((c) => ({ swatch: { type: 'coalition', coalition: c }, text: say.coalition(c) }));
  if (ids.some((c) => c > KEYED_COALITIONS)) {
    coalitions.push({
      swatch: { type: 'coalition', coalition: KEYED_COALITIONS + 1 },
      text: say.coalitionsFrom(KEYED_COALITIONS + 1),
    });
  }
  return [
    {
      key: 'ties',
      title: say.legendTies,
      items: signs.map((sign) => ({ swatch: { type: 'tie', sign }, text: tieText(type, sign) })),
    },
    { key: 'coalitions', title: say.legendCoalitions, items: coalitions },
  ].filter((group) => group.items.length > 0) as LegendGroup[];
}
