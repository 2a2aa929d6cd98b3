// The bench's tables: medians per scenario, the Parley/peer ratio per run pair
// (median of the ratios), and the scale issue's targets (#14), met or not.

const MB = 1024 * 1024;
const KB = 1024;

export function median(values) {
  // Infinity stands for "over the cap" and sorts last.
  const v = values.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)] : null;
}

let overCap = '> cap';
const ms = (x) =>
  x === null || x === undefined
    ? '—'
    : x === Infinity
      ? overCap
      : `${Math.round(x).toLocaleString('en')} ms`;
/** Event Timing reports only entries of 16 ms or more: none means under 16 ms. */
const latency = (x) => (x === null || x === undefined ? '—' : x < 16 ? '< 16 ms' : ms(x));
const kb = (x) => (x === null || x === undefined ? '—' : `${(x / KB).toFixed(1)} KB`);
const mb = (x) => (x === null || x === undefined ? '—' : `${(x / MB).toFixed(1)} MB`);
/** A layout-shift score (unitless, as CLS; 0.1 is the threshold of "good"). */
const shift = (x) => (x === null || x === undefined ? '—' : x.toFixed(3));
const ratio = (r) => (r === null ? '—' : `${r.bound ? '< ' : ''}×${r.value.toFixed(2)}`);

/** An interaction phase's worst latency in one run; 0 when no entry reached 16 ms. */
const worst = (phase) =>
  phase?.overCap ? Infinity : phase && !phase.skipped ? (phase.worst ?? 0) : undefined;

/** Per run pair Parley's time over the peer's; where the peer did not get there, an upper bound (the cap). */
function ratios(runs, peer, cap) {
  const values = [];
  let bound = false;
  for (const r of runs) {
    const p = r.parley.interactive;
    if (p === undefined) continue;
    if (r[peer].time !== undefined) values.push(p / r[peer].time);
    else if (r[peer].notReached) {
      values.push(p / cap);
      bound = true;
    }
  }
  const value = median(values);
  return value === null ? null : { value, bound };
}

/** The network steps of scripts/bench/network-phase.mjs, in the order they run. */
export const NETWORK_STEPS = [
  ['netMode', 'switch to Agreement (first: loads the network code)'],
  ['netWindow', 'Agreement: window change (a month, the next, all)'],
  ['netTopic', 'Agreement: topic toggle and back to All'],
  ['netClick', 'Agreement: clicks on 3 actors'],
  ['netSwitch', 'Agreement → Conflict → Balance'],
];

/**
 * Per network step over all runs: the worst interaction (median of the runs' worst),
 * the p95 of every interaction (those under 16 ms count as 0), the time until the
 * network asked for was drawn (p95 and worst of every input's), and the longest task
 * during the step (median of the runs').
 */
function networkSummary(runs) {
  const steps = {};
  let measured = false;
  for (const [key] of NETWORK_STEPS) {
    const phases = runs.map((r) => r.parley.network?.[key]).filter(Boolean);
    if (phases.length === 0) continue;
    measured = true;
    const values = [];
    const settled = [];
    for (const p of phases) {
      if (p.overCap) values.push(Infinity);
      if (p.skipped || p.overCap) continue;
      const found = p.interactions ?? [];
      values.push(...found, ...Array(Math.max(0, (p.performed ?? 0) - found.length)).fill(0));
      settled.push(...(p.settledMs ?? []));
    }
    steps[key] = {
      worst: median(phases.map(worst)),
      p95: percentile(values, 95),
      settledP95: settled.length ? percentile(settled, 95) : null,
      settledWorst: settled.length ? Math.max(...settled) : null,
      longTask: median(phases.map((p) => p.longTasks?.longest)),
      skipped: phases.find((p) => p.skipped)?.skipped ?? null,
      overCap: phases.some((p) => p.overCap),
    };
  }
  return measured ? steps : null;
}

function summarize(scenario, caps) {
  const runs = scenario.runs;
  const P = (f) => median(runs.map((r) => f(r.parley)));
  const peer = (key) => {
    const times = runs.map((r) => r[key].time);
    const reached = times.filter((t) => t !== undefined).length;
    return {
      time: median(times),
      reached,
      notReached: runs.find((r) => r[key].notReached)?.[key].notReached ?? null,
      heap: median(runs.map((r) => r[key].heap)),
      jsTotal: median(runs.map((r) => r[key].jsTotal)),
    };
  };
  const clicks = runs.flatMap((r) => r.parley.actorClicks?.interactions ?? []);
  const clicksPerformed = runs.reduce((n, r) => n + (r.parley.actorClicks?.performed ?? 0), 0);
  // Clicks under 16 ms leave no entry: count them as 0 for the percentile.
  const clickValues = [...clicks, ...Array(Math.max(0, clicksPerformed - clicks.length)).fill(0)];
  return {
    id: scenario.id,
    key: scenario.key,
    runs: runs.length,
    ready: runs.filter((r) => r.parley.interactive !== undefined).length,
    notReady: runs.find((r) => r.parley.notReady)?.parley.notReady ?? null,
    parley: {
      interactive: P((p) => p.interactive),
      graphPainted: P((p) => p.graphPainted),
      timelineReady: P((p) => p.timelineReady),
      jsBeforeGraph: P((p) => p.jsBeforeGraph),
      jsTotal: P((p) => p.jsTotal),
      clickWorst: P((p) => worst(p.actorClicks)),
      clickP95: percentile(clickValues, 95),
      topicWorst: P((p) => worst(p.topicToggle)),
      topicSkipped: runs.some((r) => r.parley.topicToggle?.skipped),
      dragWorst: P((p) =>
        p.timelineDrag?.overCap
          ? Infinity
          : p.timelineDrag && !p.timelineDrag.skipped
            ? (p.timelineDrag.anyEvent ?? 0)
            : undefined,
      ),
      dragFrame: P((p) => (p.timelineDrag?.overCap ? Infinity : p.timelineDrag?.longestFrame)),
      windowWorst: P((p) => worst(p.windowChange)),
      longTaskCount: P((p) => p.longTasksAfterReady?.count),
      longTaskLongest: P((p) => p.longTasksAfterReady?.longest),
      heap: P((p) => p.heap),
      layoutShift: P((p) => p.layoutShift),
      clickMethods: [
        ...new Set(runs.map((r) => r.parley.actorClicks?.methods).filter(Boolean)),
      ].join(', '),
    },
    network: networkSummary(runs),
    timelinejs: { ...peer('timelinejs'), ratio: ratios(runs, 'timelinejs', caps.capMs) },
    visNetwork: { ...peer('visNetwork'), ratio: ratios(runs, 'visNetwork', caps.networkCapMs) },
  };
}

/** The targets of #14 for a scenario, each with the figure it judges: [label, met, figure]. */
function targets(s) {
  const p = s.parley;
  const t = [];
  const interactions = (limit) => {
    t.push([
      `actor clicks ≤ ${limit} ms to next paint`,
      p.clickWorst !== null && p.clickWorst <= limit,
      latency(p.clickWorst),
    ]);
    if (!p.topicSkipped)
      t.push([
        `topic toggle and back ≤ ${limit} ms`,
        p.topicWorst !== null && p.topicWorst <= limit,
        latency(p.topicWorst),
      ]);
    t.push([
      `time-window change ≤ ${limit} ms`,
      p.windowWorst !== null && p.windowWorst <= limit,
      latency(p.windowWorst),
    ]);
  };
  const scale = (interactiveMs, heapMb) => {
    t.push([
      `both views interactive ≤ ${interactiveMs.toLocaleString('en')} ms`,
      p.interactive !== null && p.interactive <= interactiveMs,
      ms(p.interactive),
    ]);
    interactions(100);
    t.push([
      'timeline drag ≤ 50 ms a frame',
      p.dragFrame !== null && p.dragFrame <= 50,
      ms(p.dragFrame),
    ]);
    t.push([
      'timeline drag events ≤ 100 ms',
      p.dragWorst !== null && p.dragWorst <= 100,
      latency(p.dragWorst),
    ]);
    t.push([
      'no long task over 200 ms after ready',
      p.longTaskLongest !== null && p.longTaskLongest <= 200,
      ms(p.longTaskLongest),
    ]);
    t.push([`heap ≤ ${heapMb} MB`, p.heap !== null && p.heap <= heapMb * MB, mb(p.heap)]);
  };
  if (s.key === 'seed') {
    const r = s.timelinejs.ratio;
    t.push([
      'interactive no slower than TimelineJS3 draws (ratio ≤ 1.0)',
      r !== null && r.value <= 1,
      ratio(r),
    ]);
    t.push([
      '≤ 60 KB gzipped before the graph paints',
      p.jsBeforeGraph !== null && p.jsBeforeGraph <= 60 * KB,
      kb(p.jsBeforeGraph),
    ]);
  } else if (s.key === 'german') {
    t.push([
      'both views interactive ≤ 1,000 ms',
      p.interactive !== null && p.interactive <= 1000,
      ms(p.interactive),
    ]);
    interactions(100);
    t.push([
      'timeline drag events ≤ 100 ms',
      p.dragWorst !== null && p.dragWorst <= 100,
      latency(p.dragWorst),
    ]);
    const r = s.visNetwork.ratio;
    t.push(['≥ 2× faster than vis-network (ratio ≤ 0.5)', r !== null && r.value <= 0.5, ratio(r)]);
    // Issue #15: switching network type or moving the window ≤ 100 ms to the next paint, p95.
    for (const [key, label] of NETWORK_STEPS) {
      const step = s.network?.[key];
      if (!step || key === 'netMode') continue;
      t.push([
        `#15 ${label}: p95 ≤ 100 ms to next paint`,
        step.p95 !== null && step.p95 <= 100,
        latency(step.p95),
      ]);
    }
  } else if (s.key === '10k') scale(2500, 150);
  else if (s.key === '50k') scale(5000, 400);
  return t;
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [
    line(rows[0]),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

/** Prints the tables; returns the summary that results.json keeps. */
export function report({ results, machine, runs, smoke, settleMs, capMs, networkCapMs }) {
  overCap = `> ${Math.round(capMs / 1000)} s`;
  const summaries = results.map((s) => summarize(s, { capMs, networkCapMs }));
  console.log(
    `\nMachine: ${machine.os}, ${machine.cpus} × ${machine.cpuModel}; load average ` +
      `${machine.loadStart.map((l) => l.toFixed(2)).join(' ')} at the start, ` +
      `${machine.loadEnd.map((l) => l.toFixed(2)).join(' ')} at the end; Chromium ${machine.chromium}. ` +
      `Medians of ${runs} run(s); each load in a fresh context after ${settleMs} ms on about:blank; times from navigation start.`,
  );
  for (const [i, s] of summaries.entries()) {
    const sc = results[i];
    const p = s.parley;
    const tl = sc.peers.timelinejs;
    const vn = sc.peers.visNetwork;
    console.log(
      `\n### ${sc.title} (\`${s.id}\`): ${sc.counts.actors.toLocaleString('en')} actors, ` +
        `${sc.counts.events.toLocaleString('en')} events, ${sc.counts.statements.toLocaleString('en')} statements` +
        (s.ready < s.runs ? ` — Parley ready in ${s.ready} of ${s.runs} runs (${s.notReady})` : ''),
    );
    const rows = [
      ['figure', 'median'],
      ['Parley: both views interactive', ms(p.interactive)],
      ['Parley: graph painted / timeline ready', `${ms(p.graphPainted)} / ${ms(p.timelineReady)}`],
      [
        'Parley: JS gzipped before the graph paints / in total',
        `${kb(p.jsBeforeGraph)} / ${kb(p.jsTotal)}`,
      ],
      [
        `Parley: 6 actor clicks, worst / p95 of all (${p.clickMethods || '—'})`,
        `${latency(p.clickWorst)} / ${latency(p.clickP95)}`,
      ],
      [
        'Parley: topic toggle and back to All, worst',
        p.topicSkipped ? 'no topics' : latency(p.topicWorst),
      ],
      [
        'Parley: timeline drag, longest frame / longest event',
        `${ms(p.dragFrame)} / ${latency(p.dragWorst)}`,
      ],
      ['Parley: time-window change (Zoom out, Zoom in), worst', latency(p.windowWorst)],
      [
        'Parley: long tasks after ready, count / longest',
        `${p.longTaskCount ?? '—'} / ${ms(p.longTaskLongest)}`,
      ],
      ['Parley: JS heap after load', mb(p.heap)],
      ['Parley: layout shift while loading (CLS, 1280 × 900)', shift(p.layoutShift)],
      [
        `TimelineJS3: timeline drawn (${tl.slides.toLocaleString('en')} slides: ${tl.events} events + ${tl.statements} dated statements)`,
        s.timelinejs.reached
          ? ms(s.timelinejs.time) +
            (s.timelinejs.reached < s.runs ? ` (${s.timelinejs.reached} of ${s.runs})` : '')
          : (s.timelinejs.notReached ?? '—'),
      ],
      ['Parley / TimelineJS3, median of run pairs', ratio(s.timelinejs.ratio)],
      [
        `vis-network: stabilized (${vn.nodes.toLocaleString('en')} nodes, ${vn.edges.toLocaleString('en')} edges, "${vn.mode}" graph)`,
        s.visNetwork.reached
          ? ms(s.visNetwork.time) +
            (s.visNetwork.reached < s.runs ? ` (${s.visNetwork.reached} of ${s.runs})` : '')
          : (s.visNetwork.notReached ?? '—'),
      ],
      ['Parley / vis-network, median of run pairs', ratio(s.visNetwork.ratio)],
      [
        'peers: JS gzipped / heap, TimelineJS3',
        `${kb(s.timelinejs.jsTotal)} / ${mb(s.timelinejs.heap)}`,
      ],
      [
        'peers: JS gzipped / heap, vis-network',
        `${kb(s.visNetwork.jsTotal)} / ${mb(s.visNetwork.heap)}`,
      ],
    ];
    for (const [key, label] of NETWORK_STEPS) {
      const step = s.network?.[key];
      if (!step) continue;
      rows.push([
        `Parley network: ${label}; next paint worst / p95; drawn p95 / worst; longest task`,
        step.skipped
          ? step.skipped
          : `${latency(step.worst)} / ${latency(step.p95)}; ${ms(step.settledP95)} / ${ms(step.settledWorst)}; ${ms(step.longTask)}`,
      ]);
    }
    console.log(table(rows));
    if (!smoke) {
      s.targets = targets(s).map(([label, met, figure]) => ({ label, met, figure }));
      if (s.targets.length) {
        console.log('');
        console.log(
          table([
            ['target (#14, #15)', 'figure', ''],
            ...s.targets.map((t) => [t.label, t.figure, t.met ? 'met' : 'NOT MET']),
          ]),
        );
      }
    }
  }
  console.log(`\n### All scenarios (medians of ${runs} run(s))\n`);
  console.log(overview(summaries, results));
  const networks = networkOverview(summaries);
  if (networks) {
    console.log(
      `\n### Network modes (#15): p95 input to next paint (p95 until the network is drawn)\n`,
    );
    console.log(networks);
  }
  return summaries;
}

/** One row per scenario that measured the network modes: each step's p95s. */
export function networkOverview(summaries) {
  const measured = summaries.filter((s) => s.network);
  if (measured.length === 0) return null;
  const rows = [['data set', ...NETWORK_STEPS.map(([, label]) => label)]];
  for (const s of measured)
    rows.push([
      s.id,
      ...NETWORK_STEPS.map(([key]) => {
        const step = s.network[key];
        if (!step) return '—';
        if (step.skipped) return step.skipped;
        return `${latency(step.p95)} (${ms(step.settledP95)})`;
      }),
    ]);
  return table(rows);
}

/** One row per scenario: the figures of the scale issue's first table, and more. */
export function overview(summaries, results) {
  const peerCell = (peer) =>
    peer.reached
      ? `${ms(peer.time)} (Parley ${ratio(peer.ratio)})`
      : `${peer.notReached ?? '—'} (Parley ${ratio(peer.ratio)})`;
  const rows = [
    [
      'data set',
      'Parley: both views interactive (graph painted)',
      'TimelineJS3: timeline drawn',
      'vis-network: stabilized',
      'actor click, worst',
      'topic and back',
      'drag: longest frame',
      'Zoom out/in',
      'long tasks after ready (longest)',
      'layout shift',
      'heap',
      'JS gz before graph / total',
    ],
  ];
  for (const [i, s] of summaries.entries()) {
    const c = results[i].counts;
    const p = s.parley;
    rows.push([
      `${s.id} (${c.actors.toLocaleString('en')} actors, ${c.statements.toLocaleString('en')} statements)`,
      s.ready
        ? `${ms(p.interactive)} (${ms(p.graphPainted)})` +
          (s.ready < s.runs ? `, ${s.ready} of ${s.runs} ready` : '')
        : (s.notReady ?? '—'),
      peerCell(s.timelinejs),
      peerCell(s.visNetwork),
      latency(p.clickWorst),
      p.topicSkipped ? 'no topics' : latency(p.topicWorst),
      ms(p.dragFrame),
      latency(p.windowWorst),
      `${p.longTaskCount ?? '—'} (${ms(p.longTaskLongest)})`,
      shift(p.layoutShift),
      mb(p.heap),
      `${kb(p.jsBeforeGraph)} / ${kb(p.jsTotal)}`,
    ]);
  }
  return table(rows);
}
