import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statementsInView } from '../../src/model/derive';
import {
  buildGraph,
  edgeStatements,
  edgesAt,
  mostActive,
  neighbors,
  parseNodeId,
  topicNodeId,
  withoutNodes,
  type Graph,
  type GraphEdge,
  type GraphNode,
} from '../../src/model/graph';
import { resolve } from '../../src/model/resolve';
import type { RawDataset } from '../../src/model/types';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

const episode = resolve(
  JSON.parse(
    readFileSync(new URL('../fixtures/derive/episode.json', import.meta.url), 'utf8'),
  ) as RawDataset,
);
const all = episode.statements;
const actorIds = [
  'trump',
  'putin',
  'witkoff',
  'zelenskyy',
  'vdl',
  'us',
  'ru',
  'ua',
  'eu',
  'bystander',
];

/** An edge as plain data: statements by id, certainty counts without the zeros. */
function summary(edge: GraphEdge) {
  const certainty = Object.fromEntries(Object.entries(edge.certainty).filter(([, n]) => n > 0));
  return {
    id: edge.id,
    count: edge.count,
    statements: ids(edge.statements),
    certainty,
    via: edge.viaCount,
  };
}

describe("buildGraph, 'actors' mode (who about whom)", () => {
  const graph = buildGraph(episode, all, 'actors');

  it('has every actor as a node, in data order', () => {
    expect(ids(graph.nodes)).toEqual(actorIds);
    expect(graph.nodes.every((n) => n.type === 'actor' && n.actor !== undefined)).toBe(true);
    expect(graph.nodes[0]!.label).toBe('Donald Trump');
  });

  it('aggregates edges per speaker, target and stance, sorted by id, without self-loops', () => {
    expect(graph.edges.map(summary)).toEqual([
      {
        id: 'putin->trump:positive',
        count: 1,
        statements: ['s2'],
        certainty: { confirmed: 1 },
        via: 0,
      },
      {
        id: 'trump->putin:negative',
        count: 1,
        statements: ['s10'],
        certainty: { confirmed: 1 },
        via: 0,
      },
      {
        id: 'trump->putin:positive',
        count: 2,
        statements: ['s1', 's8'],
        certainty: { confirmed: 1, alleged: 1 },
        via: 1,
      },
      {
        id: 'trump->zelenskyy:mixed',
        count: 1,
        statements: ['s9'],
        certainty: { confirmed: 1 },
        via: 0,
      },
      {
        id: 'vdl->putin:negative',
        count: 1,
        statements: ['s6'],
        certainty: { confirmed: 1 },
        via: 0,
      },
      { id: 'vdl->ru:negative', count: 1, statements: ['s6'], certainty: { confirmed: 1 }, via: 0 },
      {
        id: 'witkoff->putin:positive',
        count: 1,
        statements: ['s3'],
        certainty: { confirmed: 1 },
        via: 0,
      },
      {
        id: 'zelenskyy->putin:negative',
        count: 2,
        statements: ['s7', 's5'],
        certainty: { confirmed: 2 },
        via: 0,
      },
    ]);
  });

  it('spells out source, target, stance and every certainty', () => {
    const edge = graph.edges.find((e) => e.id === 'trump->putin:positive')!;
    expect(edge.source).toBe('trump');
    expect(edge.target).toBe('putin');
    expect(edge.stance).toBe('positive');
    expect(edge.certainty).toEqual({ confirmed: 1, reported: 0, alleged: 1, denied: 0 });
  });

  it.each([
    ['trump', 5],
    ['putin', 9],
    ['witkoff', 1],
    ['zelenskyy', 3],
    ['vdl', 1],
    ['ru', 1],
    ['us', 0],
    ['bystander', 0],
  ])('activity of %s is %i', (id, activity) => {
    expect(graph.nodes.find((n) => n.id === id)!.activity).toBe(activity);
  });

  it.each([
    ['putin', ['trump', 'witkoff', 'zelenskyy', 'vdl']],
    ['trump', ['putin', 'zelenskyy']],
    ['ru', ['vdl']],
    ['bystander', []],
    ['nobody', []],
  ])('neighbors of %s', (id, expected) => {
    expect([...neighbors(graph, id)].sort()).toEqual([...expected].sort());
  });

  it.each([
    // In the graph's edge order (the list above), both directions.
    [
      'putin',
      [
        'putin->trump:positive',
        'trump->putin:negative',
        'trump->putin:positive',
        'vdl->putin:negative',
        'witkoff->putin:positive',
        'zelenskyy->putin:negative',
      ],
    ],
    ['zelenskyy', ['trump->zelenskyy:mixed', 'zelenskyy->putin:negative']],
    ['ru', ['vdl->ru:negative']],
    ['bystander', []],
    ['nobody', []],
  ])('edgesAt %s', (id, expected) => {
    expect(edgesAt(graph, id).map((e) => e.id)).toEqual(expected);
  });

  it('edgesAt follows the graph asked about, not the first one indexed', () => {
    const late = buildGraph(
      episode,
      all.filter((s) => s.id === 's9'),
      'actors',
    );
    expect(edgesAt(graph, 'trump')).toHaveLength(4);
    expect(edgesAt(late, 'trump').map((e) => e.id)).toEqual(['trump->zelenskyy:mixed']);
  });
});

describe("buildGraph, 'topics' mode (who on what)", () => {
  const graph = buildGraph(episode, all, 'topics');

  it('adds a prefixed node for every topic after the actors', () => {
    expect(ids(graph.nodes)).toEqual([
      ...actorIds,
      'topic:ceasefire',
      'topic:guarantees',
      'topic:territory',
    ]);
    const topic = graph.nodes.find((n) => n.id === topicNodeId('guarantees'))!;
    expect(topic).toMatchObject({ type: 'topic', label: 'Security guarantees' });
    expect(topic.topic?.id).toBe('guarantees');
  });

  it('draws edges from speakers to topic nodes only', () => {
    expect(graph.edges.map(summary)).toEqual([
      {
        id: 'putin->topic:guarantees:positive',
        count: 1,
        statements: ['s4'],
        certainty: { reported: 1 },
        via: 1,
      },
      {
        id: 'trump->topic:ceasefire:positive',
        count: 1,
        statements: ['s1'],
        certainty: { confirmed: 1 },
        via: 0,
      },
      {
        id: 'trump->topic:territory:mixed',
        count: 1,
        statements: ['s9'],
        certainty: { confirmed: 1 },
        via: 0,
      },
      {
        id: 'witkoff->topic:guarantees:positive',
        count: 1,
        statements: ['s3'],
        certainty: { confirmed: 1 },
        via: 0,
      },
      {
        id: 'zelenskyy->topic:ceasefire:negative',
        count: 1,
        statements: ['s5'],
        certainty: { confirmed: 1 },
        via: 0,
      },
      {
        id: 'zelenskyy->topic:territory:negative',
        count: 1,
        statements: ['s7'],
        certainty: { confirmed: 1 },
        via: 0,
      },
    ]);
    expect(graph.edges[0]!.target).toBe('topic:guarantees');
  });

  it.each([
    ['trump', 4],
    ['putin', 2],
    ['ru', 0],
    ['topic:ceasefire', 2],
    ['topic:guarantees', 2],
    ['topic:territory', 2],
  ])('activity of %s is %i', (id, activity) => {
    expect(graph.nodes.find((n) => n.id === id)!.activity).toBe(activity);
  });

  it('finds neighbors across actor and topic nodes', () => {
    expect([...neighbors(graph, 'topic:guarantees')].sort()).toEqual(['putin', 'witkoff']);
    expect([...neighbors(graph, 'trump')].sort()).toEqual(['topic:ceasefire', 'topic:territory']);
  });
});

describe('buildGraph on visible statements', () => {
  const visible = statementsInView(all, { topics: new Set(['ceasefire']) });
  const graph = buildGraph(episode, visible, 'actors');

  it('keeps every actor, the filtered-out ones at activity 0', () => {
    expect(ids(graph.nodes)).toEqual(actorIds);
    expect(graph.nodes.map((n) => n.activity)).toEqual([1, 2, 0, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('draws edges only from the visible statements', () => {
    expect(ids(graph.edges)).toEqual(['trump->putin:positive', 'zelenskyy->putin:negative']);
    expect(ids(graph.edges[0]!.statements)).toEqual(['s1']);
  });

  it('has no edges at all when nothing is visible', () => {
    expect(buildGraph(episode, [], 'topics').edges).toEqual([]);
  });
});

describe('mostActive', () => {
  const graph = buildGraph(episode, all, 'actors');

  it.each([
    [0, []],
    [1, ['putin']],
    [3, ['putin', 'trump', 'zelenskyy']],
    // Three actors tie at 1: by label, "Russia" < "Steve Witkoff" < "Ursula von der Leyen".
    [4, ['putin', 'trump', 'zelenskyy', 'ru']],
    [10, ['putin', 'trump', 'zelenskyy', 'ru', 'witkoff', 'vdl']],
  ])('top %i, actors with activity 0 left out', (n, expected) => {
    expect(ids(mostActive(graph, n))).toEqual(expected);
  });

  it('never returns topic nodes', () => {
    const topics = buildGraph(episode, all, 'topics');
    expect(ids(mostActive(topics, 10))).toEqual(['trump', 'putin', 'zelenskyy', 'witkoff', 'vdl']);
  });
});

describe('edgeStatements', () => {
  it.each([
    ['trump', 'putin', ['s10', 's1', 's8']],
    ['zelenskyy', 'putin', ['s7', 's5']],
    ['putin', 'trump', ['s2']],
    ['putin', 'zelenskyy', []],
    ['vdl', 'ru', ['s6']],
    ['trump', 'topic:territory', ['s9']],
    ['putin', 'topic:guarantees', ['s4']],
  ])('%s about %s, any stance, chronological', (speaker, target, expected) => {
    expect(ids(edgeStatements(all, speaker, target))).toEqual(expected);
  });
});

describe('node ids', () => {
  it.each([
    ['putin', { kind: 'actor', id: 'putin' }],
    ['topic:ceasefire', { kind: 'topic', id: 'ceasefire' }],
    // Only the leading prefix counts; an id may contain "topic:" further in.
    ['topic:topic:x', { kind: 'topic', id: 'topic:x' }],
    ['not-topic:x', { kind: 'actor', id: 'not-topic:x' }],
  ])('parseNodeId(%j)', (nodeId, expected) => {
    expect(parseNodeId(nodeId)).toEqual(expected);
  });

  it('reads back what topicNodeId wrote', () => {
    expect(topicNodeId('ceasefire')).toBe('topic:ceasefire');
    expect(parseNodeId(topicNodeId('a-b'))).toEqual({ kind: 'topic', id: 'a-b' });
  });
});

describe('withoutNodes', () => {
  const graph: Graph = {
    nodes: ['a', 'b', 'c'].map(
      (id) => ({ id, type: 'actor', label: id, activity: 1 }) as GraphNode,
    ),
    edges: [
      { id: 'a-b', source: 'a', target: 'b' },
      { id: 'b-c', source: 'b', target: 'c' },
    ] as GraphEdge[],
  };
  it('drops the hidden nodes and every edge that touches one', () => {
    const left = withoutNodes(graph, new Set(['c']));
    expect(left.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(left.edges.map((e) => e.id)).toEqual(['a-b']);
  });
  it('is the graph itself when nothing is hidden', () => {
    expect(withoutNodes(graph, undefined)).toBe(graph);
    expect(withoutNodes(graph, new Set())).toBe(graph);
  });
});
