// `npm run size`: prints the gzipped sizes that have budgets, and fails above them.
// - validator + dates code in the browser (≤ 15 KB)
// - initial JavaScript of the embed for view=graph: entry + preloaded chunks, no
//   timeline chunk (≤ 60 KB)
// - all JavaScript the pages can load (≤ 250 KB: 170 until the canvas renderer and
//   the timeline at scale, lazy parts that only large data sets load, added ~9 KB;
//   185 until the discourse networks and "Stances over time", 225 until localization,
//   232 until the network worker and three more languages, 240 until "Stances over
//   time", the CSV headers and the error view were localized and names isolated
//   (+4.3 KB of words and code in the lazy parts) and the selection got its indexes
//   and the labels their grid (+1 KB), below)
// - the host-page script dist/embed.js (≤ 2 KB)
// and, without a budget, the graph stills in dist/stills/ (fetched only without
// scripts or for print, never by the embed on screen).
// `npm run size` builds first; `node scripts/size.mjs [dist]` measures an existing build
// (and builds when dist/ is missing).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const KB = 1024;
const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'embed.html'))) execSync('npx vite build', { stdio: 'inherit' });

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const fileGz = (path) => gz(readFileSync(path));

// Initial JS of embed.html: its module script and the chunks it preloads.
const html = readFileSync(join(dist, 'embed.html'), 'utf8');
const initial = [
  ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
].map((m) => join(dist, m[1].replace(/^\.\//, '')));
const initialGz = initial.reduce((sum, path) => sum + fileGz(path), 0);
// The lazily loaded timeline chunk (src/timeline/vis-timeline-lib.ts) must stay out of the initial files.
const timelineInInitial = initial.some((path) => /vis-timeline|vis-data|moment/.test(path));

const assets = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
// The interface's catalogues (src/i18n/<locale>.ts, all but English, which is bundled):
// a page loads one of them, so "all JS" counts the largest, not their sum.
const localeCodes = [
  ...readFileSync('src/i18n/locale.ts', 'utf8').matchAll(/LOCALES = \[([^\]]*)\]/g),
].flatMap((match) => [...match[1].matchAll(/'([a-z]{2,3})'/g)].map((code) => code[1]));
const isCatalogue = (name) =>
  localeCodes.some((code) => code !== 'en' && new RegExp(`^${code}-[\\w-]+\\.js$`).test(name));
const catalogueGz = Math.max(
  0,
  ...assets.filter(isCatalogue).map((name) => fileGz(join(dist, 'assets', name))),
);
const allGz =
  assets
    .filter((name) => !isCatalogue(name))
    .reduce((sum, name) => sum + fileGz(join(dist, 'assets', name)), 0) +
  catalogueGz +
  fileGz(join(dist, 'embed.js'));
const hostGz = fileGz(join(dist, 'embed.js'));

// The validator and date code as the browser gets them: bundled and minified alone.
const result = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    lib: { entry: 'src/model/validate.ts', formats: ['es'], fileName: 'validate' },
  },
});
const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
const validatorGz = outputs
  .filter((o) => o.type === 'chunk')
  .reduce((sum, o) => sum + gz(Buffer.from(o.code)), 0);

const rows = [
  ['validator + dates (browser, gzipped)', validatorGz, 15 * KB],
  ['initial JS, embed view=graph (gzipped)', initialGz, 60 * KB],
  // 185 KB before the discourse networks (issue #15): their lazy chunk (src/network/ with
  // graphology and Louvain, 22.5 KB), the page's network parts (about 3 KB), the
  // "Stances over time" region (6.2 KB, full page only) and the panel's overview and
  // link details split from the embed's first load (about 1 KB of chunk overhead) add
  // about 33 KB, each loaded only when shown.
  // 225 KB before localization (issue #13): the English catalogue (2.6 KB of first-load
  // words, 1.5 KB for the parts that load later), the largest other catalogue (German,
  // 4.2 KB, only on a page in that language) and the details panel as a lazy part of
  // its own (about 2 KB of chunk overhead, for 6.7 KB less in the embed's first load).
  // 232 KB before the networks moved to a worker (network.worker.ts with the ties,
  // graphology and Louvain, 20.8 KB, beside the page's 4 KB network part: +2.6 KB of
  // protocol and packing), Arabic became the largest catalogue (4.7 KB, +0.5) and the
  // network views gained folding, a minimum of statements, an actor's neighbourhood
  // and their ties (about 1.3 KB with the canvas's edge level of detail).
  ['all JS (gzipped)', allGz, 250 * KB],
  ['host script dist/embed.js (gzipped)', hostGz, 2 * KB],
];
let failed = false;
for (const [name, size, budget] of rows) {
  const over = size > budget;
  failed ||= over;
  console.log(
    `${over ? 'OVER ' : 'ok   '} ${name}: ${(size / KB).toFixed(1)} KB, ${size} B (budget ${budget / KB} KB, ${budget} B)`,
  );
}
if (timelineInInitial) {
  console.log('OVER  the timeline chunk is part of the initial JS');
  failed = true;
}
// The check above only means something while the timeline chunk can be found by name.
if (!assets.some((name) => /vis-timeline/.test(name))) {
  console.log('FAIL  no vis-timeline chunk in dist/assets: has it been renamed?');
  failed = true;
}
console.log(`initial files: ${initial.map((p) => p.replace(`${dist}/`, '')).join(', ')}`);
console.log(
  `      catalogues: ${assets.filter(isCatalogue).join(', ') || 'none'} (the largest, ${(catalogueGz / KB).toFixed(1)} KB, counted in all JS)`,
);
if (localeCodes.length < 2 || !assets.some(isCatalogue)) {
  console.log('FAIL  no locale catalogue found in dist/assets: has src/i18n changed?');
  failed = true;
}
const stills = existsSync(join(dist, 'stills')) ? readdirSync(join(dist, 'stills')).sort() : [];
for (const name of stills) {
  const bytes = readFileSync(join(dist, 'stills', name)).length;
  console.log(`      still stills/${name}: ${(bytes / KB).toFixed(1)} KB (PNG, no budget)`);
}
process.exit(failed ? 1 : 0);
