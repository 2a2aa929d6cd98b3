// The compact legend of a graph download: its entries, and how they flow into lines.
import { describe, expect, it } from 'vitest';
import { flowLegend, swatchWidth, type LegendGroup } from '../../src/export/legend';

/** One pixel per character, so widths can be counted by eye. */
const chars = (text: string) => text.length;
const flow = (groups: readonly LegendGroup[], width: number) =>
  flowLegend(groups, { width, measure: chars, measureTitle: chars, lineHeight: 20 });

describe('flowLegend', () => {
  const groups: LegendGroup[] = [
    {
      key: 'stance',
      title: 'AB',
      items: [
        { swatch: { type: 'via' }, text: 'x'.repeat(10) },
        { swatch: { type: 'via' }, text: 'y'.repeat(10) },
      ],
    },
    {
      key: 'nodes',
      title: 'CD',
      items: [{ swatch: { type: 'shape', shape: 'circle', kind: 'person' }, text: 'zz' }],
    },
  ];
  // Item widths: swatch 30 + gap 5 + text 10 = 45; the shape item 14 + 5 + 2 = 21.
  // Title widths: 2 + 8 = 10. Group 1: 10 + 45 + 14 + 45 = 114. Gap between groups 26.

  it('puts everything on one line when it fits', () => {
    const layout = flow(groups, 1000);
    expect(layout.lines).toBe(1);
    expect(layout.height).toBe(20);
    expect(layout.titles).toEqual([
      { text: 'AB', x: 0, line: 0 },
      { text: 'CD', x: 140, line: 0 },
    ]);
    expect(layout.items.map((i) => [i.x, i.textX, i.line])).toEqual([
      [10, 45, 0],
      [69, 104, 0],
      [150, 169, 0],
    ]);
  });

  it('starts a group on a new line rather than break it, when it fits a line', () => {
    const layout = flow(groups, 150);
    expect(layout.titles).toEqual([
      { text: 'AB', x: 0, line: 0 },
      { text: 'CD', x: 0, line: 1 },
    ]);
    expect(layout.lines).toBe(2);
  });

  it('wraps items under the group’s first item, and never beyond the width', () => {
    const layout = flow(groups, 80);
    expect(layout.items.map((i) => [i.x, i.line])).toEqual([
      [10, 0],
      [10, 1],
      [10, 2],
    ]);
    for (const item of layout.items) expect(item.x).toBeLessThanOrEqual(80);
  });

  it('never leaves a title alone at the end of a line', () => {
    for (const width of [60, 90, 130, 170, 400]) {
      const layout = flow(groups, width);
      for (const title of layout.titles) {
        const first = layout.items.find((i) => i.x > title.x && i.line === title.line);
        expect(first, `width ${width}: ${title.text}`).toBeDefined();
      }
    }
  });

  it('is empty without groups', () => {
    expect(flow([], 100)).toEqual({ titles: [], items: [], lines: 0, height: 0 });
  });

  it('gives line swatches more room than shapes', () => {
    expect(swatchWidth({ type: 'stance', stance: 'positive' })).toBe(30);
    expect(swatchWidth({ type: 'shape', shape: 'square', kind: 'state' })).toBe(14);
  });
});
