/**
 * Readiness, announced rather than guessed. Scripts that drive the page (the browser
 * tests, a host page's own code) cannot tell from the DOM alone when the views are
 * interactive: the graph's nodes exist before they are painted, and the timeline is
 * drawn after the graph, which moves everything below it. So the app root (`#app`)
 * carries `data-ready`, the views that are ready, space-separated:
 *
 * - `graph`: laid out and painted, its handlers live (or its layout failed and says so);
 * - `timeline`: vis-timeline has drawn the items at the first window (fitted to their
 *   labels), so the page's layout above and around it has settled.
 *
 * Tokens are only ever added: later redraws (a zoom, a filter) are not announced.
 */

export type ReadyView = 'graph' | 'timeline';

/** The `data-ready` value with `view` added: each token once, in a stable order. */
export function withReady(current: string | undefined, view: ReadyView): string {
  const tokens = new Set((current ?? '').split(/\s+/).filter(Boolean));
  tokens.add(view);
  return [...tokens].sort().join(' ');
}

/** Adds `view` to the app root's `data-ready`. */
export function markReady(view: ReadyView): void {
  const root = document.getElementById('app');
  if (root) root.dataset.ready = withReady(root.dataset.ready, view);
}
