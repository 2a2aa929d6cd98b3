// Hit testing and level of detail for the canvas renderer, against hand-worked cases.
import { describe, expect, it } from 'vitest';
import {
  edgeAt,
  edgeDistance,
  edgeTolerance,
  nodeAt,
  nodeHitRadius,
  segmentDistance,
} from '../../src/scene/hit';
import { inFrame, lodFontSize, lodLabelLimit, lodLabels, lodStep } from '../../src/scene/lod';
import { layerRect, layerServes, movedRect } from '../../src/scene/layers';
import { drawHairlines, moreEdgesIn, type Palette } from '../../src/scene/canvas';
import type { SceneEdge } from '../../src/scene/scene';

describe('nodeAt', () => {
  const nodes = [
    { id: 'small', x: 0, y: 0, r: 10 },
    { id: 'big', x: 30, y: 0, r: 20 },
  ];
  it.each([
    // hit radius of small: max(13, 13) = 13 at unit 1; of big: max(26, 13) = 26
    [{ x: 12, y: 0 }, 'big'], // 12 from small (13 holds it), 18 from big (26): big is drawn on top
    [{ x: -12, y: 0 }, 'small'],
    [{ x: 0, y: 13.5 }, undefined], // 13.5 > 13 from small; hypot(30, 13.5) = 32.9 > 26 from big
    [{ x: 55, y: 0 }, 'big'], // 25 <= 26
    [{ x: 57, y: 0 }, undefined],
  ])('%o is on %s', (p, want) => {
    expect(nodeAt(nodes, p, 1)?.id).toBe(want);
  });
  it('keeps 13 screen px at a coarser unit', () => {
    expect(nodeHitRadius(2, 1)).toBe(13);
    expect(nodeHitRadius(2, 3)).toBe(39);
    expect(nodeHitRadius(20, 1)).toBe(26);
  });
});

describe('edge distance', () => {
  it('measures to a segment, its ends included', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 10, y: 0 };
    expect(segmentDistance({ x: 5, y: 3 }, a, b)).toBe(3);
    expect(segmentDistance({ x: 13, y: 4 }, a, b)).toBe(5); // 3-4-5 past the end
    expect(segmentDistance({ x: 1, y: 1 }, a, a)).toBeCloseTo(Math.SQRT2, 12);
  });
  it('measures to a curve through its apex', () => {
    // start (0,0), control (50,40), end (100,0): the apex at t = 0.5 is (50, 20).
    const curve = {
      start: { x: 0, y: 0 },
      control: { x: 50, y: 40 },
      end: { x: 100, y: 0 },
      width: 1,
    };
    expect(edgeDistance({ x: 50, y: 20 }, curve)).toBeCloseTo(0, 9);
    expect(edgeDistance({ x: 50, y: 26 }, curve)).toBeCloseTo(6, 1);
    // The straight chord is 20 away from the apex, so the chord's middle is not on the curve.
    expect(edgeDistance({ x: 50, y: 0 }, curve)).toBeGreaterThan(15);
  });
  it('answers within 6 px, or the stroke and 4 px', () => {
    expect(edgeTolerance(1.5, 1)).toBe(6);
    expect(edgeTolerance(6, 1)).toBe(7);
    expect(edgeTolerance(6, 2)).toBe(12);
  });
});

describe('edgeAt', () => {
  const flat = { id: 'flat', start: { x: 0, y: 0 }, end: { x: 100, y: 0 }, width: 1.5 };
  const lower = { id: 'lower', start: { x: 0, y: 10 }, end: { x: 100, y: 10 }, width: 1.5 };
  it.each([
    [{ x: 50, y: 3 }, 'flat'], // 3 from flat, 7 from lower (tolerance 6)
    [{ x: 50, y: 6 }, 'lower'], // 6 from flat, 4 from lower: the nearer wins
    [{ x: 50, y: 5 }, 'lower'], // a tie goes to the one drawn later
    [{ x: 50, y: -6.5 }, undefined],
    [{ x: 107, y: 0 }, undefined], // 7 past the end
    [{ x: 105, y: 0 }, 'flat'],
  ])('%o hits %s', (p, want) => {
    expect(edgeAt([flat, lower], p, 1)?.id).toBe(want);
  });
});

describe('level of detail', () => {
  it.each([
    [1, 1, 0],
    [1.4, 1, 0],
    [Math.SQRT2, 1, 1],
    [2, 1, 2],
    [0.99, 1, -1],
    [0.5, 1, -2],
    [0.2, 0.1, 2],
    [1000, 1, 8], // capped
    [0.001, 1, -4],
  ])('scale %f at a fit of %f is step %i', (k, fit, step) => {
    expect(lodStep(k, fit)).toBe(step);
  });
  it.each([
    [24, 0, 24],
    [24, 2, 48],
    [24, 4, 96],
    [24, 1, 34], // 24 × 1.414 = 33.9
    [24, -2, 12],
    [1, -4, 1], // never none
  ])('a limit of %i at step %i names %i', (base, step, want) => {
    expect(lodLabelLimit(base, step)).toBe(want);
  });
  it('keeps labels their size on screen', () => {
    expect(lodFontSize(12, 0)).toBe(12);
    expect(lodFontSize(12, 2)).toBeCloseTo(6, 12);
  });
  it('keeps what is in the frame', () => {
    const frame = { x0: 0, y0: 0, x1: 10, y1: 10 };
    const items = [
      { id: 'in', x: 5, y: 5 },
      { id: 'edge', x: 10, y: 0 },
      { id: 'out', x: 11, y: 5 },
    ];
    expect(inFrame(items, frame).map((n) => n.id)).toEqual(['in', 'edge']);
  });
  it('names more nodes as one zooms in', () => {
    // Ten nodes 100 apart on a line, the busiest at the left; one label each at step 0.
    const nodes = Array.from({ length: 10 }, (_, i) => ({
      id: `n${i}`,
      x: i * 100,
      y: 0,
      r: 5,
      text: `N${i}`,
      activity: 10 - i,
    }));
    const rules = { limit: 2, fontSize: 12 };
    const whole = { x0: -50, y0: -50, x1: 950, y1: 50 };
    expect(lodLabels(nodes, rules, 0, whole).map((l) => l.id)).toEqual(['n0', 'n1']);
    // Twice the zoom (step 2): four labels, in the part in view (x 300–700) only.
    const part = { x0: 300, y0: -25, x1: 700, y1: 25 };
    expect(lodLabels(nodes, rules, 2, part).map((l) => l.id)).toEqual(['n3', 'n4', 'n5', 'n6']);
    // Zoomed out (step −2): one.
    expect(lodLabels(nodes, rules, -2, whole).map((l) => l.id)).toEqual(['n0']);
  });
});

describe('cached layers', () => {
  const extent = { x0: 0, y0: 0, x1: 1000, y1: 500 };
  it('covers the graph where it fits in the box', () => {
    // k 0.5 at (100, 50): the graph spans 100–600 × 50–300 px, inside a 800 × 400 box.
    expect(layerRect({ k: 0.5, x: 100, y: 50 }, 800, 400, extent, 1, 4096, 0)).toEqual({
      x0: 100,
      y0: 50,
      x1: 600,
      y1: 300,
    });
  });
  it('covers the box and one box round it when zoomed in, within the device limit', () => {
    // k 4: the graph spans 0–4000 × 0–2000 px; the box is 800 × 400 at (0, 0).
    expect(layerRect({ k: 4, x: 0, y: 0 }, 800, 400, extent, 1, 4096, 0)).toEqual({
      x0: 0,
      y0: 0,
      x1: 1600,
      y1: 800,
    });
    // At ratio 4 the limit (1024 CSS px a side) leaves 112 px of margin across and 312 down.
    expect(layerRect({ k: 4, x: -1000, y: -1000 }, 800, 400, extent, 4, 4096, 0)).toEqual({
      x0: -112,
      y0: -312,
      x1: 912,
      y1: 712,
    });
  });
  it('moves and scales with the view', () => {
    const rect = { x0: 0, y0: 0, x1: 100, y1: 50 };
    expect(movedRect(rect, { k: 1, x: 0, y: 0 }, { k: 1, x: 30, y: -10 })).toEqual({
      x0: 30,
      y0: -10,
      x1: 130,
      y1: 40,
    });
    expect(movedRect(rect, { k: 1, x: 0, y: 0 }, { k: 2, x: 0, y: 0 })).toEqual({
      x0: 0,
      y0: 0,
      x1: 200,
      y1: 100,
    });
  });
  it('serves a pan inside it, not one past it or another scale', () => {
    const drawn = { k: 4, x: 0, y: 0 };
    const rect = { x0: -800, y0: -400, x1: 1600, y1: 800 };
    expect(layerServes(rect, drawn, { k: 4, x: -700, y: 0 }, 800, 400, extent)).toBe(true);
    expect(layerServes(rect, drawn, { k: 4, x: -900, y: 0 }, 800, 400, extent)).toBe(false);
    expect(layerServes(rect, drawn, { k: 4.5, x: 0, y: 0 }, 800, 400, extent)).toBe(false);
    // Panned so far that no graph is in the box: nothing to draw, it serves.
    expect(layerServes(rect, drawn, { k: 4, x: 5000, y: 0 }, 800, 400, extent)).toBe(true);
  });
});

describe('edge level of detail (scene/canvas.ts)', () => {
  const line = (id: string, stance: 'positive' | 'negative', x0: number, x1: number) =>
    ({
      edge: { id, stance },
      start: { x: x0, y: 0 },
      end: { x: x1, y: 0 },
      control: { x: (x0 + x1) / 2, y: 40 },
      width: 3,
      dash: '4 2',
    }) as unknown as SceneEdge;
  // Three edges inside x 0–100, one far outside.
  const edges = [
    line('a', 'positive', 0, 50),
    line('b', 'positive', 10, 90),
    line('c', 'negative', 20, 80),
    line('far', 'negative', 500, 600),
  ];
  const area = { x0: 0, y0: -10, x1: 100, y1: 100 };

  it('counts only the edges that reach into the area, and stops past the limit', () => {
    expect(moreEdgesIn(edges, area, 2)).toBe(true);
    expect(moreEdgesIn(edges, area, 3)).toBe(false);
    expect(moreEdgesIn(edges, area, 4)).toBe(false);
  });

  it('draws hairlines: one CSS px, straight, solid, one stroke per colour, none outside', () => {
    const calls: string[] = [];
    const ctx = new Proxy(
      {},
      {
        get:
          (_, name: string) =>
          (...args: unknown[]) =>
            calls.push(`${name}(${args.join(',')})`),
        set: (_, name: string, value: unknown) => (calls.push(`${name}=${String(value)}`), true),
      },
    ) as unknown as CanvasRenderingContext2D;
    const palette = { stance: { positive: 'green', negative: 'red' } } as unknown as Palette;
    drawHairlines(ctx, edges, palette, area, 2);
    expect(calls).toEqual([
      'lineWidth=0.5',
      'lineCap=butt',
      'setLineDash()',
      'strokeStyle=green',
      'beginPath()',
      'moveTo(0,0)',
      'lineTo(50,0)',
      'moveTo(10,0)',
      'lineTo(90,0)',
      'stroke()',
      'strokeStyle=red',
      'beginPath()',
      'moveTo(20,0)',
      'lineTo(80,0)',
      'stroke()',
    ]);
  });
});
