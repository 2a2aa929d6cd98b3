/**
 * Vite plugin for the run-time data path: validates every data/*.json at build
 * time (failing with the validator's located messages), emits each valid file as
 * dist/data/<id>.json with its graph layouts as dist/data/<id>.layout.json, plus
 * dist/data/index.json (with each still's size), a still picture of each graph as
 * dist/stills/<id>-graph.png and @2x (vite/stills.ts), and serves the data files from disk in the dev server
 * (without layout files: there the page lays the graph out in its worker). PARLEY_EXTRA_DATA (a comma-separated list of folders)
 * adds data sets for test builds only.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../src/cli/format';
import { computeLayout } from '../src/layout/compute';
import { toLayoutInput } from '../src/layout/input';
import { ASPECTS, layoutFileText, layoutKey, WIDE } from '../src/layout/preset';
import type { Layout } from '../src/layout/types';
import { buildGraph, type GraphMode } from '../src/model/graph';
import { resolve } from '../src/model/resolve';
import type { Dataset, RawDataset } from '../src/model/types';
import { validate } from '../src/model/validate';
import { stillGraph } from '../src/export/still';
import type { StillSize } from '../src/model/still';
import { renderStill, stillFonts } from './stills';
import { pageFontWidths } from './font-metrics';
import { firstStages, type TimelineRoom } from '../src/timeline/height';
import { hasTimes } from '../src/timeline/items';

export interface DataFile {
  id: string;
  title: string;
  file: string;
  text: string;
  /** The validated data, resolved only where it is needed (the layouts). */
  data: RawDataset;
  /** True when the validator found nothing at all, not even a warning. */
  clean: boolean;
}

export interface DataIndexEntry {
  id: string;
  title: string;
  /**
   * SHA-256 (hex) of the file's bytes, for files the build found without any
   * problem: the page skips validating exactly these bytes again (src/state/load.ts).
   */
  sha256?: string;
  /** The size of the graph's still (stills/<id>-graph.png) in CSS pixels. */
  still?: StillSize;
  /**
   * The data set's `language`, so the page can fetch its interface catalogue while
   * the data is still on its way instead of after it.
   */
  language?: string;
  /**
   * The timeline's first height at each of src/timeline/height.ts STAGE_WIDTHS, and
   * whether its items have times (a note goes under it): the page keeps that room for
   * the timeline from its first paint, so the graph below does not move.
   */
  timeline?: TimelineRoom;
}

/** The timeline's first heights for `dataset`, in the page's font where the build has it. */
export function timelineRoom(dataset: Dataset, fonts = pageFontWidths()): TimelineRoom {
  const stages = firstStages(dataset, fonts);
  return {
    stages,
    ...(hasTimes(dataset.events, dataset.statements) ? { timed: true as const } : {}),
  };
}

function dataFolders(root: string): string[] {
  const extra = (process.env.PARLEY_EXTRA_DATA ?? '').split(',').filter(Boolean);
  return [
    join(root, 'data'),
    ...extra.map((folder) => (isAbsolute(folder) ? folder : join(root, folder))),
  ];
}

/** Reads and validates every data set; returns the files and the problem lines. */
export function readDataSets(root: string): {
  files: DataFile[];
  errors: string[];
  warnings: string[];
} {
  const files: DataFile[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  for (const folder of dataFolders(root)) {
    const names = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort();
    for (const name of names) {
      const path = join(folder, name);
      const file = relative(root, path);
      const text = readFileSync(path, 'utf8');
      const { problems, data } = validate(text);
      for (const problem of problems) {
        (problem.severity === 'error' ? errors : warnings).push(formatProblem(file, problem));
      }
      if (!data) continue;
      const other = seen.get(data.id);
      if (other) {
        errors.push(
          `${file}:1:1: error: data set id "${data.id}" is also used by ${other} (at /id)`,
        );
        continue;
      }
      seen.set(data.id, file);
      files.push({
        id: data.id,
        title: data.title,
        file,
        text,
        data,
        clean: problems.length === 0,
      });
    }
  }
  return { files, errors, warnings };
}

const MODES: readonly GraphMode[] = ['actors', 'topics'];

/**
 * The graph layouts the page would compute for this data set (both modes, both box
 * shapes, over all statements), keyed as the page looks them up (src/layout/preset.ts).
 */
export function layoutsFor(dataset: Dataset): [string, Layout][] {
  const out: [string, Layout][] = [];
  for (const mode of MODES) {
    const input = toLayoutInput(buildGraph(dataset, dataset.statements, mode));
    for (const aspect of ASPECTS) {
      const options = { seed: dataset.id, aspect };
      out.push([layoutKey(input, options), computeLayout(input, options)]);
    }
  }
  return out;
}

/** The wide layout of the graph the still shows, from the data set's layouts. */
export function stillLayout(dataset: Dataset, layouts: readonly [string, Layout][]): Layout {
  const key = layoutKey(toLayoutInput(stillGraph(dataset)), { seed: dataset.id, aspect: WIDE });
  const layout = layouts.find(([k]) => k === key)?.[1];
  if (!layout) throw new Error(`no wide layout for the still of "${dataset.id}"`);
  return layout;
}

export function dataIndex(
  files: DataFile[],
  stills: ReadonlyMap<string, StillSize> = new Map(),
  timelines: ReadonlyMap<string, TimelineRoom> = new Map(),
): DataIndexEntry[] {
  return files.map(({ id, title, text, clean, data }) => {
    const still = stills.get(id);
    const timeline = timelines.get(id);
    const language = typeof data.language === 'string' ? data.language : undefined;
    return {
      id,
      title,
      ...(language ? { language } : {}),
      ...(clean ? { sha256: createHash('sha256').update(text, 'utf8').digest('hex') } : {}),
      ...(still ? { still } : {}),
      ...(timeline ? { timeline } : {}),
    };
  });
}

export function parleyData(): Plugin {
  let root = process.cwd();
  return {
    name: 'parley-data',
    configResolved(config) {
      root = config.root;
    },
    generateBundle() {
      const { files, errors, warnings } = readDataSets(root);
      for (const line of warnings) this.warn(line);
      if (errors.length > 0) {
        this.error(`invalid data set(s):\n${errors.join('\n')}`);
      }
      const fonts = stillFonts();
      if (fonts.warning) this.warn(fonts.warning);
      const stills = new Map<string, StillSize>();
      const timelines = new Map<string, TimelineRoom>();
      const pageFonts = pageFontWidths();
      for (const file of files) {
        const dataset = resolve(file.data);
        timelines.set(file.id, timelineRoom(dataset, pageFonts));
        const layouts = layoutsFor(dataset);
        this.emitFile({ type: 'asset', fileName: `data/${file.id}.json`, source: file.text });
        this.emitFile({
          type: 'asset',
          fileName: `data/${file.id}.layout.json`,
          source: layoutFileText(layouts),
        });
        const still = renderStill(dataset, stillLayout(dataset, layouts), root, fonts);
        for (const png of still.files) {
          this.emitFile({ type: 'asset', fileName: png.fileName, source: png.png });
        }
        stills.set(file.id, still.size);
      }
      this.emitFile({
        type: 'asset',
        fileName: 'data/index.json',
        source: `${JSON.stringify(dataIndex(files, stills, timelines), null, 2)}\n`,
      });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/data\/([^/?#]+)\.json(?:[?#].*)?$/.exec(request.url ?? '');
        if (!match) return next();
        // Read fresh on every request so edits show on reload; invalid files are
        // left out of the index (the terminal shows why), as in the build.
        const { files, errors } = readDataSets(root);
        for (const line of errors) server.config.logger.error(line);
        // The page's font read once a request, not once a data set.
        const fonts = match[1] === 'index' ? pageFontWidths() : undefined;
        const body =
          match[1] === 'index'
            ? JSON.stringify(
                dataIndex(
                  files,
                  new Map(),
                  new Map(files.map((f) => [f.id, timelineRoom(resolve(f.data), fonts)])),
                ),
              )
            : files.find((file) => file.id === match[1])?.text;
        if (body === undefined) {
          response.statusCode = 404;
          response.end('not found');
          return;
        }
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(body);
      });
    },
  };
}
