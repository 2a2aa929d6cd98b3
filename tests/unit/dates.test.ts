import { describe, it, expect } from 'vitest';
import {
  compareDates,
  daysInMonth,
  endBeforeStart,
  formatDate,
  formatDateRange,
  inWindow,
  isLeapYear,
  MONTH_NAMES,
  parseDate,
  utcFormatter,
} from '../../src/model/dates';
import type { PDate } from '../../src/model/types';

/** Parses or throws: for tests that need a valid date. */
function p(text: string): PDate {
  const r = parseDate(text);
  if (!r.ok) throw new Error(r.message);
  return r.date;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian civil date, by pure arithmetic
 * (H. Hinnant's days_from_civil) — independent of Date, so old years are checked
 * by a different means than the implementation uses.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
const DAY = 86_400_000;
const civil = (y: number, m: number, d: number) => daysFromCivil(y, m, d) * DAY;

describe('daysFromCivil helper (sanity)', () => {
  it('agrees with known constants', () => {
    expect(civil(1970, 1, 1)).toBe(0);
    expect(civil(1872, 1, 1)).toBe(-3092601600000);
    expect(civil(2000, 3, 1)).toBe(951868800000);
  });
});

describe('parseDate: accepted forms', () => {
  // text, precision, [year, month, day, hour, minute, second], offsetMinutes, start, end
  it.each<[string, PDate['precision'], number[], number | null, number, number]>([
    ['1882', 'year', [1882, 1, 1, 0, 0, 0], null, civil(1882, 1, 1), civil(1883, 1, 1)],
    ['1872', 'year', [1872, 1, 1, 0, 0, 0], null, -3092601600000, civil(1873, 1, 1)],
    ['2025', 'year', [2025, 1, 1, 0, 0, 0], null, Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)],
    ['0099', 'year', [99, 1, 1, 0, 0, 0], null, civil(99, 1, 1), civil(100, 1, 1)],
    ['0000', 'year', [0, 1, 1, 0, 0, 0], null, civil(0, 1, 1), civil(1, 1, 1)],
    ['9999', 'year', [9999, 1, 1, 0, 0, 0], null, civil(9999, 1, 1), civil(10000, 1, 1)],
    ['2025-08', 'month', [2025, 8, 1, 0, 0, 0], null, Date.UTC(2025, 7, 1), Date.UTC(2025, 8, 1)],
    ['2025-12', 'month', [2025, 12, 1, 0, 0, 0], null, Date.UTC(2025, 11, 1), Date.UTC(2026, 0, 1)],
    ['1872-05', 'month', [1872, 5, 1, 0, 0, 0], null, civil(1872, 5, 1), civil(1872, 6, 1)],
    ['0099-02', 'month', [99, 2, 1, 0, 0, 0], null, civil(99, 2, 1), civil(99, 3, 1)],
    [
      '2025-08-15',
      'day',
      [2025, 8, 15, 0, 0, 0],
      null,
      Date.UTC(2025, 7, 15),
      Date.UTC(2025, 7, 16),
    ],
    [
      '2025-12-31',
      'day',
      [2025, 12, 31, 0, 0, 0],
      null,
      Date.UTC(2025, 11, 31),
      Date.UTC(2026, 0, 1),
    ],
    ['1872-09-14', 'day', [1872, 9, 14, 0, 0, 0], null, civil(1872, 9, 14), civil(1872, 9, 15)],
    ['0099-12-31', 'day', [99, 12, 31, 0, 0, 0], null, civil(99, 12, 31), civil(100, 1, 1)],
    [
      '2025-08-15T11:00-08:00',
      'minute',
      [2025, 8, 15, 11, 0, 0],
      -480,
      Date.UTC(2025, 7, 15, 19, 0),
      Date.UTC(2025, 7, 15, 19, 1),
    ],
    [
      '2025-08-15T11:00Z',
      'minute',
      [2025, 8, 15, 11, 0, 0],
      0,
      Date.UTC(2025, 7, 15, 11),
      Date.UTC(2025, 7, 15, 11, 1),
    ],
    [
      '2025-08-15T11:00:00-08:00',
      'second',
      [2025, 8, 15, 11, 0, 0],
      -480,
      Date.UTC(2025, 7, 15, 19, 0, 0),
      Date.UTC(2025, 7, 15, 19, 0, 1),
    ],
    [
      '2025-08-15T23:59:59+05:30',
      'second',
      [2025, 8, 15, 23, 59, 59],
      330,
      Date.UTC(2025, 7, 15, 18, 29, 59),
      Date.UTC(2025, 7, 15, 18, 30, 0),
    ],
    [
      '2025-01-01T00:30+14:00',
      'minute',
      [2025, 1, 1, 0, 30, 0],
      840,
      Date.UTC(2024, 11, 31, 10, 30),
      Date.UTC(2024, 11, 31, 10, 31),
    ],
    [
      '2024-12-31T23:00-14:00',
      'minute',
      [2024, 12, 31, 23, 0, 0],
      -840,
      Date.UTC(2025, 0, 1, 13, 0),
      Date.UTC(2025, 0, 1, 13, 1),
    ],
    [
      '2025-03-30T00:00+00:00',
      'minute',
      [2025, 3, 30, 0, 0, 0],
      0,
      Date.UTC(2025, 2, 30),
      Date.UTC(2025, 2, 30, 0, 1),
    ],
    [
      '2025-03-30T00:00-00:00',
      'minute',
      [2025, 3, 30, 0, 0, 0],
      0,
      Date.UTC(2025, 2, 30),
      Date.UTC(2025, 2, 30, 0, 1),
    ],
    [
      '1872-09-14T12:00:30Z',
      'second',
      [1872, 9, 14, 12, 0, 30],
      0,
      civil(1872, 9, 14) + 12 * 3_600_000 + 30_000,
      civil(1872, 9, 14) + 12 * 3_600_000 + 31_000,
    ],
    [
      '0099-12-31T23:59+01:00',
      'minute',
      [99, 12, 31, 23, 59, 0],
      60,
      civil(99, 12, 31) + 22 * 3_600_000 + 59 * 60_000,
      civil(100, 1, 1) - 60 * 60_000,
    ],
  ])(
    '%s → %s',
    (text, precision, [year, month, day, hour, minute, second], offsetMinutes, start, end) => {
      const r = parseDate(text);
      expect(r).toEqual({
        ok: true,
        date: {
          text,
          precision,
          year,
          month,
          day,
          hour,
          minute,
          second,
          offsetMinutes,
          start,
          end,
        },
      });
    },
  );

  it('offsetMinutes is +0, never -0, for -00:00', () => {
    expect(Object.is(p('2025-03-30T00:00-00:00').offsetMinutes, 0)).toBe(true);
  });
});

describe('parseDate: leap years', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1600-02-29', true],
    ['0000-02-29', true],
    ['1872-02-29', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2100-02-29', false],
    ['1873-02-29', false],
  ])('%s valid: %s', (text, valid) => {
    expect(parseDate(text).ok).toBe(valid);
  });

  it.each([
    ['2024-02', civil(2024, 3, 1) - civil(2024, 2, 1), 29],
    ['2000-02', civil(2000, 3, 1) - civil(2000, 2, 1), 29],
    ['1900-02', civil(1900, 3, 1) - civil(1900, 2, 1), 28],
    ['2024', civil(2025, 1, 1) - civil(2024, 1, 1), 366],
    ['1900', civil(1901, 1, 1) - civil(1900, 1, 1), 365],
  ])('%s lasts the right number of days', (text, ms, days) => {
    const d = p(text);
    expect(d.end - d.start).toBe(ms);
    expect(ms).toBe(days * DAY);
  });
});

describe('calendar helpers (shared with the timeline)', () => {
  it.each([
    [2024, true],
    [2000, true],
    [1600, true],
    [0, true],
    [2025, false],
    [1900, false],
    [2100, false],
  ])('%i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 1, 31],
    [2025, 4, 30],
    [2025, 6, 30],
    [2025, 7, 31],
    [2025, 8, 31],
    [2025, 9, 30],
    [2025, 11, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('names the months in English, January first', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect([MONTH_NAMES[0], MONTH_NAMES[1], MONTH_NAMES[11]]).toEqual([
      'January',
      'February',
      'December',
    ]);
  });
});

describe('parseDate: rejections', () => {
  it.each<[string, RegExp]>([
    ['2025-02-30', /^"2025-02-30" is not a real date: February 2025 has 28 days$/],
    ['2024-02-30', /February 2024 has 29 days/],
    ['1900-02-29', /February 1900 has 28 days/],
    ['2025-04-31', /April 2025 has 30 days/],
    ['2025-08-32', /August 2025 has 31 days/],
    ['2025-08-00', /"2025-08-00" is not a real date: days start at 01/],
    ['2025-13', /^"2025-13" has no month 13$/],
    ['2025-00', /"2025-00" has no month 0/],
    ['2025-13-01', /has no month 13/],
    [
      '2025-08-15T11:00',
      /^"2025-08-15T11:00" has no UTC offset; add "Z" or an offset such as "-08:00" \(a time without one is ambiguous\)$/,
    ],
    ['2025-08-15T11:00:00', /has no UTC offset/],
    [
      '15/08/2025',
      /^"15\/08\/2025" is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM\[:SS\] with Z or ±HH:MM$/,
    ],
    ['', /^"" is not a date; write YYYY/],
    ['25', /is not a date/],
    ['02025', /is not a date/],
    ['-0500', /is not a date/],
    ['2025-8-15', /is not a date/],
    ['2025-08-15T11Z', /is not a date/],
    ['2025-08-15 11:00Z', /is not a date/],
    ['2025-08-15t11:00z', /is not a date/],
    ['2025-08-15T11:00+0800', /is not a date/],
    ['2025-08-15T11:00:00.000Z', /is not a date/],
    ['August 2025', /is not a date/],
    [' 2025-08-15', /^" 2025-08-15" has spaces around it; remove them$/],
    ['2025-08-15\n', /has spaces around it/],
    ['2025-08-15T24:00Z', /^"2025-08-15T24:00Z" has no hour 24; hours run 00–23$/],
    ['2025-08-15T11:60Z', /has no minute 60; minutes run 00–59/],
    ['2025-08-15T11:00:60Z', /has no second 60; seconds run 00–59/],
    ['2025-08-15T11:00+14:01', /has UTC offset \+14:01; offsets run from -14:00 to \+14:00/],
    ['2025-08-15T11:00-15:00', /has UTC offset -15:00; offsets run from -14:00 to \+14:00/],
    ['2025-08-15T11:00+05:75', /has an impossible UTC offset \+05:75/],
    ['2025-02-30T11:00Z', /February 2025 has 28 days/],
  ])('%j', (text, message) => {
    const r = parseDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('rejects a non-string at runtime without throwing', () => {
    const r = parseDate(42 as unknown as string);
    expect(r).toEqual({ ok: false, message: 'expected a date string, got number' });
  });
});

describe('formatDate', () => {
  it.each([
    ['1882', 'en-GB', '1882'],
    ['1872', 'de', '1872'],
    ['0099', 'en-GB', '99'],
    ['0000', 'en-GB', '1 BC'],
    ['2025-08', 'en-GB', 'August 2025'],
    ['2025-08', 'de', 'August 2025'],
    ['1872-03', 'de', 'März 1872'],
    ['2025-08-15', 'en-GB', '15 August 2025'],
    ['2025-08-15', 'de', '15. August 2025'],
    ['2025-08-15', 'en-US', 'August 15, 2025'],
    ['1872-09-14', 'en-GB', '14 September 1872'],
    ['0099-12-31', 'en-GB', '31 December 99'],
    ['2025-08-15T11:00:00-08:00', 'en-GB', '15 August 2025, 11:00:00 (UTC\u221208:00)'],
    ['2025-08-15T11:00-08:00', 'en-GB', '15 August 2025, 11:00 (UTC\u221208:00)'],
    ['2025-08-15T11:00-08:00', 'de', '15. August 2025, 11:00 (UTC\u221208:00)'],
    ['2025-08-15T23:59:59+05:30', 'en-GB', '15 August 2025, 23:59:59 (UTC+05:30)'],
    ['2025-08-15T00:05Z', 'en-GB', '15 August 2025, 00:05 (UTC)'],
    ['2025-08-15T00:05+00:00', 'en-US', 'August 15, 2025, 00:05 (UTC)'],
    ['2025-01-01T00:30+14:00', 'en-GB', '1 January 2025, 00:30 (UTC+14:00)'],
    ['2024-12-31T23:00-14:00', 'en-GB', '31 December 2024, 23:00 (UTC\u221214:00)'],
    ['1872-09-14T09:03:07Z', 'de', '14. September 1872, 09:03:07 (UTC)'],
  ])('%s in %s → %s', (text, locale, expected) => {
    expect(formatDate(p(text), locale)).toBe(expected);
  });

  it('defaults to en', () => {
    expect(formatDate(p('2025-08'))).toBe('August 2025');
    expect(formatDate(p('2025-08-15'))).toMatch(/August/);
  });

  it.each(['', 'not a locale!', 'xx-!!', '123'])(
    'falls back to en for invalid locale %j',
    (locale) => {
      expect(() => formatDate(p('2025-08-15'), locale)).not.toThrow();
      expect(formatDate(p('2025-08'), locale)).toBe('August 2025');
    },
  );

  it('formats each date on its own when dates repeat (formatted dates are kept)', () => {
    // Same wall time, other offset; same first instant, other precision; other locale.
    for (let round = 0; round < 2; round++) {
      expect(formatDate(p('2025-08-15T11:00-08:00'), 'en-GB')).toBe(
        '15 August 2025, 11:00 (UTC\u221208:00)',
      );
      expect(formatDate(p('2025-08-15T11:00+02:00'), 'en-GB')).toBe(
        '15 August 2025, 11:00 (UTC+02:00)',
      );
      expect(formatDate(p('2025-08-01'), 'en-GB')).toBe('1 August 2025');
      expect(formatDate(p('2025-08'), 'en-GB')).toBe('August 2025');
      expect(formatDate(p('2025-08'), 'de')).toBe('August 2025');
      expect(formatDate(p('2025-03'), 'de')).toBe('März 2025');
      expect(formatDate(p('2025-03'), 'en-GB')).toBe('March 2025');
    }
  });

  it('uses the Gregorian calendar even where the locale default differs', () => {
    expect(formatDate(p('2025'), 'th-TH')).toMatch(/2025/);
  });
});

describe('formatDateRange', () => {
  it.each<[string, string | undefined, string, string]>([
    ['2025-08-15', undefined, 'en-GB', '15 August 2025'],
    ['2025-08-15', '2025-08-17', 'en-GB', '15 August 2025 \u2013 17 August 2025'],
    ['1872', '1882', 'en-GB', '1872 \u2013 1882'],
    ['2025-08', '2025-08-15T11:00Z', 'de', 'August 2025 \u2013 15. August 2025, 11:00 (UTC)'],
  ])('%s..%s', (a, b, locale, expected) => {
    expect(formatDateRange(p(a), b === undefined ? undefined : p(b), locale)).toBe(expected);
  });

  it('defaults to en', () => {
    expect(formatDateRange(p('2025'), p('2026'))).toBe('2025 \u2013 2026');
  });
});

describe('compareDates', () => {
  it('sorts a mixed list chronologically, coarser first on ties', () => {
    const sorted = [
      '2025-08-15T11:00:00-08:00',
      '2025-08-15',
      '2025',
      '1872-09-14',
      '2025-08',
      '2025-08-15T19:00Z',
      '2025-08-15T00:00Z',
      '0099',
      '2025-08-15T19:00+00:00',
      '1872',
      '2025-08-01',
      '2025-08-15T00:00:00Z',
      '2024-12-31T23:00-14:00',
    ]
      .map(p)
      .sort(compareDates)
      .map((d) => d.text);
    expect(sorted).toEqual([
      '0099',
      '1872',
      '1872-09-14',
      '2025',
      '2024-12-31T23:00-14:00', // 2025-01-01T13:00Z
      '2025-08',
      '2025-08-01',
      '2025-08-15',
      '2025-08-15T00:00Z',
      '2025-08-15T00:00:00Z',
      '2025-08-15T19:00+00:00', // same instant and precision: by text
      '2025-08-15T19:00Z',
      '2025-08-15T11:00:00-08:00', // = 19:00:00Z, second precision after minute
    ]);
  });

  it.each([
    ['2025', '2025', 0],
    ['2025-08-15T11:00Z', '2025-08-15T11:00Z', 0],
    ['2025', '2026', -1],
    ['2025', '2025-01', -1],
    ['2025-01-01', '2025-01', 1],
    ['2025-08-15T11:00Z', '2025-08-15T11:00+00:00', 1],
    ['1872-12-31', '1873', -1],
  ])('compare(%s, %s) has sign %i and is antisymmetric', (a, b, sign) => {
    expect(Math.sign(compareDates(p(a), p(b)))).toBe(sign);
    expect(Math.sign(compareDates(p(b), p(a)))).toBe(-sign || 0);
  });
});

describe('endBeforeStart', () => {
  it.each([
    // start, end, expected
    ['2025-08-15', '2025-08', false],
    ['2025-08', '2025-07-31', true],
    ['2025-08', '2025-08-01', false],
    ['2025-08-15', '2025-08-15', false],
    ['2025-08-15', '2025-08-14', true],
    ['2025-08-15', '2025-08-16', false],
    ['2025', '2024-12-31', true],
    ['2025-12-31', '2025', false],
    ['2025', '2025-06', false],
    ['1872', '1871', true],
    ['1872-09-14', '1882', false],
    // both date-times: real instants
    ['2025-08-15T11:00Z', '2025-08-15T10:59Z', true],
    ['2025-08-15T11:00Z', '2025-08-15T11:00Z', false],
    ['2025-08-15T11:00-08:00', '2025-08-15T18:00Z', true],
    ['2025-08-15T11:00-08:00', '2025-08-15T19:00Z', false],
    ['2025-08-15T11:00:30Z', '2025-08-15T11:00Z', false], // equal at minute precision
    ['2025-08-15T11:00:30Z', '2025-08-15T11:00:29Z', true],
    ['2025-08-15T11:00Z', '2025-08-15T10:59:59Z', true],
    // mixed calendar / date-time: written (local) date, truncated
    ['2025-08-15T23:00-08:00', '2025-08-15', false], // local date is the 15th although UTC is the 16th
    ['2025-08-15', '2025-08-15T23:00Z', false],
    ['2025-08-16', '2025-08-15T23:00-08:00', true],
    ['2025-08-15T01:00+14:00', '2025-08-15', false],
    ['2025-08-15T01:00+14:00', '2025-08-14', true],
    ['2025-08', '2025-07-31T23:59Z', true],
    ['2025-08-31T23:59Z', '2025-08', false],
  ])('start %s, end %s → %s', (start, end, expected) => {
    expect(endBeforeStart(p(start), p(end))).toBe(expected);
  });
});

describe('inWindow', () => {
  const f = p('2025-08-17');
  const t = p('2025-08-17');
  it.each<[string, string | undefined, string | undefined, boolean]>([
    ['2025-08-17T23:00Z', '2025-08-17', '2025-08-17', true],
    ['2025-08-17T00:00Z', '2025-08-17', '2025-08-17', true],
    ['2025-08-16T23:59:59Z', '2025-08-17', '2025-08-17', false],
    ['2025-08-18T00:00Z', '2025-08-17', '2025-08-17', false],
    ['2025-08', '2025-08-17', '2025-08-17', true],
    ['2025', '2025-08-17', '2025-08-17', true],
    ['2025-08-18', '2025-08-17', '2025-08-17', false],
    ['2025-08-16', '2025-08-17', '2025-08-17', false],
    ['2025-07', '2025-08-17', '2025-08-17', false],
    ['2025-08-17T11:00-08:00', '2025-08-17', '2025-08-17', true], // 19:00Z
    ['2025-08-17T20:00-08:00', '2025-08-17', '2025-08-17', false], // 04:00Z on the 18th
    ['1872', undefined, undefined, true],
    ['1872', '1872-09', undefined, true],
    ['1871-12-31', '1872', undefined, false],
    ['1872-09-14', undefined, '1872-09', true],
    ['1872-10-01', undefined, '1872-09', false],
    ['2025-08-31', '2025-08', '2025-08', true],
    ['2025-09-01', '2025-08', '2025-08', false],
  ])('%s in [%s, %s] → %s', (d, from, to, expected) => {
    expect(
      inWindow(
        p(d),
        from === undefined ? undefined : p(from),
        to === undefined ? undefined : p(to),
      ),
    ).toBe(expected);
  });

  it('uses the bounds as given', () => {
    expect(inWindow(p('2025-08-17T23:00Z'), f, t)).toBe(true);
    expect(inWindow(p('2025-08-18'), f, t)).toBe(false);
  });
});

describe('utcFormatter', () => {
  const HOUR: Intl.DateTimeFormatOptions = { hour: '2-digit', day: 'numeric', hourCycle: 'h23' };
  // 2025-08-15T23:30Z: the 16th from UTC+01:00 eastwards, so a local formatter would differ in Auckland.
  const late = new Date(Date.UTC(2025, 7, 15, 23, 30));
  const parts = (f: Intl.DateTimeFormat) =>
    Object.fromEntries(f.formatToParts(late).map((part) => [part.type, part.value]));

  it.each([
    ['en', 'en'],
    ['de', 'de'],
    ['not a locale!', 'en'],
    ['', 'en'],
  ])('%j: formats in UTC, in the %s locale', (locale, resolved) => {
    const f = utcFormatter(locale, 'test-hour', HOUR);
    expect(f.resolvedOptions().locale).toBe(resolved);
    expect(f.resolvedOptions().timeZone).toBe('UTC');
    expect(f.resolvedOptions().calendar).toBe('gregory');
    expect(parts(f)).toMatchObject({ day: '15', hour: '23' });
  });

  it('keeps one formatter per locale and kind', () => {
    const f = utcFormatter('en', 'test-hour', HOUR);
    expect(utcFormatter('en', 'test-hour', HOUR)).toBe(f);
    expect(utcFormatter('en', 'test-other', HOUR)).not.toBe(f);
    expect(utcFormatter('de', 'test-hour', HOUR)).not.toBe(f);
  });
});
