/**
 * What a golden picture compares: the SVG text with the noise taken out, in the
 * manner of Observable Plot's snapshot tests. Numbers in attributes are rounded
 * (a layout or a text measure that moves by a hundredth of a pixel is not a
 * change), generated ids are renumbered in order of first appearance (a component
 * mounted in another order is not a change), attributes are sorted (their order
 * means nothing in XML) and there is one element per line (a diff reads like the
 * picture). Text content is kept exactly: a label is data, not geometry.
 */
import { formatXml, parseXml, type XmlElement } from './xml';

/** Decimals kept in attribute numbers: a tenth of a pixel is a real change. */
export const DECIMALS = 1;

/** A number as SVG writes one; "3." is not one (the dot may be a full stop or in a name). */
const NUMBER = /[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[-+]?\d+)?/gi;
/** Spans no number is read in: references, hex colours and other `#…` names. */
const PROTECTED = /url\(\s*#[^)]*\)|#[\w-]+/g;
/** Attributes that name things rather than measure them. */
const NAMES = new Set(['id', 'href', 'xlink:href', 'font-family', 'xmlns']);
const isName = (attribute: string) => NAMES.has(attribute) || attribute.startsWith('xmlns:');
const REFERENCE = /url\(\s*#([^)\s]*)\s*\)/g;

export function roundNumber(text: string, decimals = DECIMALS): string {
  const scale = 10 ** decimals;
  const rounded = Math.round(Number(text) * scale) / scale;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Rounds every number in an attribute value, leaving `#…` and `url(#…)` alone. */
export function roundNumbers(value: string, decimals = DECIMALS): string {
  let out = '';
  let last = 0;
  for (const span of value.matchAll(PROTECTED)) {
    out += value.slice(last, span.index).replace(NUMBER, (n) => roundNumber(n, decimals));
    out += span[0];
    last = span.index + span[0].length;
  }
  return out + value.slice(last).replace(NUMBER, (n) => roundNumber(n, decimals));
}

function walk(element: XmlElement, visit: (element: XmlElement) => void): void {
  visit(element);
  for (const child of element.children) if (typeof child !== 'string') walk(child, visit);
}

/** The ids an attribute value refers to: `url(#a)` anywhere, or a whole `#a` link. */
function references(name: string, value: string): string[] {
  if (name === 'href' || name === 'xlink:href')
    return value.startsWith('#') ? [value.slice(1)] : [];
  return [...value.matchAll(REFERENCE)].map((m) => m[1]!);
}

/**
 * New names for every id, defined or referred to, numbered in order of first
 * appearance: `id-1`, `id-2`, …; an id referred to but defined nowhere becomes
 * `missing-N`, so a dangling reference stands out in the diff.
 */
function renumberIds(root: XmlElement): void {
  const defined = new Set<string>();
  walk(root, (e) => {
    for (const [name, value] of e.attributes) if (name === 'id') defined.add(value);
  });
  const names = new Map<string, string>();
  const rename = (id: string) => {
    let name = names.get(id);
    if (name === undefined) {
      name = `${defined.has(id) ? 'id' : 'missing'}-${names.size + 1}`;
      names.set(id, name);
    }
    return name;
  };
  walk(root, (e) => {
    for (const attribute of e.attributes) {
      const [name, value] = attribute;
      if (name === 'id') attribute[1] = rename(value);
      else if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) {
        attribute[1] = `#${rename(value.slice(1))}`;
      } else if (references(name, value).length > 0) {
        attribute[1] = value.replace(REFERENCE, (_, id: string) => `url(#${rename(id)})`);
      }
    }
  });
}

/** `xmlns` first, then `id`, then the rest by name. */
function attributeOrder([a]: [string, string], [b]: [string, string]): number {
  const rank = (n: string) => (n === 'xmlns' || n.startsWith('xmlns:') ? 0 : n === 'id' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The normalized text of an SVG document (see the top of this file). */
export function normalizeSvg(text: string, decimals = DECIMALS): string {
  const doc = parseXml(text);
  renumberIds(doc.root);
  walk(doc.root, (e) => {
    for (const attribute of e.attributes) {
      if (!isName(attribute[0])) attribute[1] = roundNumbers(attribute[1], decimals);
    }
    e.attributes.sort(attributeOrder);
  });
  return formatXml(doc);
}
