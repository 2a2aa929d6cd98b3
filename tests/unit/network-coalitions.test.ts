// Coalitions (Louvain, seeded) and the two-camp polarization figure on hand-made
// sets whose communities and modularity are worked out by hand below.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/model/load';
import { coalitionsOf, discourseNetwork } from '../../src/network';

/** A data set from [speaker, topic, stance] rows, every actor a state, one day each. */
function statementsOf(rows: [string, string, 'positive' | 'negative'][]) {
  const actors = [...new Set(rows.map((r) => r[0]))];
  const topics = [...new Set(rows.map((r) => r[1]))];
  const { dataset } = loadDataset(
    JSON.stringify({
      format: 'parley/1',
      id: 'camps',
      title: 'Camps',
      actors: actors.map((id) => ({ id, name: id.toUpperCase(), kind: 'state' })),
      topics: topics.map((id) => ({ id, label: `Topic ${id}` })),
      statements: rows.map(([speaker, topic, stance], k) => ({
        id: `s${k}`,
        speaker,
        topic,
        stance,
        summary: 'x',
        date: '2011-03-01',
      })),
    }),
  );
  return dataset!.statements;
}

// Two camps: p1-p3 for u and v, q1-q3 against both. Agreement: every pair inside a
// camp 2 (u, v), none across. Conflict across: 2 (u, v).
const twoCamps = statementsOf(
  ['p1', 'p2', 'p3', 'q1', 'q2', 'q3'].flatMap((id) =>
    (['u', 'v'] as const).map((t): [string, string, 'positive' | 'negative'] => [
      id,
      t,
      id.startsWith('p') ? 'positive' : 'negative',
    ]),
  ),
);

// Three pairs: a1-a2 agree on t1, t2; b1-b2 on t3, t4; c1-c2 on t5, t6; and a1, b1
// share t7. Agreement weights: a1-a2 2, b1-b2 2, c1-c2 2, a1-b1 1 (W = 7).
const threePairs = statementsOf([
  ['a1', 't1', 'positive'],
  ['a2', 't1', 'positive'],
  ['a1', 't2', 'positive'],
  ['a2', 't2', 'positive'],
  ['b1', 't3', 'positive'],
  ['b2', 't3', 'positive'],
  ['b1', 't4', 'positive'],
  ['b2', 't4', 'positive'],
  ['c1', 't5', 'positive'],
  ['c2', 't5', 'positive'],
  ['c1', 't6', 'positive'],
  ['c2', 't6', 'positive'],
  ['a1', 't7', 'positive'],
  ['b1', 't7', 'positive'],
]);

describe('coalitionsOf', () => {
  it('finds two camps and their modularity', () => {
    // W = 12 (six ties of 2); each camp: 6 inside, degree sum 12.
    // Q = 2 · (6/12 − (12/24)²) = 0.5; already two camps, so polarization 0.5 too.
    const result = coalitionsOf(twoCamps, {});
    expect(result.coalitions.map((c) => c.members)).toEqual([
      ['p1', 'p2', 'p3'],
      ['q1', 'q2', 'q3'],
    ]);
    expect(result.coalitionOf.get('q2')).toBe(2);
    expect(result.modularity).toBeCloseTo(0.5, 12);
    expect(result.polarization).toBeCloseTo(0.5, 12);
    expect(result.camps).toEqual([[1], [2]]);
    // What each camp agrees on: u and v, all three members each.
    expect(result.coalitions[1]!.agreeOn.map((s) => [s.topic.id, s.stance, s.members])).toEqual([
      ['u', 'negative', 3],
      ['v', 'negative', 3],
    ]);
  });

  it('on the balance network uses the positive ties only', () => {
    // Balance across camps is 0 − 2 = −2: left out, so the same camps.
    const result = coalitionsOf(twoCamps, { type: 'balance' });
    expect(result.coalitions.map((c) => c.members)).toEqual([
      ['p1', 'p2', 'p3'],
      ['q1', 'q2', 'q3'],
    ]);
    expect(result.polarization).toBeCloseTo(0.5, 12);
  });

  it('merges three coalitions into the two camps that cost least modularity', () => {
    // Degrees: a1 3, a2 2, b1 3, b2 2, c1 2, c2 2.
    // Three pairs: Q = 2 · (2/7 − (5/14)²) + (2/7 − (4/14)²) = 51/98 ≈ 0.520408.
    // Merging A and B changes Q by 1/7 − 5·5/98 = −11/98; A or B with C by
    // −5·4/98 = −20/98; so A + B: Q = (5/7 − (10/14)²) + (2/7 − (4/14)²) = 20/49.
    const result = coalitionsOf(threePairs, {});
    expect(result.coalitions.map((c) => c.members)).toEqual([
      ['a1', 'a2'],
      ['b1', 'b2'],
      ['c1', 'c2'],
    ]);
    expect(result.modularity).toBeCloseTo(51 / 98, 12);
    expect(result.camps).toEqual([[1, 2], [3]]);
    expect(result.polarization).toBeCloseTo(20 / 49, 12);
    // A agrees on t1 and t2 (both members); t7 is a1's alone inside A.
    expect(result.coalitions[0]!.agreeOn.map((s) => `${s.topic.id} ${s.members}`)).toEqual([
      't1 2',
      't2 2',
    ]);
  });

  it('is deterministic: same input, same seed, same coalitions, whatever the order', () => {
    const first = coalitionsOf(threePairs, { seed: 7 });
    const again = coalitionsOf(threePairs, { seed: 7 });
    const reversed = coalitionsOf([...threePairs].reverse(), { seed: 7 });
    expect(again).toEqual(first);
    expect(reversed).toEqual(first);
  });

  it('has no coalitions and no polarization without ties', () => {
    const alone = statementsOf([
      ['a', 'u', 'positive'],
      ['b', 'v', 'negative'],
    ]);
    expect(coalitionsOf(alone, {})).toEqual({
      coalitionOf: new Map(),
      coalitions: [],
      modularity: 0,
      polarization: null,
      camps: null,
    });
  });

  it('one coalition: polarization 0, the second camp empty', () => {
    // A triangle agreeing on u: one community; Q = 3/3 − (6/6)² = 0.
    const one = statementsOf([
      ['a', 'u', 'positive'],
      ['b', 'u', 'positive'],
      ['c', 'u', 'positive'],
    ]);
    const result = coalitionsOf(one, {});
    expect(result.coalitions.map((c) => c.members)).toEqual([['a', 'b', 'c']]);
    expect(result.polarization).toBe(0);
    expect(result.camps).toEqual([[1], []]);
  });
});

describe('discourseNetwork', () => {
  it('takes a conflict network’s coalitions from the agreement network', () => {
    const result = discourseNetwork(twoCamps, { type: 'conflict' });
    // Nine cross-camp pairs of conflict 2.
    expect(result.ties).toHaveLength(9);
    expect(result.ties.every((t) => t.weight === 2 && t.source.startsWith('p'))).toBe(true);
    expect(result.coalitions.coalitions.map((c) => c.members)).toEqual([
      ['p1', 'p2', 'p3'],
      ['q1', 'q2', 'q3'],
    ]);
  });
});
