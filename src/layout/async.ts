/**
 * The layout as a promise, always computed in a Web Worker: the page stays
 * responsive while d3-force runs (the first run of cold code takes a good part of
 * a second on a slow phone, even for a small graph), and d3-force ships once, in
 * the worker's file, not also in a main-thread chunk.
 *
 * One worker per page, started early by `preloadLayout()` (alongside the data's
 * fetch) and kept for later requests (switching "who about whom" / "who on what").
 * Where no worker can start, the promise rejects with a plain message, which the
 * graph shows in its place; the timeline, table and details still work.
 */
import { packedBuffers, packLayoutInput } from './pack';
import type { LayoutProgress, LayoutResponse, PackedLayoutRequest } from './protocol';
import type { Layout, LayoutInput, LayoutOptions } from './types';

interface Pending {
  resolve(layout: Layout): void;
  reject(error: Error): void;
  progress?: ((done: number) => void) | undefined;
}

let worker: Worker | undefined;
let broken: string | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

/** Starts the layout worker, so its code loads while the data is fetched. */
export function preloadLayout(): void {
  startWorker();
}

/** `progress` hears the share of the layout done (0 to 1) as the worker reports it. */
export function layoutGraph(
  input: LayoutInput,
  options: LayoutOptions,
  progress?: (done: number) => void,
): Promise<Layout> {
  const w = startWorker();
  if (w === undefined) return Promise.reject(new Error(broken ?? NO_WORKER));
  const own = packLayoutInput(input);
  // The input's own arrays (input.packed) are copied, so the copies can move.
  const packed = input.packed
    ? {
        nodes: own.nodes,
        source: own.source.slice(),
        target: own.target.slice(),
        weight: own.weight.slice(),
      }
    : own;
  const request: PackedLayoutRequest = { id: nextId++, input: packed, options };
  return new Promise<Layout>((resolve, reject) => {
    pending.set(request.id, { resolve, reject, progress });
    w.postMessage(request, packedBuffers(packed));
  });
}

const NO_WORKER = 'this browser cannot start the layout worker.';

function startWorker(): Worker | undefined {
  if (worker || broken) return worker;
  if (typeof Worker === 'undefined') {
    broken = NO_WORKER;
    return undefined;
  }
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = NO_WORKER;
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<LayoutResponse | LayoutProgress>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    if ('progress' in response) return waiting.progress?.(response.progress);
    pending.delete(response.id);
    if (response.ok) waiting.resolve(response.layout);
    else waiting.reject(new Error(response.message));
  };
  // A worker that fails to load (blocked, offline) fails every request, now and later.
  worker.onerror = (event) => {
    event.preventDefault();
    broken = 'the layout worker could not be loaded.';
    worker?.terminate();
    worker = undefined;
    for (const waiting of pending.values()) waiting.reject(new Error(broken));
    pending.clear();
  };
  return worker;
}
