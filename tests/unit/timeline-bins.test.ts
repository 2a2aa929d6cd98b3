/**
 * Statements binned per period at the precision written: a year-precision date is in
 * its year, never in January; a date coarser than the bins goes to its own coarser
 * band. Every expectation below is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  binMix,
  binPeriod,
  binStatements,
  binsIn,
  floorTo,
  nextStart,
  unitFor,
  type BinPoint,
  type BinUnit,
} from '../../src/timeline/bins';
import { parseDate } from '../../src/model/dates';
import type { PDate, Stance } from '../../src/model/types';

function date(text: string): PDate {
  const r = parseDate(text);
  if (!r.ok) throw new Error(r.message);
  return r.date;
}
const p = (id: string, text: string, stance: Stance = 'positive'): BinPoint => ({
  id,
  stance,
  date: date(text),
});
const utc = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('periods', () => {
  it.each([
    ['year', '2011-03-16T15:30:00Z', '2011-01-01', '2012-01-01'],
    ['month', '2011-03-16T15:30:00Z', '2011-03-01', '2011-04-01'],
    ['month', '2011-12-31T23:59:59Z', '2011-12-01', '2012-01-01'],
    // 16 March 2011 was a Wednesday: its ISO week runs Monday 14 – Sunday 20 March.
    ['week', '2011-03-16T15:30:00Z', '2011-03-14', '2011-03-21'],
    // A Sunday belongs to the week that began the Monday before.
    ['week', '2011-03-20T12:00:00Z', '2011-03-14', '2011-03-21'],
    // A Monday starts its own week; a week may straddle a year's end.
    ['week', '2011-01-03T00:00:00Z', '2011-01-03', '2011-01-10'],
    ['week', '2011-01-01T09:00:00Z', '2010-12-27', '2011-01-03'],
    ['day', '2011-03-16T15:30:00Z', '2011-03-16', '2011-03-17'],
    // Decades run from a year ending in 0 to one ending in 9.
    ['decade', '2011-03-16T15:30:00Z', '2010-01-01', '2020-01-01'],
    ['decade', '2009-12-31T23:59:59Z', '2000-01-01', '2010-01-01'],
    ['decade', '1969-07-20T20:17:00Z', '1960-01-01', '1970-01-01'],
  ] as [BinUnit, string, string, string][])('%s of %s is [%s, %s)', (unit, t, start, end) => {
    const s = floorTo(Date.parse(t), unit);
    expect(s).toBe(utc(start));
    expect(nextStart(s, unit)).toBe(utc(end));
  });

  it.each([
    // ms per px → unit, for bins at least 24 px wide.
    [3_600_000, 'day'], // a day is 24 px
    [3_600_001, 'week'], // a day is just under 24 px, a week 168 px
    [25_200_000, 'week'], // 7 h per px: a week is 24 px
    [25_200_001, 'month'],
    [109_584_000, 'month'], // 30.44 days / 24
    [109_584_001, 'year'],
    [1_314_900_000, 'year'], // 365.25 days / 24
    [1_314_900_001, 'decade'],
    [1e12, 'decade'], // even decades narrower than 24 px stay decades
  ] as [number, BinUnit][])('at %d ms/px the unit is %s', (msPerPx, unit) => {
    expect(unitFor(msPerPx, 24)).toBe(unit);
  });
});

describe('binning at the written precision', () => {
  const points = [
    p('y', '2011', 'negative'),
    p('m', '2011-03', 'positive'),
    p('d1', '2011-03-14', 'positive'),
    p('d2', '2011-03-16', 'mixed'),
    p('d3', '2011-03-21', 'neutral'),
    p('t', '2011-03-20T23:30:00-02:00', 'negative'), // 21 March, 01:30 UTC
  ];

  it('a year bin holds every statement of its year', () => {
    const bins = binStatements(points, 'year');
    expect(bins).toEqual([
      {
        unit: 'year',
        start: utc('2011-01-01'),
        end: utc('2012-01-01'),
        total: 6,
        counts: { positive: 2, negative: 2, neutral: 1, mixed: 1 },
        ids: ['y', 'm', 'd1', 'd2', 'd3', 't'],
      },
    ]);
  });

  it('in months, a year-only statement is in a year band, never in January', () => {
    const bins = binStatements(points, 'month');
    expect(bins.map((b) => [b.unit, new Date(b.start).toISOString().slice(0, 10), b.ids])).toEqual([
      ['year', '2011-01-01', ['y']],
      ['month', '2011-03-01', ['m', 'd1', 'd2', 'd3', 't']],
    ]);
    expect(bins.some((b) => b.unit === 'month' && b.start === utc('2011-01-01'))).toBe(false);
  });

  it('in weeks, month-only and year-only statements get bands of their own', () => {
    const bins = binStatements(points, 'week');
    expect(bins.map((b) => [b.unit, new Date(b.start).toISOString().slice(0, 10), b.ids])).toEqual([
      ['year', '2011-01-01', ['y']],
      ['month', '2011-03-01', ['m']],
      // Monday 14 – Sunday 20 March.
      ['week', '2011-03-14', ['d1', 'd2']],
      // 21 March (and the date-time that is 21 March in UTC).
      ['week', '2011-03-21', ['d3', 't']],
    ]);
  });

  it('in days, each day is a bin; coarser dates stay in their bands', () => {
    const bins = binStatements(points, 'day');
    expect(
      bins.map((b) => [b.unit, new Date(b.start).toISOString().slice(0, 10), b.total]),
    ).toEqual([
      ['year', '2011-01-01', 1],
      ['month', '2011-03-01', 1],
      ['day', '2011-03-14', 1],
      ['day', '2011-03-16', 1],
      ['day', '2011-03-21', 2],
    ]);
    const last = bins.at(-1)!;
    expect(last.counts).toEqual({ positive: 0, negative: 1, neutral: 1, mixed: 0 });
    expect(last.end).toBe(utc('2011-03-22'));
  });

  it('in decades, a year-only or month-only statement is in its decade', () => {
    const bins = binStatements([...points, p('old', '2009', 'neutral')], 'decade');
    expect(bins.map((b) => [b.unit, b.start, b.total])).toEqual([
      ['decade', utc('2000-01-01'), 1],
      ['decade', utc('2010-01-01'), 6],
    ]);
  });

  it('counts every statement once, whatever the unit', () => {
    for (const unit of ['day', 'week', 'month', 'year'] as BinUnit[]) {
      expect(binStatements(points, unit).reduce((n, b) => n + b.total, 0)).toBe(6);
    }
  });

  it('keeps bins that overlap a window', () => {
    const bins = binStatements(points, 'day');
    // [15 March, 21 March): the 16th, plus the month and year bands that cover it.
    const inside = binsIn(bins, utc('2011-03-15'), utc('2011-03-21'));
    expect(inside.map((b) => b.ids.join())).toEqual(['y', 'm', 'd2']);
  });
});

describe('bins in words', () => {
  it.each([
    ['year', '2011-01-01', '2012-01-01', '2011'],
    ['month', '2011-03-01', '2011-04-01', 'March 2011'],
    ['day', '2011-03-16', '2011-03-17', 'March 16, 2011'],
    ['week', '2011-03-14', '2011-03-21', 'March 14, 2011 – March 20, 2011'],
    ['decade', '2000-01-01', '2010-01-01', '2000 – 2009'],
  ] as [BinUnit, string, string, string][])('a %s from %s reads %j', (unit, start, end, text) => {
    expect(binPeriod({ unit, start: utc(start), end: utc(end) }, 'en')).toBe(text);
  });

  it('lists stances in the legend order, without zeros', () => {
    expect(binMix({ counts: { positive: 0, negative: 3, neutral: 0, mixed: 1 } })).toEqual([
      { stance: 'negative', count: 3 },
      { stance: 'mixed', count: 1 },
    ]);
  });
});
