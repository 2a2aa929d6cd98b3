// Declarative scrollytelling: a host page made only of the markup (a
// [data-parley-scrolly] box with one iframe[data-parley] and [data-parley-step]s) and
// dist/embed.js, on a second loopback origin, as an article on a news site would be.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectReady, fulfillWithStrictCsp } from './helpers';

let HOST = '';
let server: Server;

/** Nothing selected: the embed shows no details sheet (its heading log reads ''). */
const CLOSED = '';

/** The steps of the page, what each selects, and the Details heading it leads to (by hand). */
const STEPS = [
  { attrs: 'data-actor="putin"', heading: 'Vladimir Putin', nodes: ['putin'] },
  {
    attrs: 'data-actor="witkoff" data-about="ukraine"',
    heading: 'Steve Witkoff → Ukraine',
    nodes: ['witkoff', 'ukraine'],
  },
  { attrs: 'data-event="alaska-summit"', heading: 'Alaska summit', nodes: [] },
  {
    attrs: 'data-on="article-5-guarantees"',
    heading: 'Article 5-style security guarantees',
    nodes: [],
  },
  // An id the data set does not have: nothing changes, and the page goes on.
  { attrs: 'data-actor="nobody-by-this-id"', heading: undefined, nodes: [] },
  { attrs: 'data-actor="zelenskyy"', heading: 'Volodymyr Zelenskyy', nodes: ['zelenskyy'] },
  {
    attrs: 'data-from="2025-08-17" data-to="2025-08-17"',
    heading: CLOSED,
    nodes: [],
  },
  { attrs: 'data-actor="rubio"', heading: 'Marco Rubio', nodes: ['rubio'] },
  {
    attrs: 'data-clear',
    heading: CLOSED,
    nodes: [],
  },
];

const TEXT =
  'Words of the article that go with this step of the graphic, long enough to wrap over a few lines on a phone.';

function hostHtml(embed: string): string {
  const steps = STEPS.map(
    (s, i) => `<div data-parley-step ${s.attrs}><p>Step ${i + 1}. ${TEXT}</p></div>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scrollytelling host</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>A scrollytelling article</h1><p>Text before the graphic.</p>
<div data-parley-scrolly>
<iframe src="${embed}/embed.html?view=graph&amp;header=0" title="Parley graphic" data-parley></iframe>
${steps}
</div>
<p>Text after the graphic.</p></main>
<script async src="${embed}/embed.js"></script></body></html>`;
}

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/scrolly.html') return void ((response.statusCode = 404), response.end());
    const embed = url.searchParams.get('embed') ?? '';
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    // The host's own strict policy: no inline script or style at all; the embed's
    // origin for the script, the frame and the placeholder still.
    if (url.searchParams.has('csp'))
      response.setHeader(
        'Content-Security-Policy',
        `default-src 'self'; script-src ${embed}; frame-src ${embed}; img-src ${embed}; style-src 'self'; object-src 'none'; base-uri 'none'`,
      );
    response.end(hostHtml(embed));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/**
 * Serves the embed's origin under the strict policy of the other specs, and records
 * CSP violations in every document of the page (read with `violationsIn`).
 */
async function strict(page: Page, baseURL: string): Promise<void> {
  await page.route(`${new URL(baseURL).origin}/**`, fulfillWithStrictCsp);
  await recordViolationsOnly(page);
}

async function recordViolationsOnly(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

const violationsIn = (target: Page | Frame) =>
  target.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Opens the host page and waits for the embed; `scroll` brings the graphic into view first. */
async function openHost(page: Page, baseURL: string, { csp = false, scroll = true } = {}) {
  const params = new URLSearchParams({ embed: new URL(baseURL).origin });
  if (csp) params.set('csp', '1');
  await page.goto(`${HOST}/scrolly.html?${params}`);
  const iframe = page.locator('iframe[data-parley]');
  const frame = page.frameLocator('iframe[data-parley]');
  if (scroll) await iframe.scrollIntoViewIfNeeded();
  await expectReady(frame, '?view=graph');
  return {
    iframe,
    frame,
    heading: frame.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
    embed: () => page.frame({ url: /embed\.html/ })!,
  };
}

// Clocks: the host page records when the top of each step passes the middle of the
// screen (its own scroll listener), the embed when its Details heading changes; both on the shared wall clock
// (performance.timeOrigin + performance.now()).
async function startClocks(page: Page, embed: Frame): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __crossed: Record<number, number> };
    w.__crossed = {};
    const steps = [...document.querySelectorAll('[data-parley-step]')];
    // Checked on each scroll event, as the host script does (they come once a frame).
    addEventListener(
      'scroll',
      () => {
        const now = performance.timeOrigin + performance.now();
        steps.forEach((step, i) => {
          if (step.getBoundingClientRect().top < innerHeight / 2) w.__crossed[i] ??= now;
        });
      },
      { passive: true },
    );
  });
  await embed.evaluate(() => {
    const w = window as unknown as { __headings: [number, string][] };
    w.__headings = [];
    // The embed's Details is a sheet that opens with a selection: watch the whole page.
    const note = () => {
      const region = document.querySelector('[aria-label="Details"]');
      const text = region?.querySelector('h1, h2, h3, h4')?.textContent?.trim() ?? '';
      const last = w.__headings.at(-1);
      if (last?.[1] !== text) w.__headings.push([performance.timeOrigin + performance.now(), text]);
    };
    note();
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

/** How long (ms) after step `index` crossed the middle the embed's heading read `heading`. */
async function latency(page: Page, embed: Frame, index: number, heading: string) {
  const crossed = await page.evaluate(
    (i) => (window as unknown as { __crossed: Record<number, number> }).__crossed[i],
    index,
  );
  expect(crossed, `step ${index + 1} crossed the middle`).toBeDefined();
  const headings = await embed.evaluate(
    () => (window as unknown as { __headings: [number, string][] }).__headings,
  );
  const shown = headings.find(([t, text]) => text === heading && t >= crossed! - 1);
  expect(shown, `the heading read "${heading}" after step ${index + 1}`).toBeDefined();
  return shown![0] - crossed!;
}

/** Scrolls the page with the mouse wheel (over the page's margin) until step `index` is just past the middle. */
async function wheelToStep(page: Page, index: number): Promise<void> {
  const step = page.locator('[data-parley-step]').nth(index);
  const box = (await step.boundingBox())!;
  const { height } = page.viewportSize()!;
  await page.mouse.move(2, height / 2);
  await page.mouse.wheel(0, box.y - height / 2 + 40);
  await expect(step).toHaveAttribute('aria-current', 'step');
}

/** A rectangle's overlap with another, in px² (0 when apart). */
type Box = { x: number; y: number; width: number; height: number };
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Whether the nodes' boxes (inside the iframe, moved by the iframe's offset in the
 * page) are clear of every step card, once they have stopped moving.
 */
async function nodesClearOfCards(page: Page, embed: Frame, nodes: string[]): Promise<string> {
  const rects = () =>
    embed.evaluate(
      (ids) =>
        new Promise<Box[]>((resolve) =>
          requestAnimationFrame(() =>
            resolve(
              ids.map((id) => {
                const r = document.querySelector(`[data-node="${id}"]`)!.getBoundingClientRect();
                return { x: r.x, y: r.y, width: r.width, height: r.height };
              }),
            ),
          ),
        ),
      nodes,
    );
  const before = await rects();
  const after = await rects();
  if (JSON.stringify(before) !== JSON.stringify(after)) return 'moving';
  const offset = (await page.locator('iframe[data-parley]').boundingBox())!;
  const cards = await page.locator('[data-parley-step]').evaluateAll((steps) =>
    steps.map((s) => {
      const r = s.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  for (const [i, node] of after.entries()) {
    const onPage = { ...node, x: node.x + offset.x, y: node.y + offset.y };
    if (cards.some((card) => overlap(card, onPage) > 0)) return `${nodes[i]} is under a card`;
  }
  return 'clear';
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
]) {
  test(`at ${size.width}x${size.height} the steps drive the sticky graphic in time, clear of the selection`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize(size);
    await strict(page, baseURL!);
    const { iframe, heading, embed } = await openHost(page, baseURL!, { csp: true });
    await startClocks(page, embed());
    const latencies: number[] = [];
    for (const [index, step] of STEPS.entries()) {
      await wheelToStep(page, index);
      if (step.heading === CLOSED) {
        // Nothing selected: the details sheet closes.
        await expect(heading).toHaveCount(0);
        latencies.push(await latency(page, embed(), index, CLOSED));
      } else if (step.heading) {
        await expect(heading).toHaveText(step.heading);
        latencies.push(await latency(page, embed(), index, step.heading));
      } else {
        // An unknown id: the step before it still shows, and no error takes its place.
        await expect(heading).toHaveText(STEPS[index - 1]!.heading!);
        await expect(page.frameLocator('iframe[data-parley]').getByRole('alert')).toHaveCount(0);
      }
      // The graphic stays in the viewport, at its height.
      const box = (await iframe.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(-1);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height + 1);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(Math.abs(box.height - size.height)).toBeLessThanOrEqual(1);
      if (step.nodes.length)
        await expect.poll(() => nodesClearOfCards(page, embed(), step.nodes)).toBe('clear');
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      `${size.width}x${size.height}: step → Details heading (ms): ${latencies.map((l) => l.toFixed(0)).join(', ')}; median ${median.toFixed(0)}`,
    );
    expect(median).toBeLessThanOrEqual(300);
    // A loaded 2-core machine may hold one step up; none by more than this.
    expect(Math.max(...latencies)).toBeLessThanOrEqual(1500);
    expect(await violationsIn(page)).toEqual([]);
    expect(await violationsIn(embed())).toEqual([]);
  });
}

test('paging with the keyboard under reduced motion reaches every step, in order', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // At the top of the page, before any step.
  const { heading, embed } = await openHost(page, baseURL!, { scroll: false });
  await startClocks(page, embed());
  // Every step the host script makes current, in order (recorded in the page).
  await page.evaluate(() => {
    const w = window as unknown as { __current: number[] };
    w.__current = [];
    const steps = [...document.querySelectorAll('[data-parley-step]')];
    new MutationObserver((records) => {
      for (const r of records)
        if ((r.target as Element).getAttribute('aria-current') === 'step')
          w.__current.push(steps.indexOf(r.target as Element));
    }).observe(document.body, { subtree: true, attributeFilter: ['aria-current'] });
  });
  // From the top of the article, with the keyboard only.
  await page.getByRole('heading', { level: 1 }).click();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const last = page.locator('[data-parley-step]').last();
  const position = () => page.evaluate(() => window.scrollY);
  const settled = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const y = window.scrollY;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve(window.scrollY === y ? y : Number.NaN)),
          );
        }),
    );
  for (let presses = 0; presses < 30; presses++) {
    if ((await last.getAttribute('aria-current')) === 'step') break;
    const before = await position();
    await page.keyboard.press('PageDown');
    await expect.poll(settled).toBeGreaterThan(before);
  }
  const current = await page.evaluate(
    () => (window as unknown as { __current: number[] }).__current,
  );
  // One page moves on by one step at most: none is skipped, none repeated.
  expect(current).toEqual(STEPS.map((_, i) => i));
  // And the embed showed each step's selection, in that order.
  await expect(heading).toHaveCount(0);
  const shown = (
    await embed().evaluate(
      () => (window as unknown as { __headings: [number, string][] }).__headings,
    )
  ).map(([, text]) => text);
  // From nothing selected; the step with an unknown id changes nothing.
  expect(shown).toEqual([
    CLOSED,
    ...STEPS.flatMap((s) => (s.heading === undefined ? [] : [s.heading])),
  ]);
});

// A 1 × 1 PNG, for the still the build does not make in this test run.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test('until the embed is ready, the still of its graph stands in for it', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const still = `${origin}/stills/alaska-summit-2025-graph.png`;
  await recordViolationsOnly(page);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/embed.html*', async (route) => {
    await held;
    await route.continue();
  });
  const fetched: string[] = [];
  await page.route('**/stills/*.png', (route) => {
    fetched.push(route.request().url());
    return route.fulfill({ contentType: 'image/png', body: PNG });
  });
  const params = new URLSearchParams({ embed: origin, csp: '1' });
  await page.goto(`${HOST}/scrolly.html?${params}`, { waitUntil: 'domcontentloaded' });
  const iframe = page.locator('iframe[data-parley]');
  const background = () => iframe.evaluate((el) => getComputedStyle(el).backgroundImage);
  await expect.poll(background).toBe(`url("${still}")`);
  await expect.poll(() => fetched).toEqual([still]);
  release();
  await expectReady(page.frameLocator('iframe[data-parley]'), '?view=graph');
  await expect.poll(background).toBe('none');
  expect(await violationsIn(page)).toEqual([]);
});
