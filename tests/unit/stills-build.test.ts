// The build's stills (vite/parley-data.ts, vite/stills.ts): every data set in data/
// gets a 1× and a 2× PNG of its graph, and the index says the 1× size.
import { describe, expect, it } from 'vitest';
import { parleyData } from '../../vite/parley-data';
import { metricsMeasure, readFontMetrics } from '../../vite/font-metrics';

interface Emitted {
  fileName: string;
  source: string | Uint8Array;
}

/** Runs the data plugin's generateBundle as the build does, keeping what it emits. */
function build(): Emitted[] {
  const plugin = parleyData();
  const emitted: Emitted[] = [];
  const context = {
    emitFile: (file: Emitted) => emitted.push(file),
    warn: (message: string) => {
      throw new Error(`unexpected warning: ${message}`);
    },
    error: (message: string) => {
      throw new Error(message);
    },
  };
  (plugin.configResolved as (config: { root: string }) => void)({ root: process.cwd() });
  (plugin.generateBundle as unknown as (this: typeof context) => void).call(context);
  return emitted;
}

/** A PNG's size from its header: the 8-byte signature, then IHDR with width and height. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)]).toEqual(signature);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint32(8)).toBe(13); // IHDR's length
  expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the build', () => {
  const emitted = build();
  const file = (name: string) => emitted.find((e) => e.fileName === name);
  const index = JSON.parse(String(file('data/index.json')?.source)) as {
    id: string;
    still?: { width: number; height: number };
  }[];

  it.each(['alaska-summit-2025', 'german-nuclear-2011'])(
    'writes stills/%s-graph.png and @2x, as big as the index says',
    (id) => {
      const still = index.find((e) => e.id === id)?.still;
      expect(still?.width).toBe(960);
      // A title, legend and credit above and below a graph of 12 px labels.
      expect(still?.height).toBeGreaterThan(400);
      expect(still?.height).toBeLessThan(1200);
      const one = file(`stills/${id}-graph.png`);
      const two = file(`stills/${id}-graph@2x.png`);
      expect(one && pngSize(one.source as Uint8Array)).toEqual(still);
      expect(two && pngSize(two.source as Uint8Array)).toEqual({
        width: 1920,
        height: still!.height * 2,
      });
    },
  );

  it('writes no other still', () => {
    expect(
      emitted
        .filter((e) => e.fileName.startsWith('stills/'))
        .map((e) => e.fileName)
        .sort(),
    ).toEqual([
      'stills/alaska-summit-2025-graph.png',
      'stills/alaska-summit-2025-graph@2x.png',
      'stills/german-nuclear-2011-graph.png',
      'stills/german-nuclear-2011-graph@2x.png',
    ]);
  });
}, 120_000);

describe('font metrics', () => {
  it("reads Liberation Sans's advance widths (Arial's: A 1366, W 1933, space 569, i 455 of 2048)", () => {
    const font = readFontMetrics('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf');
    expect(font.unitsPerEm).toBe(2048);
    expect(metricsMeasure(font, 2048)('AW i')).toBe(1366 + 1933 + 569 + 455);
    expect(metricsMeasure(font, 20.48)('i')).toBeCloseTo(4.55, 5);
  });
});
