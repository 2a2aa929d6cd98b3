/**
 * From a derived graph to the layout's plain input: every node with its activity,
 * and one link per linked pair (directions and stances merged, counts summed).
 */
import type { Graph } from '../model/graph';
import type { LayoutInput, LayoutLinkInput } from './types';

export function toLayoutInput(graph: Graph): LayoutInput {
  const links = new Map<string, { source: string; target: string; weight: number }>();
  for (const edge of graph.edges) {
    const [source, target] =
      edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const key = `${source}\u0000${target}`;
    const link = links.get(key);
    if (link) link.weight += edge.count;
    else links.set(key, { source, target, weight: edge.count });
  }
  return {
    nodes: graph.nodes.map((node) => ({ id: node.id, activity: node.activity })),
    links: [...links.values()] satisfies LayoutLinkInput[],
  };
}
