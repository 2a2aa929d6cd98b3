// Stances over time (timeline/bins.ts's counts, with empty periods filled and the
// period chosen by span) and stance reversals, on tests/fixtures/network/small.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/model/load';
import { stanceReversals, stancesOverTime, stanceUnit } from '../../src/network';

const small = loadDataset(readFileSync('tests/fixtures/network/small.json', 'utf8')).dataset!;
const DAY = 86_400_000;
const only = (...ids: string[]) => small.statements.filter((s) => ids.includes(s.id));
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('stancesOverTime', () => {
  it('counts per month by stance', () => {
    // March: positive s01 s02 s04 s06; negative s03 s07 s08 s12; neutral s10;
    // mixed s11. April: s05 negative; May: s09 positive; June: s13 negative.
    const bins = stancesOverTime(small.statements, 'month');
    expect(bins.map((b) => [b.unit, iso(b.start), b.total, b.counts])).toEqual([
      ['month', '2011-03-01', 10, { positive: 4, negative: 4, neutral: 1, mixed: 1 }],
      ['month', '2011-04-01', 1, { positive: 0, negative: 1, neutral: 0, mixed: 0 }],
      ['month', '2011-05-01', 1, { positive: 1, negative: 0, neutral: 0, mixed: 0 }],
      ['month', '2011-06-01', 1, { positive: 0, negative: 1, neutral: 0, mixed: 0 }],
    ]);
  });

  it('fills empty weeks and keeps a month-dated statement in a month of its own', () => {
    // s05 is Friday 1 April 2011 (ISO week from Monday 28 March), s09 Sunday 1 May
    // (week from Monday 25 April): five weeks, three of them empty. s08 is dated
    // "2011-03", which no week holds: its own March bin, first by start.
    const bins = stancesOverTime(only('s05', 's08', 's09'), 'week');
    expect(bins.map((b) => [b.unit, iso(b.start), b.total])).toEqual([
      ['month', '2011-03-01', 1],
      ['week', '2011-03-28', 1],
      ['week', '2011-04-04', 0],
      ['week', '2011-04-11', 0],
      ['week', '2011-04-18', 0],
      ['week', '2011-04-25', 1],
    ]);
    expect(bins[2]!.counts).toEqual({ positive: 0, negative: 0, neutral: 0, mixed: 0 });
    expect(bins[5]!.ids).toEqual(['s09']);
  });

  it('is empty without statements', () => {
    expect(stancesOverTime([], 'day')).toEqual([]);
  });
});

describe('stanceUnit', () => {
  it.each([
    [30 * DAY, 'day'],
    [60 * DAY, 'day'],
    [60 * DAY + 1, 'week'],
    [420 * DAY, 'week'],
    [421 * DAY, 'month'],
  ])('a span of %d ms reads in %s', (span, unit) => {
    expect(stanceUnit(0, span)).toBe(unit);
  });
});

describe('stanceReversals', () => {
  it('lists each change of stance on a topic between consecutive statements', () => {
    // a on t1: s01 P, s02 P, s03 N: one reversal, s02 -> s03. b on t1: s04 P,
    // s05 N. a, b, c on t2 never change; d's neutral t1 and positive t2 are two
    // topics; s12 has no topic. By date of the later statement.
    const reversals = stanceReversals(small.statements);
    expect(reversals.map((r) => [r.actor.id, r.topic.id, r.from.id, r.to.id])).toEqual([
      ['a', 't1', 's02', 's03'],
      ['b', 't1', 's04', 's05'],
    ]);
  });

  it('for one actor', () => {
    expect(stanceReversals(small.statements, 'b').map((r) => r.to.id)).toEqual(['s05']);
    expect(stanceReversals(small.statements, 'c')).toEqual([]);
  });

  it('not between two statements of the same date, whose order is unknown', () => {
    const { dataset } = loadDataset(
      JSON.stringify({
        format: 'parley/1',
        id: 'x',
        title: 'X',
        actors: [{ id: 'a', name: 'A', kind: 'state' }],
        topics: [{ id: 't', label: 'T' }],
        statements: [
          {
            id: 's1',
            speaker: 'a',
            topic: 't',
            stance: 'positive',
            summary: 'x',
            date: '2011-03-01',
          },
          {
            id: 's2',
            speaker: 'a',
            topic: 't',
            stance: 'negative',
            summary: 'x',
            date: '2011-03-01',
          },
          {
            id: 's3',
            speaker: 'a',
            topic: 't',
            stance: 'neutral',
            summary: 'x',
            date: '2011-03-02',
          },
        ],
      }),
    );
    // s1/s2 share a day; s2 -> s3 (negative to neutral) is a change.
    expect(stanceReversals(dataset!.statements).map((r) => `${r.from.id}>${r.to.id}`)).toEqual([
      's2>s3',
    ]);
  });
});
