/**
 * The run-time data path in the browser: `?dataset=<id>` names one of the data
 * sets listed in ./data/index.json (never a path or URL); the file is fetched and
 * validated again, so a file swapped on the server without a rebuild is checked.
 *
 * The index, the data file and its build-time graph layouts are fetched at once
 * (one round trip, not three); the id must match ID_PATTERN before anything is
 * fetched, and the data is used only if the index lists the id.
 */
import { readLayoutFile, type PresetLayouts } from '../layout/preset';
import { nearest } from '../model/hints';
import { loadDataset } from '../model/load';
import { ID_PATTERN } from '../model/spec';
import type { Dataset, Problem } from '../model/types';

export const DEFAULT_DATASET = 'alaska-summit-2025';

export type LoadState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly dataset: Dataset;
      readonly warnings: readonly Problem[];
      /** The file's text as loaded (offered as the JSON download). */
      readonly source: string;
      /** Graph layouts made at build time, when the server has them. */
      readonly layouts?: PresetLayouts;
    }
  | {
      readonly status: 'error';
      /** What went wrong, in one sentence. */
      readonly message: string;
      /** The file's located problems, when the file itself is invalid. */
      readonly problems: readonly Problem[];
      readonly file?: string;
    };

interface IndexEntry {
  id: string;
  title: string;
}

function failure(message: string, problems: readonly Problem[] = [], file?: string): LoadState {
  return { status: 'error', message, problems, file };
}

async function fetchText(url: string): Promise<string | undefined> {
  const response = await fetch(url, { credentials: 'same-origin' });
  return response.ok ? response.text() : undefined;
}

export async function loadFromServer(
  requested: string | null,
  base = './data/',
): Promise<LoadState> {
  const id = requested ?? DEFAULT_DATASET;
  if (!ID_PATTERN.test(id)) {
    return failure(
      `"${id}" is not a data set id. Data set ids are short names such as "${DEFAULT_DATASET}".`,
    );
  }
  const file = `${id}.json`;
  // Started together; awaited in order. A failed data or layout fetch is handled below.
  const indexText = fetchText(`${base}index.json`);
  const dataText = fetchText(`${base}${file}`).catch(() => undefined);
  const layoutText = fetchText(`${base}${id}.layout.json`).catch(() => undefined);
  let index: IndexEntry[];
  try {
    const text = await indexText;
    if (text === undefined)
      return failure('The list of data sets could not be loaded from the server.');
    index = JSON.parse(text) as IndexEntry[];
  } catch {
    return failure('The list of data sets could not be loaded: the network request failed.');
  }
  if (!Array.isArray(index) || !index.some((entry) => entry.id === id)) {
    const ids = Array.isArray(index) ? index.map((entry) => entry.id) : [];
    const hint = nearest(id, ids);
    const known = ids.length ? ` Available: ${ids.join(', ')}.` : '';
    return failure(
      `There is no data set "${id}".${hint ? ` Did you mean "${hint}"?` : ''}${known}`,
    );
  }
  const text = await dataText;
  if (text === undefined)
    return failure(`The data set "${id}" could not be loaded from the server.`);
  const checking = performance.now();
  const { problems, dataset } = loadDataset(text);
  performance.measure('parley:data-check', { start: checking });
  if (!dataset) {
    const errors = problems.filter((p) => p.severity === 'error');
    return failure(
      `The data set "${id}" has ${errors.length} error${errors.length === 1 ? '' : 's'} and cannot be shown.`,
      errors,
      file,
    );
  }
  const layoutFile = await layoutText;
  const layouts = layoutFile === undefined ? undefined : readLayoutFile(layoutFile);
  return {
    status: 'ready',
    dataset,
    warnings: problems,
    source: text,
    ...(layouts ? { layouts } : {}),
  };
}
