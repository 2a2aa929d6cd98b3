/**
 * Finds actors (by name or alias) and events (by title) for the search box:
 * case- and diacritics-insensitive through Intl.Collator at "base" sensitivity,
 * so "selenskyj" finds "Selenskyj" and "zelenskyy" finds "Zelenskyy".
 */
import type { Dataset } from './types';

export interface SearchHit {
  readonly kind: 'actor' | 'event';
  readonly id: string;
  /** The name or title shown. */
  readonly label: string;
  /** The alias that matched, when it was not the name. */
  readonly matched?: string;
}

/** True when `query` occurs in `text`, ignoring case and diacritics. */
export function containsLoosely(collator: Intl.Collator, text: string, query: string): boolean {
  const length = query.length;
  if (length === 0) return true;
  // Compare every window of the query's length (and one longer/shorter, since a
  // letter with a combining mark may take two code units).
  for (let i = 0; i + length - 1 <= text.length; i++) {
    for (const width of [length, length + 1, length - 1]) {
      if (
        width > 0 &&
        i + width <= text.length &&
        collator.compare(text.slice(i, i + width), query) === 0
      ) {
        return true;
      }
    }
  }
  return false;
}

function startsLoosely(collator: Intl.Collator, text: string, query: string): boolean {
  return collator.compare(text.slice(0, query.length), query) === 0;
}

/**
 * Hits for `query`, best first: names that start with the query, then names that
 * contain it, then aliases; actors before events within each rank.
 */
export function search(ds: Dataset, query: string, limit = 10): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  // The root collation, not the data set's language: German search rules, for
  // one, keep "ü" apart from "u", but a reader typing "zurich" means "Zürich".
  const collator = new Intl.Collator('und', { sensitivity: 'base' });
  const ranked: Array<{ hit: SearchHit; rank: number }> = [];
  const consider = (
    kind: SearchHit['kind'],
    id: string,
    label: string,
    aliases: readonly string[],
  ) => {
    if (startsLoosely(collator, label, q)) ranked.push({ hit: { kind, id, label }, rank: 0 });
    else if (containsLoosely(collator, label, q))
      ranked.push({ hit: { kind, id, label }, rank: 1 });
    else {
      const alias = aliases.find((a) => containsLoosely(collator, a, q));
      if (alias) ranked.push({ hit: { kind, id, label, matched: alias }, rank: 2 });
    }
  };
  for (const actor of ds.actors) consider('actor', actor.id, actor.name, actor.aliases);
  for (const event of ds.events) consider('event', event.id, event.title, []);
  return ranked
    .sort(
      (a, b) =>
        a.rank - b.rank || (a.hit.kind === b.hit.kind ? 0 : a.hit.kind === 'actor' ? -1 : 1),
    )
    .slice(0, limit)
    .map((r) => r.hit);
}
