// The key to the graphic: only what the view shows (model/legend-facts.ts), in words
// and swatches (scene/legend.ts), for the page and the download alike.
import { describe, expect, it } from 'vitest';
import { statementsInView } from '../../src/model/derive';
import { buildGraph, type GraphMode } from '../../src/model/graph';
import { legendFacts } from '../../src/model/legend-facts';
import { resolve } from '../../src/model/resolve';
import type { RawDataset } from '../../src/model/types';
import { legendGroups } from '../../src/scene/legend';

/** Two states and a person; a planned and a held event; three statements. */
const RAW: RawDataset = {
  format: 'parley/1',
  id: 'key-test',
  title: 'Key test',
  actors: [
    { id: 'a', name: 'Alpha', kind: 'state' },
    { id: 'b', name: 'Beta', kind: 'state' },
    { id: 'p', name: 'Pat', kind: 'person' },
  ],
  topics: [
    { id: 'trade', label: 'Trade' },
    { id: 'war', label: 'War' },
  ],
  events: [
    { id: 'e1', title: 'Talks', start: '2025-01-10' },
    { id: 'e2', title: 'Summit', start: '2025-03-01', status: 'planned' },
  ],
  statements: [
    {
      id: 's1',
      speaker: 'a',
      about: ['b'],
      stance: 'negative',
      summary: 'Alpha criticised Beta.',
      date: '2025-01-10',
      topic: 'trade',
    },
    {
      id: 's2',
      speaker: 'b',
      about: ['a'],
      stance: 'negative',
      certainty: 'reported',
      summary: 'Beta is said to have criticised Alpha.',
      date: '2025-01-11',
      topic: 'trade',
    },
    {
      id: 's3',
      speaker: 'a',
      about: ['b'],
      stance: 'positive',
      via: 'p',
      summary: 'Alpha praised Beta, Pat says.',
      date: '2025-02-01',
      topic: 'war',
    },
  ],
} as RawDataset;

const ds = resolve(RAW);

function keyOf(
  mode: GraphMode,
  topics: string[] = [],
  options: { dimmed?: boolean; events?: boolean; graph?: boolean } = {},
) {
  const visible = statementsInView(ds.statements, { topics: new Set(topics) });
  const facts = legendFacts(
    buildGraph(ds, ds.statements, mode),
    buildGraph(ds, visible, mode),
    visible,
    {
      mode,
      events: ds.events,
      dimmed: options.dimmed,
    },
  );
  return legendGroups(facts, { events: options.events, graph: options.graph });
}

const words = (groups: ReturnType<typeof keyOf>) =>
  groups.map((g) => [g.title, g.items.map((i) => i.text)]);

describe('the key', () => {
  it('lists only the kinds, stances, certainties and statuses the data has', () => {
    expect(words(keyOf('actors'))).toEqual([
      // Pat speaks in no statement (only reports one): drawn, dotted.
      ['Nodes', ['Person', 'State', 'No statement in this view']],
      ['Size', ['Statements by or about the actor, 1 to 3']],
      ['Events', ['Held', 'Planned']],
      ['Stance', ['+ Positive', '− Negative']],
      ['Certainty', ['Confirmed', 'Reported', 'Via: reported by another actor']],
    ]);
  });

  it('follows the filter: one topic has one stance and no report', () => {
    expect(words(keyOf('actors', ['war']))).toEqual([
      ['Nodes', ['Person', 'State', 'No statement in this view']],
      ['Size', ['Statements by or about the actor, 1 to 3']],
      ['Events', ['Held', 'Planned']],
      ['Stance', ['+ Positive']],
      ['Certainty', ['Confirmed', 'Via: reported by another actor']],
    ]);
  });

  it('adds the topic diamond in "who on what" and says what size counts there', () => {
    const [nodes, size] = keyOf('topics');
    expect(nodes!.items.map((i) => [i.text, i.swatch])).toEqual([
      ['Person', { type: 'shape', shape: 'circle', kind: 'person' }],
      ['State', { type: 'shape', shape: 'square', kind: 'state' }],
      ['Topic', { type: 'shape', shape: 'diamond', kind: 'topic' }],
      ['No statement in this view', { type: 'idle' }],
    ]);
    expect(size!.items[0]!.text).toBe('Statements by the actor or on the topic, 1 to 2');
  });

  it('explains faded nodes only while something is selected, last', () => {
    expect(keyOf('actors', [], { dimmed: true }).at(-1)).toEqual({
      key: 'selection',
      title: 'Selection',
      items: [{ swatch: { type: 'dim' }, text: 'Not linked to the selection' }],
    });
    expect(keyOf('actors').some((g) => g.key === 'selection')).toBe(false);
  });

  it('keeps room for the faded entry where asked (the page), shown only on selection', () => {
    const facts = legendFacts(
      buildGraph(ds, ds.statements, 'actors'),
      buildGraph(ds, ds.statements, 'actors'),
      ds.statements,
      { mode: 'actors' },
    );
    expect(legendGroups(facts, { reserve: true }).at(-1)!.items).toEqual([
      { swatch: { type: 'dim' }, text: 'Not linked to the selection', reserved: true },
    ]);
    expect(legendGroups({ ...facts, dimmed: true }, { reserve: true }).at(-1)!.items).toEqual([
      { swatch: { type: 'dim' }, text: 'Not linked to the selection' },
    ]);
  });

  it('leaves event statuses out of a view without the timeline (and the download)', () => {
    expect(keyOf('actors', [], { events: false }).map((g) => g.key)).toEqual([
      'nodes',
      'size',
      'stance',
      'certainty',
    ]);
  });

  it('keys no statuses when every event was simply held, and no empty group', () => {
    const held = resolve({ ...RAW, events: [RAW.events![0]!], statements: [] } as RawDataset);
    const graph = buildGraph(held, [], 'actors');
    const groups = legendGroups(
      legendFacts(graph, graph, [], { mode: 'actors', events: held.events }),
    );
    expect(words(groups)).toEqual([['Nodes', ['Person', 'State', 'No statement in this view']]]);
  });

  it('beside a network, whose lines are ties, keys the stances as the timeline draws them', () => {
    // An agreement network draws ties, not statements: no arrows and no certainty
    // dashes (a negative tie is dashed there); the timeline's points are dots.
    const graph = buildGraph(ds, ds.statements, 'actors');
    const facts = legendFacts(graph, graph, ds.statements, {
      mode: 'agreement',
      events: ds.events,
    });
    const groups = legendGroups(facts);
    expect(groups.map((g) => g.key)).toEqual(['nodes', 'size', 'status', 'stance']);
    expect(groups.find((g) => g.key === 'stance')!.items).toEqual([
      { swatch: { type: 'stance', stance: 'positive', dot: true }, text: '+ Positive' },
      { swatch: { type: 'stance', stance: 'negative', dot: true }, text: '− Negative' },
    ]);
    // The network's graph alone (its download): nothing draws a stance.
    expect(legendGroups(facts, { events: false }).map((g) => g.key)).toEqual(['nodes', 'size']);
  });

  it('the timeline alone keys its stances as dots', () => {
    const stance = keyOf('actors', [], { graph: false }).find((g) => g.key === 'stance')!;
    expect(stance.items.map((i) => i.swatch)).toEqual([
      { type: 'stance', stance: 'positive', dot: true },
      { type: 'stance', stance: 'negative', dot: true },
    ]);
    expect(keyOf('actors', [], { graph: false }).some((g) => g.key === 'certainty')).toBe(false);
  });

  it('keys no certainty when every line is a plain confirmed one', () => {
    const plain = resolve({ ...RAW, statements: [RAW.statements![0]!] } as RawDataset);
    const graph = buildGraph(plain, plain.statements, 'actors');
    const groups = legendGroups(legendFacts(graph, graph, plain.statements, { mode: 'actors' }));
    expect(groups.map((g) => g.key)).toEqual(['nodes', 'size', 'stance']);
  });
});
