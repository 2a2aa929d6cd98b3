/**
 * The messages between the page and the network worker (network.worker.ts): the
 * data set once, as plain indices (who spoke, on which topic, with which stance, and
 * who belongs to whom, which is all a network reads), then one request per network
 * (type, the options that change the network, which statements are in view) and one
 * answer, the ties in typed arrays that move rather than copy (the 10,000-statement
 * agreement network has ~49,000 ties). The worker only wraps `handleNetworkRequest`
 * (handle.ts) on data made by `packNetworkData`, so the tests check its answers in
 * Node. Nothing here imports the computation: the page's chunk stays without Louvain.
 */
import type { Actor, ActorKind, Dataset, Statement, Topic } from '../model/types';
import type { Coalitions } from './coalitions';
import type { NetworkType, Normalization, Tie } from './types';

/** What the worker keeps of a data set: indices into its actors and topics. */
export interface PackedData {
  readonly actors: readonly { id: string; kind: ActorKind; affiliations: number[] }[];
  readonly topics: readonly string[];
  /** Per statement: speaker index, topic index (−1: none), stance. */
  readonly speaker: Int32Array;
  readonly topic: Int32Array;
  readonly stance: readonly Statement['stance'][];
}

/**
 * The options that change the network itself (the reader's display thresholds,
 * such as the minimum weight, are applied in the page). Plain data: new fields pass
 * through to `handleNetworkRequest` as they are.
 */
export interface NetworkCompute {
  readonly normalization?: Normalization | undefined;
  /** People folded into their organization (fold.ts). */
  readonly fold?: boolean | undefined;
}

export interface NetworkRequest {
  readonly id: number;
  readonly type: NetworkType;
  readonly options: NetworkCompute;
  /** Indices of the statements in view; null: all of them. */
  readonly statements: Int32Array | null;
  /** Find coalitions too (the network on display does; the one laid out does not). */
  readonly coalitions: boolean;
  readonly seed?: number | undefined;
}

/** A network as it crosses back: actor ids (sorted), ties as four parallel arrays. */
export interface PackedNetwork {
  readonly actors: readonly string[];
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
  readonly normalized: Float64Array;
  /** As `Coalitions`, with each shared stance's topic as its id. */
  readonly coalitions: Omit<Coalitions, 'coalitions'> & {
    readonly coalitions: readonly {
      id: number;
      members: readonly string[];
      agreeOn: readonly { topic: string; stance: 'positive' | 'negative'; members: number }[];
    }[];
  };
}

export type NetworkResponse =
  | { readonly id: number; readonly ok: true; readonly network: PackedNetwork }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** The unpacked network: what `discourseNetwork` returns. */
export interface UnpackedNetwork {
  readonly actors: readonly Actor[];
  readonly ties: readonly Tie[];
  readonly coalitions: Coalitions;
  /**
   * The ties as they arrived from the worker, when they did: what the page reads
   * them from where it can (counts, weights, the ties at a minimum weight, the
   * layout's links), so `ties` is made only when something needs every tie as an
   * object (the 50,000-statement agreement network has 396,000).
   */
  readonly packed?: PackedTies | undefined;
}

/** A network's ties in parallel arrays: tie `k` joins `actors[source[k]]` and `actors[target[k]]`. */
export interface PackedTies {
  readonly type: NetworkType;
  /** Ids sorted in code-unit order, so `source[k] < target[k]` as the ids are. */
  readonly actors: readonly string[];
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
  readonly normalized: Float64Array;
}

/** Tie `k` of `packed` as an object. */
export function tieAt(packed: PackedTies, k: number): Tie {
  return {
    source: packed.actors[packed.source[k]!]!,
    target: packed.actors[packed.target[k]!]!,
    weight: packed.weight[k]!,
    type: packed.type,
    normalized: packed.normalized[k]!,
  };
}

export const NO_COALITIONS: Coalitions = {
  coalitionOf: new Map(),
  coalitions: [],
  modularity: 0,
  polarization: null,
  camps: null,
};

export function packNetworkData(dataset: Dataset): PackedData {
  const actorIndex = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const topicIndex = new Map(dataset.topics.map((t, i) => [t.id, i]));
  const n = dataset.statements.length;
  const speaker = new Int32Array(n);
  const topic = new Int32Array(n);
  dataset.statements.forEach((s, i) => {
    speaker[i] = actorIndex.get(s.speaker.id)!;
    topic[i] = s.topic ? topicIndex.get(s.topic.id)! : -1;
  });
  return {
    actors: dataset.actors.map((a) => ({
      id: a.id,
      kind: a.kind,
      affiliations: a.affiliations.map((b) => actorIndex.get(b.id)!),
    })),
    topics: dataset.topics.map((t) => t.id),
    speaker,
    topic,
    stance: dataset.statements.map((s) => s.stance),
  };
}

/**
 * The statements as positions.ts and fold.ts read them (speaker with kind and
 * affiliations, topic id, stance), built once in the worker. They carry no dates:
 * the page sends the statements in view, so no window is applied here.
 */
export function unpackNetworkData(data: PackedData): Statement[] {
  const actors: { id: string; name: string; kind: ActorKind; affiliations: Actor[] }[] =
    data.actors.map((a) => ({ id: a.id, name: a.id, kind: a.kind, affiliations: [] }));
  data.actors.forEach((a, i) => {
    actors[i]!.affiliations = a.affiliations.map((k) => actors[k]! as unknown as Actor);
  });
  const topics = data.topics.map((id) => ({ id, label: id }) as Topic);
  return data.stance.map(
    (stance, i) =>
      ({
        speaker: actors[data.speaker[i]!]!,
        topic: data.topic[i]! < 0 ? undefined : topics[data.topic[i]!],
        stance,
      }) as unknown as Statement,
  );
}

/** The buffers of a packed network, to transfer rather than copy. */
export function transferables(network: PackedNetwork): ArrayBuffer[] {
  return [network.source, network.target, network.weight, network.normalized].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** The network with the data set's own actors and topics again. */
export function unpackNetwork(
  packed: PackedNetwork,
  type: NetworkType,
  actorsById: ReadonlyMap<string, Actor>,
  topicsById: ReadonlyMap<string, Topic>,
): UnpackedNetwork {
  const ids = packed.actors;
  const tied: PackedTies = {
    type,
    actors: ids,
    source: packed.source,
    target: packed.target,
    weight: packed.weight,
    normalized: packed.normalized,
  };
  let ties: Tie[] | undefined;
  const c = packed.coalitions;
  return {
    actors: ids.map((id) => actorsById.get(id)!),
    // Made on first use, once.
    get ties(): readonly Tie[] {
      if (!ties) {
        ties = new Array<Tie>(tied.source.length);
        for (let k = 0; k < ties.length; k++) ties[k] = tieAt(tied, k);
      }
      return ties;
    },
    packed: tied,
    coalitions: {
      ...c,
      coalitions: c.coalitions.map((x) => ({
        id: x.id,
        members: x.members,
        agreeOn: x.agreeOn.map((s) => ({ ...s, topic: topicsById.get(s.topic)! })),
      })),
    },
  };
}
