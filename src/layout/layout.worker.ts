/// <reference lib="webworker" />
/**
 * The force layout off the main thread, for big graphs: one request in, its
 * progress and then its layout out (see protocol.ts).
 */
import { unpackLayoutInput } from './pack';
import { handleLayoutRequest, type PackedLayoutRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<PackedLayoutRequest>) => {
  const request = { ...event.data, input: unpackLayoutInput(event.data.input) };
  scope.postMessage(handleLayoutRequest(request, (progress) => scope.postMessage(progress)));
};
