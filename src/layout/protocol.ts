/**
 * The messages between the page and the layout worker. The worker only wraps
 * `handleLayoutRequest`, so the tests check the worker's answer in Node.
 */
import { computeLayout } from './compute';
import type { Layout, LayoutInput, LayoutOptions } from './types';

export interface LayoutRequest {
  readonly id: number;
  readonly input: LayoutInput;
  readonly options: LayoutOptions;
}

export type LayoutResponse =
  | { readonly id: number; readonly ok: true; readonly layout: Layout }
  | { readonly id: number; readonly ok: false; readonly message: string };

export function handleLayoutRequest(request: LayoutRequest): LayoutResponse {
  try {
    return { id: request.id, ok: true, layout: computeLayout(request.input, request.options) };
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
