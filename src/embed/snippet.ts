/**
 * The embed code a journalist pastes into a CMS: an iframe (title, lazy loading,
 * data-parley, an initial height per view) plus the host script that sizes it.
 */
import { formatUrlState, type EmbedView, type UrlState } from '../state/url';

/**
 * Initial iframe heights per view, close to what the embed reports at desktop widths
 * with nothing selected; the host script refines them by width before the first
 * message (src/embed/host.ts).
 */
export const INITIAL_HEIGHT: Record<EmbedView, number> = {
  both: 1450,
  graph: 1150,
  timeline: 1400,
  table: 2500,
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
}

export function embedUrl(base: string, state: UrlState): string {
  return `${base}embed.html${formatUrlState(state)}`;
}

export function fullViewUrl(base: string, state: UrlState): string {
  // The full page has no embed-only parameters.
  return `${base}index.html${formatUrlState({ ...state, view: undefined, theme: undefined, header: undefined })}`;
}

export function embedSnippet({ base, state, title }: SnippetOptions): string {
  const height = INITIAL_HEIGHT[state.view ?? 'both'];
  const src = escapeAttribute(embedUrl(base, state));
  return [
    `<iframe src="${src}" title="${escapeAttribute(`${title} (interactive graphic)`)}" data-parley loading="lazy" style="width:100%;height:${height}px;border:0"></iframe>`,
    `<script async src="${escapeAttribute(`${base}embed.js`)}"></script>`,
  ].join('\n');
}
