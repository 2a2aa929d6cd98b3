/**
 * Which computed style values a graph download writes as SVG presentation
 * attributes, so the file looks as the page did without the page's style sheet or
 * custom properties: concrete colours, widths and fonts, written only where they
 * differ from what the element inherits (small files for big graphs).
 */

/** Computed values by property name. */
export type Style = Readonly<Record<string, string>>;

/** Inherited presentation properties. */
export const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'visibility',
] as const;

/** Properties that do not inherit, with the value that needs no attribute. */
const OWN: Readonly<Record<string, string>> = { opacity: '1', display: 'inline' };

export const PROPERTIES: readonly string[] = [...INHERITED, ...Object.keys(OWN)];

/** Geometry and references: the only attributes copied from the page's SVG. */
export const GEOMETRY = new Set([
  'd',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'dx',
  'dy',
  'width',
  'height',
  'points',
  'transform',
  'viewBox',
  'preserveAspectRatio',
  'refX',
  'refY',
  'markerUnits',
  'markerWidth',
  'markerHeight',
  'orient',
  'id',
  'marker-start',
  'marker-mid',
  'marker-end',
]);

const LENGTHS = new Set([
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'font-size',
  'letter-spacing',
]);

/** "1.25px" → "1.25", "7px, 4px" → "7, 4": user units are pixels; two decimals at most. */
export function attributeValue(property: string, value: string): string {
  return LENGTHS.has(property) ? roundNumbers(value.replace(/(\d)px\b/g, '$1')) : value;
}

/** The attributes to write for an element whose parent computed to `parent` (undefined: the top). */
export function styleAttributes(own: Style, parent: Style | undefined): [string, string][] {
  const out: [string, string][] = [];
  for (const property of INHERITED) {
    const value = own[property];
    if (value === undefined || value === '') continue;
    if (parent === undefined || parent[property] !== value) {
      out.push([property, attributeValue(property, value)]);
    }
  }
  for (const [property, initial] of Object.entries(OWN)) {
    const value = own[property];
    if (value !== undefined && value !== '' && value !== initial && property !== 'display') {
      out.push([property, value]);
    }
  }
  return out;
}

export function isTransparent(paint: string | undefined): boolean {
  return (
    paint === undefined ||
    paint === 'none' ||
    paint === 'transparent' ||
    /^rgba\(.*,\s*0(\.0+)?\)$/.test(paint)
  );
}

const SHAPES = new Set(['path', 'circle', 'rect', 'line', 'ellipse', 'polygon', 'polyline']);
/** Never displayed themselves, but needed: descriptions and definitions. */
const KEEP = new Set(['title', 'desc', 'defs', 'marker', 'symbol', 'clipPath', 'mask']);

/**
 * True for what a picture does without: anything not displayed, and hidden or
 * wholly transparent shapes (the graph's wide click targets and unshown focus rings).
 */
export function leaveOut(tag: string, style: Style): boolean {
  if (KEEP.has(tag)) return false;
  if (style.display === 'none') return true;
  if (!SHAPES.has(tag)) return false;
  return (
    style.visibility === 'hidden' ||
    style.visibility === 'collapse' ||
    (isTransparent(style.fill) && isTransparent(style.stroke))
  );
}

/** Numbers in an attribute rounded to two decimals ("48.46135924924723" → "48.46"). */
export function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.\d{3,}/g, (n) => {
    const rounded = Math.round(Number(n) * 100) / 100;
    return String(rounded === 0 ? 0 : rounded);
  });
}
