/**
 * "Network (GraphML)": the network as a GraphML file that Gephi, visone and
 * networkx open. Nodes carry `label` (the actor's name), `kind` and, when the actor
 * is in one, `coalition`; edges carry `weight` (the raw count), `type` and, when a
 * normalization is chosen, `normalized`. Every attribute is declared with a `<key>`;
 * text is XML-escaped, and characters XML 1.0 cannot hold become U+FFFD.
 */
import type { Actor } from '../model/types';
import type { Normalization, Tie } from './types';

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as XML character data or an attribute value (double-quoted). */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface GraphmlInput {
  /** The nodes, in the order written (isolates included). */
  readonly actors: readonly Actor[];
  readonly ties: readonly Tie[];
  /** Actor id → coalition id, for the `coalition` attribute. */
  readonly coalitionOf?: ReadonlyMap<string, number> | undefined;
  readonly normalize?: Normalization | undefined;
  /** Written as the graph's `id`. */
  readonly id?: string | undefined;
}

export function networkGraphml(input: GraphmlInput): string {
  const normalized = (input.normalize ?? 'none') !== 'none';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="coalition" for="node" attr.name="coalition" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...(normalized
      ? ['  <key id="normalized" for="edge" attr.name="normalized" attr.type="double"/>']
      : []),
    `  <graph id="${xmlText(input.id ?? 'network')}" edgedefault="undirected">`,
  ];
  for (const actor of input.actors) {
    const coalition = input.coalitionOf?.get(actor.id);
    lines.push(
      `    <node id="${xmlText(actor.id)}">`,
      `      <data key="label">${xmlText(actor.name)}</data>`,
      `      <data key="kind">${actor.kind}</data>`,
      ...(coalition === undefined ? [] : [`      <data key="coalition">${coalition}</data>`]),
      '    </node>',
    );
  }
  input.ties.forEach((t, k) => {
    lines.push(
      `    <edge id="e${k + 1}" source="${xmlText(t.source)}" target="${xmlText(t.target)}">`,
      `      <data key="weight">${t.weight}</data>`,
      `      <data key="type">${t.type}</data>`,
      ...(normalized ? [`      <data key="normalized">${t.normalized}</data>`] : []),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
