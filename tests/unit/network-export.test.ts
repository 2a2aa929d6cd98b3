// "Network (CSV)" and "Network (GraphML)": the CSV's rows and quoting, and the
// GraphML read back by an independent reader, networkx (python3 with networkx is
// installed here and in CI; without it this test fails, it does not skip).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/model/load';
import type { Actor } from '../../src/model/types';
import { discourseNetwork, networkCsv, networkGraphml, type Tie } from '../../src/network';

const small = loadDataset(readFileSync('tests/fixtures/network/small.json', 'utf8')).dataset!;
const temp = mkdtempSync(join(tmpdir(), 'parley-network-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const tie = (source: string, target: string, weight: number, normalized = weight): Tie => ({
  source,
  target,
  weight,
  type: 'balance',
  normalized,
});

describe('networkCsv', () => {
  it('one row per tie, source,target,weight,type, CRLF and no BOM', () => {
    const csv = networkCsv([tie('a', 'b', 1), tie('a', 'd', -1)]);
    expect(csv).toBe('source,target,weight,type\r\na,b,1,balance\r\na,d,-1,balance\r\n');
  });

  it('adds normalized when a normalization is chosen, weight staying raw', () => {
    const csv = networkCsv([tie('a', 'c', 2, 0.8)], 'average');
    expect(csv).toBe('source,target,weight,type,normalized\r\na,c,2,balance,0.8\r\n');
  });

  it('quotes cells as RFC 4180 says (ids never need it, the writer still does it)', () => {
    const csv = networkCsv([tie('a,1', 'b"2', 1)]);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]).toEqual(['a,1', 'b"2', '1', 'balance']);
  });
});

const NETWORKX = `
import json, sys
try:
    import networkx as nx
except ImportError as error:
    sys.exit("networkx is missing: " + str(error))
g = nx.read_graphml(sys.argv[1])
print(json.dumps({
    "directed": g.is_directed(),
    "nodes": {n: d for n, d in sorted(g.nodes(data=True))},
    "edges": sorted([sorted([u, v]) + [d] for u, v, d in g.edges(data=True)]),
}))
`;

function readWithNetworkx(xml: string): {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, Record<string, unknown>][];
} {
  const file = join(temp, `n${Math.random().toString(36).slice(2)}.graphml`);
  writeFileSync(file, xml, 'utf8');
  let out: string;
  try {
    out = execFileSync('python3', ['-c', NETWORKX, file], { encoding: 'utf8' });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(
      `python3 with networkx is needed to check the GraphML (apt-get install python3-networkx or pip install networkx): ${e.stderr || e.message}`,
    );
  }
  return JSON.parse(out);
}

const GERMAN_SUMMARY = `
import sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
w = sum(d["weight"] for _, _, d in g.edges(data=True))
labels = sum(1 for _, d in g.nodes(data=True) if d.get("label"))
print(g.number_of_nodes(), g.number_of_edges(), int(w), labels, g.nodes["angela-merkel"]["label"])
`;

describe('networkGraphml, read by networkx', { timeout: 30_000 }, () => {
  it('reads back labels with markup characters, quotes and non-ASCII text, kinds and coalitions', () => {
    const actors: Actor[] = [
      {
        id: 'p',
        name: 'Ségolène <Royal> & "Söhne" \'n\' 中文',
        kind: 'person',
        affiliations: [],
        aliases: [],
      },
      { id: 'q', name: 'Q\u0001 control', kind: 'group', affiliations: [], aliases: [] },
      { id: 'r', name: 'Alone', kind: 'state', affiliations: [], aliases: [] },
    ];
    const xml = networkGraphml({
      actors,
      ties: [{ source: 'p', target: 'q', weight: 3, type: 'agreement', normalized: 0.75 }],
      coalitionOf: new Map([
        ['p', 1],
        ['q', 1],
      ]),
      normalize: 'jaccard',
    });
    const g = readWithNetworkx(xml);
    expect(g.directed).toBe(false);
    expect(g.nodes).toEqual({
      p: { label: 'Ségolène <Royal> & "Söhne" \'n\' 中文', kind: 'person', coalition: 1 },
      q: { label: 'Q\uFFFD control', kind: 'group', coalition: 1 },
      r: { label: 'Alone', kind: 'state' },
    });
    // networkx keeps the edge's GraphML id as an attribute.
    expect(g.edges).toEqual([
      ['p', 'q', { id: 'e1', weight: 3, type: 'agreement', normalized: 0.75 }],
    ]);
  });

  it('the small set’s conflict network: the same ties and weights as the CSV', () => {
    const network = discourseNetwork(small.statements, { type: 'conflict' });
    const g = readWithNetworkx(
      networkGraphml({ ...network, coalitionOf: network.coalitions.coalitionOf }),
    );
    // Hand-worked in network.test.ts: a-b 2, a-c, a-d, b-c, b-d, c-d 1.
    expect(g.edges.map(([u, v, d]) => `${u}-${v} ${d.weight as number}`)).toEqual([
      'a-b 2',
      'a-c 1',
      'a-d 1',
      'b-c 1',
      'b-d 1',
      'c-d 1',
    ]);
    expect(Object.keys(g.nodes)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(g.nodes.a).toMatchObject({ label: 'Anna', kind: 'person' });
    // No normalization: no normalized key on the edges.
    expect(g.edges.every(([, , d]) => !('normalized' in d))).toBe(true);
  });

  it('the German agreement network: the same ties and weights networkx reads back', () => {
    const german = loadDataset(readFileSync('data/german-nuclear-2011.json', 'utf8')).dataset!;
    const network = discourseNetwork(german.statements, { type: 'agreement' });
    const file = join(temp, 'german.graphml');
    writeFileSync(
      file,
      networkGraphml({ ...network, coalitionOf: network.coalitions.coalitionOf }),
    );
    const out = execFileSync('python3', ['-c', GERMAN_SUMMARY, file], { encoding: 'utf8' });
    // 337 speakers, 8,480 ties of total weight 11,049 (counted with Python from the
    // JSON, see network-cli.test.ts), every node labelled.
    expect(out.trim()).toBe('337 8480 11049 337 Angela Merkel');
  });
});
