/**
 * Words for the graph's elements: the accessible names of node buttons (which
 * start with the actor's name, a contract the tests and screen-reader users rely
 * on) and the titles of edges, which spell out stance, counts, certainty and `via`.
 */
import type { GraphEdge, GraphNode } from '../model/graph';
import type { Certainty } from '../model/types';
import { KIND_LABEL, plural } from './vocab';

export function nodeName(node: GraphNode): string {
  const count = plural(node.activity, 'statement');
  if (node.type === 'topic') return `Topic: ${node.label}, ${count}`;
  const coalition = node.coalition === undefined ? '' : `, coalition ${node.coalition}`;
  return `${node.label}, ${node.actor?.kind ?? 'actor'}, ${count}${coalition}`;
}

/** "Steve Witkoff → Vladimir Putin: neutral, 1 statement, 1 reported via …". */
export function edgeTitle(edge: GraphEdge, nameOf: (id: string) => string): string {
  const parts = [
    `${nameOf(edge.source)} → ${nameOf(edge.target)}: ${edge.stance}`,
    plural(edge.count, 'statement'),
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
    parts.push(`${g.count} ${g.certainty}${g.via === undefined ? '' : ` via ${g.via}`}`);
  }
  return parts.join(', ');
}

/** The tooltip's lines under the name: role (or kind, or "Topic") and the count. */
export function nodeDetails(node: GraphNode): string[] {
  const what = node.actor ? (node.actor.role ?? KIND_LABEL[node.actor.kind]) : 'Topic';
  return [what, plural(node.activity, 'statement')];
}
