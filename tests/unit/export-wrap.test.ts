// Wrapping the titles of a graph download (SVG text does not wrap by itself).
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/export/wrap';
import { estimateWidth } from '../../src/scene/measure';

/** One pixel per character, so widths can be counted by eye. */
const chars = (text: string) => text.length;

describe('wrapText', () => {
  it.each([
    ['After Alaska: security guarantees', 40, ['After Alaska: security guarantees']],
    ['After Alaska: security guarantees', 20, ['After Alaska:', 'security guarantees']],
    ['After Alaska: security guarantees', 13, ['After Alaska:', 'security', 'guarantees']],
    ['  spaced   out  ', 20, ['spaced out']],
    ['', 20, []],
  ])('"%s" in %i', (text, width, lines) => {
    expect(wrapText(text, width, chars)).toEqual(lines);
  });

  it('gives a word wider than the line a line of its own', () => {
    expect(wrapText('a Zusammengehörigkeitsgefühl b', 10, chars)).toEqual([
      'a',
      'Zusammengehörigkeitsgefühl',
      'b',
    ]);
  });
});

describe('estimateWidth', () => {
  it('grows with the text, the size and the weight', () => {
    const regular = estimateWidth(10);
    expect(regular('abcd')).toBeCloseTo(22);
    expect(estimateWidth(20)('abcd')).toBeCloseTo(44);
    expect(estimateWidth(10, 700)('abcd')).toBeGreaterThan(regular('abcd'));
  });
});
