/**
 * The messages between the page and the layout worker. The worker only wraps
 * `handleLayoutRequest`, so the tests check the worker's answer in Node.
 */
import { computeLayout } from './compute';
import type { PackedLayoutInput } from './pack';
import type { Layout, LayoutInput, LayoutOptions } from './types';

export interface LayoutRequest {
  readonly id: number;
  readonly input: LayoutInput;
  readonly options: LayoutOptions;
}

/** A request as it is posted: its links packed (pack.ts). */
export type PackedLayoutRequest = Omit<LayoutRequest, 'input'> & {
  readonly input: PackedLayoutInput;
};

export type LayoutResponse =
  | { readonly id: number; readonly ok: true; readonly layout: Layout }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** Sent while a layout is made: the share of its steps done (0 to 1). */
export interface LayoutProgress {
  readonly id: number;
  readonly progress: number;
}

/** How often progress is sent at most (a small graph's layout sends none). */
export const PROGRESS_EVERY_MS = 100;

/**
 * `post` hears `LayoutProgress` at most every `PROGRESS_EVERY_MS` while the layout is
 * made (`now` tells the time; a stand-in in tests).
 */
export function handleLayoutRequest(
  request: LayoutRequest,
  post?: (progress: LayoutProgress) => void,
  now: () => number = () => performance.now(),
): LayoutResponse {
  let last = now();
  const progress = post
    ? (done: number) => {
        const time = now();
        if (time - last < PROGRESS_EVERY_MS) return;
        last = time;
        post({ id: request.id, progress: done });
      }
    : undefined;
  try {
    return {
      id: request.id,
      ok: true,
      layout: computeLayout(request.input, request.options, progress),
    };
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
