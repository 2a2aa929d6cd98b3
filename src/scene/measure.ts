/**
 * Text widths for label placement, measured with a canvas in the font the graph's
 * labels use (browser only; labels.ts falls back to an estimate elsewhere).
 * Widths are per 1 unit of font size, slightly padded for the halo.
 */
export function createTextMeasure(element: Element): ((text: string) => number) | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  const style = getComputedStyle(element);
  context.font = `500 100px ${style.fontFamily}`;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = (context.measureText(text).width / 100) * 1.04;
      cache.set(text, width);
    }
    return width;
  };
}
