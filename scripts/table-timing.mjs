// `node scripts/table-timing.mjs DIST [dataset...]`: times the statements table in
// Chromium on a built page (DIST, e.g. a build with PARLEY_EXTRA_DATA pointing at
// scripts/bench/synthetic.mjs output), each data set in a fresh browser context:
// - open: from the click on "Table" until the table's rows are painted;
// - all: (paged table only) the click on "Show all N" until painted;
// - sort: the longest task between a click on the Speaker header and its paint;
// - scroll: scrolling to the end, 2,000 px a frame, in whatever scrolls the table
//   (its own box, or the page): frames, their longest and 95th-percentile interval,
//   and how many rows the DOM holds at the end.
// Prints one JSON line per data set. Run on demand (not part of `npm test`).
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const [dist, ...names] = process.argv.slice(2);
if (!dist) throw new Error('usage: node scripts/table-timing.mjs DIST [dataset...]');
const datasets = names.length > 0 ? names : ['german-nuclear-2011', 'synthetic-10000'];

const server = await preview({
  preview: { port: 0, host: '127.0.0.1' },
  build: { outDir: dist },
  logLevel: 'warn',
});
const BASE = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: CHROMIUM_ARGS,
});

for (const id of datasets) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/index.html?dataset=${id}`);
  await page.waitForSelector('#app[data-ready~="graph"]', { state: 'attached', timeout: 120_000 });
  // Let the page settle (timeline, layout) before timing the table.
  await page.waitForTimeout(3000);
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__tasks = [];
    // Resolves after the next frame has been painted.
    w.__painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: false });
  });
  const result = { dataset: id };
  const step = (name) => console.error(`${id}: ${name}`);
  step('ready');

  result.openMs = await page.evaluate(async () => {
    const start = performance.now();
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Table',
    );
    button.click();
    while (!document.querySelector('table tbody tr td'))
      await new Promise((done) => requestAnimationFrame(done));
    await window.__painted();
    return Math.round(performance.now() - start);
  });

  step('open');
  const showAll = page.getByRole('button', { name: /^Show all/ });
  if (await showAll.count()) {
    result.allMs = await page.evaluate(async () => {
      const start = performance.now();
      [...document.querySelectorAll('button')]
        .find((b) => /^Show all/.test(b.textContent?.trim() ?? ''))
        .click();
      while (
        [...document.querySelectorAll('button')].some((b) =>
          /^Show all/.test(b.textContent?.trim() ?? ''),
        )
      )
        await new Promise((done) => requestAnimationFrame(done));
      await window.__painted();
      return Math.round(performance.now() - start);
    });
  }

  step('all');
  result.sort = await page.evaluate(async () => {
    const w = /** @type {any} */ (window);
    await window.__painted();
    const start = performance.now();
    const th = [...document.querySelectorAll('th')].find((t) =>
      t.textContent?.startsWith('Speaker'),
    );
    th.querySelector('button').click();
    while (th.getAttribute('aria-sort') !== 'ascending')
      await new Promise((done) => requestAnimationFrame(done));
    await window.__painted();
    const end = performance.now();
    await new Promise((done) => setTimeout(done, 100));
    const tasks = w.__tasks.filter(([t]) => t >= start - 5 && t <= end);
    return {
      paintMs: Math.round(end - start),
      longestTaskMs: Math.round(Math.max(0, ...tasks.map(([, d]) => d))),
    };
  });

  step('sort');
  result.scroll = await page.evaluate(async () => {
    const table = document.querySelector('table');
    const box = table.closest('.scroller');
    const own = box && box.scrollHeight > box.clientHeight + 1;
    const target = own ? box : document.scrollingElement;
    const frames = [];
    let last = performance.now();
    const start = last;
    while (target.scrollTop + target.clientHeight < target.scrollHeight - 1) {
      target.scrollTop += 2000;
      await new Promise((done) => requestAnimationFrame(done));
      const now = performance.now();
      frames.push(now - last);
      last = now;
      if (now - start > 120_000) break;
    }
    frames.sort((a, b) => a - b);
    const q = (p) =>
      Math.round(frames[Math.min(frames.length - 1, Math.floor(p * frames.length))] ?? 0);
    return {
      scroller: own ? 'table box' : 'page',
      frames: frames.length,
      totalMs: Math.round(last - start),
      p95FrameMs: q(0.95),
      longestFrameMs: Math.round(frames.at(-1) ?? 0),
      rowsInDom: table.querySelectorAll('tbody > tr:not(.spacer)').length,
      lastRow: table
        .querySelector('tbody > tr:not(.spacer):last-of-type td:nth-child(7)')
        ?.textContent?.trim()
        .slice(0, 60),
    };
  });
  console.log(JSON.stringify(result));
  await context.close();
}
await browser.close();
await new Promise((done) => server.httpServer.close(done));
