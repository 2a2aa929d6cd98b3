/**
 * Sorting the statements table: one comparator per column. Dates sort
 * chronologically (compareDates, not by their text); names and texts with the data
 * set's language (Intl.Collator); stance and certainty in a fixed, meaningful order.
 * Ties fall back to chronological order, then id, so every order is total and stable.
 * Rows with nothing in the sorted column (no `about`, no topic, no source) go last
 * in both directions: an empty cell is missing, not "smallest".
 */
import { compareDates } from './dates';
import { compareIds } from './derive';
import type { Certainty, Stance, Statement } from './types';

export const SORT_KEYS = [
  'date',
  'speaker',
  'about',
  'topic',
  'stance',
  'certainty',
  'text',
  'source',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface SortOrder {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

/** Favourable to unfavourable, with the two in-between stances in the middle. */
const STANCE_ORDER: Record<Stance, number> = { positive: 0, mixed: 1, neutral: 2, negative: 3 };
/** Firmest attribution first. */
const CERTAINTY_ORDER: Record<Certainty, number> = {
  confirmed: 0,
  reported: 1,
  alleged: 2,
  denied: 3,
};

/** A collator for `locale`, falling back to English for an unknown or malformed tag. */
export function collatorFor(locale: string): Intl.Collator {
  try {
    return new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  } catch {
    return new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  }
}

/** The text a column shows, for text sorting; undefined when the cell is empty. */
export function sortText(s: Statement, key: SortKey): string | undefined {
  switch (key) {
    case 'speaker':
      return s.speaker.name;
    case 'about':
      return s.about.length > 0 ? s.about.map((a) => a.name).join(', ') : undefined;
    case 'topic':
      return s.topic?.label;
    case 'text':
      return s.quote ?? s.summary;
    case 'source': {
      const first = s.sources[0];
      return first === undefined ? undefined : (first.publisher ?? first.title);
    }
    default:
      return undefined;
  }
}

function chronology(a: Statement, b: Statement): number {
  return compareDates(a.date, b.date) || compareIds(a.id, b.id);
}

/** A sorted copy of `statements` in `order`; the input is not changed. */
export function sortStatements(
  statements: readonly Statement[],
  order: SortOrder,
  locale: string,
): Statement[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const collator = collatorFor(locale);
  const primary = (a: Statement, b: Statement): number => {
    switch (order.key) {
      case 'date':
        return compareDates(a.date, b.date);
      case 'stance':
        return STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance];
      case 'certainty':
        return CERTAINTY_ORDER[a.certainty] - CERTAINTY_ORDER[b.certainty];
      default: {
        const x = sortText(a, order.key);
        const y = sortText(b, order.key);
        return collator.compare(x ?? '', y ?? '');
      }
    }
  };
  const empty = (s: Statement): boolean =>
    order.key !== 'date' &&
    order.key !== 'stance' &&
    order.key !== 'certainty' &&
    sortText(s, order.key) === undefined;
  return [...statements].sort((a, b) => {
    const ea = empty(a);
    const eb = empty(b);
    if (ea !== eb) return ea ? 1 : -1;
    return sign * primary(a, b) || (order.key === 'date' ? sign : 1) * chronology(a, b);
  });
}

/** The next order after a click on `key`'s header: a new column starts ascending, the same one flips. */
export function nextOrder(current: SortOrder, key: SortKey): SortOrder {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
