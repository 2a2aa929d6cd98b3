/// <reference lib="webworker" />
/**
 * The force layout off the main thread, for big graphs: one request in, one
 * layout out (see protocol.ts).
 */
import { handleLayoutRequest, type LayoutRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  scope.postMessage(handleLayoutRequest(event.data));
};
