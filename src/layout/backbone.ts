/**
 * The ties a dense graph is laid out by: each node's strongest few. A discourse
 * network of many statements ties almost every pair of actors (at 50,000 statements
 * 396,000 ties among 1,000 actors), and a force layout spends its time on the
 * weakest of them, which hardly move anyone: d3-force divides a tie's pull by the
 * ties its ends have. Laying out by the backbone (each node's `BACKBONE_TIES`
 * strongest ties, kept when either end counts it among its strongest) keeps the
 * groups the strong ties make and costs a fraction of the time.
 *
 * Only dense graphs are thinned (more than `DENSE_TIES` ties a node on average), so
 * every smaller graph is laid out by all its ties, exactly as before. The graph that
 * is drawn keeps all its ties either way: this is only what the positions come from.
 */
import type { LayoutLinkInput } from './types';

/** Each node's strongest ties that a dense graph's layout keeps. */
export const BACKBONE_TIES = 16;
/** Above this many ties a node, on average, a graph is laid out by its backbone. */
export const DENSE_TIES = 32;

/**
 * `links` as they are when there are at most `DENSE_TIES` a node, else each node's
 * `BACKBONE_TIES` strongest (ties broken by the order given, so the result depends
 * only on the input), in the order given. Self-loops and ties to nodes not in
 * `nodes` are the caller's to drop; here they count as any other tie.
 */
export function backbone<L extends LayoutLinkInput>(
  nodeCount: number,
  links: readonly L[],
): readonly L[] {
  if (links.length <= DENSE_TIES * nodeCount) return links;
  const byNode = new Map<string, number[]>();
  const add = (id: string, index: number) => {
    const list = byNode.get(id);
    if (list) list.push(index);
    else byNode.set(id, [index]);
  };
  links.forEach((link, index) => {
    add(link.source, index);
    if (link.target !== link.source) add(link.target, index);
  });
  const kept = new Uint8Array(links.length);
  for (const list of byNode.values()) {
    // Array.prototype.sort is stable: equal weights keep the input's order.
    if (list.length > BACKBONE_TIES) list.sort((a, b) => links[b]!.weight - links[a]!.weight);
    for (let i = 0; i < Math.min(BACKBONE_TIES, list.length); i++) kept[list[i]!] = 1;
  }
  return links.filter((_, index) => kept[index] === 1);
}
