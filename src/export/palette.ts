/**
 * The theme's colours as the page shows them right now (light or dark), read from
 * the custom properties in effect on a live element, for the parts of a download
 * that are drawn afresh (background, titles, legend).
 */
import type { ActorKind, Stance } from '../model/types';

export interface Palette {
  readonly bg: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly nodeStroke: string;
  readonly stance: Readonly<Record<Stance, string>>;
  readonly node: Readonly<Record<ActorKind | 'topic', string>>;
  /** Coalition fills (`--coalition-1` … `-8`, then `--coalition-other`), for a network's key. */
  readonly coalition: readonly string[];
}

/** A palette from a lookup of theme.css's custom properties by name (without `--`). */
function paletteFrom(v: (name: string, fallback: string) => string, fallbackText: string): Palette {
  const text = v('text', fallbackText);
  return {
    bg: v('bg', '#ffffff'),
    text,
    muted: v('muted', text),
    border: v('border', text),
    nodeStroke: v('node-stroke', text),
    stance: {
      positive: v('stance-positive', text),
      negative: v('stance-negative', text),
      neutral: v('stance-neutral', text),
      mixed: v('stance-mixed', text),
    },
    node: {
      person: v('node-person', 'none'),
      state: v('node-state', 'none'),
      organization: v('node-organization', 'none'),
      group: v('node-group', 'none'),
      topic: v('node-topic', 'none'),
    },
    coalition: [1, 2, 3, 4, 5, 6, 7, 8, 'other'].map((n) => v(`coalition-${n}`, 'none')),
  };
}

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  // A property holds its light-dark(…) as written: a probe inside the element
  // resolves it by the element's color-scheme, to the colour on screen.
  const probe = document.createElementNS(element.namespaceURI, 'g') as Element &
    ElementCSSInlineStyle;
  element.append(probe);
  const palette = paletteFrom((name, fallback) => {
    const value = style.getPropertyValue(`--${name}`).trim();
    if (!value) return fallback;
    probe.style.color = value;
    return hexColour(getComputedStyle(probe).color);
  }, style.color || '#000000');
  probe.remove();
  return palette;
}

/**
 * The light theme as theme.css writes it, for a picture drawn where no page
 * resolves the colours (the build's still): each `--name: light-dark(LIGHT, DARK)`
 * gives LIGHT. A property it needs and does not find is an error, so the still
 * cannot quietly drift from the page when theme.css changes shape.
 */
export function lightPalette(css: string): Palette {
  const light = new Map<string, string>();
  for (const m of css.matchAll(/--([\w-]+)\s*:\s*light-dark\(\s*([^,()]+?)\s*,\s*[^;]*?\)\s*;/g)) {
    light.set(m[1]!, m[2]!);
  }
  return paletteFrom((name) => {
    const value = light.get(name);
    if (value === undefined) throw new Error(`theme.css has no light-dark() value for --${name}`);
    return value;
  }, '#000000');
}

/**
 * A computed `rgb(r, g, b)` as `#rrggbb`, as SVG files usually write colours;
 * anything else (a colour with alpha, `none`) as it is.
 */
export function hexColour(computed: string): string {
  const rgb = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(computed);
  if (!rgb) return computed;
  return `#${rgb
    .slice(1)
    .map((c) => Number(c).toString(16).padStart(2, '0'))
    .join('')}`;
}
