// Where title, subtitle, legend, graph and credit go in a graph download.
import { describe, expect, it } from 'vitest';
import {
  FRAME,
  frameLayout,
  frameWidth,
  innerWidth,
  type FrameInput,
} from '../../src/export/frame';

const base: FrameInput = {
  graphWidth: 818,
  bounds: { x: -200, y: -150, width: 400, height: 300 },
  titleLines: 2,
  subtitleLines: 1,
  legendHeight: 66,
  creditLines: 1,
  labelSize: 12,
};

describe('frameWidth', () => {
  it.each([
    [818, 818],
    [1200.4, 1200],
    [342, 600],
  ])('a graph %i px wide makes a picture %i px wide', (graph, picture) => {
    expect(frameWidth(graph)).toBe(picture);
    expect(innerWidth(graph)).toBe(picture - 2 * FRAME.pad);
  });
});

describe('frameLayout', () => {
  it('stacks title, subtitle, legend, graph, rule and credit without overlap', () => {
    const f = frameLayout(base);
    expect(f.width).toBe(818);
    expect(f.title).toEqual([39, 64]);
    expect(f.subtitle).toEqual([86]);
    const subtitleBottom = f.subtitle.at(-1)! + FRAME.subtitle.line * 0.25;
    expect(f.legendY).toBeGreaterThan(subtitleBottom);
    expect(f.graph.y).toBeGreaterThanOrEqual(f.legendY + base.legendHeight);
    expect(f.ruleY).toBeGreaterThan(f.graph.y + f.graph.height);
    expect(f.credit[0]).toBeGreaterThan(f.ruleY!);
    expect(f.height).toBeGreaterThan(f.credit[0]!);
  });

  it('draws labels at 12 px at most, centred, inside the padding', () => {
    // Labels 12 units high: scale 1 at most, so the 400 × 300 graph stays 400 × 300.
    const f = frameLayout(base);
    expect(f.graph).toEqual({ x: 209, y: f.graph.y, width: 400, height: 300 });
    // Labels 24 units high (a graph shrunk to fit a phone): scale ½.
    const small = frameLayout({ ...base, labelSize: 24 });
    expect([small.graph.width, small.graph.height]).toEqual([200, 150]);
  });

  it('fits a wide graph to the width', () => {
    const f = frameLayout({
      ...base,
      bounds: { x: 0, y: 0, width: 1556, height: 778 },
      labelSize: 6,
    });
    expect(f.graph).toMatchObject({ x: FRAME.pad, width: 778, height: 389 });
  });

  it('keeps a tall graph from running on', () => {
    const f = frameLayout({
      ...base,
      bounds: { x: 0, y: 0, width: 100, height: 2000 },
      labelSize: 1,
    });
    expect(f.graph.height).toBe(Math.round((818 - 2 * FRAME.pad) * 1.25));
  });

  it('has no rule without a credit', () => {
    const f = frameLayout({ ...base, creditLines: 0 });
    expect(f.ruleY).toBeUndefined();
    expect(f.credit).toEqual([]);
    expect(f.height).toBeLessThan(frameLayout(base).height);
  });
});
