/**
 * Text widths from a TrueType font file's own advance widths (its `cmap`, `hhea`
 * and `hmtx` tables), for laying out the build's stills in exactly the font they
 * are rendered in, without a browser or a canvas. Kerning and shaping are left out
 * (a few tenths of a pixel on a label); characters the font lacks count as its
 * missing-glyph advance.
 */
import { existsSync, readFileSync } from 'node:fs';
import { estimateWidth, type Measure } from '../src/scene/measure';
import type { FontWidths } from '../src/timeline/height';

export interface FontMetrics {
  readonly unitsPerEm: number;
  /** Advance width of a code point in font units. */
  advance(codePoint: number): number;
}

function tables(data: DataView): Map<string, number> {
  const count = data.getUint16(4);
  const out = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => data.getUint8(at + k)));
    out.set(tag, data.getUint32(at + 8));
  }
  return out;
}

/** Glyph ids by code point, from the Unicode BMP subtable (format 4). */
function glyphIds(data: DataView, cmap: number): (codePoint: number) => number {
  const count = data.getUint16(cmap + 2);
  let sub: number | undefined;
  for (let i = 0; i < count; i++) {
    const at = cmap + 4 + i * 8;
    const platform = data.getUint16(at);
    const encoding = data.getUint16(at + 2);
    const offset = cmap + data.getUint32(at + 4);
    if (data.getUint16(offset) === 4 && (platform === 0 || (platform === 3 && encoding === 1))) {
      sub = offset;
      break;
    }
  }
  if (sub === undefined) throw new Error('the font has no Unicode (format 4) character map');
  const base = sub;
  const segments = data.getUint16(base + 6) / 2;
  const ends = base + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (data.getUint16(ends + i * 2) < codePoint) continue;
      const start = data.getUint16(starts + i * 2);
      if (start > codePoint) return 0;
      const delta = data.getInt16(deltas + i * 2);
      const rangeAt = ranges + i * 2;
      const range = data.getUint16(rangeAt);
      if (range === 0) return (codePoint + delta) & 0xffff;
      const glyph = data.getUint16(rangeAt + range + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export function readFontMetrics(file: string): FontMetrics {
  const bytes = readFileSync(file);
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = tables(data);
  const [head, hhea, hmtx, cmap] = ['head', 'hhea', 'hmtx', 'cmap'].map((tag) => {
    const offset = at.get(tag);
    if (offset === undefined) throw new Error(`${file}: no ${tag} table`);
    return offset;
  }) as [number, number, number, number];
  const unitsPerEm = data.getUint16(head + 18);
  const longMetrics = data.getUint16(hhea + 34);
  const glyph = glyphIds(data, cmap);
  const cache = new Map<number, number>();
  return {
    unitsPerEm,
    advance(codePoint) {
      let width = cache.get(codePoint);
      if (width === undefined) {
        const id = Math.min(glyph(codePoint), longMetrics - 1);
        width = data.getUint16(hmtx + id * 4);
        cache.set(codePoint, width);
      }
      return width;
    },
  };
}

/** Widths of text at `size` px in the font. */
export function metricsMeasure(font: FontMetrics, size: number): Measure {
  const scale = size / font.unitsPerEm;
  return (text) => {
    let units = 0;
    for (const char of text) units += font.advance(char.codePointAt(0)!);
    return units * scale;
  };
}

/**
 * The page's sans-serif as Chromium draws it on Debian (system-ui is DejaVu Sans
 * there), for the build's estimate of the timeline's first height
 * (src/timeline/height.ts); an estimate where the fonts are not installed.
 */
const PAGE_FONTS = {
  regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
};

export function pageFontWidths(files = PAGE_FONTS): FontWidths {
  if (!existsSync(files.regular) || !existsSync(files.bold)) return estimateWidth;
  const regular = readFontMetrics(files.regular);
  const bold = readFontMetrics(files.bold);
  return (size, weight) => metricsMeasure(weight > 500 ? bold : regular, size);
}
