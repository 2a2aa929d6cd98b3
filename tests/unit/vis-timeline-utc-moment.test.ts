// The UTC stand-in for Moment (src/vendor/vis-timeline/utc-moment.ts) against the real
// Moment in UTC mode: every operation vis-timeline calls, on generated instants
// (fast-check, fixed seed) and on the calendar's awkward days.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import moment from 'moment';
import { utcMoment, type UtcMoment } from '../../src/vendor/vis-timeline/utc-moment';

// Moment warns (on stderr) when it falls back to Date for unparseable text.
moment.suppressDeprecationWarnings = true;

const SEED = { seed: 20250815, numRuns: 400 };

// Years 0001–9999 (Moment formats years outside as "+10000" or negative).
const MIN = Date.parse('0001-01-01T00:00:00Z');
const MAX = Date.parse('9999-12-31T23:59:59.999Z');
const instant = fc.integer({ min: MIN + 366 * 864e5, max: MAX - 366 * 864e5 });

const AWKWARD = [
  '2024-02-29T12:00:00.000Z', // leap day
  '2023-01-31T23:59:59.999Z', // month end before a short month
  '2025-12-31T00:00:00.000Z', // year end, week 1 of the next year
  '2021-01-01T00:00:00.000Z', // a Friday January 1
  '2017-01-01T00:00:00.000Z', // a Sunday January 1
  '1900-02-28T06:30:00.000Z', // not a leap year
  '2000-02-29T00:00:00.000Z', // a leap year by 400
  '0001-01-01T00:00:00.000Z',
  '1969-12-31T23:59:59.999Z', // the millisecond before the epoch
  '1959-12-01T10:00:00.000Z',
].map((iso) => Date.parse(iso));

const real = (ms: number) => moment.utc(ms);
const mine = (ms: number) => utcMoment(ms);
type Same = (m: moment.Moment | UtcMoment) => unknown;

/** The same call on both, with the same result and the same instant afterwards. */
function agree(ms: number, call: Same): void {
  const a = real(ms);
  const b = mine(ms);
  const ra = call(a);
  const rb = call(b);
  const norm = (r: unknown) => (r && typeof r === 'object' ? r.valueOf() : r);
  expect(norm(rb), `result at ${new Date(ms).toISOString()}`).toEqual(norm(ra));
  expect(b.valueOf(), `instant at ${new Date(ms).toISOString()}`).toBe(a.valueOf());
}

function everywhere(call: Same, extra: fc.Arbitrary<number> = instant): void {
  for (const ms of AWKWARD) agree(ms, call);
  fc.assert(
    fc.property(extra, (ms) => agree(ms, call)),
    SEED,
  );
}

// Loosely typed access: both objects share these method names.
const m = (x: moment.Moment | UtcMoment) =>
  x as unknown as Record<string, (...a: unknown[]) => unknown>;

describe('utcMoment reads like Moment in UTC', () => {
  for (const getter of [
    'year',
    'month',
    'date',
    'day',
    'weekday',
    'isoWeekday',
    'dayOfYear',
    'week',
    'hours',
    'minutes',
    'seconds',
    'milliseconds',
  ]) {
    it(getter, () => everywhere((x) => m(x)[getter]!()));
  }

  it('converts to a Date and to ISO 8601 text', () => {
    everywhere((x) => m(x).toDate!());
    everywhere((x) => m(x).toISOString!());
  });

  it('formats the tokens vis-timeline uses, and ISO 8601 by default', () => {
    for (const pattern of [
      undefined,
      'dddd',
      'MMMM',
      'w',
      'dddd, MMMM Do YYYY, H:mm:ss',
      'MM/DD/YYYY hh:mm',
      'SSS',
      's',
      'HH:mm',
      'ddd D',
      'D',
      'MMM',
      'YYYY',
      'ww [week] A a h',
    ]) {
      everywhere((x) => m(x).format!(pattern));
    }
  });
});

describe('utcMoment changes like Moment in UTC', () => {
  const UNITS = [
    'millisecond',
    'seconds',
    'minute',
    'hours',
    'day',
    'd',
    'week',
    'month',
    'M',
    'year',
    'years',
  ];

  it('adds and subtracts every unit, whole and fractional', () => {
    const amount = fc.oneof(
      fc.integer({ min: -400, max: 400 }),
      fc.double({ min: -40, max: 40, noNaN: true }),
    );
    for (const unit of UNITS) {
      fc.assert(
        fc.property(instant, amount, (ms, n) => {
          agree(ms, (x) => m(x).add!(n, unit));
          agree(ms, (x) => m(x).subtract!(n, unit));
        }),
        { ...SEED, numRuns: 100 },
      );
      for (const ms of AWKWARD) agree(ms, (x) => m(x).add!(1, unit));
    }
  });

  it('sets every field, including values that overflow', () => {
    const setters: [string, fc.Arbitrary<number>][] = [
      ['year', fc.integer({ min: 1, max: 9998 })],
      ['month', fc.integer({ min: -14, max: 25 })],
      ['date', fc.integer({ min: -2, max: 33 })],
      ['hours', fc.integer({ min: -1, max: 48 })],
      ['minutes', fc.integer({ min: -1, max: 120 })],
      ['seconds', fc.integer({ min: -1, max: 120 })],
      ['milliseconds', fc.integer({ min: -1, max: 2000 })],
      ['day', fc.integer({ min: -7, max: 14 })],
      ['weekday', fc.integer({ min: 0, max: 6 })],
      ['isoWeekday', fc.integer({ min: 1, max: 7 })],
      ['dayOfYear', fc.integer({ min: 1, max: 366 })],
      ['week', fc.integer({ min: 1, max: 53 })],
    ];
    for (const [setter, value] of setters) {
      fc.assert(
        fc.property(instant, value, (ms, v) => agree(ms, (x) => m(x)[setter]!(v))),
        { ...SEED, numRuns: 150 },
      );
      for (const ms of AWKWARD) agree(ms, (x) => m(x)[setter]!(1));
    }
  });

  it('rounds down to the start of each unit', () => {
    for (const unit of ['year', 'month', 'week', 'day', 'hour', 'minute', 'second']) {
      everywhere((x) => m(x).startOf!(unit));
    }
  });

  it('is mutable: setters and add change the object and return it', () => {
    const x = utcMoment(AWKWARD[0]);
    expect(x.add(1, 'day')).toBe(x);
    expect(x.month(0)).toBe(x);
    expect(x.valueOf()).toBe(Date.parse('2024-01-01T12:00:00.000Z'));
    expect(x.clone()).not.toBe(x);
  });
});

describe('utcMoment compares like Moment in UTC', () => {
  const pair = fc.tuple(instant, fc.integer({ min: -40 * 864e5, max: 40 * 864e5 }));

  it('isSame at every unit', () => {
    for (const unit of [undefined, 'year', 'month', 'week', 'day', 'hour', 'minute']) {
      fc.assert(
        fc.property(pair, ([ms, delta]) => {
          const other = ms + (delta % 3 === 0 ? 0 : delta);
          expect(mine(ms).isSame(other, unit)).toBe(
            real(ms).isSame(real(other), unit as moment.unitOfTime.StartOf),
          );
          expect(mine(ms).isSame(mine(other), unit)).toBe(
            real(ms).isSame(real(other), unit as moment.unitOfTime.StartOf),
          );
        }),
        SEED,
      );
    }
  });

  it('diff in every unit of a fixed length, truncated towards zero', () => {
    const far = fc.tuple(instant, fc.integer({ min: -3000 * 864e5, max: 3000 * 864e5 }));
    for (const unit of [undefined, 'seconds', 'minutes', 'hours', 'days', 'weeks']) {
      fc.assert(
        fc.property(far, ([ms, delta]) => {
          expect(mine(ms).diff(mine(ms + delta), unit)).toBe(
            real(ms).diff(real(ms + delta), unit as moment.unitOfTime.Diff),
          );
        }),
        SEED,
      );
    }
  });

  it('refuses a diff in months or years rather than answer it wrongly', () => {
    for (const [unit, message] of [
      ['months', 'utcMoment: diff in months is not supported'],
      ['M', 'utcMoment: diff in months is not supported'],
      ['years', 'utcMoment: diff in years is not supported'],
    ]) {
      expect(() => mine(0).diff(mine(864e5 * 400), unit)).toThrow(message);
    }
  });
});

describe('utcMoment is made like Moment', () => {
  it('from numbers, Dates, moments and ISO text (read as UTC without an offset)', () => {
    const ms = Date.parse('2025-08-15T11:00:00Z');
    expect(utcMoment(ms).valueOf()).toBe(ms);
    expect(utcMoment(new Date(ms)).valueOf()).toBe(ms);
    expect(utcMoment(utcMoment(ms)).valueOf()).toBe(ms);
    for (const text of [
      '2025-08-15T11:00:00',
      '2025-08-15T11:00:00Z',
      '2025-08-15T13:00:00+02:00',
      '2025-08-15T11:00',
    ]) {
      expect(utcMoment(text).valueOf(), text).toBe(moment.utc(text).valueOf());
    }
    expect(utcMoment('2025-08-15').valueOf()).toBe(moment.utc('2025-08-15').valueOf());
    expect(utcMoment('not a date').valueOf()).toBeNaN();
    expect(utcMoment(null).valueOf()).toBeNaN();
    expect(utcMoment('not a date').format()).toBe(moment.utc('not a date').format());
  });

  it('now, when called without a value', () => {
    const before = Date.now();
    const now = utcMoment().valueOf();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('recognises its own moments, and keeps the locale "en"', () => {
    expect(utcMoment.isMoment(utcMoment(0))).toBe(true);
    expect(utcMoment.isMoment(new Date(0))).toBe(false);
    expect(utcMoment.isMoment(moment(0))).toBe(false);
    expect(utcMoment.locale()).toBe('en');
    const x = utcMoment(0);
    expect(x.locale('de')).toBe(x);
    expect(x.locale()).toBe('en');
    // The name older Moments have, which vis-timeline falls back to.
    expect(utcMoment.lang()).toBe('en');
    expect(x.lang('de')).toBe(x);
    expect(x.lang()).toBe('en');
  });
});
