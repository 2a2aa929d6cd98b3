/**
 * A UTC-only stand-in for the part of Moment.js that vis-timeline calls. vis-timeline
 * imports `moment` for stepping along its time axis and converting dates; Moment
 * itself is about 20 KB gzipped, most of a budget, for features Parley never uses
 * (local time zones, locales, parsing formats, durations). The Vite config points
 * vis-timeline's `import moment from 'moment'` here (see swap-moment-plugin.ts).
 *
 * Everything is UTC: Parley's calendar dates sit at UTC midnight (model/dates.ts),
 * so the axis must not shift them into the reader's zone. The locale is always
 * Moment's "en" (weeks start on Sunday; week 1 holds January 1): Parley draws its
 * own axis labels through Intl (axis.ts), so only class names see it.
 *
 * Same semantics as Moment in UTC mode, including its mutability (setters and
 * `add` change the object and return it) and its month arithmetic (January 31 plus
 * a month is February 28 or 29), for exactly the methods vis-timeline calls:
 * tests/unit/vis-timeline-utc-moment.test.ts checks them against Moment itself,
 * operation by operation, and tests/unit/vis-timeline-upgrade.test.ts checks that
 * the installed vis-timeline calls nothing else (README.md, next to this file).
 */

import { daysInMonth as daysInCalendarMonth, isLeapYear, MONTH_NAMES } from '../../model/dates';

const DAY = 86_400_000;

type Unit = 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const ALIASES: Readonly<Record<string, Unit>> = {
  ms: 'millisecond',
  s: 'second',
  m: 'minute',
  h: 'hour',
  d: 'day',
  D: 'day',
  date: 'day',
  w: 'week',
  M: 'month',
  y: 'year',
};

const UNITS = new Set<string>([
  'millisecond',
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
]);

/** Moment's unit names: "days", "day", "d" and "D" are all days. */
function unitOf(name: string | undefined): Unit | undefined {
  if (name === undefined) return undefined;
  if (name in ALIASES) return ALIASES[name];
  const lower = name.toLowerCase();
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  if (singular === 'date') return 'day';
  return UNITS.has(singular) ? (singular as Unit) : undefined;
}

/** Days in `month` as Moment counts months (0 = January), which may overflow a year. */
function daysInMonth(year: number, month: number): number {
  const m = ((month % 12) + 12) % 12;
  return daysInCalendarMonth(year + (month - m) / 12, m + 1);
}

/** Units of a fixed length, in ms. */
const DIFF_MS: Partial<Record<Unit, number>> = {
  millisecond: 1,
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: DAY,
  week: 7 * DAY,
};

/** Rounds half away from zero, as Moment rounds day and month amounts. */
const absRound = (n: number): number => (n < 0 ? -Math.round(-n) : Math.round(n));

/** Moment's locale week ("en": weeks start on Sunday, week 1 holds January 1). */
function firstWeekOffset(year: number): number {
  const jan1 = new Date(0);
  jan1.setUTCFullYear(year, 0, 1);
  return -jan1.getUTCDay();
}

function weeksInYear(year: number): number {
  return ((isLeapYear(year) ? 366 : 365) - firstWeekOffset(year) + firstWeekOffset(year + 1)) / 7;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number): string => {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
};

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const TOKENS =
  /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|d|HH|H|hh|h|mm|m|ss|s|SSS|A|a|ww|w|Z/g;

export class UtcMoment {
  #d: Date;

  constructor(ms: number) {
    this.#d = new Date(ms);
  }

  valueOf(): number {
    return this.#d.getTime();
  }
  toDate(): Date {
    return new Date(this.#d.getTime());
  }
  /** vis-timeline calls this on Dates only, but the name is Moment's (see README.md). */
  toISOString(): string {
    return this.#d.toISOString();
  }
  clone(): UtcMoment {
    return new UtcMoment(this.valueOf());
  }
  /** Only "en" exists: the getter names it, the setter changes nothing. */
  locale(): string;
  locale(name: string): this;
  locale(name?: string): string | this {
    return name === undefined ? 'en' : this;
  }
  /** Moment before 2.8.1; vis-timeline names it as the fallback when `locale` is missing. */
  lang(name?: string): string | this {
    return name === undefined ? 'en' : this;
  }

  year(): number;
  year(value: number): this;
  year(value?: number): number | this {
    if (value === undefined) return this.#d.getUTCFullYear();
    const month = this.#d.getUTCMonth();
    // February 29 in a year without one becomes February 28, as in Moment.
    const date = Math.min(this.#d.getUTCDate(), daysInMonth(value, month));
    this.#d.setUTCFullYear(Math.trunc(value), month, date);
    return this;
  }

  month(): number;
  month(value: number): this;
  month(value?: number): number | this {
    if (value === undefined) return this.#d.getUTCMonth();
    const m = Math.trunc(value);
    const date = Math.min(this.#d.getUTCDate(), daysInMonth(this.#d.getUTCFullYear(), m));
    this.#d.setUTCMonth(m, date);
    return this;
  }

  date(): number;
  date(value: number): this;
  date(value?: number): number | this {
    if (value === undefined) return this.#d.getUTCDate();
    this.#d.setUTCDate(value);
    return this;
  }

  hours(): number;
  hours(value: number): this;
  hours(value?: number): number | this {
    if (value === undefined) return this.#d.getUTCHours();
    this.#d.setUTCHours(value);
    return this;
  }

  minutes(): number;
  minutes(value: number): this;
  minutes(value?: number): number | this {
    if (value === undefined) return this.#d.getUTCMinutes();
    this.#d.setUTCMinutes(value);
    return this;
  }

  seconds(): number;
  seconds(value: number): this;
  seconds(value?: number): number | this {
    if (value === undefined) return this.#d.getUTCSeconds();
    this.#d.setUTCSeconds(value);
    return this;
  }

  milliseconds(): number;
  milliseconds(value: number): this;
  milliseconds(value?: number): number | this {
    if (value === undefined) return this.#d.getUTCMilliseconds();
    this.#d.setUTCMilliseconds(value);
    return this;
  }

  /** Day of the week, Sunday = 0; setting moves within the week (may leave it). */
  day(): number;
  day(value: number): this;
  day(value?: number): number | this {
    const day = this.#d.getUTCDay();
    return value === undefined ? day : this.add(value - day, 'day');
  }

  /** The locale's day of the week: in "en", the same as `day`. */
  weekday(): number;
  weekday(value: number): this;
  weekday(value?: number): number | this {
    return value === undefined ? this.day() : this.day(value);
  }

  /** Monday = 1 … Sunday = 7. */
  isoWeekday(): number;
  isoWeekday(value: number): this;
  isoWeekday(value?: number): number | this {
    const day = this.day() || 7;
    return value === undefined ? day : this.add(value - day, 'day');
  }

  dayOfYear(): number;
  dayOfYear(value: number): this;
  dayOfYear(value?: number): number | this {
    const y = this.clone().startOf('year').valueOf();
    const doy = Math.round((this.clone().startOf('day').valueOf() - y) / DAY) + 1;
    return value === undefined ? doy : this.add(value - doy, 'day');
  }

  /** The locale's week of the year ("en": week 1 holds January 1). */
  week(): number;
  week(value: number): this;
  week(value?: number): number | this {
    const year = this.year();
    const offset = firstWeekOffset(year);
    const raw = Math.floor((this.dayOfYear() - offset - 1) / 7) + 1;
    const week =
      raw < 1
        ? raw + weeksInYear(year - 1)
        : raw > weeksInYear(year)
          ? raw - weeksInYear(year)
          : raw;
    return value === undefined ? week : this.add((value - week) * 7, 'day');
  }

  /** Adds an amount of a unit; days and months are whole (rounded), as in Moment. */
  add(amount: number, unitName: string): this {
    const unit = unitOf(unitName);
    const n = Number(amount);
    if (unit === undefined || !Number.isFinite(n)) return this;
    switch (unit) {
      case 'millisecond':
      case 'second':
      case 'minute':
      case 'hour': {
        this.#d.setTime(this.valueOf() + n * DIFF_MS[unit]!);
        return this;
      }
      case 'day':
      case 'week': {
        const days = absRound(unit === 'week' ? n * 7 : n);
        if (days) this.#d.setUTCDate(this.#d.getUTCDate() + days);
        return this;
      }
      default: {
        const months = absRound(unit === 'year' ? n * 12 : n);
        if (months) this.month(this.#d.getUTCMonth() + months);
        return this;
      }
    }
  }

  subtract(amount: number, unitName: string): this {
    return this.add(-amount, unitName);
  }

  startOf(unitName: string): this {
    const unit = unitOf(unitName);
    const d = this.#d;
    switch (unit) {
      case 'year':
        d.setUTCMonth(0, 1);
        d.setUTCHours(0, 0, 0, 0);
        break;
      case 'month':
        d.setUTCDate(1);
        d.setUTCHours(0, 0, 0, 0);
        break;
      case 'week':
        d.setUTCDate(d.getUTCDate() - d.getUTCDay());
        d.setUTCHours(0, 0, 0, 0);
        break;
      case 'day':
        d.setUTCHours(0, 0, 0, 0);
        break;
      case 'hour':
        d.setUTCMinutes(0, 0, 0);
        break;
      case 'minute':
        d.setUTCSeconds(0, 0);
        break;
      case 'second':
        d.setUTCMilliseconds(0);
        break;
    }
    return this;
  }

  isSame(other: unknown, unitName?: string): boolean {
    const ms = toMs(other);
    const unit = unitOf(unitName) ?? 'millisecond';
    if (unit === 'millisecond') return this.valueOf() === ms;
    // The axis asks about days, months and years for every tick: answer those directly.
    if (unit === 'day') return Math.floor(this.valueOf() / DAY) === Math.floor(ms / DAY);
    if (unit === 'month' || unit === 'year') {
      const other = new Date(ms);
      return (
        other.getUTCFullYear() === this.#d.getUTCFullYear() &&
        (unit === 'year' || other.getUTCMonth() === this.#d.getUTCMonth())
      );
    }
    // Week, hour, minute: the same unit when both start it at the same instant.
    return this.clone().startOf(unit).valueOf() === utcMoment(ms).startOf(unit).valueOf();
  }

  /**
   * The difference in whole units, truncated towards zero, as in Moment. vis-timeline
   * asks for days only; months and years (which Moment counts along the calendar)
   * are refused rather than answered wrongly.
   */
  diff(other: unknown, unitName?: string): number {
    const unit = unitOf(unitName) ?? 'millisecond';
    const ms = DIFF_MS[unit];
    if (ms === undefined) throw new Error(`utcMoment: diff in ${unit}s is not supported`);
    return Math.trunc((this.valueOf() - toMs(other)) / ms) || 0;
  }

  /** Moment's format tokens in "en"; no argument gives ISO 8601 with a Z. */
  format(pattern = 'YYYY-MM-DDTHH:mm:ss[Z]'): string {
    if (Number.isNaN(this.valueOf())) return 'Invalid date';
    return pattern.replace(TOKENS, (token: string, literal: string | undefined) =>
      literal !== undefined ? literal : this.#token(token),
    );
  }

  #token(token: string): string {
    const d = this.#d;
    const h = d.getUTCHours();
    switch (token) {
      case 'YYYY':
        return pad(d.getUTCFullYear(), 4);
      case 'YY':
        return pad(d.getUTCFullYear() % 100, 2);
      case 'MMMM':
        return MONTH_NAMES[d.getUTCMonth()]!;
      case 'MMM':
        return MONTH_NAMES[d.getUTCMonth()]!.slice(0, 3);
      case 'MM':
        return pad(d.getUTCMonth() + 1, 2);
      case 'M':
        return String(d.getUTCMonth() + 1);
      case 'Do':
        return ordinal(d.getUTCDate());
      case 'DD':
        return pad(d.getUTCDate(), 2);
      case 'D':
        return String(d.getUTCDate());
      case 'dddd':
        return DAYS[d.getUTCDay()]!;
      case 'ddd':
        return DAYS[d.getUTCDay()]!.slice(0, 3);
      case 'd':
        return String(d.getUTCDay());
      case 'HH':
        return pad(h, 2);
      case 'H':
        return String(h);
      case 'hh':
        return pad(h % 12 || 12, 2);
      case 'h':
        return String(h % 12 || 12);
      case 'mm':
        return pad(d.getUTCMinutes(), 2);
      case 'm':
        return String(d.getUTCMinutes());
      case 'ss':
        return pad(d.getUTCSeconds(), 2);
      case 's':
        return String(d.getUTCSeconds());
      case 'SSS':
        return pad(d.getUTCMilliseconds(), 3);
      case 'A':
        return h < 12 ? 'AM' : 'PM';
      case 'a':
        return h < 12 ? 'am' : 'pm';
      case 'ww':
        return pad(this.week(), 2);
      case 'w':
        return String(this.week());
      default:
        // 'Z': always UTC.
        return '+00:00';
    }
  }
}

function toMs(value: unknown): number {
  return utcMoment(value).valueOf();
}

/**
 * `moment(value)`: now when called without a value; a copy of a moment or Date; ms
 * since the epoch; or a string in ISO 8601 (read as UTC when it has no offset).
 */
export function utcMoment(value?: unknown): UtcMoment {
  if (value === undefined) return new UtcMoment(Date.now());
  if (value instanceof UtcMoment || value instanceof Date) return new UtcMoment(value.valueOf());
  if (typeof value === 'number') return new UtcMoment(value);
  if (typeof value === 'string') return new UtcMoment(parseIso(value));
  return new UtcMoment(Number.NaN);
}

const HAS_TIME_WITHOUT_OFFSET = /^[+-]?\d{4,6}-\d\d-\d\dT[\d:.]+$/;

function parseIso(text: string): number {
  const trimmed = text.trim();
  // Date.parse reads a date-time without an offset as local time; here it is UTC.
  return Date.parse(HAS_TIME_WITHOUT_OFFSET.test(trimmed) ? `${trimmed}Z` : trimmed);
}

utcMoment.isMoment = (value: unknown): value is UtcMoment => value instanceof UtcMoment;
/** Only "en" exists; setting another locale changes nothing. */
utcMoment.locale = (): string => 'en';
utcMoment.lang = utcMoment.locale;

export default utcMoment;
