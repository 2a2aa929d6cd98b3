import { expect, test, type Frame, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  expectReady,
  expectSnug,
  openExplorer,
  seed,
  seriousViolations,
  statementsOn,
} from './helpers';

/** What the host page and the host script put on the host's window. */
type HostWindow = Window & {
  Parley: {
    select(
      iframe: Element | null,
      target: { actor?: string; about?: string; on?: string; event?: string },
    ): void;
    clear(iframe: Element | null): void;
    window(iframe: Element | null, range: { from?: string; to?: string }): void;
  };
  __messages: { type: string; actor?: string; about?: string; on?: string; event?: string }[];
  __events: { actor?: string; about?: string; on?: string; event?: string }[];
  strike(message: unknown): void;
};

// The host article lives on another origin than the embed: a second loopback
// server on its own port (started per worker), so the browser enforces real
// cross-origin rules. (Chromium blocks a page that Playwright fulfils itself from
// framing a loopback server: it counts such a page as public.)
let HOST = '';
let server: Server;

function hostHtml(embedOrigin: string, query: string, rogue: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;font-family:serif"><main style="max-width:900px;margin:0 auto;padding:8px">
<h1>A host article</h1><p>Text before the graphic.</p>
<iframe id="graphic" src="${embedOrigin}/embed.html${query}" title="Parley graphic" data-parley style="width:100%;height:500px;border:0"></iframe>
${rogue ? `<iframe id="rogue" src="/rogue.html" title="Another frame" style="width:10px;height:10px;border:0"></iframe>` : ''}
<p>Text after the graphic.</p></main>
<script>
  window.__messages = []; window.__events = [];
  addEventListener('message', (e) => { if (e.data && String(e.data.type).startsWith('parley:')) window.__messages.push(e.data); });
  document.getElementById('graphic').addEventListener('parley:selection', (e) => window.__events.push(e.detail));
</script>
<script async src="${embedOrigin}/embed.js"></script></body></html>`;
}

const ROGUE = `<!doctype html><script>
  window.strike = (message) => parent.document.getElementById('graphic').contentWindow.postMessage(message, '*');
</script>`;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (url.pathname === '/rogue.html') return void response.end(ROGUE);
    if (url.pathname !== '/article.html') return void ((response.statusCode = 404), response.end());
    response.end(
      hostHtml(
        url.searchParams.get('embed') ?? '',
        url.searchParams.get('q') ?? '',
        url.searchParams.has('rogue'),
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface HostOptions {
  query?: string;
  rogue?: boolean;
}

async function openHost(
  page: Page,
  baseURL: string,
  { query = '', rogue = false }: HostOptions = {},
) {
  const params = new URLSearchParams({ embed: new URL(baseURL).origin, q: query });
  if (rogue) params.set('rogue', '1');
  await page.goto(`${HOST}/article.html?${params}`);
  const frame = page.frameLocator('#graphic');
  await expectReady(frame, query);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(1);
  // The host script has sized the iframe from the embed's first height message.
  await expect
    .poll(() => page.locator('#graphic').evaluate((el) => (el as HTMLElement).style.height))
    .not.toBe('500px');
  return { frame, embedFrame: () => page.frame({ url: /embed\.html/ }) as Frame };
}

for (const width of [1280, 375]) {
  test(`the iframe height matches its content at ${width} px, before and after a selection`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const { frame } = await openHost(page, baseURL!);
    await expectSnug(page.locator('#graphic'));
    const before = await page
      .locator('#graphic')
      .evaluate((el) => el.getBoundingClientRect().height);
    await frame
      .getByRole('region', { name: 'Actor graph' })
      .getByRole('button', { name: /^Steve Witkoff/ })
      .click();
    await expect(
      frame.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
    ).toHaveText('Steve Witkoff');
    await expectSnug(page.locator('#graphic'));
    const after = await page
      .locator('#graphic')
      .evaluate((el) => el.getBoundingClientRect().height);
    // The details are a sheet over the graphic: a selection moves the height by at
    // most a quarter (the legend gains its "Selection" line), and the iframe followed.
    expect(after).toBeGreaterThanOrEqual(before);
    expect(after).toBeLessThanOrEqual(before * 1.25);
  });
}

test('the host page selects an actor, an event and a time window through Parley', async ({
  page,
  baseURL,
}) => {
  const { frame } = await openHost(page, baseURL!);
  const details = frame.getByRole('region', { name: 'Details' });
  await page.evaluate(() =>
    (window as unknown as HostWindow).Parley.select(document.getElementById('graphic'), {
      actor: 'rubio',
    }),
  );
  await expect(details.getByRole('heading').first()).toHaveText('Marco Rubio');
  await page.evaluate(() =>
    (window as unknown as HostWindow).Parley.select(document.getElementById('graphic'), {
      event: 'alaska-summit',
    }),
  );
  await expect(details.getByRole('heading').first()).toHaveText(/Alaska summit/);
  await page.evaluate(() =>
    (window as unknown as HostWindow).Parley.clear(document.getElementById('graphic')),
  );
  // Nothing selected: the embed's details sheet closes.
  await expect(details).toHaveCount(0);
  const data = seed();
  const sunday = statementsOn(data, '2025-08-17');
  await page.evaluate(() =>
    (window as unknown as HostWindow).Parley.window(document.getElementById('graphic'), {
      from: '2025-08-17',
      to: '2025-08-17',
    }),
  );
  await expect(
    frame.getByText(`Showing ${sunday} of ${data.statements!.length} statements`),
  ).toBeVisible();
});

test('a click inside reaches the host as a message and as a DOM event, without touching its history', async ({
  page,
  baseURL,
}) => {
  const { frame } = await openHost(page, baseURL!);
  const historyBefore = await page.evaluate(() => history.length);
  await frame
    .getByRole('region', { name: 'Actor graph' })
    .getByRole('button', { name: /^Vladimir Putin/ })
    .click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as HostWindow).__events))
    .toContainEqual({ actor: 'putin' });
  expect(await page.evaluate(() => (window as unknown as HostWindow).__messages)).toContainEqual({
    type: 'parley:selection',
    actor: 'putin',
  });
  await frame
    .getByRole('region', { name: 'Actor graph' })
    .getByRole('button', { name: /^Donald Trump/ })
    .click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as HostWindow).__events.length))
    .toBe(2);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
});

test('an edge, both ways: the host selects one, and a reader’s edge reaches the host', async ({
  page,
  baseURL,
}) => {
  const { frame } = await openHost(page, baseURL!);
  const heading = frame.getByRole('region', { name: 'Details' }).getByRole('heading').first();
  await page.evaluate(() =>
    (window as unknown as HostWindow).Parley.select(document.getElementById('graphic'), {
      actor: 'witkoff',
      about: 'ukraine',
    }),
  );
  await expect(heading).toHaveText('Steve Witkoff → Ukraine');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as HostWindow).__events))
    .toContainEqual({ actor: 'witkoff', about: 'ukraine' });

  // The reader picks another edge in the graph.
  await frame
    .locator('.edge[data-source="zelenskyy"][data-target="united-states"] path.hit')
    .first()
    .click({ force: true });
  await expect(heading).toHaveText('Volodymyr Zelenskyy → United States');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as HostWindow).__messages))
    .toContainEqual({ type: 'parley:selection', actor: 'zelenskyy', about: 'united-states' });
});

test('messages from another frame and malformed messages change nothing', async ({
  page,
  baseURL,
}) => {
  const { frame } = await openHost(page, baseURL!, { rogue: true });
  const rogue = page.frame({ url: /rogue\.html/ })!;
  await rogue.evaluate(() =>
    (window as unknown as HostWindow).strike({ type: 'parley:select', actor: 'putin' }),
  );
  await page.evaluate(() => {
    const target = (document.getElementById('graphic') as HTMLIFrameElement).contentWindow!;
    for (const message of [
      null,
      'parley:select',
      { type: 'parley:select', actor: 42 },
      { type: 'parley:select', actor: 'putin', event: 'alaska-summit' },
      { type: 'parley:select', actor: '<img src=x onerror=alert(1)>' },
      { type: 'parley:window', from: '2025-02-30' },
      { type: 'parley:explode' },
      { type: 'parley:select', actor: 'nobody-by-this-id' },
    ]) {
      target.postMessage(message, '*');
    }
    // A valid message last: once it has been handled, the ones before it were too.
    target.postMessage({ type: 'parley:select', event: 'washington-meeting' }, '*');
  });
  await expect(
    frame.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
  ).toHaveText(/Washington/);
  const selections = await page.evaluate(() =>
    (window as unknown as HostWindow).__messages.filter((m) => m.type === 'parley:selection'),
  );
  expect(selections).toEqual([{ type: 'parley:selection', event: 'washington-meeting' }]);
});

// The embed is a graphic: its views, no search or filters, and the details only as a
// sheet once something is selected (none at first).
const VIEWS = {
  both: { timeline: 1, graph: 1, table: 0 },
  graph: { timeline: 0, graph: 1, table: 0 },
  timeline: { timeline: 1, graph: 0, table: 0 },
  table: { timeline: 0, graph: 0, table: 1 },
} as const;

for (const [view, parts] of Object.entries(VIEWS)) {
  test(`view=${view} shows only its parts`, async ({ page }) => {
    await openExplorer(page, `?view=${view}`, 'embed.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(parts.timeline);
    await expect(page.getByRole('region', { name: 'Actor graph' })).toHaveCount(parts.graph);
    await expect(page.getByRole('region', { name: 'Details' })).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(parts.table);
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Filters/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Open full view' })).toBeVisible();
  });
}

test('controls=1 brings the filter bar, the search and the date fields', async ({ page }) => {
  await openExplorer(page, '?view=graph&controls=1', 'embed.html');
  await expect(page.getByRole('combobox', { name: /Search/ })).toBeVisible();
  await page.getByRole('button', { name: /^Filters/ }).click();
  await expect(page.getByLabel('From', { exact: true })).toBeVisible();
  await expect(page.getByLabel('To', { exact: true })).toBeVisible();
});

test('the filter bar and search are fetched only with controls=1, and their failure leaves the graphic', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (/\/controls-[\w-]+\.js$/.test(request.url())) asked.push(request.url());
  });
  await openExplorer(page, '?view=graph', 'embed.html');
  await expect(page.getByRole('button', { name: /^Steve Witkoff/ })).toBeVisible();
  expect(asked).toEqual([]);

  // controls=1 whose code does not arrive: the embed as it is without controls=1.
  await page.route(/\/controls-[\w-]+\.js$/, (route) => route.abort());
  await openExplorer(page, '?view=graph&controls=1', 'embed.html');
  expect(asked.length).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: /^Steve Witkoff/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /Search/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Filters/ })).toHaveCount(0);
  // … and says so, in the words of the page's other notices.
  await expect(page.getByRole('alert')).toHaveText(
    'The filters and the search could not be loaded.',
  );
});

test('a selection opens the details as a sheet over the graph, and closing it returns focus', async ({
  page,
}) => {
  for (const width of [760, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await openExplorer(page, '?view=graph', 'embed.html');
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const before = await height();
    const putin = page
      .getByRole('region', { name: 'Actor graph' })
      .getByRole('button', { name: /^Vladimir Putin/ });
    await putin.focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Vladimir Putin');
    // Within the graph's box: beside it where there is room, over its lower part on phones.
    const sheet = (await details.boundingBox())!;
    const graph = (await page.getByRole('region', { name: 'Actor graph' }).boundingBox())!;
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(graph.y + graph.height + 200);
    if (width >= 700) expect(sheet.x).toBeGreaterThan(graph.x + graph.width / 3);
    else expect(sheet.y).toBeGreaterThan(graph.y);
    expect(await height()).toBeLessThanOrEqual(before * 1.25);
    await details.getByRole('button', { name: 'Clear selection' }).click();
    await expect(details).toHaveCount(0);
    await expect(putin).toBeFocused();
  }
});

test('theme=dark and header=0: neither title nor description anywhere', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openExplorer(page, '?theme=dark&header=0', 'embed.html');
  await expect(page.getByRole('region', { name: 'Actor graph' })).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(150); // a dark page although the reader prefers light
  // The title stays for screen readers, visually hidden (a 1-px clipped box).
  const title = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(title!.width).toBeLessThanOrEqual(1);
  const description = seed().description!.slice(0, 40);
  await expect(page.getByText(description)).toHaveCount(0);
  // Nor in the details of a selection.
  await page
    .getByRole('region', { name: 'Actor graph' })
    .getByRole('button', { name: /^Steve Witkoff/ })
    .click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Steve Witkoff');
  await expect(page.getByText(seed().title, { exact: true })).toHaveCount(1); // the hidden h1
  await expect(page.getByText(description)).toHaveCount(0);
});

test('selections inside the embed replace its history entry and offer the full view', async ({
  page,
}) => {
  await openExplorer(page, '?view=graph', 'embed.html');
  const before = await page.evaluate(() => history.length);
  await page
    .getByRole('region', { name: 'Actor graph' })
    .getByRole('button', { name: /^Vladimir Putin/ })
    .click();
  await expect(page).toHaveURL(/actor=putin/);
  expect(await page.evaluate(() => history.length)).toBe(before);
  const link = page.getByRole('link', { name: 'Open full view' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('href', /index\.html\?.*actor=putin/);
  expect(await link.getAttribute('href')).not.toMatch(/view=/);
});

test('no request leaves the two origins, and the embed is clean under axe', async ({
  page,
  baseURL,
}) => {
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  const { frame, embedFrame } = await openHost(page, baseURL!);
  await frame
    .getByRole('region', { name: 'Actor graph' })
    .getByRole('button', { name: /^Vladimir Putin/ })
    .click();
  await expect(
    frame.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
  ).toHaveText('Vladimir Putin');
  expect([...origins].sort()).toEqual([HOST, new URL(baseURL!).origin].sort());
  expect(await seriousViolations(embedFrame())).toEqual([]);
});

test('before the embed reports its height, the host script guesses one close to it for its view and width', async ({
  page,
  baseURL,
}) => {
  const guesses: Record<string, number> = {};
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    // Hold the embed back, so the host script's guess can be seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/embed.html*', async (route) => {
      await held;
      await route.continue();
    });
    const params = new URLSearchParams({
      embed: new URL(baseURL!).origin,
      q: '?dataset=alaska-summit-2025&view=graph',
    });
    // Not waiting for 'load': that waits for the held iframe.
    await page.goto(`${HOST}/article.html?${params}`, { waitUntil: 'domcontentloaded' });
    const iframe = page.locator('#graphic');
    const height = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
    await expect.poll(height).not.toBe(500);
    const guess = await height();
    guesses[width] = guess;
    release();
    const frame = page.frameLocator('#graphic');
    await expect(frame.getByRole('region', { name: 'Actor graph' })).toBeVisible();
    await expectSnug(page.locator('#graphic'));
    const actual = await height();
    // Within a quarter of the real height: the article barely moves.
    expect(
      Math.abs(actual - guess) / actual,
      `guessed ${guess}, settled at ${actual} (page ${width} px wide)`,
    ).toBeLessThan(0.25);
    await page.unrouteAll();
  }
  expect(guesses[375]).toBeGreaterThan(guesses[1280]!);
});

test('height=N: the embed is exactly that tall, the graph fitted into it', async ({ page }) => {
  await page.setViewportSize({ width: 760, height: 900 });
  for (const height of [500, 900]) {
    await openExplorer(page, `?view=graph&height=${height}`, 'embed.html');
    const graph = page.getByRole('region', { name: 'Actor graph' });
    const credit = page.getByRole('link', { name: 'Open full view' });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.getBoundingClientRect().height))
      .toBe(height);
    // Everything in it shows, the credit line last, without scrolling.
    const box = (await credit.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    expect(await page.evaluate(() => document.querySelector('.parley')!.scrollHeight)).toBe(height);
    await expect(graph.getByRole('button', { name: /^Steve Witkoff/ })).toBeVisible();
  }
});

// The lean embed's heights with nothing selected (issue "Lean embed", item 2), the embed
// laid out at an article column's width (760 px) and a phone's (375 px).
const LIMITS = [
  { width: 760, view: 'graph', limit: 700 },
  { width: 760, view: 'timeline', limit: 600 },
  { width: 760, view: 'both', limit: 1000 },
  { width: 375, view: 'graph', limit: 820 },
  { width: 375, view: 'timeline', limit: 700 },
  { width: 375, view: 'both', limit: 1250 },
] as const;

for (const { width, view, limit } of LIMITS) {
  test(`view=${view} at ${width} px is at most ${limit} px tall, and a selection adds at most a quarter`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await openExplorer(page, `?view=${view}`, 'embed.html');
    // What the embed reports to its host (src/embed/frame.ts): its document's own height.
    const height = () =>
      page.evaluate(() => document.documentElement.getBoundingClientRect().height);
    const before = await height();
    console.log(`view=${view} at ${width} px: ${before} px (limit ${limit})`);
    expect(before).toBeLessThanOrEqual(limit);
    const region = page.getByRole('region', {
      name: view === 'timeline' ? 'Timeline' : 'Actor graph',
    });
    await region
      .getByRole('button', { name: /^(Steve Witkoff|Witkoff on CNN)/ })
      .first()
      .click();
    await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
    expect(await height()).toBeLessThanOrEqual(before * 1.25);
  });
}

for (const width of [1280, 375]) {
  test(`at ${width} px the embed's timeline says its rows are cut, and "Show all rows" shows them, the iframe following`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const { frame } = await openHost(page, baseURL!);
    const iframe = page.locator('#graphic');
    const timeline = frame.getByRole('region', { name: 'Timeline' });
    // The seed's events stack five deep on 17 August: the embed's timeline (at most
    // 300 px with the graph) cuts the Washington meeting and the Statements row.
    const more = timeline.getByRole('button', { name: 'Show all rows' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    const canvas = frame.locator(`#${await more.getAttribute('aria-controls')}`);
    const lane = timeline.getByText('Statements', { exact: true });
    const washington = timeline.getByRole('button', { name: /^Washington meeting with Trump/ });
    const bottom = async (l: typeof canvas) => {
      const box = (await l.boundingBox())!;
      return { top: box.y, bottom: box.y + box.height };
    };
    const cut = await bottom(canvas);
    expect((await bottom(lane)).top).toBeGreaterThanOrEqual(cut.bottom - 2);
    expect((await bottom(washington)).bottom).toBeGreaterThan(cut.bottom);
    // The button lies over the timeline's last rows: it took no room from the page.
    const button = await bottom(more);
    expect(button.bottom).toBeLessThanOrEqual(cut.bottom);
    await expectSnug(iframe);
    const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);

    await more.click();
    const fewer = timeline.getByRole('button', { name: 'Show fewer rows' });
    await expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await expect(fewer).toBeFocused();
    await expect.poll(async () => (await bottom(canvas)).bottom).toBeGreaterThan(cut.bottom + 40);
    const grown = await bottom(canvas);
    expect((await bottom(lane)).bottom).toBeLessThanOrEqual(grown.bottom + 1);
    expect((await bottom(washington)).bottom).toBeLessThanOrEqual(grown.bottom + 1);
    // The host script gave the iframe the embed's new height.
    await expectSnug(iframe);
    const after = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    expect(after).toBeGreaterThan(before + 40);

    // With the keyboard, back to the embed's own height.
    await fewer.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expectSnug(iframe);
    await expect
      .poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height))
      .toBeLessThanOrEqual(before + 2);
  });
}
