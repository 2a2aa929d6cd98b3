/**
 * The embed code a journalist pastes into a CMS: an iframe (title, lazy loading,
 * data-parley, an initial height per view, or the fixed height it was given), the
 * graph's still picture for readers without scripts (feed readers, apps) in a
 * <noscript>, and the host script that sizes the iframe. Also the choices of the
 * Share dialog turned into the embed's URL state.
 */
import { m } from '../i18n';
import { stillFile, type StillSize } from '../model/still';
import {
  clampHeight,
  formatUrlState,
  fullViewUrl,
  type EmbedView,
  type Theme,
  type UrlState,
} from '../state/url';

// The full page's address for a state lives with the URL state, which the page's
// first chunk has; the rest of this module comes with the Share dialog.
export { fullViewUrl };

/**
 * Initial iframe heights per view, close to what the embed reports at desktop widths
 * with nothing selected; the host script refines them by width before the first
 * message (src/embed/host.ts).
 */
export const INITIAL_HEIGHT: Record<EmbedView, number> = {
  both: 990,
  graph: 640,
  timeline: 600,
  table: 610,
};

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export interface SnippetOptions {
  /** Absolute URL of the folder holding index.html, embed.html and embed.js (ends with "/"). */
  base: string;
  /** The view state to embed (dataset, selection, filters, view, theme, header). */
  state: UrlState;
  /** The data set's title, for the iframe's accessible title. */
  title: string;
  /** The build's still of the data set's graph (none in the dev server). */
  still?: SnippetStill;
}

export interface SnippetStill extends StillSize {
  /** The data set the still is of. */
  readonly datasetId: string;
  /** Its alt text (model/still.ts `datasetStillAlt`). */
  readonly alt: string;
}

/** The still as an <img> at its 1× size that shrinks to narrow columns, 2× for sharp screens. */
export function stillImage(base: string, still: SnippetStill): string {
  const src = escapeAttribute(`${base}${stillFile(still.datasetId)}`);
  const src2x = escapeAttribute(`${base}${stillFile(still.datasetId, 2)}`);
  return `<img src="${src}" srcset="${src2x} 2x" alt="${escapeAttribute(still.alt)}" width="${still.width}" height="${still.height}" style="max-width:100%;height:auto">`;
}

/** What the Share dialog offers for an embed. */
export interface EmbedChoices {
  view: EmbedView;
  theme: Theme;
  /** Show the title and description. */
  header: boolean;
  /** Show the filter bar and search. */
  controls: boolean;
  /** A fixed height in px, or undefined to follow the content. */
  height: number | undefined;
  /** Keep the page's selection, topics and dates; otherwise the data set as it opens. */
  selection: boolean;
  /**
   * The interface language (`lang=`): a locale code, or '' for the data set's own.
   * Left out, the page's `lang` is kept with its selection.
   */
  lang?: string;
}

/** The Share dialog's defaults: what an embed shows with no parameters but its data set. */
export const DEFAULT_CHOICES: EmbedChoices = {
  view: 'both',
  theme: 'auto',
  header: true,
  controls: false,
  height: undefined,
  selection: true,
};

/**
 * The state to share from the page's `current` state and the dialog's choices:
 * defaults are left out of the URL, a height is clamped (an invalid one dropped),
 * and without `selection` only the data set and the graph's mode remain.
 */
export function sharedState(current: UrlState, choices: EmbedChoices): UrlState {
  const kept: UrlState = choices.selection
    ? { ...current, topics: [...current.topics] }
    : { dataset: current.dataset, topics: [], graph: current.graph };
  return {
    ...kept,
    view: choices.view === 'both' ? undefined : choices.view,
    theme: choices.theme === 'auto' ? undefined : choices.theme,
    header: choices.header ? undefined : false,
    controls: choices.controls ? true : undefined,
    height: choices.height === undefined ? undefined : clampHeight(choices.height),
    lang: choices.lang === undefined ? kept.lang : choices.lang || undefined,
  };
}

export function embedUrl(base: string, state: UrlState): string {
  return `${base}embed.html${formatUrlState(state)}`;
}

export function embedSnippet({ base, state, title, still }: SnippetOptions): string {
  // A fixed height is the iframe's for good: the host script keeps `data-height`.
  const fixed = state.height === undefined ? undefined : clampHeight(state.height);
  const height = fixed ?? INITIAL_HEIGHT[state.view ?? 'both'];
  const src = escapeAttribute(embedUrl(base, state));
  const dataHeight = fixed === undefined ? '' : ` data-height="${fixed}"`;
  return [
    `<iframe src="${src}" title="${escapeAttribute(m.embedTitle(title))}" data-parley${dataHeight} loading="lazy" style="width:100%;height:${height}px;border:0"></iframe>`,
    ...(still ? [`<noscript>${stillImage(base, still)}</noscript>`] : []),
    `<script async src="${escapeAttribute(`${base}embed.js`)}"></script>`,
  ].join('\n');
}
