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
    const ties = tiesOf(positions, request.type, normalize);
    let coalitions = NO_COALITIONS;
    if (request.coalitions) {
      // As network.ts: a conflict network's coalitions come from the agreement ties.
      const base = request.type === 'conflict' ? tiesOf(positions, 'agreement', normalize) : ties;
      coalitions = coalitionsFrom(positions, base, request.seed ?? DEFAULT_SEED);
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
