/**
 * A layout's input as it crosses to the worker: the links as three typed arrays
 * (node indices and weights), moved rather than copied. A network of 50,000
 * statements has 396,000 links, and the structured clone of as many objects took
 * about 120 ms of the main thread. Kept apart from protocol.ts, which brings the
 * layout's code (d3-force) with it.
 */
import type { LayoutInput, LayoutLinkInput, LayoutNodeInput } from './types';

export interface PackedLayoutInput {
  readonly nodes: readonly LayoutNodeInput[];
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
}

export function packLayoutInput(input: LayoutInput): PackedLayoutInput {
  // Shared with the input: the caller copies what it sends (async.ts).
  if (input.packed) return { nodes: input.nodes, ...input.packed };
  const index = new Map(input.nodes.map((node, i) => [node.id, i]));
  const n = input.links.length;
  const source = new Int32Array(n);
  const target = new Int32Array(n);
  const weight = new Float64Array(n);
  let k = 0;
  for (const link of input.links) {
    const s = index.get(link.source);
    const t = index.get(link.target);
    // A link to a node that is not there: the layout leaves it out anyway.
    if (s === undefined || t === undefined) continue;
    source[k] = s;
    target[k] = t;
    weight[k] = link.weight;
    k += 1;
  }
  return {
    nodes: input.nodes,
    source: source.subarray(0, k),
    target: target.subarray(0, k),
    weight: weight.subarray(0, k),
  };
}

/** The buffers `postMessage` moves. */
export function packedBuffers(packed: PackedLayoutInput): ArrayBuffer[] {
  return [packed.source.buffer, packed.target.buffer, packed.weight.buffer] as ArrayBuffer[];
}

export function unpackLayoutInput(packed: PackedLayoutInput): LayoutInput {
  const links: LayoutLinkInput[] = [];
  for (let k = 0; k < packed.source.length; k++)
    links.push({
      source: packed.nodes[packed.source[k]!]!.id,
      target: packed.nodes[packed.target[k]!]!.id,
      weight: packed.weight[k]!,
    });
  return { nodes: packed.nodes, links };
}
