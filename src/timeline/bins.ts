/**
 * Statements counted per calendar period, at the precision their dates were written:
 * the aggregated Statements row of a large data set (and, as plain data, the counts a
 * "Stances over time" chart can draw). Pure: no DOM, no vis-timeline.
 *
 * Periods are UTC calendar days, ISO weeks (Monday to Sunday), months, years and
 * decades (1990–1999), as on the timeline's axis. The rule for a statement dated coarser than the bins asked
 * for: it is never put at the start of its period ("2011" is not January 2011).
 * A statement goes to the bin of the asked unit that holds its whole written period;
 * when no such bin exists (a month-precision date in a week or day view, a
 * year-precision one in anything finer than years) it goes to a bin of its own
 * precision, its month or year, in a separate coarser band. So each bin says
 * exactly what the data says, and every statement is counted once.
 */
import { formatDate } from '../model/dates';
import { STANCES, type PDate, type Precision, type Stance } from '../model/types';

export type BinUnit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** Units from fine to coarse. */
export const BIN_UNITS: readonly BinUnit[] = ['day', 'week', 'month', 'year', 'decade'];

const DAY = 86_400_000;

/** What binning needs of a statement. */
export interface BinPoint {
  readonly id: string;
  readonly stance: Stance;
  readonly date: PDate;
}

/** Statements in one period. */
export interface Bin {
  /** The bin's period: the unit asked for, or a statement precision coarser than it. */
  readonly unit: BinUnit;
  /** First instant, ms since the epoch (UTC). */
  readonly start: number;
  /** Exclusive end. */
  readonly end: number;
  readonly total: number;
  /** Statements per stance (all four stances, zeros included). */
  readonly counts: Readonly<Record<Stance, number>>;
  /** The statements' ids, in input order. */
  readonly ids: readonly string[];
}

/** The period a date's precision names: its day (date-times too), month or year. */
export function precisionUnit(precision: Precision): BinUnit {
  return precision === 'year' ? 'year' : precision === 'month' ? 'month' : 'day';
}

/** Whether every period of `inner` lies within one period of `outer`. */
export function nests(inner: BinUnit, outer: BinUnit): boolean {
  if (inner === outer || inner === 'day') return true;
  if (inner === 'month') return outer === 'year' || outer === 'decade';
  return inner === 'year' && outer === 'decade';
}

/** The start of the `unit` period holding `t`. */
export function floorTo(t: number, unit: BinUnit): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  switch (unit) {
    case 'decade':
      return Date.UTC(Math.floor(y / 10) * 10, 0, 1);
    case 'year':
      return Date.UTC(y, 0, 1);
    case 'month':
      return Date.UTC(y, d.getUTCMonth(), 1);
    case 'week': {
      const day = Date.UTC(y, d.getUTCMonth(), d.getUTCDate());
      return day - ((d.getUTCDay() + 6) % 7) * DAY;
    }
    case 'day':
      return Date.UTC(y, d.getUTCMonth(), d.getUTCDate());
  }
}

/** The start of the `unit` period after the one starting at `start`. */
export function nextStart(start: number, unit: BinUnit): number {
  const d = new Date(start);
  switch (unit) {
    case 'decade':
      return Date.UTC(d.getUTCFullYear() + 10, 0, 1);
    case 'year':
      return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    case 'week':
      return start + 7 * DAY;
    case 'day':
      return start + DAY;
  }
}

/** The typical length of a period (a month is 30.44 days), for choosing a unit. */
const NOMINAL: Record<BinUnit, number> = {
  day: DAY,
  week: 7 * DAY,
  month: 30.44 * DAY,
  year: 365.25 * DAY,
  decade: 3652.5 * DAY,
};

/**
 * The finest unit whose bins are at least `minPx` wide at `msPerPx`; decades when
 * even those are narrower (twenty years on a phone).
 */
export function unitFor(msPerPx: number, minPx: number): BinUnit {
  return BIN_UNITS.find((u) => NOMINAL[u] / msPerPx >= minPx) ?? 'decade';
}

const zero = (): Record<Stance, number> => ({ positive: 0, negative: 0, neutral: 0, mixed: 0 });

/**
 * The statements' bins for `unit` (see the rule at the top), sorted by start, then
 * finer unit first. Bins without statements are left out.
 */
export function binStatements(points: readonly BinPoint[], unit: BinUnit): Bin[] {
  const open = new Map<
    string,
    { unit: BinUnit; start: number; counts: Record<Stance, number>; ids: string[] }
  >();
  for (const p of points) {
    const own = precisionUnit(p.date.precision);
    const u = nests(own, unit) ? unit : own;
    const start = floorTo(p.date.start, u);
    const key = `${u}:${start}`;
    let bin = open.get(key);
    if (!bin) open.set(key, (bin = { unit: u, start, counts: zero(), ids: [] }));
    bin.counts[p.stance] += 1;
    bin.ids.push(p.id);
  }
  const rank = (u: BinUnit) => BIN_UNITS.indexOf(u);
  return [...open.values()]
    .map((b) => ({
      unit: b.unit,
      start: b.start,
      end: nextStart(b.start, b.unit),
      total: b.ids.length,
      counts: b.counts,
      ids: b.ids,
    }))
    .sort((a, b) => a.start - b.start || rank(a.unit) - rank(b.unit));
}

/** `binStatements` for `points`, made once per unit when first asked. */
export function binMemo(points: readonly BinPoint[]): (unit: BinUnit) => Bin[] {
  const made = new Map<BinUnit, Bin[]>();
  return (unit) => {
    let bins = made.get(unit);
    if (!bins) made.set(unit, (bins = binStatements(points, unit)));
    return bins;
  };
}

/** Bins that overlap [from, to). */
export function binsIn(bins: readonly Bin[], from: number, to: number): Bin[] {
  return bins.filter((b) => b.end > from && b.start < to);
}

/** The calendar date at UTC instant `t`, at `precision`, for formatting. */
export function calendar(t: number, precision: 'year' | 'month' | 'day'): PDate {
  const d = new Date(t);
  return {
    text: '',
    precision,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
    offsetMinutes: null,
    start: t,
    end: t,
  };
}

/** The bin's period in words: "2011", "March 2011", "March 14, 2011", "March 14 – 20, 2011". */
export function binPeriod(bin: Pick<Bin, 'unit' | 'start' | 'end'>, locale: string): string {
  if (bin.unit === 'decade') {
    const first = formatDate(calendar(bin.start, 'year'), locale);
    const last = formatDate(
      calendar(Date.UTC(new Date(bin.start).getUTCFullYear() + 9, 0, 1), 'year'),
      locale,
    );
    return `${first} \u2013 ${last}`;
  }
  if (bin.unit !== 'week') return formatDate(calendar(bin.start, bin.unit), locale);
  const first = formatDate(calendar(bin.start, 'day'), locale);
  const last = formatDate(calendar(bin.end - DAY, 'day'), locale);
  return `${first} \u2013 ${last}`;
}

/** Stances with their counts, in the legend's order, zeros left out. */
export function binMix(bin: Pick<Bin, 'counts'>): { stance: Stance; count: number }[] {
  return STANCES.filter((s) => bin.counts[s] > 0).map((stance) => ({
    stance,
    count: bin.counts[stance],
  }));
}
