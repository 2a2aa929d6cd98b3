/**
 * The explorer's shared state: selection, topic filter, time window and graph
 * mode, with everything the views show derived from them (visible statements and
 * events, the full and the visible graph, the highlight, the legend's facts) and the
 * one layout cache.
 * Views read it through `getExplorer()` (context.ts), typed read-only, and report
 * intent through callback props; only the app shell (Explorer.svelte) holds the
 * writable object and calls the mutators. See docs/ARCHITECTURE.md.
 */
import { LayoutCache, toLayoutInput, type LayoutInput } from '../layout';
import type { PresetLayouts } from '../layout/preset';
import { parseDate } from '../model/dates';
import { eventsInView, eventStatements, statementsInView, type ViewFilter } from '../model/derive';
import {
  buildGraph,
  defaultGraphMode,
  isNetworkMode,
  neighbors,
  parseNodeId,
  topicNodeId,
  type Graph,
  type GraphMode,
} from '../model/graph';
import { legendFacts, type LegendFacts } from '../model/legend-facts';
import { indexDataset, type DatasetIndex } from '../model/resolve';
import type { Dataset, Event, PDate, Statement } from '../model/types';
import { NOTHING, sameSelection, type Selection, type SelectionIds } from './selection';
import type { UrlState } from './url';
// Types only: the network code itself is imported when a network mode is chosen.
import type { NetworkOptions, NetworkState } from './network.svelte';

/** state/network.svelte.ts with src/network/ (and graphology, ~24 KB gzipped), loaded by `loadNetwork`. */
export type NetworkModule = typeof import('./network.svelte');

const EMPTY_GRAPH: Graph = { nodes: [], edges: [] };

/** What is emphasized in the views for the current selection. */
export interface Highlight {
  /** Graph node ids (actor ids, or `topic:` ids). */
  readonly nodes: ReadonlySet<string>;
  /** Graph edge ids. */
  readonly edges: ReadonlySet<string>;
  /** Timeline event ids. */
  readonly events: ReadonlySet<string>;
}

/** No topic and no date chosen: every statement is in view. */
function unfiltered(filter: ViewFilter): boolean {
  return (filter.topics?.size ?? 0) === 0 && !filter.from && !filter.to;
}

function dateOrUndefined(text: string | undefined): PDate | undefined {
  if (!text) return undefined;
  const parsed = parseDate(text);
  return parsed.ok ? parsed.date : undefined;
}

export class Explorer {
  readonly dataset: Dataset;
  readonly index: DatasetIndex;
  /** "Who about whom" unless no statement is about an actor (coded claim data). */
  readonly defaultMode: GraphMode;
  /** Layouts of this data set's graphs, seeded with the build's, shared by every Graph. */
  readonly layouts: LayoutCache;

  selection = $state<Selection>(NOTHING);
  /** Selected topic ids; empty means all topics. */
  topics = $state<string[]>([]);
  /** Window bounds as written (`2025-08`, `2025-08-17`); undefined is open. */
  from = $state<string | undefined>();
  to = $state<string | undefined>();
  /** When on, the timeline's visible range sets the window. */
  followTimeline = $state(false);
  graphMode = $state<GraphMode>('actors');
  /** Problems with the state asked for in the URL (unknown ids, bad dates). */
  notices = $state<string[]>([]);
  /**
   * What of the embed's box the host page's scrollytelling step covers, in px from its
   * top and from its bottom (`parley:inset`); undefined outside scrollytelling. The
   * graph keeps the selection in the rest.
   */
  inset = $state<{ top: number; bottom: number }>();
  /** The network's derivations (state/network.svelte.ts), once a network mode has loaded them. */
  networkModule = $state.raw<NetworkModule>();
  /**
   * How the network's weights are shown (the raw counts are exported whatever it is),
   * and the reader's minimum weight (of the raw count; undefined: the network's default).
   */
  networkOptions = $state.raw<NetworkOptions>({ normalization: 'none' });
  /** The discourse network on display; undefined outside a network mode or while it loads. */
  readonly net: NetworkState | undefined = $derived.by(() =>
    this.networkModule && isNetworkMode(this.graphMode)
      ? new this.networkModule.NetworkState(this)
      : undefined,
  );

  readonly filter: ViewFilter = $derived({
    topics: new Set(this.topics),
    from: dateOrUndefined(this.from),
    to: dateOrUndefined(this.to),
  });
  /** Statements in the topic filter and time window. */
  // ($derived.by with a closure: the fields initialize before the constructor sets `dataset`.)
  // With no filter this is the data set's own list, so the graphs below are one.
  readonly statements: readonly Statement[] = $derived.by(() =>
    unfiltered(this.filter)
      ? this.dataset.statements
      : statementsInView(this.dataset.statements, this.filter),
  );
  /** Events in the topic filter (all dates): what the timeline shows. */
  readonly timelineEvents: Event[] = $derived.by(() =>
    eventsInView(this.dataset.events, { topics: this.filter.topics }),
  );
  /** Events in the topic filter and the time window. */
  readonly events: Event[] = $derived.by(() => eventsInView(this.dataset.events, this.filter));
  /** The graph of the visible statements: which nodes are active, which edges show. */
  // (Back to no filter, the visible graph is the full one again: at 50,000 statements a
  // graph costs about 120 ms to build, more than a click may take.)
  readonly graph: Graph = $derived.by(() => {
    if (isNetworkMode(this.graphMode)) return this.net?.graph ?? EMPTY_GRAPH;
    return this.statements === this.dataset.statements
      ? this.fullGraph
      : buildGraph(this.dataset, this.statements, this.graphMode);
  });
  /** The graph of all statements in this mode: positions come from it, so filters never move nodes. */
  readonly fullGraph: Graph = $derived.by(() => {
    if (isNetworkMode(this.graphMode)) return this.net?.fullGraph ?? EMPTY_GRAPH;
    return buildGraph(this.dataset, this.dataset.statements, this.graphMode);
  });
  /** What the layout of `fullGraph` is made from (the layout cache's key is its hash). */
  readonly layoutInput: LayoutInput = $derived.by(() => toLayoutInput(this.fullGraph));
  /** The explicit window for the timeline to show; undefined while the timeline sets the window. */
  readonly timelineWindow: { from?: PDate; to?: PDate } | undefined = $derived(
    this.followTimeline ? undefined : { from: this.filter.from, to: this.filter.to },
  );
  readonly highlight: Highlight | undefined = $derived(this.computeHighlight());
  /** What the key has to explain: the kinds, stances, certainties and statuses in view. */
  readonly legendFacts: LegendFacts = $derived.by(() =>
    legendFacts(this.fullGraph, this.graph, this.statements, {
      mode: this.graphMode,
      events: this.timelineEvents,
      dimmed: this.highlight !== undefined,
    }),
  );

  constructor(dataset: Dataset, presets?: PresetLayouts, layouts = new LayoutCache(presets)) {
    this.dataset = dataset;
    this.index = indexDataset(dataset);
    this.layouts = layouts;
    this.defaultMode = defaultGraphMode(dataset);
    this.graphMode = this.defaultMode;
  }

  // --- Mutators: called by the app shell only (views get the read-only ExplorerView).

  select(selection: Selection): void {
    if (!sameSelection(selection, this.selection)) this.selection = selection;
  }

  clear(): void {
    this.select(NOTHING);
  }

  setTopics(topics: readonly string[]): void {
    this.topics = this.dataset.topics.map((t) => t.id).filter((id) => topics.includes(id));
  }

  toggleTopic(id: string): void {
    const next = this.topics.includes(id)
      ? this.topics.filter((t) => t !== id)
      : [...this.topics, id];
    this.setTopics(next);
  }

  setWindow(from: string | undefined, to: string | undefined): void {
    this.from = from || undefined;
    this.to = to || undefined;
  }

  /** Lets the timeline's visible range set the window (on), or keeps the window as written (off). */
  setFollowTimeline(on: boolean): void {
    this.followTimeline = on;
  }

  setGraphMode(mode: GraphMode): void {
    if (mode !== this.graphMode) this.setNetworkOptions({ minWeight: undefined });
    this.graphMode = mode;
    if (isNetworkMode(mode)) this.loadNetwork();
  }

  setNetworkOptions(options: Partial<NetworkOptions>): void {
    this.networkOptions = { ...this.networkOptions, ...options };
  }

  /** Imports the network code once (a dynamic import: its own chunk). */
  loadNetwork(): void {
    if (this.networkModule) return;
    import('./network.svelte').then(
      (module) => (this.networkModule = module),
      () => this.networkFailed(),
    );
  }

  /**
   * The network's code or its worker did not come (or failed): said where the URL's
   * problems are (Notices), and the graph goes back to its default view rather than
   * waiting for a network that is not coming. Called by the network state too.
   */
  networkFailed(): void {
    this.notices = [...this.notices, 'The network could not be loaded.'];
    this.graphMode = this.defaultMode;
  }

  setInset(top: number, bottom: number): void {
    if (this.inset?.top !== top || this.inset.bottom !== bottom) this.inset = { top, bottom };
  }

  /** Applies a URL's state, noting what it names that does not exist. */
  applyUrl(url: UrlState): void {
    const notices: string[] = [];
    if (url.actor && !this.index.actors.has(url.actor))
      notices.push(`There is no actor "${url.actor}" in this data set.`);
    if (url.event && !this.index.events.has(url.event))
      notices.push(`There is no event "${url.event}" in this data set.`);
    for (const topic of url.topics) {
      if (!this.index.topics.has(topic))
        notices.push(`There is no topic "${topic}" in this data set.`);
    }
    for (const [name, value] of [
      ['from', url.from],
      ['to', url.to],
    ] as const) {
      if (value) {
        const parsed = parseDate(value);
        if (!parsed.ok) notices.push(`The "${name}" date is ignored: ${parsed.message}.`);
      }
    }
    if (url.about && !this.index.actors.has(url.about))
      notices.push(`There is no actor "${url.about}" in this data set.`);
    if (url.on && !this.index.topics.has(url.on))
      notices.push(`There is no topic "${url.on}" in this data set.`);
    this.notices = notices;
    this.selection = this.selectionFor(url);
    this.setTopics(url.topics);
    const valid = (value: string | undefined) => (value && parseDate(value).ok ? value : undefined);
    this.setWindow(valid(url.from), valid(url.to));
    this.setGraphMode(url.graph ?? this.defaultMode);
  }

  /**
   * What `ids` (from the URL or the host page) select, as far as they are known: an
   * unknown edge end leaves the actor; nothing known is NOTHING.
   */
  selectionFor(ids: SelectionIds): Selection {
    const { actors, events, topics } = this.index;
    if (ids.actor && actors.has(ids.actor)) {
      if (ids.about && actors.has(ids.about) && ids.about !== ids.actor)
        return { kind: 'edge', source: ids.actor, target: ids.about };
      if (ids.on && topics.has(ids.on))
        return { kind: 'edge', source: ids.actor, target: topicNodeId(ids.on) };
      return { kind: 'actor', id: ids.actor };
    }
    if (ids.event && events.has(ids.event)) return { kind: 'event', id: ids.event };
    if (ids.on && topics.has(ids.on)) return { kind: 'topic', id: ids.on };
    return NOTHING;
  }

  /** The selection as ids, for the URL and the host page. */
  selectionIds(): SelectionIds {
    const s = this.selection;
    if (s.kind === 'actor') return { actor: s.id };
    if (s.kind === 'event') return { event: s.id };
    if (s.kind === 'topic') return { on: s.id };
    if (s.kind === 'edge') {
      const end = parseNodeId(s.target);
      return end.kind === 'topic'
        ? { actor: s.source, on: end.id }
        : { actor: s.source, about: end.id };
    }
    return {};
  }

  /** The state to write to the URL (the dataset id is added by the shell). */
  toUrl(): UrlState {
    return {
      ...this.selectionIds(),
      topics: [...this.topics],
      from: this.from,
      to: this.to,
      graph: this.graphMode === this.defaultMode ? undefined : this.graphMode,
    };
  }

  private computeHighlight(): Highlight | undefined {
    const s = this.selection;
    const graph = this.graph;
    if (s.kind === 'none') return undefined;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    const events = new Set<string>();
    if (s.kind === 'actor' || s.kind === 'topic') {
      const id = s.kind === 'actor' ? s.id : topicNodeId(s.id);
      nodes.add(id);
      for (const n of neighbors(graph, id)) nodes.add(n);
      for (const e of graph.edges) if (e.source === id || e.target === id) edges.add(e.id);
      for (const event of this.dataset.events) {
        if (s.kind === 'actor' && event.participants.some((a) => a.id === s.id))
          events.add(event.id);
        if (s.kind === 'topic' && event.topics.some((t) => t.id === s.id)) events.add(event.id);
      }
      for (const st of this.statements) {
        if (!st.event) continue;
        const involved =
          s.kind === 'actor'
            ? st.speaker.id === s.id || st.about.some((a) => a.id === s.id)
            : st.topic?.id === s.id;
        if (involved) events.add(st.event.id);
      }
    } else if (s.kind === 'event') {
      events.add(s.id);
      const event = this.index.events.get(s.id);
      if (event) {
        for (const a of event.participants) nodes.add(a.id);
        const said = new Set(eventStatements(event, this.statements).map((st) => st.id));
        for (const e of graph.edges) {
          if (e.statements.some((st) => said.has(st.id))) {
            edges.add(e.id);
            nodes.add(e.source);
            nodes.add(e.target);
          }
        }
      }
    } else {
      nodes.add(s.source);
      nodes.add(s.target);
      for (const e of graph.edges)
        if (e.source === s.source && e.target === s.target) edges.add(e.id);
    }
    return { nodes, edges, events };
  }
}

/** The explorer state as views see it: every reading, no mutator, no assignable field. */
export type ExplorerView = Readonly<
  Omit<
    Explorer,
    | 'select'
    | 'clear'
    | 'setTopics'
    | 'toggleTopic'
    | 'setWindow'
    | 'setFollowTimeline'
    | 'setGraphMode'
    | 'setNetworkOptions'
    | 'loadNetwork'
    | 'networkFailed'
    | 'setInset'
    | 'applyUrl'
  >
>;
