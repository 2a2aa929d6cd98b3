import { describe, expect, it } from 'vitest';
import {
  anchoredTop,
  renderPlan,
  rowAt,
  rowOffsets,
  RowHeights,
  visibleRange,
} from '../../src/virtual';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);
/** Offsets of rows with these heights (all measured). */
function offsetsOf(...heights: number[]): Float64Array {
  const known = new RowHeights(50);
  heights.forEach((h, i) => known.set(`s${i}`, h));
  return rowOffsets(keys(heights.length), known);
}

describe('RowHeights', () => {
  it('estimates unmeasured rows by the fallback, then by the mean of those measured', () => {
    const heights = new RowHeights(40);
    expect(heights.estimate).toBe(40);
    expect(heights.set('a', 30)).toBe(true);
    expect(heights.set('b', 90)).toBe(true);
    expect(heights.estimate).toBe(60);
    // Measuring again: the same height changes nothing; a new one replaces the old.
    expect(heights.set('a', 30)).toBe(false);
    expect(heights.set('a', 30.4)).toBe(false);
    expect(heights.get('a')).toBe(30);
    expect(heights.set('a', 60)).toBe(true);
    expect(heights.estimate).toBe(75);
    expect(heights.size).toBe(2);
  });

  it('ignores heights that are no heights', () => {
    const heights = new RowHeights(40);
    expect(heights.set('a', Number.NaN)).toBe(false);
    expect(heights.set('a', -1)).toBe(false);
    expect(heights.set('a', Number.POSITIVE_INFINITY)).toBe(false);
    expect(heights.size).toBe(0);
  });

  it('forgets everything on clear', () => {
    const heights = new RowHeights(40);
    heights.set('a', 100);
    heights.clear();
    expect(heights.get('a')).toBeUndefined();
    expect(heights.estimate).toBe(40);
  });
});

describe('rowOffsets', () => {
  it('adds measured heights and estimates the rest by the average', () => {
    const heights = new RowHeights(50);
    heights.set('s1', 20);
    heights.set('s3', 40);
    // s0, s2, s4 unmeasured: (20 + 40) / 2 = 30 each.
    expect([...rowOffsets(keys(5), heights)]).toEqual([0, 30, 50, 80, 120, 150]);
  });

  it('follows the order of the keys (a sort moves a row with its height)', () => {
    const heights = new RowHeights(50);
    heights.set('s0', 10);
    heights.set('s1', 70);
    expect([...rowOffsets(['s1', 's0'], heights)]).toEqual([0, 70, 80]);
  });

  it('is [0] for no rows', () => {
    expect([...rowOffsets([], new RowHeights(50))]).toEqual([0]);
  });
});

describe('rowAt', () => {
  // Rows of 10, 20, 30: tops 0, 10, 30; total 60.
  const offsets = offsetsOf(10, 20, 30);
  it.each([
    [-5, 0],
    [0, 0],
    [9.9, 0],
    [10, 1],
    [29, 1],
    [30, 2],
    [59, 2],
    [60, 2],
    [1000, 2],
  ])('at y = %d is row %d', (y, row) => {
    expect(rowAt(offsets, y)).toBe(row);
  });
});

describe('visibleRange', () => {
  // Ten rows of 100 px: row i spans [100 i, 100 i + 100).
  const offsets = offsetsOf(...Array<number>(10).fill(100));
  it.each([
    // top, height, overscan → start, end
    [0, 250, 0, 0, 3], // rows 0, 1, 2 (2 is half in view)
    [0, 300, 0, 0, 3], // row 3 starts exactly at the bottom edge: not in view
    [150, 100, 0, 1, 3], // from the middle of row 1 to the middle of row 2
    [150, 100, 100, 0, 4], // a row more on each side
    [850, 400, 0, 8, 10], // past the end: clamped
    [-200, 150, 0, 0, 1], // above the top: the first row
  ])('top %d, height %d, overscan %d: rows %d to %d', (top, height, overscan, start, end) => {
    expect(visibleRange(offsets, top, height, overscan)).toEqual({ start, end });
  });

  it('is empty for no rows', () => {
    expect(visibleRange(new Float64Array([0]), 0, 500, 100)).toEqual({ start: 0, end: 0 });
  });
});

describe('renderPlan', () => {
  // Ten rows of 10, 20, 30, … 100 px: tops 0, 10, 30, 60, 100, 150, 210, 280, 360, 450; total 550.
  const offsets = offsetsOf(10, 20, 30, 40, 50, 60, 70, 80, 90, 100);

  it('puts a spacer of the skipped rows above and below the range', () => {
    expect(renderPlan(offsets, { start: 3, end: 5 })).toEqual([
      { kind: 'gap', height: 60 },
      { kind: 'rows', start: 3, end: 5 },
      { kind: 'gap', height: 400 },
    ]);
  });

  it('has no spacer where there is nothing to skip', () => {
    expect(renderPlan(offsets, { start: 0, end: 10 })).toEqual([
      { kind: 'rows', start: 0, end: 10 },
    ]);
    expect(renderPlan(offsets, { start: 0, end: 2 })).toEqual([
      { kind: 'rows', start: 0, end: 2 },
      { kind: 'gap', height: 520 },
    ]);
  });

  it('keeps a row outside the range, with spacers on both its sides', () => {
    // Row 1 (focused) above rows 6 to 8.
    expect(renderPlan(offsets, { start: 6, end: 8 }, [1])).toEqual([
      { kind: 'gap', height: 10 },
      { kind: 'rows', start: 1, end: 2 },
      { kind: 'gap', height: 180 },
      { kind: 'rows', start: 6, end: 8 },
      { kind: 'gap', height: 190 },
    ]);
    // Row 9 below rows 0 to 2.
    expect(renderPlan(offsets, { start: 0, end: 2 }, [9])).toEqual([
      { kind: 'rows', start: 0, end: 2 },
      { kind: 'gap', height: 420 },
      { kind: 'rows', start: 9, end: 10 },
    ]);
  });

  it('joins a kept row that touches or lies in the range, and ignores rows that are not there', () => {
    expect(renderPlan(offsets, { start: 3, end: 5 }, [5, 4, -1, 10, 2.5])).toEqual([
      { kind: 'gap', height: 60 },
      { kind: 'rows', start: 3, end: 6 },
      { kind: 'gap', height: 340 },
    ]);
  });

  it('is nothing for no rows', () => {
    expect(renderPlan(new Float64Array([0]), { start: 0, end: 0 })).toEqual([]);
  });
});

describe('anchoredTop', () => {
  it('moves the view by what changed above the row at its top', () => {
    // Rows of 50; the view starts 20 px into row 3 (top 150 + 20 = 170). Rows 0 and 2
    // are measured at 80 and 30: +30 - 20 = +10 above row 3, so the view goes to 180.
    const before = offsetsOf(50, 50, 50, 50, 50);
    const after = offsetsOf(80, 50, 30, 50, 50);
    expect(anchoredTop(before, after, 170)).toBe(180);
  });

  it('does not move for changes below the row at its top', () => {
    const before = offsetsOf(50, 50, 50, 50, 50);
    const after = offsetsOf(50, 50, 50, 90, 10);
    expect(anchoredTop(before, after, 170)).toBe(170);
  });

  it('stays at the top, and does nothing when the rows themselves changed', () => {
    const before = offsetsOf(50, 50, 50);
    expect(anchoredTop(before, offsetsOf(90, 50, 50), 0)).toBe(0);
    expect(anchoredTop(before, offsetsOf(90, 50), 70)).toBe(70);
  });
});
