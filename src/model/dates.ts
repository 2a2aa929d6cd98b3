/**
 * Dates of the parley/1 format (see DATA-FORMAT.md, "Dates"): parsing with the
 * written precision, display at that precision, sorting and range checks.
 *
 * Pure and dependency-free. Nothing here reads the machine's clock or time zone:
 * calendar dates sit at UTC midnight, date-times at their real instant, and all
 * formatting is done with `timeZone: 'UTC'` on fields as written.
 */

import type { PDate, Precision } from './types';

type ParseResult = { ok: true; date: PDate } | { ok: false; message: string };

const RE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** English month names, January first: for messages and the timeline's class names (display goes through Intl). */
export const MONTH_NAMES: readonly string[] =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3, second: 4 };

const DAY_MS = 86_400_000;

const FORMS = 'write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with Z or ±HH:MM';

/** ms since the epoch of a UTC wall time; safe for years 0–99 (no 1900+ mapping). */
function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  t.setUTCHours(h, mi, s, 0);
  return t.getTime();
}

/** Whether `year` of the proleptic Gregorian calendar has a February 29. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in month `month` (1 = January … 12 = December) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses a parley/1 date, keeping the precision it was written at. */
export function parseDate(text: string): ParseResult {
  if (typeof text !== 'string')
    return { ok: false, message: `expected a date string, got ${typeof text}` };
  const q = `"${text}"`;
  const fail = (message: string): ParseResult => ({ ok: false, message });
  if (text.trim() !== text && RE.test(text.trim()))
    return fail(`${q} has spaces around it; remove them`);
  const m = RE.exec(text);
  if (!m) return fail(`${q} is not a date; ${FORMS}`);

  const [, ys, mos, ds, hs, mis, ss, off] = m;
  const year = +ys!;
  const month = mos ? +mos : 1;
  const day = ds ? +ds : 1;
  const hour = hs ? +hs : 0;
  const minute = mis ? +mis : 0;
  const second = ss ? +ss : 0;

  if (month < 1 || month > 12) return fail(`${q} has no month ${month}`);
  if (ds) {
    const n = daysInMonth(year, month);
    if (day < 1) return fail(`${q} is not a real date: days start at 01`);
    if (day > n)
      return fail(`${q} is not a real date: ${MONTH_NAMES[month - 1]} ${ys} has ${n} days`);
  }

  const precision: Precision = hs
    ? ss
      ? 'second'
      : 'minute'
    : ds
      ? 'day'
      : mos
        ? 'month'
        : 'year';
  let offsetMinutes: number | null = null;
  let start: number;
  let end: number;

  if (hs) {
    if (hour > 23) return fail(`${q} has no hour ${hour}; hours run 00–23`);
    if (minute > 59) return fail(`${q} has no minute ${minute}; minutes run 00–59`);
    if (second > 59) return fail(`${q} has no second ${second}; seconds run 00–59`);
    if (!off) {
      return fail(
        `${q} has no UTC offset; add "Z" or an offset such as "-08:00" (a time without one is ambiguous)`,
      );
    }
    if (off === 'Z') offsetMinutes = 0;
    else {
      const oh = +off.slice(1, 3);
      const om = +off.slice(4, 6);
      if (om > 59)
        return fail(`${q} has an impossible UTC offset ${off}; offset minutes run 00–59`);
      if (oh * 60 + om > 14 * 60)
        return fail(`${q} has UTC offset ${off}; offsets run from -14:00 to +14:00`);
      offsetMinutes = (off[0] === '-' ? -1 : 1) * (oh * 60 + om);
      if (offsetMinutes === 0) offsetMinutes = 0; // no -0
    }
    start = utc(year, month, day, hour, minute, second) - offsetMinutes * 60_000;
    end = start + (ss ? 1000 : 60_000);
  } else {
    start = utc(year, month, day);
    end = ds ? start + DAY_MS : mos ? utc(year, month + 1, 1) : utc(year + 1, 1, 1);
  }

  return {
    ok: true,
    date: { text, precision, year, month, day, hour, minute, second, offsetMinutes, start, end },
  };
}

const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached UTC formatter (Gregorian calendar) for dates and the timeline's axis;
 * unknown or malformed locale tags fall back to 'en'. `kind` names `opts` in the
 * cache: one kind, always the same options.
 */
export function utcFormatter(
  locale: string,
  kind: string,
  opts: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    const o: Intl.DateTimeFormatOptions = { ...opts, timeZone: 'UTC', calendar: 'gregory' };
    try {
      f = new Intl.DateTimeFormat(locale, o);
    } catch {
      f = new Intl.DateTimeFormat('en', o);
    }
    cache.set(key, f);
  }
  return f;
}

const DATE_OPTS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

function offsetLabel(min: number): string {
  if (min === 0) return 'UTC';
  const a = Math.abs(min);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `UTC${min < 0 ? '\u2212' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/**
 * Displays a date at the precision it was written, in `locale`. Date-times show the
 * wall time at their written offset, followed by that offset, e.g.
 * "15 August 2025, 11:00 (UTC−08:00)" in en-GB. The machine's time zone never matters.
 */
export function formatDate(d: PDate, locale = 'en'): string {
  // The written wall time as a UTC instant, so formatting in UTC shows it unchanged.
  const ms = utc(d.year, d.month, d.day, d.hour, d.minute, d.second);
  // Data sets repeat dates (1,164 statements on 89 days in the German set): each
  // distinct one is formatted once.
  const key = `${locale}|${d.precision}|${ms}|${d.offsetMinutes}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  if (formatted.size >= 10_000) formatted.clear();
  const text = formatWall(new Date(ms), d, locale);
  formatted.set(key, text);
  return text;
}

const formatted = new Map<string, string>();

function formatWall(wall: Date, d: PDate, locale: string): string {
  const dp = d.precision === 'minute' || d.precision === 'second' ? 'day' : d.precision;
  const era = d.year < 1; // year 0000 is 1 BC; without the era Intl would print just "1"
  const date = utcFormatter(
    locale,
    dp + (era ? 'e' : ''),
    era ? { ...DATE_OPTS[dp], era: 'short' } : DATE_OPTS[dp],
  ).format(wall);
  if (dp === d.precision) return date;
  const sec = d.precision === 'second';
  const time = utcFormatter(locale, sec ? 's' : 'm', {
    hour: '2-digit',
    minute: '2-digit',
    ...(sec ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(wall);
  return `${date}, ${time} (${offsetLabel(d.offsetMinutes ?? 0)})`;
}

/** "A – B" (en dash), or just A when there is no end. */
export function formatDateRange(start: PDate, end: PDate | undefined, locale = 'en'): string {
  const a = formatDate(start, locale);
  return end ? `${a} \u2013 ${formatDate(end, locale)}` : a;
}

/** Chronological order for mixed precisions: by start, coarser first, then by end, then by text. */
export function compareDates(a: PDate, b: PDate): number {
  return (
    a.start - b.start ||
    RANK[a.precision] - RANK[b.precision] ||
    a.end - b.end ||
    (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
  );
}

/** Written calendar fields truncated to precision rank `r` (0 year, 1 month, 2 day), as one number. */
function calendarKey(d: PDate, r: number): number {
  return d.year * 10_000 + (r >= 1 ? d.month : 0) * 100 + (r >= 2 ? d.day : 0);
}

/**
 * True when `end` lies before `start`, compared at the coarser precision of the two:
 * start "2025-08-15" with end "2025-08" is fine; start "2025-08" with end "2025-07-31"
 * is not. A date-time compared with a calendar date uses its written (local) date.
 */
export function endBeforeStart(start: PDate, end: PDate): boolean {
  const r = Math.min(RANK[start.precision], RANK[end.precision]);
  if (r >= RANK.minute) {
    // Both are date-times: compare instants, truncated to whole minutes if either is
    // minute-precision (offsets are whole minutes, so truncation is frame-independent).
    const t = (x: number) => (r === RANK.minute ? Math.floor(x / 60_000) : x);
    return t(end.start) < t(start.start);
  }
  return calendarKey(end, r) < calendarKey(start, r);
}

/**
 * True when the period of `d` overlaps [from.start, to.end): bounds are inclusive at
 * the precision they were written, and a missing bound is open.
 */
export function inWindow(d: PDate, from?: PDate, to?: PDate): boolean {
  return (!from || d.end > from.start) && (!to || d.start < to.end);
}
