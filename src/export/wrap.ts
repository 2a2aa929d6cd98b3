/**
 * Breaking a line of text into lines no wider than a width, for the titles of a
 * download (SVG text does not wrap by itself). Widths come from a measure function:
 * a canvas in the browser, an estimate elsewhere.
 */

import type { Measure } from '../scene/measure';

/** Lines of at most `width`; a single word wider than that keeps a line of its own. */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
