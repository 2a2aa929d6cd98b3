/**
 * Text widths for laying out a download's titles and legend, measured with a canvas
 * in the font the SVG names (the same system font the picture will be drawn in),
 * or estimated where no canvas is at hand.
 */
import { estimateWidth, type Measure } from './wrap';

export function textMeasure(fontFamily: string, size: number, weight = 400): Measure {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth(size, weight);
  context.font = `${weight} ${size}px ${fontFamily}`;
  return (text) => context.measureText(text).width;
}
