// The peers' side of the bench: the same parley/1 data converted in Node for
// TimelineJS3 (@knight-lab/timelinejs) and vis-network, and the small static pages
// that draw it with the peers' own files copied from node_modules (no CDN).
//
// TimelineJS gets one slide per event and one per statement that has a date of its
// own (not at an event): Parley's timeline shows both, and a data set like the German
// one has statements only. Dates keep their precision ("2011" → {year}).
// vis-network gets the graph Parley draws by default (src/model/graph.ts): every actor
// a node; in "actors" mode (some statement is about an actor) an edge per speaker →
// about actor and stance, in "topics" mode (no statement is about anyone) the topics
// as nodes too and an edge per speaker → topic and stance; no self-loops. Default
// physics: the page reports vis-network's `stabilized` event.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** "2011", "2011-03", "2011-03-11", "2011-03-11T10:00:00+01:00" as TimelineJS's date object, at that precision. */
export function timelineDate(text) {
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?/.exec(text);
  if (!m) throw new Error(`not a parley date: ${text}`);
  const [, year, month, day, hour, minute, second] = m;
  const date = { year: String(Number(year)) };
  if (month) date.month = String(Number(month));
  if (day) date.day = String(Number(day));
  if (hour) date.hour = String(Number(hour));
  if (minute) date.minute = String(Number(minute));
  if (second) date.second = String(Number(second));
  return date;
}

/** TimelineJS3's JSON: events, and statements with their own date, as slides. */
export function toTimelineJS(data) {
  const actorName = new Map(data.actors.map((a) => [a.id, a.name]));
  const events = (data.events ?? []).map((e) => ({
    unique_id: `event-${e.id}`,
    start_date: timelineDate(e.start),
    ...(e.end ? { end_date: timelineDate(e.end) } : {}),
    text: { headline: e.title, text: e.summary ?? '' },
  }));
  const statements = data.statements
    .filter((s) => s.event === undefined && s.date !== undefined)
    .map((s) => ({
      unique_id: `statement-${s.id}`,
      start_date: timelineDate(s.date),
      text: { headline: actorName.get(s.speaker) ?? s.speaker, text: s.summary ?? s.quote ?? '' },
    }));
  return {
    timeline: { events: [...events, ...statements] },
    counts: { events: events.length, statements: statements.length },
  };
}

/** The graph Parley draws by default, as vis-network nodes and edges (see the header). */
export function toVisNetwork(data) {
  const mode = data.statements.some((s) => (s.about ?? []).length > 0) ? 'actors' : 'topics';
  const nodes = data.actors.map((a) => ({ id: a.id, label: a.name }));
  if (mode === 'topics')
    for (const t of data.topics ?? []) nodes.push({ id: `topic:${t.id}`, label: t.label });
  const ids = new Set(nodes.map((n) => n.id));
  const edges = new Map();
  for (const s of data.statements) {
    const targets = mode === 'actors' ? (s.about ?? []) : s.topic ? [`topic:${s.topic}`] : [];
    for (const target of new Set(targets)) {
      if (target === s.speaker || !ids.has(target) || !ids.has(s.speaker)) continue;
      const id = `${s.speaker}->${target}:${s.stance}`;
      if (!edges.has(id)) edges.set(id, { id, from: s.speaker, to: target, arrows: 'to' });
    }
  }
  return { mode, nodes, edges: [...edges.values()] };
}

const TIMELINE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TimelineJS3 (bench)</title>
<link rel="stylesheet" href="timelinejs/css/timeline.css">
<style>html, body { margin: 0; } #timeline { width: 100vw; height: 100vh; }</style>
</head>
<body>
<div id="timeline"></div>
<script src="timelinejs/js/timeline.js"></script>
<script>
  // Times from navigation start; "drawn": the first frame after TimelineJS's "loaded"
  // (story slider and time navigator built) in which its slides and time markers exist.
  const bench = (window.__bench = { slides: 0, markers: 0 });
  const id = new URLSearchParams(location.search).get('data');
  const timeline = new TL.Timeline('timeline', 'data/' + id + '.timeline.json', {
    script_path: new URL('timelinejs/js/', location.href).href,
    font: null,
    language: 'en',
    hash_bookmark: false,
  });
  timeline.on('dataloaded', () => (bench.dataloaded = performance.now()));
  timeline.on('ready', () => (bench.ready = performance.now()));
  timeline.on('loaded', () => {
    bench.loaded = performance.now();
    const check = () => {
      bench.slides = document.querySelectorAll('.tl-timeline .tl-slide').length;
      bench.markers = document.querySelectorAll('.tl-timeline .tl-timemarker').length;
      if (bench.slides > 0 && bench.markers > 0) bench.drawn = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
</script>
</body>
</html>
`;

const NETWORK_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>vis-network (bench)</title>
<style>html, body { margin: 0; } #network { width: 100vw; height: 100vh; }</style>
</head>
<body>
<div id="network"></div>
<script src="vis-network/vis-network.min.js"></script>
<script>
  // Times from navigation start: the first drawing, the end of the stabilization
  // iterations, and the first "stabilized" (the simulation at rest), with default options.
  const bench = (window.__bench = {});
  const id = new URLSearchParams(location.search).get('data');
  fetch('data/' + id + '.network.json')
    .then((response) => response.json())
    .then(({ nodes, edges }) => {
      bench.fetched = performance.now();
      const network = new vis.Network(
        document.getElementById('network'),
        { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) },
        {},
      );
      bench.canvas = document.querySelector('#network canvas') !== null;
      network.once('afterDrawing', () => (bench.drawn = performance.now()));
      network.once('stabilizationIterationsDone', () => (bench.iterationsDone = performance.now()));
      network.once('stabilized', (e) => {
        bench.stabilized = performance.now();
        bench.iterations = e.iterations;
      });
    })
    .catch((error) => (bench.error = String(error)));
</script>
</body>
</html>
`;

/**
 * Writes `dir` (a folder the bench's server serves): the two pages, the peers' files
 * and, for each data set, its converted JSON. Returns per data set the peers' counts.
 */
export function writePeers(dir, datasets) {
  mkdirSync(join(dir, 'data'), { recursive: true });
  const timelineRoot = dirname(require.resolve('@knight-lab/timelinejs/package.json'));
  cpSync(join(timelineRoot, 'dist', 'css'), join(dir, 'timelinejs', 'css'), { recursive: true });
  cpSync(join(timelineRoot, 'dist', 'js'), join(dir, 'timelinejs', 'js'), { recursive: true });
  // The standalone build carries its own vis-data, as a page that uses it from a file would.
  const networkRoot = dirname(require.resolve('vis-network/package.json'));
  mkdirSync(join(dir, 'vis-network'), { recursive: true });
  cpSync(
    join(networkRoot, 'standalone', 'umd', 'vis-network.min.js'),
    join(dir, 'vis-network', 'vis-network.min.js'),
  );
  writeFileSync(join(dir, 'timelinejs.html'), TIMELINE_PAGE);
  writeFileSync(join(dir, 'vis-network.html'), NETWORK_PAGE);
  const info = {};
  for (const [id, data] of Object.entries(datasets)) {
    const { timeline, counts } = toTimelineJS(data);
    const network = toVisNetwork(data);
    writeFileSync(join(dir, 'data', `${id}.timeline.json`), JSON.stringify(timeline));
    writeFileSync(
      join(dir, 'data', `${id}.network.json`),
      JSON.stringify({ nodes: network.nodes, edges: network.edges }),
    );
    info[id] = {
      timelinejs: { slides: counts.events + counts.statements, ...counts },
      visNetwork: { mode: network.mode, nodes: network.nodes.length, edges: network.edges.length },
    };
  }
  return info;
}
