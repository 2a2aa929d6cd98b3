/**
 * The explorer's shared state: selection, topic filter, time window and graph
 * mode, with everything the views show derived from them (visible statements and
 * events, the full and the visible graph, the highlight, the legend's facts) and the
 * one layout cache.
 * Views read it through `getExplorer()` (context.ts), typed read-only, and report
 * intent through callback props; only the app shell (Explorer.svelte) holds the
 * writable object and calls the mutators. See docs/ARCHITECTURE.md.
 */
import { m } from '../i18n';
import { LayoutCache, toLayoutInput, type LayoutInput } from '../layout';
import type { PresetLayouts } from '../layout/preset';
import { parseDate } from '../model/dates';
import {
  eventsInView,
  eventStatements,
  involvedEvents,
  statementsInView,
  statementsWith,
  type ViewFilter,
} from '../model/derive';
import {
  buildGraph,
  defaultGraphMode,
  edgesAt,
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
import { foldedActor } from '../network/fold';
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

/** The topics and window as asked for (the Explorer's own fields), once applied. */
interface AppliedFilter {
  readonly topics: readonly string[];
  readonly from?: string | undefined;
  readonly to?: string | undefined;
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
  /** The actor whose neighbourhood alone the graph draws ("Show only …'s neighbourhood"); undefined: everyone. */
  around = $state<string | undefined>();
  /** The discourse network on display; undefined outside a network mode or while it loads. */
  readonly net: NetworkState | undefined = $derived.by(() =>
    this.networkModule && isNetworkMode(this.graphMode)
      ? new this.networkModule.NetworkState(this)
      : undefined,
  );

  /**
   * How a filter change reaches what is derived from it: at once when undefined (the
   * default: tests, build scripts). The page passes `afterPaint`, so a topic chip or a
   * date answers in the next frame and the graph, timeline and panels follow a frame
   * later, with changes in one frame applied once (at 50,000 statements a filter
   * change costs the views a few hundred ms). Plain: set once, never rendered.
   */
  deferFilter: ((task: () => void) => void) | undefined = undefined;
  /** The topics and window the views are derived from: those asked for, once applied. */
  #applied = $state.raw<AppliedFilter>({ topics: [] });
  #applying = false;
  /** The filter the views show (the one applied): statements, graph, timeline, panels. */
  readonly filter: ViewFilter = $derived({
    topics: new Set(this.#applied.topics),
    from: dateOrUndefined(this.#applied.from),
    to: dateOrUndefined(this.#applied.to),
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
  /**
   * The graph of all statements in this mode: positions come from it, so filters never
   * move nodes (in a network mode its actors, with only the ties drawn as edges; every
   * tie is a link of `layoutInput`).
   */
  readonly fullGraph: Graph = $derived.by(() => {
    if (isNetworkMode(this.graphMode)) return this.net?.fullGraph ?? EMPTY_GRAPH;
    return buildGraph(this.dataset, this.dataset.statements, this.graphMode);
  });
  /** What the layout of `fullGraph` is made from (the layout cache's key is its hash). */
  readonly layoutInput: LayoutInput = $derived.by(() => {
    if (isNetworkMode(this.graphMode)) return this.net?.layoutInput ?? toLayoutInput(EMPTY_GRAPH);
    const input = toLayoutInput(this.fullGraph);
    // The default graph's, kept for a network's layout to start from (NetworkState.layoutStart).
    if (this.graphMode === this.defaultMode) this.baseInput ??= input;
    return input;
  });
  /** The default mode's layout input, once it was made (a plain field: not state). */
  baseInput: LayoutInput | undefined;
  /**
   * How big the graph of all statements is, which chooses its renderer (so no filter
   * switches it): a network's edges are all its ties, though `fullGraph` holds only
   * those drawn.
   */
  readonly graphSize: { readonly nodes: number; readonly edges: number } = $derived.by(() => ({
    nodes: this.fullGraph.nodes.length,
    edges: isNetworkMode(this.graphMode)
      ? (this.net?.fullTieCount ?? 0)
      : this.fullGraph.edges.length,
  }));
  /** The explicit window for the timeline to show; undefined while the timeline sets the window. */
  readonly timelineWindow: { from?: PDate; to?: PDate } | undefined = $derived(
    this.followTimeline ? undefined : { from: this.filter.from, to: this.filter.to },
  );
  readonly highlight: Highlight | undefined = $derived(this.computeHighlight());
  /**
   * Graph nodes the graph leaves out, though they keep their place in the layout:
   * those outside `around`'s neighbourhood in the visible graph, and in a network
   * mode actors with fewer statements than the reader's minimum. undefined: none.
   */
  readonly hiddenNodes: ReadonlySet<string> | undefined = $derived.by(() => {
    const min = isNetworkMode(this.graphMode) ? (this.networkOptions.minStatements ?? 0) : 0;
    const around = this.around;
    if (min <= 1 && around === undefined) return undefined;
    const near = around === undefined ? undefined : neighbors(this.graph, around).add(around);
    const hidden = new Set<string>();
    for (const node of this.fullGraph.nodes) {
      const few = node.type === 'actor' && node.activity < min;
      if (few || (near && !near.has(node.id))) hidden.add(node.id);
    }
    return hidden;
  });
  /**
   * Whether something is selected and the rest dimmed: a boolean of its own, so a
   * click from one actor to another does not count the key again.
   */
  private readonly dimmed: boolean = $derived(this.highlight !== undefined);
  /** The view's facts without the selection's fading: they walk every visible statement. */
  readonly #viewFacts: LegendFacts = $derived.by(() =>
    legendFacts(this.fullGraph, this.graph, this.statements, {
      mode: this.graphMode,
      events: this.timelineEvents,
    }),
  );
  /**
   * What the key has to explain: the kinds, stances, certainties and statuses in view.
   * A first selection (or clearing it) only adds or drops the fading.
   */
  readonly legendFacts: LegendFacts = $derived.by(() => {
    const facts = this.#viewFacts;
    return facts.dimmed === this.dimmed ? facts : { ...facts, dimmed: this.dimmed };
  });

  constructor(dataset: Dataset, presets?: PresetLayouts, layouts = new LayoutCache(presets)) {
    this.dataset = dataset;
    this.index = indexDataset(dataset);
    this.layouts = layouts;
    this.defaultMode = defaultGraphMode(dataset);
    this.graphMode = this.defaultMode;
    this.applyFilter();
  }

  /** The filter asked for becomes the one shown (nothing changes when it already is). */
  private applyFilter(): void {
    const { topics, from, to } = this;
    const now = this.#applied;
    if (now.topics !== topics || now.from !== from || now.to !== to)
      this.#applied = { topics, from, to };
  }

  /**
   * The indexes a first selection reads (edges by node, statements and events by
   * actor), one step at a time: the page runs these while idle after the graph has
   * painted, so the first click does not build them (at 50,000 statements that click
   * took about twice as long as the next).
   */
  indexSteps(): (() => void)[] {
    const graph = this.graph;
    const statements = this.statements;
    const events = this.dataset.events;
    return [
      () => void edgesAt(graph, ''),
      () => void involvedEvents('actor', '', events, statements),
      () => void statementsWith('speaker', '', statements),
      () => void statementsWith('about', '', statements),
      () => void statementsWith('via', '', statements),
    ];
  }

  /** Applies the filter asked for now, or once `deferFilter` runs (once for many changes). */
  private requestFilter(): void {
    const defer = this.deferFilter;
    if (!defer) return this.applyFilter();
    if (this.#applying) return;
    this.#applying = true;
    defer(() => {
      this.#applying = false;
      this.applyFilter();
    });
  }

  // --- Mutators: called by the app shell only (views get the read-only ExplorerView).

  select(selection: Selection): void {
    if (!sameSelection(selection, this.selection)) this.selection = selection;
  }

  clear(): void {
    this.select(NOTHING);
  }

  setTopics(topics: readonly string[]): void {
    const next = this.dataset.topics.map((t) => t.id).filter((id) => topics.includes(id));
    if (next.length === this.topics.length && next.every((id, i) => id === this.topics[i])) return;
    this.topics = next;
    this.requestFilter();
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
    this.requestFilter();
  }

  /** Lets the timeline's visible range set the window (on), or keeps the window as written (off). */
  setFollowTimeline(on: boolean): void {
    this.followTimeline = on;
  }

  setGraphMode(mode: GraphMode): void {
    if (mode !== this.graphMode) this.setNetworkOptions({ minWeight: undefined });
    if (!isNetworkMode(mode)) this.setNetworkOptions({ fold: undefined, minStatements: undefined });
    this.graphMode = mode;
    if (isNetworkMode(mode)) this.loadNetwork();
  }

  setNetworkOptions(options: Partial<NetworkOptions>): void {
    const next = { ...this.networkOptions, ...options };
    const keys = Object.keys(next) as (keyof NetworkOptions)[];
    if (!keys.some((key) => next[key] !== this.networkOptions[key])) return;
    const folding = next.fold === true && this.networkOptions.fold !== true;
    this.networkOptions = next;
    // Folded, a person is no node of their own: the selection moves to where they count.
    const around = this.around === undefined ? undefined : this.index.actors.get(this.around);
    if (folding && around) this.around = foldedActor(around).id;
    const s = this.selection;
    if (folding && s.kind === 'actor') {
      const actor = this.index.actors.get(s.id);
      if (actor) this.select({ kind: 'actor', id: foldedActor(actor).id });
    } else if (folding && s.kind === 'edge') this.clear();
  }

  /** Draws only `id`'s neighbourhood (undefined: everyone again). */
  setAround(id: string | undefined): void {
    this.around = id;
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
    this.notify(m.notices.network);
    this.graphMode = this.defaultMode;
  }

  /** One more sentence for Notices (once: the same one is not said twice). */
  notify(notice: string): void {
    if (!this.notices.includes(notice)) this.notices = [...this.notices, notice];
  }

  setInset(top: number, bottom: number): void {
    if (this.inset?.top !== top || this.inset.bottom !== bottom) this.inset = { top, bottom };
  }

  /** Applies a URL's state, noting what it names that does not exist. */
  applyUrl(url: UrlState): void {
    const notices: string[] = [];
    if (url.actor && !this.index.actors.has(url.actor)) notices.push(m.notices.noActor(url.actor));
    if (url.event && !this.index.events.has(url.event)) notices.push(m.notices.noEvent(url.event));
    for (const topic of url.topics) {
      if (!this.index.topics.has(topic)) notices.push(m.notices.noTopic(topic));
    }
    for (const [name, value] of [
      ['from', url.from],
      ['to', url.to],
    ] as const) {
      if (value) {
        const parsed = parseDate(value);
        if (!parsed.ok) notices.push(m.notices.dateIgnored(name, parsed.message));
      }
    }
    if (url.about && !this.index.actors.has(url.about)) notices.push(m.notices.noActor(url.about));
    if (url.on && !this.index.topics.has(url.on)) notices.push(m.notices.noTopic(url.on));
    if (url.around && !this.index.actors.has(url.around))
      notices.push(m.notices.noActor(url.around));
    this.notices = notices;
    this.selection = this.selectionFor(url);
    this.setTopics(url.topics);
    const valid = (value: string | undefined) => (value && parseDate(value).ok ? value : undefined);
    this.setWindow(valid(url.from), valid(url.to));
    // An address (the first view, Back and Forward) is shown as it is, not a frame later.
    this.applyFilter();
    this.setGraphMode(url.graph ?? this.defaultMode);
    this.around = url.around && this.index.actors.has(url.around) ? url.around : undefined;
    if (isNetworkMode(this.graphMode)) {
      const { normalize, minWeight, fold, minStatements } = url;
      this.setNetworkOptions({
        normalization: normalize ?? 'none',
        minWeight,
        fold,
        minStatements,
      });
    }
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
      around: this.around,
      ...(isNetworkMode(this.graphMode) ? this.networkUrl() : {}),
    };
  }

  /** The network's settings as the URL writes them (the defaults left out). */
  private networkUrl(): Partial<UrlState> {
    const { normalization, minWeight, fold, minStatements } = this.networkOptions;
    return {
      normalize: normalization === 'none' ? undefined : normalization,
      minWeight,
      fold: fold || undefined,
      minStatements: minStatements !== undefined && minStatements > 1 ? minStatements : undefined,
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
      for (const e of edgesAt(graph, id)) {
        nodes.add(e.source === id ? e.target : e.source);
        edges.add(e.id);
      }
      for (const event of involvedEvents(s.kind, s.id, this.dataset.events, this.statements))
        events.add(event);
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
      for (const e of edgesAt(graph, s.source))
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
    | 'setAround'
    | 'loadNetwork'
    | 'networkFailed'
    | 'setInset'
    | 'applyUrl'
    | 'deferFilter'
  >
>;
