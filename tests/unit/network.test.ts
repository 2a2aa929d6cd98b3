// Agreement, conflict and balance networks on a hand-made set
// (tests/fixtures/network/small.json), every expected weight worked out by hand
// in the comments; and properties on random sets (fast-check).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/dates';
import { loadDataset } from '../../src/model/load';
import type { PDate, Statement } from '../../src/model/types';
import {
  networkActors,
  networkOf,
  tieEvidence,
  type NetworkOptions,
  type Tie,
} from '../../src/network';

const small = loadDataset(readFileSync('tests/fixtures/network/small.json', 'utf8')).dataset!;
const date = (text: string): PDate => {
  const parsed = parseDate(text);
  if (!('date' in parsed)) throw new Error(`bad date ${text}`);
  return parsed.date;
};
/** Ties as "source-target weight" strings, for compact expectations. */
const brief = (ties: readonly Tie[]) => ties.map((t) => `${t.source}-${t.target} ${t.weight}`);
const net = (options: NetworkOptions) => networkOf(small.statements, options);

// Positions over the whole range (P positive, N negative; repeats count once):
//   t1: a {P, N} (s01, s02, s03), b {P, N} (s04, s05), c {P} (s06); d neutral (s10)
//   t2: a {N} (s08), b {N} (s13), c {N} (s07), d {P} (s09)
//   t3: e mixed only (s11); s12 has no topic.
describe('networkOf on the small set, whole range', () => {
  it('agreement: shared (topic, stance) pairs', () => {
    // a-b: t1 P, t1 N, t2 N = 3; a-c: t1 P, t2 N = 2; b-c: t1 P, t2 N = 2;
    // d shares nothing (its t1 is neutral, its t2 positive against everyone's negative).
    expect(brief(net({ type: 'agreement' }))).toEqual(['a-b 3', 'a-c 2', 'b-c 2']);
  });

  it('conflict: opposed stance pairs per topic, 2 when both took both', () => {
    // a-b: t1 (aP,bN) and (aN,bP) = 2; a-c: t1 (aN,cP) = 1; b-c: t1 (bN,cP) = 1;
    // a-d, b-d, c-d: t2 (N, dP) = 1 each.
    expect(brief(net({ type: 'conflict' }))).toEqual([
      'a-b 2',
      'a-c 1',
      'a-d 1',
      'b-c 1',
      'b-d 1',
      'c-d 1',
    ]);
  });

  it('balance: agreement minus conflict, signed', () => {
    // a-b 3-2, a-c 2-1, b-c 2-1, and -1 for each pair with d.
    expect(brief(net({ type: 'balance' }))).toEqual([
      'a-b 1',
      'a-c 1',
      'a-d -1',
      'b-c 1',
      'b-d -1',
      'c-d -1',
    ]);
  });

  it('keeps balance ties of weight zero out', () => {
    // s01, s03 and s04 alone: a pair that agrees once and conflicts once.
    const statements: Statement[] = small.statements.filter((s) =>
      ['s01', 's03', 's04'].includes(s.id),
    );
    // t1: a {P, N}, b {P}: agreement 1 (P), conflict 1 (aN, bP): balance 0.
    expect(brief(networkOf(statements, { type: 'agreement' }))).toEqual(['a-b 1']);
    expect(brief(networkOf(statements, { type: 'conflict' }))).toEqual(['a-b 1']);
    expect(networkOf(statements, { type: 'balance' })).toEqual([]);
  });

  it('lists each pair once, source before target, type on every tie', () => {
    for (const tie of net({ type: 'conflict' })) {
      expect(tie.source < tie.target).toBe(true);
      expect(tie.type).toBe('conflict');
    }
  });

  it('has every topical speaker as a node, ties or not; a statement without a topic makes none', () => {
    // e spoke only "mixed" on t3 (a node without ties); x never spoke.
    expect(networkActors(small.statements, {}).map((a) => a.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('networkOf with a window and topics', () => {
  it('a window inclusive at its written precision, overlapping coarser dates', () => {
    // 15 to 20 March: s06 (c t1 P, on the 15th), s07 (c t2 N, on the 20th) and s08
    // (a t2 N, dated "2011-03", whose month overlaps the window). a-c agree on t2 N.
    const window = { from: date('2011-03-15'), to: date('2011-03-20') };
    expect(brief(net({ type: 'agreement', ...window }))).toEqual(['a-c 1']);
    expect(net({ type: 'conflict', ...window })).toEqual([]);
  });

  it('"2011-03" as the end keeps all of March and drops April', () => {
    // In: s01-s04, s06-s08, s10-s12. Out: s05 (1 April), s09 (May), s13 (June).
    // t1: a {P, N}, b {P}, c {P}; t2: a {N}, c {N}.
    // Agreement: a-b t1 P = 1; a-c t1 P + t2 N = 2; b-c t1 P = 1.
    // Conflict: a-b (aN, bP) = 1; a-c (aN, cP) = 1.
    const to = date('2011-03');
    expect(brief(net({ type: 'agreement', to }))).toEqual(['a-b 1', 'a-c 2', 'b-c 1']);
    expect(brief(net({ type: 'conflict', to }))).toEqual(['a-b 1', 'a-c 1']);
  });

  it('a topic filter keeps only those topics', () => {
    // t2 only: a, b, c negative, d positive.
    const topics = new Set(['t2']);
    expect(brief(net({ type: 'agreement', topics }))).toEqual(['a-b 1', 'a-c 1', 'b-c 1']);
    expect(brief(net({ type: 'conflict', topics }))).toEqual(['a-d 1', 'b-d 1', 'c-d 1']);
  });
});

describe('normalization (rDNA: average, Jaccard, cosine)', () => {
  // Activity (distinct (topic, stance) pairs): a 3 (t1 P, t1 N, t2 N), b 3, c 2, d 1.
  const normalized = (options: NetworkOptions) =>
    Object.fromEntries(net(options).map((t) => [`${t.source}-${t.target}`, t.normalized]));

  it('keeps the raw weight and adds the normalized one', () => {
    const ties = net({ type: 'agreement', normalize: 'average' });
    expect(ties.map((t) => t.weight)).toEqual([3, 2, 2]);
  });

  it('average: weight / ((|A| + |B|) / 2)', () => {
    // a-b 3 / 3 = 1; a-c 2 / 2.5 = 0.8; b-c likewise.
    const n = normalized({ type: 'agreement', normalize: 'average' });
    expect(n['a-b']).toBe(1);
    expect(n['a-c']).toBeCloseTo(0.8, 12);
    // conflict a-d: 1 / ((3 + 1) / 2) = 0.5
    expect(normalized({ type: 'conflict', normalize: 'average' })['a-d']).toBe(0.5);
  });

  it('jaccard: weight / |A ∪ B|', () => {
    // a-b: union 3 + 3 - 3 = 3, 3 / 3 = 1; a-c: union 3 + 2 - 2 = 3, 2 / 3.
    const n = normalized({ type: 'agreement', normalize: 'jaccard' });
    expect(n['a-b']).toBe(1);
    expect(n['a-c']).toBeCloseTo(2 / 3, 12);
    // conflict a-d: they share nothing, union 3 + 1 = 4: 1 / 4.
    expect(normalized({ type: 'conflict', normalize: 'jaccard' })['a-d']).toBe(0.25);
  });

  it('cosine: weight / √(|A| · |B|)', () => {
    // a-b: 3 / √9 = 1; a-c: 2 / √6 ≈ 0.81650; conflict a-d: 1 / √3 ≈ 0.57735.
    const n = normalized({ type: 'agreement', normalize: 'cosine' });
    expect(n['a-b']).toBe(1);
    expect(n['a-c']).toBeCloseTo(0.8164965809, 9);
    expect(normalized({ type: 'conflict', normalize: 'cosine' })['a-d']).toBeCloseTo(
      0.5773502692,
      9,
    );
  });

  it('none: normalized equals the weight', () => {
    for (const t of net({ type: 'balance' })) expect(t.normalized).toBe(t.weight);
  });
});

describe('affiliation folding', () => {
  // a -> x (its only affiliation); b -> c (its first non-person affiliation, a
  // state, before x); c, d are not people; e has no affiliation and stays.
  // t1: x {P, N} (a), c {P, N} (b's both and c's P); t2: c {N} (b, c), x {N} (a), d {P}.
  it('computes the network at organization level', () => {
    // agreement c-x: t1 P, t1 N, t2 N = 3. conflict c-x: t1 both-both = 2;
    // c-d and d-x: t2 = 1.
    expect(brief(net({ type: 'agreement', fold: true }))).toEqual(['c-x 3']);
    expect(brief(net({ type: 'conflict', fold: true }))).toEqual(['c-d 1', 'c-x 2', 'd-x 1']);
    expect(networkActors(small.statements, { fold: true }).map((a) => a.id)).toEqual([
      'c',
      'd',
      'e',
      'x',
    ]);
  });
});

describe('tieEvidence', () => {
  const ids = (statements: readonly Statement[]) => statements.map((s) => s.id);

  it('agreement: per topic, the shared stances’ statements of both', () => {
    // a-c agree on t1 P (a: s01, s02; c: s06) and t2 N (a: s08; c: s07); equal
    // contributions, so by topic id.
    const evidence = tieEvidence(small.statements, 'a', 'c', 'agreement', {});
    expect(evidence.map((e) => [e.topic.id, e.agreement, e.conflict, ids(e.a), ids(e.b)])).toEqual([
      ['t1', 1, 1, ['s01', 's02'], ['s06']],
      ['t2', 1, 0, ['s08'], ['s07']],
    ]);
  });

  it('conflict: the opposed statements, both stances when both took both', () => {
    // a-b on t1: a's P (s01, s02) against b's N, a's N (s03) against b's P: all of
    // a's; all of b's (s04, s05). t2 (both negative) is no conflict.
    const evidence = tieEvidence(small.statements, 'a', 'b', 'conflict', {});
    expect(evidence.map((e) => [e.topic.id, e.conflict, ids(e.a), ids(e.b)])).toEqual([
      ['t1', 2, ['s01', 's02', 's03'], ['s04', 's05']],
    ]);
  });

  it('respects the window and folding', () => {
    // Up to March, a-b on t1: a {P, N}, b {P}: agreement on P (s01, s02 | s04).
    const evidence = tieEvidence(small.statements, 'a', 'b', 'agreement', { to: date('2011-03') });
    expect(evidence.map((e) => [e.topic.id, ids(e.a), ids(e.b)])).toEqual([
      ['t1', ['s01', 's02'], ['s04']],
    ]);
    // Folded, c-x on t2: x is a's s08; c is c's s07 and b's s13.
    const folded = tieEvidence(small.statements, 'c', 'x', 'agreement', { fold: true });
    expect(folded.find((e) => e.topic.id === 't2')).toMatchObject({ agreement: 1 });
    expect(ids(folded.find((e) => e.topic.id === 't2')!.a)).toEqual(['s07', 's13']);
  });

  it('is empty for a pair without a tie', () => {
    expect(tieEvidence(small.statements, 'a', 'e', 'agreement', {})).toEqual([]);
    expect(tieEvidence(small.statements, 'a', 'nobody', 'agreement', {})).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Properties on random data sets.

const STANCE = fc.constantFrom('positive', 'negative', 'neutral', 'mixed');
const randomSet = fc.array(
  fc.record({
    speaker: fc.constantFrom('p', 'q', 'r', 's'),
    topic: fc.constantFrom('u', 'v', 'w'),
    stance: STANCE,
    day: fc.integer({ min: 1, max: 28 }),
  }),
  { maxLength: 40 },
);

function resolveSet(rows: { speaker: string; topic: string; stance: string; day: number }[]) {
  const text = JSON.stringify({
    format: 'parley/1',
    id: 'random',
    title: 'Random',
    actors: ['p', 'q', 'r', 's'].map((id) => ({ id, name: id.toUpperCase(), kind: 'state' })),
    topics: ['u', 'v', 'w'].map((id) => ({ id, label: id })),
    statements: rows.map((r, k) => ({
      id: `s${k}`,
      speaker: r.speaker,
      topic: r.topic,
      stance: r.stance,
      summary: 'x',
      date: `2011-02-${String(r.day).padStart(2, '0')}`,
    })),
  });
  return loadDataset(text).dataset!.statements;
}

const weights = (ties: readonly Tie[]) =>
  new Map(ties.map((t) => [`${t.source}-${t.target}`, t.weight]));

describe('properties', () => {
  it('agreement and conflict do not depend on statement order (symmetric), conflict ≥ 0', () => {
    fc.assert(
      fc.property(randomSet, (rows) => {
        const statements = resolveSet(rows);
        const reversed = [...statements].reverse();
        for (const type of ['agreement', 'conflict', 'balance'] as const) {
          expect(networkOf(reversed, { type })).toEqual(networkOf(statements, { type }));
        }
        for (const t of networkOf(statements, { type: 'conflict' }))
          expect(t.weight).toBeGreaterThan(0);
        for (const t of networkOf(statements, { type: 'agreement' })) {
          // The same count read the other way round: evidence of (target, source).
          const back = tieEvidence(statements, t.target, t.source, 'agreement', {});
          expect(back.reduce((sum, e) => sum + e.agreement, 0)).toBe(t.weight);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('narrowing the window never adds weight', () => {
    fc.assert(
      fc.property(
        randomSet,
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 27 }),
        (rows, start, length) => {
          const statements = resolveSet(rows);
          const end = Math.min(28, start + length);
          const day = (d: number) => date(`2011-02-${String(d).padStart(2, '0')}`);
          for (const type of ['agreement', 'conflict'] as const) {
            const wide = weights(networkOf(statements, { type }));
            const narrow = networkOf(statements, { type, from: day(start), to: day(end) });
            for (const t of narrow) {
              expect(t.weight).toBeLessThanOrEqual(wide.get(`${t.source}-${t.target}`) ?? 0);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
