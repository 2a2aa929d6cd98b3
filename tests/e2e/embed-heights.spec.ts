// Embed heights right before they are seen (issue #12): an article on a second loopback
// origin with four embeds, three of them below the fold. Off screen, Chromium throttles
// the rendering of a cross-origin iframe (no animation frames, no ResizeObserver), yet
// each embed must be built and report its height before the reader reaches it; the host
// script's first guess must be within 10% of that; and scrolling through the article
// must not move it (cumulative layout shift at most 0.05).
import { expect, test, type Frame, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { INITIAL_HEIGHT } from '../../src/embed/snippet';

let HOST = '';
let server: Server;

/** The four embeds, top to bottom, and the views each announces as ready. */
const EMBEDS = [
  { view: 'graph', query: 'view=graph', ready: ['graph'] },
  { view: 'timeline', query: 'view=timeline', ready: ['timeline'] },
  { view: 'both', query: 'view=both', ready: ['graph', 'timeline'] },
  { view: 'graph', query: 'view=graph&header=0', ready: ['graph'] },
] as const;

const PARAGRAPH =
  'Words of the article between the graphics, long enough to wrap over several lines in a column, ' +
  'as a report on the talks would have them before and after each of its pictures. ';
const TEXT = `<p>${PARAGRAPH.repeat(4)}</p>`.repeat(3);

/**
 * A news article: a column 760 px wide at most (with 16 px on each side), text and
 * embeds, each with the height the embed code writes for its view (snippet.ts); not
 * lazily loaded, so that all four are built before the reader scrolls.
 */
function articleHtml(embed: string): string {
  const embeds = EMBEDS.map(
    ({ view, query }, i) =>
      `<h2>Graphic ${i + 1}</h2><iframe id="embed-${i}" src="${embed}/embed.html?${query}" title="Graphic ${i + 1}" data-parley style="width:100%;height:${INITIAL_HEIGHT[view]}px;border:0"></iframe>${TEXT}`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Four graphics</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;font:18px/1.5 serif"><main style="max-width:760px;margin:0 auto;padding:0 16px">
<h1>An article with four graphics</h1><p>${PARAGRAPH}</p>
${embeds}
</main><script async src="${embed}/embed.js"></script></body></html>`;
}

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/article.html') return void ((response.statusCode = 404), response.end());
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(articleHtml(url.searchParams.get('embed') ?? ''));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Watched = Window & { __cls: number; __heights: string[][] };

/**
 * From the page's start: the layout shifts not caused by input, summed (at least the
 * CLS of the page, which is the worst window of them), and every inline height the
 * host script gives each iframe, in order (the first is its guess, before any message).
 */
async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window !== window.top) return; // the host page's, not the embeds'
    const w = window as unknown as Watched;
    w.__cls = 0;
    w.__heights = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver((records) => {
      for (const record of records) {
        const el = record.target as HTMLElement;
        if (el.tagName !== 'IFRAME') continue;
        const i = Number(el.id.replace('embed-', ''));
        const list = (w.__heights[i] ??= []);
        if (el.style.height && list.at(-1) !== el.style.height) list.push(el.style.height);
      }
    }).observe(document, { attributes: true, attributeFilter: ['style'], subtree: true });
  });
}

const heights = (page: Page) => page.evaluate(() => (window as unknown as Watched).__heights);
const px = (value: string | undefined) => Number.parseFloat(value ?? 'NaN');

/** The embed documents, top to bottom (Playwright reaches into cross-origin frames). */
async function embedFrames(page: Page): Promise<Frame[]> {
  const frames: Frame[] = [];
  for (let i = 0; i < EMBEDS.length; i++)
    frames.push((await (await page.$(`#embed-${i}`))!.contentFrame())!);
  return frames;
}

/** The iframe's height on the host page, and its content's height inside it: read, never scrolled to. */
async function outerAndInner(page: Page, frame: Frame, i: number) {
  const outer = await page.evaluate(
    (id) => document.getElementById(id)!.getBoundingClientRect().height,
    `embed-${i}`,
  );
  const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
  return { outer, inner };
}

/** Scrolls down with the mouse wheel, over the page's margin, by `dy` px (or to the end). */
async function wheel(page: Page, dy: number): Promise<void> {
  const target = (await page.evaluate(() => scrollY)) + dy;
  await page.mouse.move(4, 300);
  await page.mouse.wheel(0, dy);
  await page.waitForFunction(
    (to) => scrollY >= Math.min(to, document.documentElement.scrollHeight - innerHeight) - 1,
    target,
  );
}

// Embeds 760 px wide in the column of a desktop page, and 343 px on a phone.
for (const { width, height } of [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
]) {
  test(`at ${width}x${height} every embed has its height before it is seen, and nothing moves`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await watchPage(page);
    await page.goto(`${HOST}/article.html?embed=${new URL(baseURL!).origin}`);
    const frames = await embedFrames(page);

    // Three embeds start below the fold.
    const tops = await page.evaluate(() =>
      [...document.querySelectorAll('iframe')].map((el) => el.getBoundingClientRect().top),
    );
    expect(tops[0]).toBeLessThan(height);
    for (const top of tops.slice(1)) expect(top).toBeGreaterThan(height);

    // Before any scrolling: every embed finishes off screen, and its iframe is as tall
    // as its content.
    const before: number[] = [];
    for (const [i, frame] of frames.entries()) {
      for (const view of EMBEDS[i]!.ready)
        await expect(frame.locator(`#app[data-ready~="${view}"]`)).toBeAttached({
          timeout: 20_000,
        });
      await expect
        .poll(
          async () => {
            const { outer, inner } = await outerAndInner(page, frame, i);
            return Math.abs(outer - inner);
          },
          { message: `embed ${i + 1} (${EMBEDS[i]!.query}) is as tall as its content` },
        )
        .toBeLessThanOrEqual(4);
      before.push((await outerAndInner(page, frame, i)).outer);
    }
    expect(await page.evaluate(() => scrollY)).toBe(0);

    // What makes that hard, and this test worth having: the embeds below the fold are
    // render-throttled (a ResizeObserver there stays silent, timers run), the first is not.
    const observed = await Promise.all(
      frames.map((frame) =>
        frame.evaluate(
          () =>
            new Promise<boolean>((done) => {
              let fired = false;
              new ResizeObserver(() => (fired = true)).observe(document.body);
              setTimeout(() => done(fired), 1000);
            }),
        ),
      ),
    );
    expect(observed).toEqual([true, false, false, false]);

    // Read the article to its end with the wheel, a screen at a time.
    for (;;) {
      const { y, max } = await page.evaluate(() => ({
        y: scrollY,
        max: document.documentElement.scrollHeight - innerHeight,
      }));
      if (y >= max - 1) break;
      await wheel(page, Math.round(height * 0.8));
      // Let the embeds now in view do whatever they held back off screen.
      for (const [i, frame] of frames.entries())
        for (const view of EMBEDS[i]!.ready)
          await expect(frame.locator(`#app[data-ready~="${view}"]`)).toBeAttached();
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
    }

    const cls = await page.evaluate(() => (window as unknown as Watched).__cls);
    const given = await heights(page);
    const rows = EMBEDS.map(({ query }, i) => {
      const guess = px(given[i]?.[0]);
      const final = px(given[i]?.at(-1));
      return {
        query,
        guess,
        beforeSeen: Math.round(before[i]!),
        final,
        guessOff: `${(((guess - final) / final) * 100).toFixed(1)}%`,
      };
    });
    console.log(`${width}x${height}: cumulative layout shift ${cls.toFixed(4)}`);
    console.table(rows);

    for (const [i, row] of rows.entries()) {
      // Seen, the embed kept the height it had before (and so did its content).
      expect(
        Math.abs(row.final - row.beforeSeen),
        `embed ${i + 1} grew once seen`,
      ).toBeLessThanOrEqual(4);
      const { outer, inner } = await outerAndInner(page, frames[i]!, i);
      expect(Math.abs(outer - inner)).toBeLessThanOrEqual(4);
      // The host script's first guess, before any message, was within 10%.
      expect(
        Math.abs(row.guess - row.final) / row.final,
        `guess for ${row.query}`,
      ).toBeLessThanOrEqual(0.1);
    }
    expect(cls).toBeLessThanOrEqual(0.05);
  });
}
