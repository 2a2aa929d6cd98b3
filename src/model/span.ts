/** The period a data set covers, for its overview, and how it reads. */
import { compareDates, formatDate } from './dates';
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

const SPAN_OPTS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

function calendarPrecision(d: PDate): 'year' | 'month' | 'day' {
  return d.precision === 'year' || d.precision === 'month' ? d.precision : 'day';
}

/**
 * A span as a reader would write it, each end at the precision it was written, times
 * left out (the span is about days, not hours): "1872 – 11 November 1918", and at one
 * precision the shared parts once, as the language has it ("August 15 – 18, 2025",
 * "15.–18. August 2025"). A date-time counts as the day it was written on.
 */
export function formatSpan(first: PDate, last: PDate, locale: string): string {
  const a = calendarPrecision(first);
  const b = calendarPrecision(last);
  // Intl has no era for year 0 and before: those are written one end at a time.
  if (first.year < 1 || last.year < 1)
    return `${formatDate(first, locale)} \u2013 ${formatDate(last, locale)}`;
  const wall = (d: PDate) => {
    const w = new Date(0);
    w.setUTCFullYear(d.year, d.month - 1, d.day); // years 1–99 too
    return w;
  };
  const fmt = (p: 'year' | 'month' | 'day') => {
    const opts: Intl.DateTimeFormatOptions = { ...SPAN_OPTS[p], timeZone: 'UTC' };
    try {
      return new Intl.DateTimeFormat(locale, opts);
    } catch {
      return new Intl.DateTimeFormat('en', opts);
    }
  };
  if (a === b) return fmt(a).formatRange(wall(first), wall(last));
  return `${fmt(a).format(wall(first))} \u2013 ${fmt(b).format(wall(last))}`;
}
