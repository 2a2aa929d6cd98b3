// The windows "Stances over time" sets: one period's (spanWindow) and Play's moving
// windows (playWindows), worked out by hand on the calendar.
import { describe, expect, it } from 'vitest';
import { playWindows, spanWindow } from '../../src/state/play';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('spanWindow', () => {
  it.each([
    // [start, end (exclusive), from, to]
    ['2011-03-14', '2011-03-21', '2011-03-14', '2011-03-20'], // an ISO week, Monday to Sunday
    ['2025-08-17', '2025-08-18', '2025-08-17', '2025-08-17'], // one day
    ['2011-02-01', '2011-03-01', '2011-02-01', '2011-02-28'], // February, not a leap year
    ['2012-02-01', '2012-03-01', '2012-02-01', '2012-02-29'], // leap year
  ])('[%s, %s) is %s to %s', (start, end, from, to) => {
    expect(spanWindow(at(start), at(end))).toEqual({ from, to });
  });
});

describe('playWindows', () => {
  it('steps by calendar weeks from the week holding the start to the one holding the end', () => {
    // Friday 11 March 2011 is in the week from Monday 7 March; the last instant before
    // Friday 1 April 00:00 is Thursday 31 March, in the week from Monday 28 March.
    expect(playWindows(at('2011-03-11'), at('2011-04-01'), 'week')).toEqual([
      { from: '2011-03-07', to: '2011-03-13' },
      { from: '2011-03-14', to: '2011-03-20' },
      { from: '2011-03-21', to: '2011-03-27' },
      { from: '2011-03-28', to: '2011-04-03' },
    ]);
  });

  it('steps by calendar months', () => {
    // The German set: 11 March to 30 June 2011 (its last day ends 1 July 00:00).
    expect(playWindows(at('2011-03-11'), at('2011-07-01'), 'month')).toEqual([
      { from: '2011-03-01', to: '2011-03-31' },
      { from: '2011-04-01', to: '2011-04-30' },
      { from: '2011-05-01', to: '2011-05-31' },
      { from: '2011-06-01', to: '2011-06-30' },
    ]);
  });

  it('gives one window for data within one week, none for no span', () => {
    // The seed: Friday 15 to Sunday 17 August 2025, one ISO week from Monday 11 August.
    expect(playWindows(at('2025-08-15'), at('2025-08-18'), 'week')).toEqual([
      { from: '2025-08-11', to: '2025-08-17' },
    ]);
    expect(playWindows(Infinity, -Infinity, 'week')).toEqual([]);
    expect(playWindows(at('2025-08-15'), at('2025-08-15'), 'month')).toEqual([]);
  });
});
