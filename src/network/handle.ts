/**
 * The network worker's one job (protocol.ts): a request in, the network out, packed.
 * Run in the worker (network.worker.ts) and by the tests in Node.
 */
import type { Actor, Statement } from '../model/types';
import { DEFAULT_SEED, coalitionsFrom, type Coalitions } from './coalitions';
import { positionsOf } from './positions';
import {
  NO_COALITIONS,
  type NetworkRequest,
  type NetworkResponse,
  type PackedNetwork,
} from './protocol';
import { tiesOf } from './ties';
import type { Tie } from './types';

/**
 * What the worker made lately, per data set (its statements): the page asks for two
 * networks of one type at once, all statements' (laid out) and the view's (drawn,
 * with coalitions), which are the same ties when nothing is filtered; and a conflict
 * network's coalitions are its agreement network's. At 50,000 statements the ties
 * take ~350 ms and the coalitions ~800, so each is made once. The last ties only (a
 * network of 50,000 statements holds 396,000), the last few coalitions (small).
 */
interface Made {
  ties?: { key: string; ties: readonly Tie[] };
  readonly coalitions: Map<string, Coalitions>;
}
const made = new WeakMap<readonly Statement[], Made>();
const COALITIONS_KEPT = 8;

export function handleNetworkRequest(
  statements: readonly Statement[],
  request: NetworkRequest,
): NetworkResponse {
  try {
    const picked = request.statements
      ? Array.from(request.statements, (i) => statements[i]!)
      : statements;
    const normalize = request.options.normalization ?? 'none';
    const positions = positionsOf(picked, { fold: request.options.fold });
    let memo = made.get(statements);
    if (!memo) made.set(statements, (memo = { coalitions: new Map() }));
    // The statements in view and the fold: what `positions` are made of.
    const view = `${request.options.fold ? 'fold' : ''}|${request.statements?.join(',') ?? 'all'}`;
    const tiesFor = (type: NetworkRequest['type']) => {
      const key = `${type}|${normalize}|${view}`;
      if (memo.ties?.key !== key) memo.ties = { key, ties: tiesOf(positions, type, normalize) };
      return memo.ties.ties;
    };
    const ties = tiesFor(request.type);
    let coalitions = NO_COALITIONS;
    if (request.coalitions) {
      // As network.ts: a conflict network's coalitions come from the agreement ties.
      const type = request.type === 'conflict' ? 'agreement' : request.type;
      const seed = request.seed ?? DEFAULT_SEED;
      const key = `${type}|${normalize}|${seed}|${view}`;
      const known = memo.coalitions.get(key);
      coalitions = known ?? coalitionsFrom(positions, tiesFor(type), seed);
      memo.coalitions.delete(key);
      memo.coalitions.set(key, coalitions);
      if (memo.coalitions.size > COALITIONS_KEPT)
        memo.coalitions.delete(memo.coalitions.keys().next().value!);
    }
    return { id: request.id, ok: true, network: packNetwork(positions.actors, ties, coalitions) };
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

function packNetwork(
  actors: readonly Actor[],
  ties: readonly Tie[],
  coalitions: Coalitions,
): PackedNetwork {
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const n = ties.length;
  const packed = {
    actors: actors.map((a) => a.id),
    source: new Int32Array(n),
    target: new Int32Array(n),
    weight: new Float64Array(n),
    normalized: new Float64Array(n),
    coalitions: {
      ...coalitions,
      coalitions: coalitions.coalitions.map((c) => ({
        id: c.id,
        members: c.members,
        agreeOn: c.agreeOn.map((s) => ({
          topic: s.topic.id,
          stance: s.stance,
          members: s.members,
        })),
      })),
    },
  };
  ties.forEach((t, k) => {
    packed.source[k] = index.get(t.source)!;
    packed.target[k] = index.get(t.target)!;
    packed.weight[k] = t.weight;
    packed.normalized[k] = t.normalized;
  });
  return packed;
}
