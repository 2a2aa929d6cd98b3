/**
 * The run-time data path in the browser: `?dataset=<id>` names one of the data
 * sets listed in ./data/index.json (never a path or URL); the file is fetched and
 * checked again, so a file swapped on the server without a rebuild is validated.
 *
 * An id not in the index is never fetched: the index comes first (the pages preload
 * it with a <link>), then the data file and its build-time graph layouts together.
 * Bytes identical to what the build validated (same SHA-256) are not validated twice.
 *
 * A request that fails (offline, a 404 or 5xx, no answer in time, an HTML page
 * instead of JSON) is a `failed` state the page offers to retry (failure.ts says it
 * in words); a file with located problems is an `error` state, which a retry
 * would not change.
 */
import { readLayoutFile, type PresetLayouts } from '../layout/preset';
import { resolve } from '../model/resolve';
import { ID_PATTERN } from '../model/ids';
import { readStillSize, type StillSize } from '../model/still';
import { readTimelineRoom, type TimelineRoom } from '../timeline/room';
import type { Dataset, Problem, RawDataset } from '../model/types';
import {
  describeFailure,
  looksLikeMarkup,
  REQUEST_TIMEOUT_MS,
  type FailureKind,
  type RequestOutcome,
} from './failure';
import { m } from '../i18n';
import { importAgain } from './reimport';

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
      /** The timeline's first heights, when the build worked them out (timeline/height.ts). */
      readonly timeline?: TimelineRoom;
    }
  | {
      readonly status: 'error';
      /** What went wrong (said in the interface's words by `errorMessage`, ./failure.ts). */
      readonly reason: LoadErrorReason;
      /** The file's located problems, when the file itself is invalid. */
      readonly problems: readonly Problem[];
      readonly file?: string;
    }
  | {
      /** A request failed: trying again may well work. */
      readonly status: 'failed';
      readonly kind: FailureKind;
      /** What went wrong, in one sentence (failure.ts). */
      readonly message: string;
      /** The data set that was asked for. */
      readonly id: string;
    };

/** How `loadFromServer` fetches. */
export interface LoadOptions {
  /** The folder of the data files. */
  base?: string;
  /** Runs once the data's fetch is on its way: work that would otherwise hold up the first render. */
  whileWaiting?: () => void;
  /** How long each request may take before it counts as failed (tests make it short). */
  timeoutMs?: number;
  /** The reader's retry, the how-many-th: it revalidates with the server instead of trusting a cached answer. */
  attempt?: number;
  /**
   * Settles once the interface's catalogue is in place (App's `?lang=`, loading
   * alongside the data): a failed request is worded after it, so its sentence is in
   * that language even when the failure comes first.
   */
  words?: Promise<unknown>;
  /**
   * Runs once the index has named the data set, as its data's fetch starts, with the
   * language the index gives for it (if any): the page fetches that language's
   * catalogue alongside the data.
   */
  onlisted?: (language: string | undefined) => void;
}

interface IndexEntry {
  id: string;
  title: string;
  /** SHA-256 of the file's bytes when the build found no problem in it at all. */
  sha256?: string;
  /** The size of the graph's still (stills/<id>-graph.png), when the build made one. */
  still?: unknown;
  /** The data set's language (vite/parley-data.ts). */
  language?: unknown;
  /** The timeline's first heights (vite/parley-data.ts). */
  timeline?: unknown;
}

/**
 * Why a data set cannot be shown, as data: the page words it once its interface
 * language is in place (the `?lang=` catalogue may arrive after the answer).
 */
export type LoadErrorReason =
  /** `dataset=` is not an id at all (a path, a URL). */
  | { readonly type: 'bad-id'; readonly id: string; readonly example: string }
  /** No such data set in the index; `hint` is a near id, `known` every id. */
  | {
      readonly type: 'unknown';
      readonly id: string;
      readonly hint?: string;
      readonly known: readonly string[];
    }
  /** The file has `errors` located problems. */
  | { readonly type: 'invalid'; readonly id: string; readonly errors: number };

function failure(
  reason: LoadErrorReason,
  problems: readonly Problem[] = [],
  file?: string,
): LoadState {
  return { status: 'error', reason, problems, file };
}

function failed(id: string, outcome: RequestOutcome): LoadState {
  return { status: 'failed', id, ...describeFailure(outcome) };
}

type Got<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly outcome: RequestOutcome };

/**
 * One same-origin GET, read with `read`, given up after `timeoutMs` (headers and body
 * together: a server that stops halfway through is as stuck as one that never answers).
 */
async function get<T>(
  url: string,
  read: (response: Response) => Promise<T>,
  timeoutMs: number,
  fresh: boolean,
): Promise<Got<T>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      credentials: 'same-origin',
      signal: controller.signal,
      // A retry asks the server again rather than reusing an answer the HTTP cache kept.
      cache: fresh ? 'no-cache' : 'default',
    });
    if (!response.ok) return { ok: false, outcome: { type: 'status', status: response.status } };
    return { ok: true, value: await read(response) };
  } catch {
    const outcome: RequestOutcome = timedOut
      ? { type: 'timeout', ms: timeoutMs }
      : { type: 'network', online: online() };
    return { ok: false, outcome };
  } finally {
    clearTimeout(timer);
  }
}

/** `navigator.onLine`, where there is a navigator (not in Node before 21). */
const online = () => typeof navigator === 'undefined' || navigator.onLine !== false;

const asText = (response: Response) => response.text();
const asBytes = async (response: Response) => new Uint8Array(await response.arrayBuffer());

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
async function check(
  bytes: Uint8Array,
  text: string,
  expected: string | undefined,
  attempt: number,
) {
  if (expected !== undefined && (await sha256(bytes)) === expected) {
    try {
      return { problems: [], dataset: resolve(JSON.parse(text) as RawDataset) };
    } catch {
      // Not what the build saw after all: validate below.
    }
  }
  // The validator (with its JSON parser) is loaded only when it is needed.
  const validator = () => import('../model/load');
  const { loadDataset } = await (attempt > 0
    ? importAgain(validator, attempt, globalThis.location?.origin ?? '')
    : validator());
  return loadDataset(text);
}

/**
 * Requests started before the page's first render (`startLoading`, as App starts),
 * by URL: the first `loadFromServer` takes them instead of asking again. A retry
 * never does (it asks the server afresh).
 */
const started = new Map<string, Promise<Got<unknown>>>();

function getOnce<T>(
  url: string,
  read: (response: Response) => Promise<T>,
  timeoutMs: number,
  fresh: boolean,
): Promise<Got<T>> {
  const early = fresh ? undefined : started.get(url);
  started.delete(url);
  return (early as Promise<Got<T>> | undefined) ?? get(url, read, timeoutMs, fresh);
}

/**
 * Starts the requests for `requested` (the index, then the data file and its layouts)
 * as soon as the page's code runs, before the interface is built: `loadFromServer`
 * then finds them on their way. Nothing is checked here; a failure is
 * `loadFromServer`'s to report, in the interface's words.
 */
export function startLoading(requested: string | null, timeoutMs = REQUEST_TIMEOUT_MS): void {
  const id = requested ?? DEFAULT_DATASET;
  if (!ID_PATTERN.test(id) || started.size > 0) return;
  const start = (file: string, read: (response: Response) => Promise<unknown>) => {
    const request = get(`./data/${file}`, read, timeoutMs, false);
    started.set(`./data/${file}`, request);
    return request;
  };
  // The data file's name follows from its id; it is asked for once the index lists it
  // (an index that is not a list of entries throws here: loadFromServer reports it).
  void start('index.json', asText).then((listed) => {
    try {
      if (
        listed.ok &&
        (JSON.parse(listed.value as string) as IndexEntry[]).some((e) => e?.id === id)
      ) {
        start(`${id}.json`, asBytes);
        start(`${id}.layout.json`, asText);
      }
    } catch {
      // not a list of entries: loadFromServer says so
    }
  });
}

/**
 * Loads the data set `requested` (the default one for null). Never rejects: every
 * failure is a state.
 */
export async function loadFromServer(
  requested: string | null,
  {
    base = './data/',
    whileWaiting,
    onlisted,
    timeoutMs = REQUEST_TIMEOUT_MS,
    attempt = 0,
    words,
  }: LoadOptions = {},
): Promise<LoadState> {
  const id = requested ?? DEFAULT_DATASET;
  const fail = async (outcome: RequestOutcome): Promise<LoadState> => {
    await words;
    return failed(id, outcome);
  };
  if (!ID_PATTERN.test(id)) {
    return failure({ type: 'bad-id', id, example: DEFAULT_DATASET });
  }
  const fresh = attempt > 0;
  const listed = await getOnce(`${base}index.json`, asText, timeoutMs, fresh);
  if (!listed.ok) return fail(listed.outcome);
  let index: IndexEntry[];
  try {
    index = JSON.parse(listed.value) as IndexEntry[];
  } catch {
    return fail({ type: 'not-json', html: looksLikeMarkup(listed.value) });
  }
  const entry = Array.isArray(index) ? index.find((e) => e?.id === id) : undefined;
  if (!entry) {
    const ids = Array.isArray(index) ? index.map((entry) => entry.id) : [];
    const hint = await didYouMean(id, ids);
    return failure({ type: 'unknown', id, known: ids, ...(hint ? { hint } : {}) });
  }
  const file = `${id}.json`;
  // Both at once; a failed layout fetch only means the worker lays the graph out.
  const dataBytes = getOnce(`${base}${file}`, asBytes, timeoutMs, fresh);
  const layoutText = getOnce(`${base}${id}.layout.json`, asText, timeoutMs, fresh);
  onlisted?.(typeof entry.language === 'string' ? entry.language : undefined);
  whileWaiting?.();
  const got = await dataBytes;
  if (!got.ok) return fail(got.outcome);
  const bytes = got.value;
  const text = new TextDecoder().decode(bytes);
  // An error page sent with a 200: not a file with problems, a request that failed.
  if (looksLikeMarkup(text)) return fail({ type: 'not-json', html: true });
  const checking = performance.now();
  let checked: Awaited<ReturnType<typeof check>>;
  try {
    checked = await check(
      bytes,
      text,
      typeof entry.sha256 === 'string' ? entry.sha256 : undefined,
      attempt,
    );
  } catch {
    // Only the validator's own code can fail to arrive here (it loads on demand).
    await words;
    return {
      status: 'failed',
      id,
      kind: online() ? 'unreachable' : 'offline',
      message: m.errors.notChecked(id),
    };
  }
  const { problems, dataset } = checked;
  performance.measure('parley:data-check', { start: checking });
  if (!dataset) {
    const errors = problems.filter((p) => p.severity === 'error');
    return failure({ type: 'invalid', id, errors: errors.length }, errors, file);
  }
  const layoutFile = await layoutText;
  const layouts = layoutFile.ok ? readLayoutFile(layoutFile.value) : undefined;
  const still = readStillSize(entry.still);
  const timeline = readTimelineRoom(entry.timeline);
  return {
    status: 'ready',
    dataset,
    warnings: problems,
    source: text,
    ...(layouts ? { layouts } : {}),
    ...(still ? { still } : {}),
    ...(timeline ? { timeline } : {}),
  };
}

/**
 * The listed id nearest an unknown one, for "did you mean": the hints' code (shared
 * with the validator's chunk) comes only on this path; without it, no hint.
 */
async function didYouMean(id: string, ids: readonly string[]): Promise<string | undefined> {
  try {
    return (await import('../model/hints')).nearest(id, ids);
  } catch {
    return undefined;
  }
}
