/**
 * The build's stills: each data set's graph picture (src/export/still.ts) as PNG,
 * `stills/<id>-graph.png` at 1× and `stills/<id>-graph@2x.png`, rasterized in Node
 * by resvg (@resvg/resvg-js: the resvg renderer, prebuilt for each platform, no
 * browser and no native build step). Fonts are named files, never "whatever the
 * system has", so the same data gives the same pixels on every machine that has
 * them: Liberation Sans (metric-compatible with Arial, close to the page's system
 * sans-serif and to the width estimate the layout of the text uses), with DejaVu
 * Sans behind it for glyphs Liberation lacks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { Layout } from '../src/layout/types';
import { lightPalette } from '../src/export/palette';
import { composeStill } from '../src/export/still';
import { resolveLocale, withMessages } from '../src/i18n';
import { ALL_CATALOGUES } from '../src/i18n/all';
import type { Dataset } from '../src/model/types';
import { stillFile, STILL_SCALES, type StillSize } from '../src/model/still';
import type { FontMeasure } from '../src/export/picture';
import { metricsMeasure, readFontMetrics } from './font-metrics';

export const STILL_FONT = 'Liberation Sans';

const FONT_FILES = [
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
];

export interface StillFonts {
  readonly options: ResvgRenderOptions['font'];
  /** Widths in the still's font, from its files; undefined: estimated. */
  readonly measure?: FontMeasure;
  /** Said when the named fonts are missing (then the system's fonts draw, widths are estimated). */
  readonly warning?: string;
}

export function stillFonts(files = FONT_FILES): StillFonts {
  const found = files.filter((file) => existsSync(file));
  const [regular, bold] = files;
  if (!regular || !bold || !found.includes(regular) || !found.includes(bold)) {
    return {
      options: { loadSystemFonts: true, defaultFontFamily: STILL_FONT },
      warning: `stills: ${regular} or ${bold} not found; drawn in the system's fonts (install fonts-liberation for reproducible stills)`,
    };
  }
  const metrics = { regular: readFontMetrics(regular), bold: readFontMetrics(bold) };
  return {
    options: {
      fontFiles: found,
      loadSystemFonts: false,
      defaultFontFamily: STILL_FONT,
      sansSerifFamily: STILL_FONT,
    },
    // Weights up to 500 are drawn in the regular face, as resvg matches them.
    measure: (size, weight = 400) =>
      metricsMeasure(weight > 500 ? metrics.bold : metrics.regular, size),
  };
}

export interface StillFile {
  readonly fileName: string;
  readonly png: Buffer;
}

/** The PNGs of one data set's still, and its size at 1×. */
export function renderStill(
  dataset: Dataset,
  layout: Layout,
  root: string,
  fonts: StillFonts,
): { files: StillFile[]; size: StillSize } {
  const palette = lightPalette(readFileSync(join(root, 'src/styles/theme.css'), 'utf8'));
  // In the interface language a page of this data set speaks by default (its legend and
  // subtitle, as the page's download in that language).
  const locale = resolveLocale(undefined, dataset.language);
  const still = withMessages(locale, ALL_CATALOGUES[locale], () =>
    composeStill(dataset, layout, {
      palette,
      font: `'${STILL_FONT}', sans-serif`,
      measure: fonts.measure,
    }),
  );
  const files = STILL_SCALES.map((scale) => {
    const resvg = new Resvg(still.svg, {
      font: fonts.options,
      fitTo: { mode: 'width', value: still.width * scale },
      shapeRendering: 2,
      textRendering: 1,
    });
    return { fileName: stillFile(dataset.id, scale), png: resvg.render().asPng() };
  });
  return { files, size: { width: still.width, height: still.height } };
}
