/** What the reader has selected: nothing, an actor, an event, a topic node or an edge. */
export type Selection =
  | { readonly kind: 'none' }
  | { readonly kind: 'actor'; readonly id: string }
  | { readonly kind: 'event'; readonly id: string }
  | { readonly kind: 'topic'; readonly id: string }
  | { readonly kind: 'edge'; readonly source: string; readonly target: string };

export const NOTHING: Selection = { kind: 'none' };

export function sameSelection(a: Selection, b: Selection): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'edge' && b.kind === 'edge') return a.source === b.source && a.target === b.target;
  if ('id' in a && 'id' in b) return a.id === b.id;
  return true;
}

/**
 * A selection as the URL and the embed's messages name it: an actor, an event, the
 * edge from an actor `about` another actor or `on` a topic, or a topic (`on` alone).
 */
export interface SelectionIds {
  actor?: string;
  about?: string;
  on?: string;
  event?: string;
}
