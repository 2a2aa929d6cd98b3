/**
 * What the key to the graphic has to explain about the current view: which node
 * kinds, stances, certainties and event statuses it shows, how far node size goes,
 * and whether dotted (idle) or faded (not selected) nodes are drawn. The state
 * derives it; scene/legend.ts puts it in words.
 */
import type { Graph, GraphMode } from './graph';
import { ACTOR_KINDS, CERTAINTIES, EVENT_STATUSES, STANCES } from './types';
import type { ActorKind, Certainty, EventStatus, Stance, Statement } from './types';

/** What the current view shows, as far as the key is concerned. */
export interface LegendFacts {
  readonly mode: GraphMode;
  /** Kinds of the actors drawn (every actor is drawn, idle or not), in format order. */
  readonly kinds: readonly ActorKind[];
  /** Topic nodes are drawn ("who on what"). */
  readonly topics: boolean;
  readonly stances: readonly Stance[];
  readonly certainties: readonly Certainty[];
  /** Some visible statement is known only through another actor. */
  readonly via: boolean;
  /** Statuses of the events on the timeline; empty when no timeline is shown. */
  readonly statuses: readonly EventStatus[];
  /** The most statements one node counts (node size grows with it). */
  readonly maxActivity: number;
  /** Some drawn node has no statement in the current view (dotted). */
  readonly idle: boolean;
  /** Something is selected and the rest is faded. */
  readonly dimmed: boolean;
}

function inOrder<T>(all: readonly T[], present: ReadonlySet<T>): T[] {
  return all.filter((value) => present.has(value));
}

/**
 * The facts of a view: `full` is the graph of all statements (what is drawn and how
 * big), `visible` the graph of the statements in view, `statements` those statements.
 */
export function legendFacts(
  full: Graph,
  visible: Graph,
  statements: readonly Pick<Statement, 'stance' | 'certainty' | 'via'>[],
  options: {
    readonly mode: GraphMode;
    readonly events?: readonly { readonly status: EventStatus }[];
    readonly dimmed?: boolean;
  },
): LegendFacts {
  const kinds = new Set<ActorKind>();
  let topics = false;
  for (const node of full.nodes) {
    if (node.actor) kinds.add(node.actor.kind);
    else topics = true;
  }
  // Stances and certainties of the statements in view: the graph's lines, the
  // timeline's clusters and the panel's badges all show them.
  const stances = new Set(statements.map((s) => s.stance));
  const certainties = new Set(statements.map((s) => s.certainty));
  const via = statements.some((s) => s.via !== undefined);
  const active = new Set(visible.nodes.filter((n) => n.activity > 0).map((n) => n.id));
  return {
    mode: options.mode,
    kinds: inOrder(ACTOR_KINDS, kinds),
    topics,
    stances: inOrder(STANCES, stances),
    certainties: inOrder(CERTAINTIES, certainties),
    via,
    statuses: inOrder(EVENT_STATUSES, new Set((options.events ?? []).map((e) => e.status))),
    maxActivity: Math.max(0, ...full.nodes.map((n) => n.activity)),
    idle: full.nodes.some((n) => !active.has(n.id)),
    dimmed: options.dimmed ?? false,
  };
}
