/**
 * A tiny SVG element builder that works with or without a DOM: the parts of a
 * picture drawn afresh (frame, legend, and at build time the graph itself) are
 * built as plain trees, then turned into elements in the browser (`toElement`)
 * or into text in Node (`toSvgText`). Text is always a text node: in elements
 * through `textContent`-like nodes, in text escaped here.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** A child: an element, text, or (in the browser only) an element already built. */
export type SvgChild = SvgNode | string | Element;

export interface SvgNode {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly SvgChild[];
}

export type Attributes = Readonly<Record<string, string | number | undefined>>;

/** Numbers round to two decimals; undefined attributes are left out. */
export function el(
  tag: string,
  attributes: Attributes,
  children: string | readonly SvgChild[] = [],
): SvgNode {
  const written: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    written[name] = typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
  }
  return {
    tag,
    attributes: written,
    children: typeof children === 'string' ? [children] : children,
  };
}

export function toElement(node: SvgNode): SVGElement {
  const element = document.createElementNS(SVG_NS, node.tag) as SVGElement;
  for (const [name, value] of Object.entries(node.attributes)) element.setAttribute(name, value);
  for (const child of node.children) {
    if (typeof child === 'string') element.append(document.createTextNode(child));
    else element.append(child instanceof Element ? child : toElement(child));
  }
  return element;
}

/** Characters XML 1.0 cannot hold at all: dropped rather than making an unreadable file. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function escapeAttributeValue(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function write(node: SvgNode, out: string[]): void {
  out.push(`<${node.tag}`);
  for (const [name, value] of Object.entries(node.attributes)) {
    out.push(` ${name}="${escapeAttributeValue(value)}"`);
  }
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of node.children) {
    if (typeof child === 'string') out.push(escapeText(child));
    else if ('tag' in child) write(child, out);
    else throw new Error('an element built in the page cannot be written as text');
  }
  out.push(`</${node.tag}>`);
}

/** The tree as a standalone SVG document's text. */
export function toSvgText(root: SvgNode): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, out);
  out.push('\n');
  return out.join('');
}
