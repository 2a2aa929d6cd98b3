import { describe, expect, it } from 'vitest';
import { BoxGrid } from '../../src/scene/box-grid';
import type { Box } from '../../src/scene/labels';

/** Every item the grid offers for `box`, in the order offered. */
function offered(grid: BoxGrid, box: Box) {
  const items: number[] = [];
  grid.some(box, (i) => {
    items.push(i);
    return false;
  });
  return items;
}

describe('BoxGrid', () => {
  it('offers the boxes in the cells a query touches, each once', () => {
    const grid = new BoxGrid(10, 3);
    grid.addBox(0, { x0: 0, y0: 0, x1: 25, y1: 5 }); // cells x 0–2, y 0
    grid.addBox(1, { x0: 50, y0: 50, x1: 55, y1: 55 }); // cell 5, 5
    grid.addBox(2, { x0: -15, y0: -15, x1: -12, y1: -12 }); // cell −2, −2
    expect(offered(grid, { x0: 1, y0: 1, x1: 29, y1: 2 })).toEqual([0]);
    expect(offered(grid, { x0: 51, y0: 51, x1: 52, y1: 52 })).toEqual([1]);
    expect(offered(grid, { x0: -14, y0: -14, x1: -13, y1: -13 })).toEqual([2]);
    expect(offered(grid, { x0: 30, y0: 30, x1: 40, y1: 40 })).toEqual([]);
    // A second query offers them again.
    expect(offered(grid, { x0: 0, y0: 0, x1: 60, y1: 60 }).sort()).toEqual([0, 1]);
  });

  it('lists a segment along its line, not over its whole box', () => {
    const grid = new BoxGrid(10, 1);
    grid.addSegment(0, { x: 0, y: 0 }, { x: 100, y: 100 });
    expect(offered(grid, { x0: 48, y0: 48, x1: 52, y1: 52 })).toEqual([0]);
    // The far corners of the diagonal's box.
    expect(offered(grid, { x0: 85, y0: 2, x1: 95, y1: 8 })).toEqual([]);
    expect(offered(grid, { x0: 2, y0: 85, x1: 8, y1: 95 })).toEqual([]);
  });

  it('stops when the visit says so, and says it did', () => {
    const grid = new BoxGrid(10, 3);
    for (let i = 0; i < 3; i++) grid.addBox(i, { x0: 0, y0: 0, x1: 5, y1: 5 });
    const seen: number[] = [];
    expect(grid.some({ x0: 0, y0: 0, x1: 1, y1: 1 }, (i) => (seen.push(i), i === 1))).toBe(true);
    expect(seen).toEqual([0, 1]);
    expect(grid.some({ x0: 0, y0: 0, x1: 1, y1: 1 }, () => false)).toBe(false);
  });

  it('never misses a segment that crosses the query box (random segments and boxes)', () => {
    let seed = 7;
    const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 1000;
    const segments = Array.from({ length: 400 }, () => [
      { x: r(), y: r() },
      { x: r(), y: r() },
    ]);
    const grid = new BoxGrid(37, segments.length);
    segments.forEach(([a, b], i) => grid.addSegment(i, a!, b!));
    // Whether a–b meets the box, by sampling the segment finely (independent of the grid).
    const meets = (a: { x: number; y: number }, b: { x: number; y: number }, box: Box) => {
      for (let k = 0; k <= 4000; k++) {
        const x = a.x + ((b.x - a.x) * k) / 4000;
        const y = a.y + ((b.y - a.y) * k) / 4000;
        if (x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1) return true;
      }
      return false;
    };
    let crossed = 0;
    for (let q = 0; q < 60; q++) {
      const x = r();
      const y = r();
      const box = { x0: x, y0: y, x1: x + r() / 10, y1: y + r() / 30 };
      const near = new Set(offered(grid, box));
      segments.forEach(([a, b], i) => {
        if (meets(a!, b!, box)) {
          crossed++;
          expect(near.has(i)).toBe(true);
        }
      });
      // The grid narrows things down: far fewer candidates than segments.
      expect(near.size).toBeLessThan(segments.length / 2);
    }
    expect(crossed).toBeGreaterThan(50);
  });
});
