/**
 * The run-time data path in the browser: `?dataset=<id>` names one of the data
 * sets listed in ./data/index.json (never a path or URL); the file is fetched and
 * checked again, so a file swapped on the server without a rebuild is validated.
 *
 * An id not in the index is never fetched: the index comes first (the pages preload
 * it with a <link>), then the data file and its build-time graph layouts together.
 * Bytes identical to what the build validated (same SHA-256) are not validated twice.
 */
import { readLayoutFile, type PresetLayouts } from '../layout/preset';
import { nearest } from '../model/hints';
import { resolve } from '../model/resolve';
import { ID_PATTERN } from '../model/spec';
import { readStillSize, type StillSize } from '../model/still';
import type { Dataset, Problem, RawDataset } from '../model/types';

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
      /** The size of the graph's still picture, when the build made one. */
      readonly still?: StillSize;
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
  /** SHA-256 of the file's bytes when the build found no problem in it at all. */
  sha256?: string;
  /** The size of the graph's still (stills/<id>-graph.png), when the build made one. */
  still?: unknown;
}

function failure(message: string, problems: readonly Problem[] = [], file?: string): LoadState {
  return { status: 'error', message, problems, file };
}

async function fetchText(url: string): Promise<string | undefined> {
  const response = await fetch(url, { credentials: 'same-origin' });
  return response.ok ? response.text() : undefined;
}

async function fetchBytes(url: string): Promise<Uint8Array | undefined> {
  const response = await fetch(url, { credentials: 'same-origin' });
  return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
}

/** Hex SHA-256, or undefined where the browser offers none (pages not served securely). */
async function sha256(bytes: Uint8Array): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined; // then the bytes are validated
  }
}

/**
 * The data set from its bytes. Bytes the build validated without any problem (the
 * index carries their SHA-256) are only parsed and resolved; anything else, such as
 * a file changed on the server without a rebuild, is validated in full.
 */
async function check(bytes: Uint8Array, text: string, expected: string | undefined) {
  if (expected !== undefined && (await sha256(bytes)) === expected) {
    try {
      return { problems: [], dataset: resolve(JSON.parse(text) as RawDataset) };
    } catch {
      // Not what the build saw after all: validate below.
    }
  }
  // The validator (with its JSON parser) is loaded only when it is needed.
  const { loadDataset } = await import('../model/load');
  return loadDataset(text);
}

/**
 * Loads the data set `requested` (the default one for null). `whileWaiting` runs once
 * the data's fetch is on its way: work that would otherwise hold up the first render.
 */
export async function loadFromServer(
  requested: string | null,
  base = './data/',
  whileWaiting?: () => void,
): Promise<LoadState> {
  const id = requested ?? DEFAULT_DATASET;
  if (!ID_PATTERN.test(id)) {
    return failure(
      `"${id}" is not a data set id. Data set ids are short names such as "${DEFAULT_DATASET}".`,
    );
  }
  let index: IndexEntry[];
  try {
    const text = await fetchText(`${base}index.json`);
    if (text === undefined)
      return failure('The list of data sets could not be loaded from the server.');
    index = JSON.parse(text) as IndexEntry[];
  } catch {
    return failure('The list of data sets could not be loaded: the network request failed.');
  }
  const entry = Array.isArray(index) ? index.find((e) => e?.id === id) : undefined;
  if (!entry) {
    const ids = Array.isArray(index) ? index.map((entry) => entry.id) : [];
    const hint = nearest(id, ids);
    const known = ids.length ? ` Available: ${ids.join(', ')}.` : '';
    return failure(
      `There is no data set "${id}".${hint ? ` Did you mean "${hint}"?` : ''}${known}`,
    );
  }
  const file = `${id}.json`;
  // Both at once; a failed layout fetch only means the worker lays the graph out.
  const dataBytes = fetchBytes(`${base}${file}`).catch(() => undefined);
  const layoutText = fetchText(`${base}${id}.layout.json`).catch(() => undefined);
  whileWaiting?.();
  const bytes = await dataBytes;
  if (bytes === undefined)
    return failure(`The data set "${id}" could not be loaded from the server.`);
  const text = new TextDecoder().decode(bytes);
  const checking = performance.now();
  let checked: Awaited<ReturnType<typeof check>>;
  try {
    checked = await check(bytes, text, typeof entry.sha256 === 'string' ? entry.sha256 : undefined);
  } catch {
    // Only the validator's own code can fail to arrive here (it loads on demand).
    return failure(
      `The data set "${id}" could not be checked: part of the page failed to load. Reload the page to try again.`,
    );
  }
  const { problems, dataset } = checked;
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
  const still = readStillSize(entry.still);
  return {
    status: 'ready',
    dataset,
    warnings: problems,
    source: text,
    ...(layouts ? { layouts } : {}),
    ...(still ? { still } : {}),
  };
}
