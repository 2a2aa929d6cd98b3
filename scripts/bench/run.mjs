// `npm run bench`: Parley side by side with TimelineJS3 and vis-network, on the same
// data in the same run, in Chromium, each load in a fresh browser context, alternating
// Parley and peer runs. Prints a table per scenario (medians of BENCH_RUNS, default 5,
// and the Parley/peer ratio per run pair), says met/not met against the scale issue's
// targets (#14) and writes dist-bench/results.json. A benchmark: it never fails on time.
//
//   node scripts/bench/run.mjs            the full bench (seed, German, 10k, 50k)
//   node scripts/bench/run.mjs --smoke    one run, the seed and a small synthetic set,
//                                         peers included, no targets; fails only when
//                                         something cannot be measured
//
// BENCH_RUNS (runs per scenario), BENCH_SETTLE_MS (about:blank before each load, 2000),
// BENCH_CAP_MS (a load or an interaction given up after, 120000), BENCH_SCENARIOS
// (comma-separated ids, a subset), BENCH_REUSE_BUILD=1 (keep a build made before),
// BENCH_PEERS=0 (Parley only: no peer loads, no ratios; for before/after figures).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { measurePeer } from './peer-runs.mjs';
import { windowMonths } from './network-phase.mjs';
import { measureParley } from './parley.mjs';
import { writePeers } from './peers.mjs';
import { report } from './report.mjs';
import { serve } from './server.mjs';
import { synthetic } from './synthetic.mjs';
import { gzipper } from './page.mjs';

// `--report FILE`: print the tables of a results.json again, without measuring.
const reportAt = process.argv.indexOf('--report');
if (reportAt > 0) {
  const saved = JSON.parse(readFileSync(process.argv[reportAt + 1], 'utf8'));
  report({ ...saved, smoke: saved.mode === 'smoke', networkCapMs: saved.networkCapMs ?? 60_000 });
  process.exit(0);
}

const smoke = process.argv.includes('--smoke');
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const RUNS = smoke ? 1 : Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const SETTLE_MS = Math.max(0, Number(process.env.BENCH_SETTLE_MS ?? (smoke ? 250 : 2000)));
const CAP_MS = Math.max(1000, Number(process.env.BENCH_CAP_MS) || (smoke ? 30_000 : 120_000));
/** vis-network's `stabilized` is given up after 60 s, as in the first figures. */
const NETWORK_CAP_MS = Math.min(CAP_MS, smoke ? 3_000 : 60_000);
const PEERS = process.env.BENCH_PEERS !== '0';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'dist-bench');
const mode = smoke ? 'smoke' : 'full';
const site = join(out, mode);
const dataDir = join(out, `data-${mode}`);

const SCENARIOS = smoke
  ? [
      { key: 'seed', id: 'alaska-summit-2025' },
      { key: 'small', id: 'synthetic-1000', set: { events: 200, actors: 80, statements: 1000 } },
    ]
  : [
      { key: 'seed', id: 'alaska-summit-2025' },
      { key: 'german', id: 'german-nuclear-2011' },
      { key: '10k', id: 'synthetic-10000', set: { events: 2000, actors: 400, statements: 10_000 } },
      {
        key: '50k',
        id: 'synthetic-50000',
        set: { events: 5000, actors: 1000, statements: 50_000 },
      },
    ];
const only = (process.env.BENCH_SCENARIOS ?? '').split(',').filter(Boolean);
const scenarios = only.length
  ? SCENARIOS.filter((s) => only.includes(s.id) || only.includes(s.key))
  : SCENARIOS;

// The data: the committed sets from data/, the synthetic ones generated (not committed).
mkdirSync(dataDir, { recursive: true });
const datasets = {};
for (const s of scenarios) {
  if (s.set) {
    const data = synthetic(s.set);
    writeFileSync(join(dataDir, `${s.id}.json`), JSON.stringify(data, null, 1));
    datasets[s.id] = data;
  } else datasets[s.id] = JSON.parse(readFileSync(join(root, 'data', `${s.id}.json`), 'utf8'));
}

// Parley's production build with the synthetic sets, then the peer pages beside it.
const started = Date.now();
if (!(process.env.BENCH_REUSE_BUILD && existsSync(join(site, 'index.html')))) {
  console.log(`bench: building Parley into ${site} …`);
  rmSync(site, { recursive: true, force: true });
  execSync(`npx vite build --outDir ${site} --emptyOutDir --logLevel warn`, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PARLEY_EXTRA_DATA: dataDir },
  });
}
const peerInfo = writePeers(join(site, 'peers'), datasets);
const buildSeconds = (Date.now() - started) / 1000;

const server = await serve(site, PORT);
const base = `http://127.0.0.1:${PORT}/`;
const gz = gzipper(site);
const browser = await chromium.launch({
  executablePath: await findChromium(),
  // Precise heap figures, and nothing reaches the network but this server.
  args: [
    ...CHROMIUM_ARGS,
    '--enable-precise-memory-info',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});

const machine = {
  os: `${platform()} ${release()}`,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  loadStart: loadavg(),
  chromium: browser.version(),
};
console.log(
  `bench: ${mode}, ${RUNS} run(s) per scenario; ${machine.cpus} × ${machine.cpuModel}, ` +
    `load average ${machine.loadStart.map((l) => l.toFixed(2)).join(' ')}; Chromium ${machine.chromium}`,
);

const problems = [];
const results = [];
for (const s of scenarios) {
  const data = datasets[s.id];
  const scenario = {
    ...s,
    title: data.title,
    counts: {
      actors: data.actors.length,
      events: (data.events ?? []).length,
      statements: data.statements.length,
    },
    peers: peerInfo[s.id],
    runs: [],
  };
  for (let run = 0; run < RUNS; run++) {
    const common = { browser, base, dataset: s.id, gz, settleMs: SETTLE_MS, problems };
    const steps = {
      parley: () =>
        measureParley({
          ...common,
          capMs: CAP_MS,
          quietMs: smoke ? 300 : 1000,
          months: windowMonths(data),
        }),
      timelinejs: async () =>
        PEERS ? measurePeer({ ...common, peer: 'timelinejs', capMs: CAP_MS }) : { skipped: true },
      visNetwork: async () =>
        PEERS
          ? measurePeer({ ...common, peer: 'visNetwork', capMs: NETWORK_CAP_MS })
          : { skipped: true },
    };
    // Alternate: Parley first on even runs, last on odd ones, so neither side always
    // follows the other's leftovers.
    const order =
      run % 2 === 0
        ? ['parley', 'timelinejs', 'visNetwork']
        : ['timelinejs', 'visNetwork', 'parley'];
    const entry = { run };
    for (const key of order) entry[key] = await steps[key]();
    // The smoke run has no figures to reach, but each peer must have loaded.
    if (smoke && PEERS && entry.timelinejs.time === undefined)
      problems.push(`${s.id}: TimelineJS3 did not draw its timeline`);
    // (vis-network draws after its stabilization iterations, which can take longer.)
    if (smoke && PEERS && !entry.visNetwork.raw?.canvas)
      problems.push(`${s.id}: vis-network did not make its canvas`);
    scenario.runs.push(entry);
    const p = entry.parley;
    console.log(
      `  ${s.id} run ${run + 1}/${RUNS}: Parley ${p.interactive?.toFixed(0) ?? p.notReady ?? p.error} ms, ` +
        `TimelineJS3 ${entry.timelinejs.time?.toFixed(0) ?? entry.timelinejs.notReached ?? entry.timelinejs.error}, ` +
        `vis-network ${entry.visNetwork.time?.toFixed(0) ?? entry.visNetwork.notReached ?? entry.visNetwork.error}`,
    );
  }
  results.push(scenario);
  // What is measured so far survives a bench that is stopped before the end.
  writeFileSync(join(out, `results-${mode}.partial.json`), JSON.stringify({ machine, results }));
}
await browser.close();
server.close();
machine.loadEnd = loadavg();

const summary = report({
  results,
  machine,
  runs: RUNS,
  smoke,
  settleMs: SETTLE_MS,
  capMs: CAP_MS,
  networkCapMs: NETWORK_CAP_MS,
});
const file = join(out, smoke ? 'results-smoke.json' : 'results.json');
writeFileSync(
  file,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      mode,
      machine,
      buildSeconds,
      runs: RUNS,
      settleMs: SETTLE_MS,
      capMs: CAP_MS,
      summary,
      problems,
      results,
    },
    null,
    1,
  ),
);
console.log(`\nresults: ${file}`);
if (problems.length) {
  console.log(
    `\n${problems.length} thing(s) could not be measured:\n  ${[...new Set(problems)].join('\n  ')}`,
  );
  if (smoke) process.exit(1);
}
if (smoke)
  console.log(
    `bench smoke: everything measured in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
