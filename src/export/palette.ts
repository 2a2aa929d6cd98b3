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
}

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  // A property holds its light-dark(…) as written: a probe inside the element
  // resolves it by the element's color-scheme, to the colour on screen.
  const probe = document.createElementNS(element.namespaceURI, 'g') as Element &
    ElementCSSInlineStyle;
  element.append(probe);
  const v = (name: string, fallback: string) => {
    const value = style.getPropertyValue(`--${name}`).trim();
    if (!value) return fallback;
    probe.style.color = value;
    return hexColour(getComputedStyle(probe).color);
  };
  const text = v('text', style.color || '#000000');
  const palette: Palette = {
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
  };
  probe.remove();
  return palette;
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
