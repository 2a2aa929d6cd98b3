/**
 * Words for the graph's elements: the accessible names of node buttons (which
 * start with the actor's name, a contract the tests and screen-reader users rely
 * on) and the titles of edges, which spell out stance, counts, certainty and `via`.
 */
import type { GraphEdge, GraphNode } from '../model/graph';
import type { Certainty } from '../model/types';
import { m } from '../i18n';

export function nodeName(node: GraphNode): string {
  if (node.type === 'topic') return m.graph.topicNode(node.label, node.activity);
  const kind = node.actor ? m.kindWord[node.actor.kind] : m.graph.actor;
  return m.graph.node(node.label, kind, node.activity, node.coalition);
}

/** "Steve Witkoff → Vladimir Putin: neutral, 1 statement, 1 reported via …". */
export function edgeTitle(edge: GraphEdge, nameOf: (id: string) => string): string {
  const parts = [
    m.graph.edge(nameOf(edge.source), nameOf(edge.target), m.stanceWord[edge.stance]),
    m.statements(edge.count),
  ];
  // Statements that are not plain confirmed ones, grouped by certainty and via.
  const groups = new Map<string, { certainty: Certainty; via?: string; count: number }>();
  for (const s of edge.statements) {
    if (s.certainty === 'confirmed' && s.via === undefined) continue;
    const key = `${s.certainty}\u0000${s.via?.name ?? ''}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { certainty: s.certainty, via: s.via?.name, count: 1 });
  }
  for (const g of groups.values()) {
    parts.push(m.graph.edgeGroup(g.count, m.certaintyWord[g.certainty], g.via));
  }
  return parts.join(m.listSeparator);
}

/** The tooltip's lines under the name: role (or kind, or "Topic") and the count. */
export function nodeDetails(node: GraphNode): string[] {
  const what = node.actor ? (node.actor.role ?? m.kind[node.actor.kind]) : m.topic;
  return [what, m.statements(node.activity)];
}
