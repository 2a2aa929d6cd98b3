import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, defaultGraphMode } from '../../src/model/graph';
import { resolve } from '../../src/model/resolve';
import type { RawDataset } from '../../src/model/types';
import { timelineDate, toTimelineJS, toVisNetwork } from '../../scripts/bench/peers.mjs';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as RawDataset;

/** Three actors, two topics, one event; written by hand so each count below can be checked by eye. */
const tiny = {
  format: 'parley/1',
  id: 'tiny',
  title: 'Tiny',
  sources: [{ id: 'src', title: 'Source' }],
  actors: [
    { id: 'a', name: 'Ann', kind: 'person' },
    { id: 'b', name: 'Bo', kind: 'person' },
    { id: 'c', name: 'Cy', kind: 'state' },
  ],
  topics: [
    { id: 'x', label: 'X' },
    { id: 'y', label: 'Y' },
  ],
  events: [{ id: 'e', title: 'Meeting', start: '2011-03', end: '2011-04-02', kind: 'meeting' }],
  statements: [
    // a → b twice with one stance: one edge; a → b negative: a second edge.
    { id: 's1', speaker: 'a', about: ['b'], stance: 'positive', event: 'e', sources: ['src'] },
    { id: 's2', speaker: 'a', about: ['b'], stance: 'positive', date: '2011', sources: ['src'] },
    {
      id: 's3',
      speaker: 'a',
      about: ['b'],
      stance: 'negative',
      date: '2011-03-11',
      sources: ['src'],
    },
    // A speaker in its own about gets no self-loop; c is still a target.
    {
      id: 's4',
      speaker: 'b',
      about: ['b', 'c'],
      stance: 'neutral',
      topic: 'x',
      sources: ['src'],
      date: '2011-05',
    },
  ],
} as unknown as RawDataset;

describe('the peers get the data at its precision', () => {
  it.each([
    ['1882', { year: '1882' }],
    ['2025-08', { year: '2025', month: '8' }],
    ['2025-08-17', { year: '2025', month: '8', day: '17' }],
    [
      '2025-08-15T11:05:00-08:00',
      { year: '2025', month: '8', day: '15', hour: '11', minute: '5', second: '0' },
    ],
  ])('%s', (text, expected) => {
    expect(timelineDate(text)).toEqual(expected);
  });

  it('TimelineJS3: one slide per event and per statement with a date of its own', () => {
    const { timeline, counts } = toTimelineJS(tiny);
    expect(counts).toEqual({ events: 1, statements: 3 });
    expect(timeline.events.map((e) => e.unique_id)).toEqual([
      'event-e',
      'statement-s2',
      'statement-s3',
      'statement-s4',
    ]);
    expect(timeline.events[0]).toMatchObject({
      start_date: { year: '2011', month: '3' },
      end_date: { year: '2011', month: '4', day: '2' },
      text: { headline: 'Meeting' },
    });
    expect(timeline.events[1]?.start_date).toEqual({ year: '2011' });
    expect(timeline.events[1]?.text.headline).toBe('Ann');
  });

  it('vis-network: every actor a node, an edge per speaker, target and stance, no self-loop', () => {
    const { mode, nodes, edges } = toVisNetwork(tiny);
    expect(mode).toBe('actors');
    expect(nodes.map((n) => n.label)).toEqual(['Ann', 'Bo', 'Cy']);
    expect(edges.map((e) => e.id)).toEqual(['a->b:positive', 'a->b:negative', 'b->c:neutral']);
  });

  it('vis-network: with no statement about an actor, the topics graph', () => {
    const claims = {
      ...tiny,
      statements: (tiny.statements ?? []).map(({ about: _about, ...s }) => s),
    } as unknown as RawDataset;
    const { mode, nodes, edges } = toVisNetwork(claims);
    expect(mode).toBe('topics');
    expect(nodes).toHaveLength(5);
    expect(edges.map((e) => [e.from, e.to])).toEqual([['b', 'topic:x']]);
  });

  // The bench compares like with like only if vis-network gets the graph Parley draws.
  it.each(['data/alaska-summit-2025.json', 'data/german-nuclear-2011.json'])(
    '%s: the same nodes and edges as Parley’s default graph',
    (path) => {
      const raw = read(path);
      const ds = resolve(raw);
      const parley = buildGraph(ds, ds.statements, defaultGraphMode(ds));
      const peer = toVisNetwork(raw);
      expect(peer.nodes.map((n) => n.id)).toEqual(parley.nodes.map((n) => n.id));
      expect(peer.edges.map((e) => e.id).sort()).toEqual(parley.edges.map((e) => e.id).sort());
    },
  );
});
