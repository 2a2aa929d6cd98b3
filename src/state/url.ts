/**
 * The page's query string <-> view state. Contract (docs/ARCHITECTURE.md): `dataset`,
 * `actor` | `event`, `topic` (repeatable), `from`, `to`; the embed adds `view`,
 * `theme`, `header`, `controls` and `height`. `network=about|topics|agreement|conflict|balance`
 * is the graph's mode, written when it is not the data set's default (the older
 * `graph=actors|topics` is still read, so old links work; `network` wins). Parley adds the selections the contract has no words for:
 * `actor=A&about=B` is the edge from actor A about actor B, `actor=A&on=T` the edge
 * from A on topic T, and `on=T` alone the topic T. `renderer=svg|canvas` forces the
 * graph's renderer. In a network mode `normalize`, `min-weight`, `fold=1` and
 * `min-statements` are its settings; `around=A` draws only actor A's neighbourhood.
 * `lang=xx` is the interface language (src/i18n; default: the data set's).
 * Values are only parsed here; whether an id exists is checked against the data.
 */
import type { GraphMode } from '../model/graph';

/** `renderer=svg|canvas`: forces the graph's renderer (tests, comparisons); else chosen by size. */
export const RENDERERS = ['svg', 'canvas'] as const;

export const VIEWS = ['both', 'graph', 'timeline', 'table'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedView = (typeof VIEWS)[number];
export type Theme = (typeof THEMES)[number];

/** The range of a fixed embed height (`height=N`), in CSS px: values outside are clamped. */
export const HEIGHT_MIN = 200;
export const HEIGHT_MAX = 4000;

export interface UrlState {
  dataset?: string;
  actor?: string;
  /** With `actor`: the actor the selected edge is about. */
  about?: string;
  /** With `actor`: the topic of the selected edge; alone: the selected topic. */
  on?: string;
  event?: string;
  topics: string[];
  from?: string;
  to?: string;
  view?: EmbedView;
  theme?: Theme;
  /** false when `header=0`. */
  header?: boolean;
  /** true when `controls=1`: the embed shows its filter bar and search. */
  controls?: boolean;
  /** `height=N`: the embed's fixed height in CSS px, HEIGHT_MIN to HEIGHT_MAX. */
  height?: number;
  /** The graph's mode (the URL's `network`, or the older `graph`). */
  graph?: GraphMode;
  renderer?: (typeof RENDERERS)[number];
  /** `lang=xx`: the interface language asked for (a BCP 47 tag; src/i18n decides whether Parley has it). */
  lang?: string;
  /** `around=A`: the graph draws only actor A's neighbourhood. */
  around?: string;
  /** Network modes: `normalize=average|jaccard|cosine` (absent: raw counts). */
  normalize?: (typeof NORMALIZE_VALUES)[number];
  /** Network modes: `min-weight=N`, the smallest raw weight of a tie drawn (absent: the default). */
  minWeight?: number;
  /** Network modes: `fold=1`, people folded into their organization. */
  fold?: boolean;
  /** Network modes: `min-statements=N`, actors with fewer statements are not drawn. */
  minStatements?: number;
}

/** `normalize` values (network/types.ts NORMALIZATIONS but `none`, the default). */
export const NORMALIZE_VALUES = ['average', 'jaccard', 'cosine'] as const;

/** A count parameter: digits only, at least 1; undefined for anything else. */
function countParam(value: string | null): number | undefined {
  const trimmed = value?.trim();
  return trimmed && /^\d+$/.test(trimmed) && Number(trimmed) >= 1 ? Number(trimmed) : undefined;
}

/**
 * A fixed embed height: a positive whole number of px, clamped to HEIGHT_MIN to
 * HEIGHT_MAX; undefined for anything else (zero, negative, fractional, not a number).
 */
export function clampHeight(value: number): number | undefined {
  if (!Number.isInteger(value) || value <= 0) return undefined;
  return Math.min(HEIGHT_MAX, Math.max(HEIGHT_MIN, value));
}

/** The `height` parameter: digits only (no sign, unit or fraction), then clampHeight. */
function heightParam(value: string | null): number | undefined {
  const trimmed = value?.trim();
  return trimmed && /^\d+$/.test(trimmed) ? clampHeight(Number(trimmed)) : undefined;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/** `network` values: the graph modes, but "who about whom" (`actors`) is `about`. */
const NETWORK_VALUES = ['about', 'topics', 'agreement', 'conflict', 'balance'] as const;

/** A language tag's shape (letters, digits and hyphens, like `de` or `de-CH`), else undefined. */
function langParam(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(trimmed) ? trimmed : undefined;
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function graphMode(
  network: (typeof NETWORK_VALUES)[number] | undefined,
  graph: string | null,
): GraphMode | undefined {
  return network === 'about' ? 'actors' : (network ?? oneOf(graph, ['actors', 'topics'] as const));
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = {
    dataset: text(params.get('dataset')),
    actor: text(params.get('actor')),
    about: text(params.get('about')),
    on: text(params.get('on')),
    event: text(params.get('event')),
    topics: [
      ...new Set(
        params
          .getAll('topic')
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ],
    from: text(params.get('from')),
    to: text(params.get('to')),
    view: oneOf(params.get('view'), VIEWS),
    theme: oneOf(params.get('theme'), THEMES),
    header: params.get('header') === '0' ? false : undefined,
    controls: params.get('controls') === '1' ? true : undefined,
    height: heightParam(params.get('height')),
    graph: graphMode(oneOf(params.get('network'), NETWORK_VALUES), params.get('graph')),
    renderer: oneOf(params.get('renderer'), RENDERERS),
    around: text(params.get('around')),
    normalize: oneOf(params.get('normalize'), NORMALIZE_VALUES),
    minWeight: countParam(params.get('min-weight')),
    fold: params.get('fold') === '1' ? true : undefined,
    minStatements: countParam(params.get('min-statements')),
    lang: langParam(params.get('lang')),
  };
  // A URL selects one thing. An actor wins over an event, and the actor's edge is
  // about an actor or on a topic, not both; without an actor, an event wins over a
  // topic, and `about` means nothing.
  if (state.actor) {
    delete state.event;
    if (state.about) delete state.on;
  } else {
    delete state.about;
    if (state.event) delete state.on;
  }
  return state;
}

/** The query string (with its leading "?", or "" when empty), in a stable order. */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.dataset) params.set('dataset', state.dataset);
  if (state.actor) {
    params.set('actor', state.actor);
    if (state.about) params.set('about', state.about);
    else if (state.on) params.set('on', state.on);
  } else if (state.event) params.set('event', state.event);
  else if (state.on) params.set('on', state.on);
  for (const topic of state.topics) params.append('topic', topic);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.graph) params.set('network', state.graph === 'actors' ? 'about' : state.graph);
  if (state.normalize) params.set('normalize', state.normalize);
  if (state.minWeight !== undefined) params.set('min-weight', String(state.minWeight));
  if (state.fold === true) params.set('fold', '1');
  if (state.minStatements !== undefined) params.set('min-statements', String(state.minStatements));
  if (state.around) params.set('around', state.around);
  if (state.view) params.set('view', state.view);
  if (state.theme) params.set('theme', state.theme);
  if (state.header === false) params.set('header', '0');
  if (state.controls === true) params.set('controls', '1');
  const height = state.height === undefined ? undefined : clampHeight(state.height);
  if (height !== undefined) params.set('height', String(height));
  if (state.renderer) params.set('renderer', state.renderer);
  if (state.lang) params.set('lang', state.lang);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The full page's address for `state` under `base`: no embed-only parameters. */
export function fullViewUrl(base: string, state: UrlState): string {
  return `${base}index.html${formatUrlState({
    ...state,
    view: undefined,
    theme: undefined,
    header: undefined,
    controls: undefined,
    height: undefined,
  })}`;
}
