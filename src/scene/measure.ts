/**
 * Text widths, measured with a canvas in the font the text is drawn in: the graph's
 * labels, the timeline's item estimates and a download's titles and legend all use
 * this one measurer. Where no canvas is at hand (Node, a canvas-less browser) an
 * estimate stands in, so callers never branch.
 */

/** Width of `text` in pixels at the font the measure was made for. */
export type Measure = (text: string) => number;

/** A rough width for a proportional sans-serif font (average glyph ≈ 0.55 em). */
export function estimateWidth(fontSize: number, weight = 400): Measure {
  const em = fontSize * (weight >= 600 ? 0.58 : 0.55);
  return (text) => [...text].length * em;
}

/** Widths in `weight size fontFamily`, cached per text (labels are measured again on every placement). */
export function textMeasure(fontFamily: string, size: number, weight = 400): Measure {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth(size, weight);
  context.font = `${weight} ${size}px ${fontFamily}`;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };
}

/**
 * The graph labels' measure (weight 500): widths per 1 unit of font size, padded 4%
 * for the halo, from a measure of the font at a size and weight.
 */
export function labelMeasure(font: (size: number, weight: number) => Measure): Measure {
  const measure = font(100, 500);
  return (text) => (measure(text) / 100) * 1.04;
}

/** The graph labels' measure in `element`'s font. */
export function createTextMeasure(element: Element): Measure {
  const family = getComputedStyle(element).fontFamily;
  return labelMeasure((size, weight) => textMeasure(family, size, weight));
}
