/** The period a data set covers, for its overview. */
import { compareDates } from './dates';
import type { Dataset, PDate } from './types';

/**
 * The earliest date (by start) and the date that ends last, among events (start
 * and end) and statements; undefined when there are none. Each keeps the precision
 * it was written at, so the span reads e.g. "August 1948 – 2048".
 */
export function dateSpan(ds: Dataset): { first: PDate; last: PDate } | undefined {
  const dates: PDate[] = [];
  for (const e of ds.events) dates.push(e.start, ...(e.end ? [e.end] : []));
  for (const s of ds.statements) dates.push(s.date);
  let first = dates[0];
  let last = dates[0];
  if (first === undefined || last === undefined) return undefined;
  for (const d of dates) {
    if (compareDates(d, first) < 0) first = d;
    if (d.end > last.end) last = d;
  }
  return { first, last };
}
