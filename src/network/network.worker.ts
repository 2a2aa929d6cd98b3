/// <reference lib="webworker" />
/**
 * Discourse networks off the main thread (issue #15): ties, normalization and the
 * Louvain coalitions for one request at a time, on the data set the page sent first
 * (see protocol.ts). The page keeps answering its reader meanwhile.
 */
import { handleNetworkRequest } from './handle';
import { transferables, unpackNetworkData, type NetworkRequest, type PackedData } from './protocol';
import type { Statement } from '../model/types';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let statements: Statement[] = [];

scope.onmessage = (event: MessageEvent<{ data: PackedData } | { request: NetworkRequest }>) => {
  const message = event.data;
  if ('data' in message) {
    statements = unpackNetworkData(message.data);
    return;
  }
  const response = handleNetworkRequest(statements, message.request);
  scope.postMessage(response, response.ok ? transferables(response.network) : []);
};
