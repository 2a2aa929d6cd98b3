/**
 * Time-axis labels in the data set's language, always in UTC: calendar dates sit at
 * UTC midnight (see model/dates.ts), so the axis must not shift them into the
 * reader's time zone. `scale` is the axis step vis-timeline picked.
 */
import { utcFormatter } from '../model/dates';

export type AxisScale =
  'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

type Fmt = Intl.DateTimeFormatOptions;

const TIME: Fmt = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

const MINOR: Record<AxisScale, Fmt> = {
  millisecond: { ...TIME, second: '2-digit' },
  second: { ...TIME, second: '2-digit' },
  minute: TIME,
  hour: TIME,
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  week: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

const MAJOR: Record<AxisScale, Fmt | null> = {
  millisecond: { day: 'numeric', month: 'long', year: 'numeric', ...TIME },
  second: { day: 'numeric', month: 'long', year: 'numeric', ...TIME },
  minute: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  hour: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
  year: null,
};

function format(ms: number, locale: string, kind: string, opts: Fmt): string {
  return utcFormatter(locale, kind, opts).format(new Date(ms));
}

function scaleOf(scale: string): AxisScale {
  return scale in MINOR ? (scale as AxisScale) : 'day';
}

/** The small label under each tick: "15", "Aug", "1959", "11:00". */
export function minorLabel(ms: number, scale: string, locale: string): string {
  const s = scaleOf(scale);
  return format(ms, locale, `minor-${s}`, MINOR[s]);
}

/** The larger label that names the period the ticks belong to: "August 2025", "1959". */
export function majorLabel(ms: number, scale: string, locale: string): string {
  const s = scaleOf(scale);
  const opts = MAJOR[s];
  return opts ? format(ms, locale, `major-${s}`, opts) : '';
}
