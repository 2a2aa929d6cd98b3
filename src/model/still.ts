/**
 * The still picture of a data set's graph that the build writes (vite/stills.ts):
 * where it is, and the words that stand for it (its alt text), shared by the embed
 * code (embed/snippet.ts), the embed's print view and the host-page script.
 */
import { buildGraph, defaultGraphMode, mostActive } from './graph';
import type { Dataset } from './types';

/** Pixel densities the build writes: 1× and 2× (`@2x`). */
export const STILL_SCALES: readonly number[] = [1, 2];

/** The still's size in CSS pixels (its 1× PNG), as the build lists it in data/index.json. */
export interface StillSize {
  readonly width: number;
  readonly height: number;
}

/** `stills/<id>-graph.png` (or `…@2x.png`), relative to the folder of the pages. */
export function stillFile(datasetId: string, scale = 1): string {
  return `stills/${encodeURIComponent(datasetId)}-graph${scale === 1 ? '' : `@${scale}x`}.png`;
}

/**
 * The alt text's words in the interface language (the catalogue's `still`,
 * src/i18n): the graph's name before the title, and the most active actors, their
 * names joined as the language joins a list (Intl.ListFormat: "A, B and C",
 * "A, B und C").
 */
export interface StillWords {
  /** "Actor graph: TITLE" (the title has its sentence's stop already). */
  readonly graph: (title: string) => string;
  /** "Most active: A, B and C." */
  readonly mostActive: (names: readonly string[]) => string;
}

/** A sentence's own stop at the end of a title (Latin, Arabic and CJK question and exclamation marks too). */
const STOPPED = /[.!?…؟。！？]$/;

/**
 * The still's alt text: what it is, the title, and who is most active, e.g.
 * "Actor graph: After Alaska. Most active: Steve Witkoff, Marco Rubio and Donald Trump."
 */
export function stillAlt(
  title: string,
  mostActiveNames: readonly string[],
  words: StillWords,
): string {
  const heading = title.trim();
  const stop = STOPPED.test(heading) ? '' : '.';
  const who = mostActiveNames.length > 0 ? ` ${words.mostActive(mostActiveNames)}` : '';
  return `${words.graph(heading)}${stop}${who}`;
}

/** The alt text of a data set's still: its title and its three most active actors. */
export function datasetStillAlt(dataset: Dataset, words: StillWords): string {
  const graph = buildGraph(dataset, dataset.statements, defaultGraphMode(dataset));
  return stillAlt(
    dataset.title,
    mostActive(graph, 3).map((node) => node.label),
    words,
  );
}

/** A size read from data/index.json, if it is one (positive whole pixels). */
export function readStillSize(value: unknown): StillSize | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { width, height } = value as Record<string, unknown>;
  const ok = (n: unknown): n is number => Number.isInteger(n) && (n as number) > 0;
  return ok(width) && ok(height) ? { width, height } : undefined;
}
