/**
 * Discourse networks as promises, computed in a Web Worker (network.worker.ts) so a
 * reader's click is answered before the ties and coalitions are (on the German set a
 * network with its coalitions takes 20–60 ms, on 10,000 statements a few hundred),
 * and remembered by their inputs: going back to "All", or to a network type seen
 * before, is an answer from memory, with no wait. Where no worker starts (or it
 * fails to load) the promise rejects, as the layout's does (without a worker there
 * is no layout to draw a network on either).
 */
import type { Actor, Dataset, Statement, Topic } from '../model/types';
import {
  packNetworkData,
  unpackNetwork,
  type NetworkRequest,
  type NetworkResponse,
  type UnpackedNetwork,
} from './protocol';

export type NetworkAsk = Omit<NetworkRequest, 'id' | 'statements'> & {
  /** The statements in view (a subset of the data set's, in its order); null: all. */
  readonly statements: readonly Statement[] | null;
};

/** A network as it arrives, with the statements it was made of (what its graph counts). */
export interface ArrivedNetwork extends UnpackedNetwork {
  readonly statements: readonly Statement[];
}

/** How many networks each data set keeps (a 10,000-statement one holds ~49,000 ties). */
const REMEMBERED = 8;

interface Entry {
  readonly promise: Promise<ArrivedNetwork>;
  value?: ArrivedNetwork;
}

const NO_WORKER = 'the network worker could not be loaded.';

let worker: Worker | undefined;
let broken = false;
/** The data set the worker holds. */
let workerData: Dataset | undefined;
const waiting = new Map<number, (response: NetworkResponse) => void>();
let nextId = 1;

function startWorker(): Worker | undefined {
  if (worker || broken) return worker;
  if (typeof Worker === 'undefined') {
    broken = true;
    return undefined;
  }
  try {
    worker = new Worker(new URL('./network.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<NetworkResponse>) => {
    const answer = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    answer?.(event.data);
  };
  // A worker that fails to load (blocked, offline) fails every request, now and later.
  worker.onerror = (event) => {
    event.preventDefault();
    broken = true;
    worker?.terminate();
    worker = undefined;
    workerData = undefined;
    const asked = [...waiting.entries()];
    waiting.clear();
    for (const [id, answer] of asked) answer({ id, ok: false, message: NO_WORKER });
  };
  return worker;
}

export class NetworkClient {
  readonly #dataset: Dataset;
  readonly #entries = new Map<string, Entry>();
  #index: Map<Statement, number> | undefined;
  readonly #actors: ReadonlyMap<string, Actor>;
  readonly #topics: ReadonlyMap<string, Topic>;

  constructor(dataset: Dataset) {
    this.#dataset = dataset;
    this.#actors = new Map(dataset.actors.map((a) => [a.id, a]));
    this.#topics = new Map(dataset.topics.map((t) => [t.id, t]));
  }

  /** The network asked for under `key` before, if it has arrived. */
  peek(key: string): ArrivedNetwork | undefined {
    return this.#entries.get(key)?.value;
  }

  /** The network for `ask`; `key` names its inputs (the same key, the same network). */
  get(key: string, ask: NetworkAsk): Promise<ArrivedNetwork> {
    const known = this.#entries.get(key);
    if (known) {
      // Most recently used last.
      this.#entries.delete(key);
      this.#entries.set(key, known);
      return known.promise;
    }
    const entry: Entry = {
      promise: this.#compute(ask).then((value) => {
        entry.value = value;
        return value;
      }),
    };
    entry.promise.catch(() => this.#entries.delete(key));
    this.#entries.set(key, entry);
    while (this.#entries.size > REMEMBERED) {
      this.#entries.delete(this.#entries.keys().next().value!);
    }
    return entry.promise;
  }

  #compute(ask: NetworkAsk): Promise<ArrivedNetwork> {
    const w = startWorker();
    if (!w) return Promise.reject(new Error(NO_WORKER));
    const request: NetworkRequest = {
      ...ask,
      id: nextId++,
      statements: ask.statements && this.#indices(ask.statements),
    };
    if (workerData !== this.#dataset) {
      w.postMessage({ data: packNetworkData(this.#dataset) });
      workerData = this.#dataset;
    }
    return new Promise<NetworkResponse>((resolve) => {
      waiting.set(request.id, resolve);
      // The indices move to the worker (each request has its own).
      w.postMessage(
        { request },
        request.statements ? [request.statements.buffer as ArrayBuffer] : [],
      );
    }).then((response) => {
      if (!response.ok) throw new Error(response.message);
      // Not spread: its `ties` are made only when read (protocol.ts).
      const network = unpackNetwork(response.network, ask.type, this.#actors, this.#topics);
      return Object.defineProperty(network, 'statements', {
        value: ask.statements ?? this.#dataset.statements,
        enumerable: true,
      }) as ArrivedNetwork;
    });
  }

  #indices(statements: readonly Statement[]): Int32Array {
    this.#index ??= new Map(this.#dataset.statements.map((s, i) => [s, i]));
    const index = this.#index;
    return Int32Array.from(statements, (s) => index.get(s)!);
  }
}

const clients = new WeakMap<Dataset, NetworkClient>();

/** The one client of a data set (its memory is shared by every network mode). */
export function networkClient(dataset: Dataset): NetworkClient {
  let client = clients.get(dataset);
  if (!client) clients.set(dataset, (client = new NetworkClient(dataset)));
  return client;
}
