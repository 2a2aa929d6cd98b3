/**
 * The first view's rule (denseSpans): fit where three quarters of the items start, leaving out
 * items more than three core lengths away. Cases are written as days, by hand.
 */
import { describe, expect, it } from 'vitest';
import { CORE_REACH, CORE_SHARE, denseSpans } from '../../src/timeline/fit';

const DAY = 86_400_000;
const day = (n: number) => n * DAY;
const point = (n: number) => ({ start: day(n) });
const range = (a: number, b: number) => ({ start: day(a), end: day(b) });

describe('the dense part of the items', () => {
  it('states its rule in two constants', () => {
    expect([CORE_SHARE, CORE_REACH]).toEqual([0.75, 3]);
  });

  const cases: {
    name: string;
    spans: { start: number; end?: number }[];
    kept: { start: number; end?: number }[] | 'all';
  }[] = [
    { name: 'two items are always fitted', spans: [point(0), point(5000)], kept: 'all' },
    {
      // The seed: 15 Aug, four on the 17th and two statements, planned on the 18th.
      // Core (6 of 8): the 17th, one instant, so one minimum span (a day) long; the
      // 15th is 2 days away and the 18th 1 day, both within 3.
      name: 'a week of events keeps an event two days before the core',
      spans: [point(15), ...Array.from({ length: 6 }, () => point(17)), range(18, 19)],
      kept: 'all',
    },
    {
      // Seven events on days 0–6, a year-long item 8 years earlier, a planned one 5
      // years later. Core (7 of 9): days 0–6 (starts), reach 18 days.
      name: 'a year-precision item and a far planned event are left out',
      spans: [
        range(-8 * 365, -7 * 365),
        ...[0, 1, 2, 3, 4, 5, 6].map(point),
        range(5 * 365, 5 * 365 + 31),
      ],
      kept: [0, 1, 2, 3, 4, 5, 6].map(point),
    },
    {
      name: 'a range starting in the core is cut off three core lengths after it',
      spans: [point(0), point(2), point(4), point(10), range(10, 400)],
      // 5 items, cores of 4 starts: [0,2,4,10] = 10 days, [2,4,10,10] = 8 days; the
      // shorter makes the reach 24 days after day 10.
      kept: [point(0), point(2), point(4), point(10), range(10, 34)],
    },
    {
      // The minimum span stands in for a core of one instant: 9 items on day 0 hold
      // the 9 of 11 starts of the core; day 2 is within 3 days of it, day 5 beyond.
      name: 'a core of one instant reaches three minimum spans',
      spans: [...Array.from({ length: 9 }, () => point(0)), point(2), point(5)],
      kept: [...Array.from({ length: 9 }, () => point(0)), point(2)],
    },
  ];

  it.each(cases)('$name', ({ spans, kept }) => {
    const result = denseSpans(spans, DAY);
    if (kept === 'all') expect(result).toBe(spans);
    else expect(result).toEqual(kept);
  });
});
