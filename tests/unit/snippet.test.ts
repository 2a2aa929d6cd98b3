import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHOICES,
  embedSnippet,
  embedUrl,
  escapeAttribute,
  fullViewUrl,
  sharedState,
  type EmbedChoices,
} from '../../src/embed/snippet';
import type { UrlState } from '../../src/state/url';

const base = 'https://graphics.example.org/parley/';

describe('embed snippet', () => {
  it('writes an iframe with title, lazy loading, data-parley and an initial height, plus the host script', () => {
    const snippet = embedSnippet({
      base,
      title: 'Alaska summit',
      state: { dataset: 'alaska-summit-2025', actor: 'putin', topics: [], view: 'graph' },
    });
    expect(snippet).toBe(
      '<iframe src="https://graphics.example.org/parley/embed.html?dataset=alaska-summit-2025&amp;actor=putin&amp;view=graph" title="Alaska summit (interactive graphic)" data-parley loading="lazy" style="width:100%;height:640px;border:0"></iframe>\n' +
        '<script async src="https://graphics.example.org/parley/embed.js"></script>',
    );
  });

  it('escapes a title from the data so it cannot break out of the attribute', () => {
    const snippet = embedSnippet({ base, title: 'A "quoted" <b>&</b>', state: { topics: [] } });
    expect(snippet).toContain(
      'title="A &quot;quoted&quot; &lt;b&gt;&amp;&lt;/b&gt; (interactive graphic)"',
    );
    expect(snippet).not.toContain('<b>');
  });

  it('adds the still in a <noscript>, 1× and 2×, with its size and alt text', () => {
    const snippet = embedSnippet({
      base,
      title: 'Alaska summit',
      state: { dataset: 'alaska-summit-2025', topics: [], view: 'graph' },
      still: {
        datasetId: 'alaska-summit-2025',
        width: 960,
        height: 565,
        alt: 'Actor graph: Alaska summit. Most active: A, B and C.',
      },
    });
    expect(snippet.split('\n')).toEqual([
      '<iframe src="https://graphics.example.org/parley/embed.html?dataset=alaska-summit-2025&amp;view=graph" title="Alaska summit (interactive graphic)" data-parley loading="lazy" style="width:100%;height:640px;border:0"></iframe>',
      '<noscript><img src="https://graphics.example.org/parley/stills/alaska-summit-2025-graph.png" srcset="https://graphics.example.org/parley/stills/alaska-summit-2025-graph@2x.png 2x" alt="Actor graph: Alaska summit. Most active: A, B and C." width="960" height="565" style="max-width:100%;height:auto"></noscript>',
      '<script async src="https://graphics.example.org/parley/embed.js"></script>',
    ]);
  });

  it('escapes the alt text from the data', () => {
    const snippet = embedSnippet({
      base,
      title: 'x',
      state: { topics: [] },
      still: { datasetId: 'x', width: 960, height: 500, alt: 'Actor graph: "Q" & <b>A</b>.' },
    });
    expect(snippet).toContain('alt="Actor graph: &quot;Q&quot; &amp; &lt;b&gt;A&lt;/b&gt;."');
    expect(snippet).not.toContain('<b>');
  });

  it('escapeAttribute escapes the four special characters', () => {
    expect(escapeAttribute(`&"<>'`)).toBe(`&amp;&quot;&lt;&gt;'`);
  });

  it('keeps filters in the embed URL and drops embed-only parameters from the full view', () => {
    const state = {
      dataset: 'x',
      event: 'e1',
      topics: ['a', 'b'],
      from: '2025-08',
      view: 'timeline' as const,
      theme: 'dark' as const,
      header: false,
    };
    expect(embedUrl(base, state)).toBe(
      `${base}embed.html?dataset=x&event=e1&topic=a&topic=b&from=2025-08&view=timeline&theme=dark&header=0`,
    );
    expect(fullViewUrl(base, state)).toBe(
      `${base}index.html?dataset=x&event=e1&topic=a&topic=b&from=2025-08`,
    );
  });

  it('gives a fixed height to the iframe, as data-height for the host script and in the URL', () => {
    const snippet = embedSnippet({
      base,
      title: 'Alaska summit',
      state: { dataset: 'alaska-summit-2025', topics: [], controls: true, height: 720 },
    });
    expect(snippet).toBe(
      '<iframe src="https://graphics.example.org/parley/embed.html?dataset=alaska-summit-2025&amp;controls=1&amp;height=720" title="Alaska summit (interactive graphic)" data-parley data-height="720" loading="lazy" style="width:100%;height:720px;border:0"></iframe>\n' +
        '<script async src="https://graphics.example.org/parley/embed.js"></script>',
    );
  });

  it('clamps a fixed height in the iframe and its URL alike', () => {
    const snippet = embedSnippet({ base, title: 'x', state: { topics: [], height: 50 } });
    expect(snippet).toContain('embed.html?height=200"');
    expect(snippet).toContain('data-height="200"');
    expect(snippet).toContain('height:200px;');
  });

  it('leaves controls and height out of the full view', () => {
    expect(fullViewUrl(base, { dataset: 'x', topics: [], controls: true, height: 900 })).toBe(
      `${base}index.html?dataset=x`,
    );
  });
});

describe('shared state from the Share dialog', () => {
  const current: UrlState = {
    dataset: 'alaska-summit-2025',
    actor: 'witkoff',
    about: 'ukraine',
    topics: ['ceasefire'],
    from: '2025-08-15',
    to: '2025-08-17',
    graph: 'topics',
  };
  const query = (choices: Partial<EmbedChoices>) =>
    embedUrl(base, sharedState(current, { ...DEFAULT_CHOICES, ...choices })).slice(
      `${base}embed.html`.length,
    );

  it.each<[string, Partial<EmbedChoices>, string]>([
    [
      'the defaults: the state as it is',
      {},
      '?dataset=alaska-summit-2025&actor=witkoff&about=ukraine&topic=ceasefire&from=2025-08-15&to=2025-08-17&network=topics',
    ],
    [
      'a language chosen, without the selection',
      { selection: false, lang: 'de' },
      '?dataset=alaska-summit-2025&network=topics&lang=de',
    ],
    [
      "the data set's language: no lang",
      { selection: false, lang: '' },
      '?dataset=alaska-summit-2025&network=topics',
    ],
    [
      'without the selection and filters',
      { selection: false },
      '?dataset=alaska-summit-2025&network=topics',
    ],
    [
      'every embed option',
      {
        selection: false,
        view: 'timeline',
        theme: 'light',
        header: false,
        controls: true,
        height: 1200,
      },
      '?dataset=alaska-summit-2025&network=topics&view=timeline&theme=light&header=0&controls=1&height=1200',
    ],
    [
      'the graph, dark',
      { selection: false, view: 'graph', theme: 'dark' },
      '?dataset=alaska-summit-2025&network=topics&view=graph&theme=dark',
    ],
    [
      'a height too large',
      { selection: false, height: 9000 },
      '?dataset=alaska-summit-2025&network=topics&height=4000',
    ],
    [
      'a height that is no height',
      { selection: false, height: Number.NaN },
      '?dataset=alaska-summit-2025&network=topics',
    ],
  ])('%s', (_, choices, expected) => {
    expect(query(choices)).toBe(expected);
  });

  it('does not share the page state it was given', () => {
    const state = sharedState(current, DEFAULT_CHOICES);
    state.topics.push('sanctions');
    expect(current.topics).toEqual(['ceasefire']);
  });
});
