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

/** Printable ASCII only: letters, digits, spaces and punctuation. */
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * The match of `query` in `text`: 0 when the text starts with it, 1 when it contains
 * it, undefined otherwise. Between printable ASCII texts, "base" collation tells only
 * case apart, so lower-casing answers the same as the collator, and answers fast: at
 * 6,000 names and titles, the collator's windows took about a tenth of a second a
 * keystroke. Any other text goes through the collator.
 */
function matchRank(
  collator: Intl.Collator,
  text: string,
  query: string,
  plainQuery: string | undefined,
): 0 | 1 | undefined {
  if (plainQuery !== undefined && PLAIN.test(text)) {
    const lower = text.toLowerCase();
    return lower.startsWith(plainQuery) ? 0 : lower.includes(plainQuery) ? 1 : undefined;
  }
  return startsLoosely(collator, text, query)
    ? 0
    : containsLoosely(collator, text, query)
      ? 1
      : undefined;
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
  const plain = PLAIN.test(q) ? q.toLowerCase() : undefined;
  const ranked: Array<{ hit: SearchHit; rank: number }> = [];
  const consider = (
    kind: SearchHit['kind'],
    id: string,
    label: string,
    aliases: readonly string[],
  ) => {
    const rank = matchRank(collator, label, q, plain);
    if (rank !== undefined) ranked.push({ hit: { kind, id, label }, rank });
    else {
      const alias = aliases.find((a) => matchRank(collator, a, q, plain) !== undefined);
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
