import { describe, expect, it } from 'vitest';
import { hexColour } from '../../src/export/palette';

describe('hexColour', () => {
  it.each([
    ['rgb(255, 255, 255)', '#ffffff'],
    ['rgb(27, 31, 36)', '#1b1f24'],
    ['rgb(0, 0, 0)', '#000000'],
    // Kept as computed: alpha, keywords, anything unexpected.
    ['rgba(0, 0, 0, 0.5)', 'rgba(0, 0, 0, 0.5)'],
    ['none', 'none'],
    ['color(srgb 1 0 0)', 'color(srgb 1 0 0)'],
  ])('%s → %s', (computed, hex) => {
    expect(hexColour(computed)).toBe(hex);
  });
});
