/**
 * The actor graph derived from the visible statements: nodes for actors (and topics),
 * edges aggregating the statements of one speaker toward one target with one stance.
 */

import { chronological, compareIds } from './derive';
import { CERTAINTIES } from './types';
import type { Actor, Certainty, Dataset, Stance, Statement, Topic } from './types';

/**
 * `actors`: "who about whom" — actor nodes, an edge from the speaker to each actor in
 * `about`. `topics`: "who on what" — actor and topic nodes, an edge from the speaker
 * to the statement's topic. `agreement`, `conflict`, `balance`: discourse networks
 * (src/network/, issue #15), actor nodes and undirected ties, made by the lazily
 * loaded network code, never by `buildGraph`.
 */
export type GraphMode = 'actors' | 'topics' | NetworkMode;

/** The graph modes that are discourse networks (src/network/types.ts NETWORK_TYPES). */
export const NETWORK_MODES = ['agreement', 'conflict', 'balance'] as const;
export type NetworkMode = (typeof NETWORK_MODES)[number];

export function isNetworkMode(mode: GraphMode): mode is NetworkMode {
  return (NETWORK_MODES as readonly string[]).includes(mode);
}

/** A discourse network's tie on a graph edge (structurally src/network's `Tie`). */
export interface EdgeTie {
  readonly type: NetworkMode;
  /** The raw count (signed for balance). */
  readonly weight: number;
  /** The weight under the normalization on display (`weight` for none). */
  readonly normalized: number;
  /** The normalization on display (src/network/types.ts `Normalization`). */
  readonly normalization: 'none' | 'average' | 'jaccard' | 'cosine';
  /** Its accessible name: both actors, the type and the weight. */
  readonly title: string;
  /** Stroke width in screen px (before the graph's unit): by weight on display against the strongest drawn. */
  readonly width: number;
}

/** "Who about whom" unless no statement is about an actor (coded claim data): "who on what". */
export function defaultGraphMode(ds: Pick<Dataset, 'statements'>): GraphMode {
  return ds.statements.some((s) => s.about.length > 0) ? 'actors' : 'topics';
}

export interface GraphNode {
  /** The actor's id, or `topic:` + the topic's id (ids cannot contain `:`). */
  id: string;
  type: 'actor' | 'topic';
  label: string;
  actor?: Actor;
  topic?: Topic;
  /** Visible statements this node is the speaker or (in this mode) a target of. */
  activity: number;
  /** In a discourse network: the actor's coalition (1, 2, …), if it has one. */
  coalition?: number;
}

export interface GraphEdge {
  /** `${source}->${target}:${stance}` */
  id: string;
  source: string;
  target: string;
  stance: Stance;
  count: number;
  /** Chronological. */
  statements: Statement[];
  certainty: Record<Certainty, number>;
  /** Statements known only as reported by another actor. */
  viaCount: number;
  /** In a discourse network: the undirected tie this edge draws (no end marker). */
  tie?: EdgeTie;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const TOPIC_PREFIX = 'topic:';

export function topicNodeId(topicId: string): string {
  return TOPIC_PREFIX + topicId;
}

/** A graph node id read back: an actor's id, or the topic a `topic:` node stands for. */
export type NodeRef =
  { readonly kind: 'actor'; readonly id: string } | { readonly kind: 'topic'; readonly id: string };

/** The inverse of `topicNodeId` (actor ids are node ids as they are). */
export function parseNodeId(nodeId: string): NodeRef {
  return nodeId.startsWith(TOPIC_PREFIX)
    ? { kind: 'topic', id: nodeId.slice(TOPIC_PREFIX.length) }
    : { kind: 'actor', id: nodeId };
}

/**
 * Every actor of the data set is a node, even with no visible statement (activity 0),
 * so filtering never makes the layout jump; in `topics` mode every topic is one too.
 * Edges come only from `statements`. A speaker listed in its own `about` (alongside
 * others) gets no self-loop. Nodes are in data order, edges sorted by id.
 */
export function buildGraph(ds: Dataset, statements: readonly Statement[], mode: GraphMode): Graph {
  const nodes = new Map<string, GraphNode>();
  for (const actor of ds.actors) {
    nodes.set(actor.id, { id: actor.id, type: 'actor', label: actor.name, actor, activity: 0 });
  }
  if (mode === 'topics') {
    for (const topic of ds.topics) {
      const id = topicNodeId(topic.id);
      nodes.set(id, { id, type: 'topic', label: topic.label, topic, activity: 0 });
    }
  }

  const edges = new Map<string, GraphEdge>();
  for (const s of statements) {
    const speaker = nodes.get(s.speaker.id);
    if (speaker === undefined) continue;
    speaker.activity += 1;
    for (const targetId of new Set(targetsOf(s, mode))) {
      const target = nodes.get(targetId);
      if (target === undefined || target === speaker) continue;
      target.activity += 1;
      addToEdge(edges, speaker.id, target.id, s);
    }
  }

  const sorted = [...edges.values()].sort((a, b) => compareIds(a.id, b.id));
  for (const edge of sorted) edge.statements = chronological(edge.statements);
  return { nodes: [...nodes.values()], edges: sorted };
}

/** `graph` without the nodes in `hidden` and the edges that touch them (`graph` itself when none). */
export function withoutNodes(graph: Graph, hidden: ReadonlySet<string> | undefined): Graph {
  if (!hidden || hidden.size === 0) return graph;
  return {
    nodes: graph.nodes.filter((n) => !hidden.has(n.id)),
    edges: graph.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target)),
  };
}

/** Each graph's edges by the nodes they touch: built on first use, dropped with the graph. */
const incidence = new WeakMap<Graph, Map<string, GraphEdge[]>>();

/**
 * The edges that touch `nodeId`, in the graph's edge order. The first call for a
 * graph indexes all its edges, so a selection costs its node's degree, not the
 * graph's size (a click at 10,000 statements walked 6,000 edges twice).
 */
export function edgesAt(graph: Graph, nodeId: string): readonly GraphEdge[] {
  let byNode = incidence.get(graph);
  if (!byNode) {
    byNode = new Map();
    const add = (id: string, edge: GraphEdge) => {
      const list = byNode!.get(id);
      if (list) list.push(edge);
      else byNode!.set(id, [edge]);
    };
    for (const edge of graph.edges) {
      add(edge.source, edge);
      if (edge.target !== edge.source) add(edge.target, edge);
    }
    incidence.set(graph, byNode);
  }
  return byNode.get(nodeId) ?? [];
}

/** Ids of the nodes linked to `nodeId` by an edge, in either direction. */
export function neighbors(graph: Graph, nodeId: string): Set<string> {
  const ids = new Set<string>();
  for (const edge of edgesAt(graph, nodeId))
    ids.add(edge.source === nodeId ? edge.target : edge.source);
  return ids;
}

/**
 * The `n` most active actor nodes, busiest first; ties by label, then id. Actors with
 * no visible statement are not "active" and are left out, even if fewer than `n` remain.
 */
export function mostActive(graph: Graph, n: number): GraphNode[] {
  return graph.nodes
    .filter((node) => node.type === 'actor' && node.activity > 0)
    .sort(
      (a, b) => b.activity - a.activity || a.label.localeCompare(b.label) || compareIds(a.id, b.id),
    )
    .slice(0, Math.max(0, n));
}

/**
 * Every statement from the speaker about the target, any stance, chronological.
 * `targetId` is an actor id or a topic node id (`topic:…`), as on a graph edge.
 */
export function edgeStatements(
  statements: readonly Statement[],
  speakerId: string,
  targetId: string,
): Statement[] {
  return chronological(
    statements.filter(
      (s) =>
        s.speaker.id === speakerId &&
        (targetsOf(s, 'actors').includes(targetId) || targetsOf(s, 'topics').includes(targetId)),
    ),
  );
}

// ---------------------------------------------------------------------------

function targetsOf(s: Statement, mode: GraphMode): string[] {
  if (mode === 'actors') return s.about.map((a) => a.id);
  return s.topic === undefined ? [] : [topicNodeId(s.topic.id)];
}

function addToEdge(edges: Map<string, GraphEdge>, source: string, target: string, s: Statement) {
  const id = `${source}->${target}:${s.stance}`;
  let edge = edges.get(id);
  if (edge === undefined) {
    const certainty = Object.fromEntries(CERTAINTIES.map((c) => [c, 0])) as Record<
      Certainty,
      number
    >;
    edge = {
      id,
      source,
      target,
      stance: s.stance,
      count: 0,
      statements: [],
      certainty,
      viaCount: 0,
    };
    edges.set(id, edge);
  }
  edge.count += 1;
  edge.statements.push(s);
  edge.certainty[s.certainty] += 1;
  if (s.via !== undefined) edge.viaCount += 1;
}
