import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, escapeAttribute, fullViewUrl } from '../../src/embed/snippet';

const base = 'https://graphics.example.org/parley/';

describe('embed snippet', () => {
  it('writes an iframe with title, lazy loading, data-parley and an initial height, plus the host script', () => {
    const snippet = embedSnippet({
      base,
      title: 'Alaska summit',
      state: { dataset: 'alaska-summit-2025', actor: 'putin', topics: [], view: 'graph' },
    });
    expect(snippet).toBe(
      '<iframe src="https://graphics.example.org/parley/embed.html?dataset=alaska-summit-2025&amp;actor=putin&amp;view=graph" title="Alaska summit (interactive graphic)" data-parley loading="lazy" style="width:100%;height:1150px;border:0"></iframe>\n' +
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
      '<iframe src="https://graphics.example.org/parley/embed.html?dataset=alaska-summit-2025&amp;view=graph" title="Alaska summit (interactive graphic)" data-parley loading="lazy" style="width:100%;height:1150px;border:0"></iframe>',
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
});
