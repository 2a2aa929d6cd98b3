// `node scripts/embed-heights.mjs [--widths 343,640,760] [--dist DIR]`: measures the
// embed's height for every view (both, graph, timeline, table) with the header on and
// off, at one width per band of src/embed/host-rules.ts guessHeight (phones under
// 560 px, stacked views to 720 px, side by side), with the seed data set and nothing
// selected, in Chromium; prints the GUESS and HEADER tables to paste into
// host-rules.ts. Run it on demand after the embed's layout changes (not part of
// `npm test`). It builds into dist-heights/ unless given --dist.
//
// Each embed is an iframe of that width on a host page of a second loopback origin,
// sized by dist/embed.js as on a news site; its height is read inside the frame once
// the views it shows are ready (#app[data-ready]) and the height has held still.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

// Vite's note about the config's imports is not about these heights.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
// One width per band, where embeds usually are: a phone's column (375 less the
// article's margins), a narrow column, a desktop article's column.
const WIDTHS = (option('widths') ?? '343,640,760').split(',').map(Number);
const VIEWS = ['both', 'graph', 'timeline', 'table'];
const dist = option('dist') ?? 'dist-heights';
if (!option('dist')) execSync(`npx vite build --outDir ${dist} --emptyOutDir --logLevel warn`);

const embedServer = await preview({
  preview: { port: 0, host: '127.0.0.1' },
  build: { outDir: dist },
  logLevel: 'warn',
});
const EMBED = embedServer.resolvedUrls.local[0].replace(/\/$/, '');

const host = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const src = `${EMBED}/embed.html?${url.searchParams.get('q')}`;
  const width = Number(url.searchParams.get('width'));
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Calibration</title></head>
<body style="margin:0"><iframe src="${src}" title="Parley graphic" data-parley style="width:${width}px"></iframe>
<script async src="${EMBED}/embed.js"></script></body></html>`);
});
await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
const HOST = `http://127.0.0.1:${host.address().port}`;

const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: CHROMIUM_ARGS,
});

/** The embed's height at `width` px for `query`, once ready and still for a second. */
async function measure(query, width) {
  const page = await browser.newPage({ viewport: { width: Math.max(width, 375), height: 900 } });
  await page.goto(`${HOST}/?${new URLSearchParams({ q: query, width: String(width) })}`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  const view = new URLSearchParams(query).get('view');
  const tokens = view === 'table' ? [] : view === 'both' ? ['graph', 'timeline'] : [view];
  for (const token of tokens)
    await frame.waitForSelector(`#app[data-ready~="${token}"]`, {
      state: 'attached',
      timeout: 30_000,
    });
  if (view === 'table') await frame.waitForSelector('table tbody tr', { timeout: 30_000 });
  // Still for a second (polled, as the layout may go on after readiness), and snug.
  let last = -1;
  let since = Date.now();
  for (;;) {
    const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
    const outer = await page.evaluate(() => document.querySelector('iframe').offsetHeight);
    if (inner !== last || Math.abs(inner - outer) > 2) [last, since] = [inner, Date.now()];
    else if (Date.now() - since > 1000) break;
    await page.waitForTimeout(100);
  }
  await page.close();
  return last;
}

const guess = {};
const header = [];
for (const view of VIEWS) {
  guess[view] = [];
  for (const [band, width] of WIDTHS.entries()) {
    const on = await measure(`view=${view}`, width);
    const off = await measure(`view=${view}&header=0`, width);
    guess[view].push(on);
    (header[band] ??= []).push(on - off);
    process.stderr.write(`${view} at ${width} px: ${on} px, ${off} px with header=0\n`);
  }
}
await browser.close();
host.close();
await embedServer.close();

// The header's height hardly depends on the view: the smallest difference, rounded
// down, so a guess without it errs tall (a gap that closes) rather than short.
const round10 = (n) => Math.round(n / 10) * 10;
const rows = VIEWS.map((view) => `  ${view}: [${guess[view].map(round10).join(', ')}],`);
const headerRow = header.map((d) => Math.floor(Math.min(...d) / 10) * 10);
const widths = `${WIDTHS.slice(0, -1).join(', ')} and ${WIDTHS.at(-1)} px`;
console.log(`// Heights the embed reaches with nothing selected (seed data set), by view, for
// phones (under 560 px), stacked views (to 720 px, the explorer's breakpoint) and
// side by side: a first guess, so the article barely moves when the embed reports
// its own height. Measured by scripts/embed-heights.mjs (run it again after the
// embed's layout changes and paste what it prints), at ${widths}.
const GUESS: Record<string, readonly number[]> = {
${rows.join('\n')}
};
/** What the title and description take, by the same bands, when \`header=0\` drops them. */
const HEADER = [${headerRow.join(', ')}];`);
