/**
 * The layout as a promise: big graphs are laid out in a Web Worker so the page
 * stays responsive; small ones (and any browser where a worker cannot start) on
 * the main thread. Both run the same `computeLayout`, so they give the same picture.
 * On the main thread the layout code (with d3-force) is loaded on first use, in
 * parallel with the data, so it is not part of the page's first script.
 */
import type { LayoutRequest, LayoutResponse } from './protocol';
import type { Layout, LayoutInput, LayoutOptions } from './types';

export const WORKER_MIN_NODES = 150;
export const WORKER_MIN_LINKS = 600;

export function wantsWorker(input: LayoutInput): boolean {
  return input.nodes.length > WORKER_MIN_NODES || input.links.length > WORKER_MIN_LINKS;
}

let nextId = 1;

/** Starts loading the main-thread layout code (call early: it overlaps with the data's fetch). */
export function preloadLayout(): Promise<typeof import('./compute')> {
  return import('./compute');
}

async function onMainThread(input: LayoutInput, options: LayoutOptions): Promise<Layout> {
  const { computeLayout } = await preloadLayout();
  return computeLayout(input, options);
}

export function layoutGraph(input: LayoutInput, options: LayoutOptions): Promise<Layout> {
  if (!wantsWorker(input)) return onMainThread(input, options);
  const worker = startWorker();
  if (worker === undefined) return onMainThread(input, options);

  const request: LayoutRequest = { id: nextId++, input, options };
  return new Promise<Layout>((resolve, reject) => {
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      finish();
      const response = event.data;
      if (response.ok) resolve(response.layout);
      else reject(new Error(`The graph layout failed: ${response.message}`));
    };
    // A worker that fails to load (blocked, unsupported) still leaves us the main thread.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      onMainThread(input, options).then(resolve, reject);
    };
    worker.postMessage(request);
  });
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}
