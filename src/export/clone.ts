/**
 * A copy of the graph's SVG as displayed, for a download: its markers and layers
 * rebuilt element by element (createElementNS, text as text nodes) with geometry
 * attributes only, and every colour, width and font resolved from the live
 * elements' computed style (so the light or dark theme on screen is what is
 * saved). Click targets, focus rings, roles, tab stops and data attributes stay
 * behind; an element's accessible name becomes its <title>.
 *
 * The pan/zoom transform is dropped: the copy is the whole graph, and `bounds` is
 * the box (in layout units) that holds it, labels included.
 */
import {
  GEOMETRY,
  leaveOut,
  PROPERTIES,
  roundNumbers,
  styleAttributes,
  type Style,
} from './presentation';

import { SVG_NS } from './svg-tree';

export { SVG_NS };

export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface GraphCopy {
  /** Markers and layers, with the inherited style of the graph written on it. */
  readonly content: SVGGElement;
  readonly bounds: Bounds;
}

function computed(element: Element): Style {
  const style = getComputedStyle(element);
  const out: Record<string, string> = {};
  for (const property of PROPERTIES) out[property] = style.getPropertyValue(property).trim();
  return out;
}

function copyElement(live: Element, parentStyle: Style): Element | undefined {
  const style = computed(live);
  const tag = live.localName;
  if (leaveOut(tag, style)) return undefined;
  const copy = document.createElementNS(SVG_NS, tag);
  for (const attribute of live.attributes) {
    if (!GEOMETRY.has(attribute.name)) continue;
    const keep = attribute.name === 'id' || attribute.name.startsWith('marker-');
    copy.setAttribute(attribute.name, keep ? attribute.value : roundNumbers(attribute.value));
  }
  if (tag !== 'title' && tag !== 'desc') {
    for (const [name, value] of styleAttributes(style, parentStyle)) copy.setAttribute(name, value);
  }
  const name = live.getAttribute('aria-label');
  if (name && !live.querySelector(':scope > title')) {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = name;
    copy.append(title);
  }
  for (const child of live.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      copy.append(document.createTextNode(child.textContent ?? ''));
    } else if (child instanceof Element) {
      const inner = copyElement(child, style);
      if (inner) copy.append(inner);
    }
  }
  return copy;
}

function union(boxes: readonly Bounds[]): Bounds {
  const real = boxes.filter((b) => b.width > 0 || b.height > 0);
  if (real.length === 0) return { x: 0, y: 0, width: 1, height: 1 };
  const x0 = Math.min(...real.map((b) => b.x));
  const y0 = Math.min(...real.map((b) => b.y));
  const x1 = Math.max(...real.map((b) => b.x + b.width));
  const y1 = Math.max(...real.map((b) => b.y + b.height));
  const r = (n: number) => Math.round(n * 100) / 100;
  return { x: r(x0), y: r(y0), width: r(Math.max(1, x1 - x0)), height: r(Math.max(1, y1 - y0)) };
}

export function copyGraph(live: SVGSVGElement): GraphCopy {
  const rootStyle = computed(live);
  const content = document.createElementNS(SVG_NS, 'g');
  for (const [name, value] of styleAttributes(rootStyle, undefined)) {
    content.setAttribute(name, value);
  }
  const boxes: Bounds[] = [];
  for (const child of live.children) {
    // The definitions (markers) and the pan/zoom layer; the background rect and
    // anything else at the top are the page's, not the picture's.
    if (child.localName !== 'defs' && child.localName !== 'g') continue;
    const copy = copyElement(child, rootStyle);
    if (!copy) continue;
    if (child instanceof SVGGElement) {
      copy.removeAttribute('transform');
      boxes.push(child.getBBox());
    }
    content.append(copy);
  }
  return { content, bounds: union(boxes) };
}
