// Failure states a reader can recover from (issue #12, item 6): a data request or a
// lazy chunk that fails is an alert with Retry, which recovers in place once the
// network does; in the embed the still stays behind the alert and the iframe is
// sized to it. Requests are made to fail with page.route; offline is the context's.
import { expect, test, type BrowserContext, type Page, type Route } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentFrame, expectReady, expectSnug, seriousViolations } from './helpers';

const DATA = '**/data/alaska-summit-2025.json';

/**
 * The request timeout the page uses, set before its scripts run (src/App.svelte reads
 * `window.__PARLEY_TIMEOUT__`), so a hung request fails in 3 s instead of 15.
 */
const TIMEOUT_MS = 3000;

interface Failing {
  name: string;
  /** Makes the data request fail; returns what undoes it beyond unrouting. */
  fail(page: Page, context: BrowserContext): Promise<() => Promise<void>>;
  /** The alert's text, written out by hand. */
  message: string;
}

const failures: Failing[] = [
  {
    name: '404',
    message: 'The data could not be loaded: the server answered 404 (not found).',
    async fail(page) {
      await page.route(DATA, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      return async () => {};
    },
  },
  {
    name: '500',
    message: 'The data could not be loaded: the server answered 500 (server error).',
    async fail(page) {
      await page.route(DATA, (route) => route.fulfill({ status: 500, body: 'Internal error' }));
      return async () => {};
    },
  },
  {
    name: 'an HTML page sent with 200',
    message: 'The data could not be loaded: the server sent a web page instead of the data.',
    async fail(page) {
      await page.route(DATA, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><title>Sign in</title><h1>Please sign in</h1>',
        }),
      );
      return async () => {};
    },
  },
  {
    name: 'a request that hangs',
    message: 'The data could not be loaded: the server did not answer within 3 seconds.',
    async fail(page) {
      const hung: Route[] = [];
      await page.route(DATA, (route) => void hung.push(route));
      return async () => {
        // The page gave these up already; let Playwright forget them.
        await Promise.all(hung.map((route) => route.abort().catch(() => {})));
      };
    },
  },
  {
    name: 'offline',
    message: 'The data could not be loaded: this device seems to be offline.',
    async fail(page, context) {
      // The page and the list of data sets arrive; the network goes as the data is asked for.
      await page.route(DATA, async (route) => {
        await context.setOffline(true);
        await route.continue();
      });
      return () => context.setOffline(false);
    },
  },
];

test.beforeEach(async ({ page }) => {
  await page.addInitScript((ms) => {
    (window as unknown as { __PARLEY_TIMEOUT__: number }).__PARLEY_TIMEOUT__ = ms;
  }, TIMEOUT_MS);
});

for (const file of ['index.html', 'embed.html'] as const) {
  for (const failing of failures) {
    test(`${file}: ${failing.name} is an alert with Retry that recovers in place`, async ({
      page,
      context,
    }) => {
      const undo = await failing.fail(page, context);
      await page.goto(file);
      const alert = page.getByRole('alert');
      await expect(alert).toHaveText(`${failing.message} Retry`, { useInnerText: true });
      const retry = alert.getByRole('button', { name: 'Retry' });
      await expect(retry).toBeVisible();
      // The page is not reloaded: a mark left on its window survives the retry.
      await page.evaluate(() => ((window as unknown as { __mark: string }).__mark = 'same page'));
      await page.unroute(DATA);
      await undo();
      await retry.click();
      await expectReady(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^After Alaska/);
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __mark?: string }).__mark)).toBe(
        'same page',
      );
    });
  }

  test(`${file}: a retry that fails again shows the alert again, focused; one that works moves focus to the title`, async ({
    page,
  }) => {
    let answered = 0;
    await page.route(DATA, (route) => {
      answered += 1;
      return route.fulfill({ status: 503, body: '' });
    });
    await page.goto(file);
    const alert = page.getByRole('alert');
    const message = 'The data could not be loaded: the server answered 503 (server error).';
    await expect(alert).toContainText(message);
    await alert.getByRole('button', { name: 'Retry' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => answered).toBe(2);
    await expect(alert).toContainText(message);
    await expect(alert).not.toContainText('Trying again');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeFocused();
    await page.unroute(DATA);
    await page.keyboard.press('Enter');
    await expectReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test(`${file}: the alert passes axe in light and dark`, async ({ page }) => {
    await page.route(DATA, (route) => route.fulfill({ status: 500, body: '' }));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(file);
      await expect(page.getByRole('alert').getByRole('button', { name: 'Retry' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
}

test('the validator failing to arrive is an alert whose Retry recovers', async ({ page }) => {
  // A file that is not byte for byte the built one is validated, by code loaded on demand.
  await page.route(DATA, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()} ` });
  });
  let aborted = 0;
  await page.route(/\/assets\/load-[^/]*\.js/, (route) =>
    aborted++ === 0 ? route.abort() : route.continue(),
  );
  await page.goto('index.html');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'The data set "alaska-summit-2025" could not be checked: part of the page failed to load.',
  );
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expectReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^After Alaska/);
});

test('a timeline chunk that fails shows the alert in the timeline area, and Retry brings the timeline', async ({
  page,
}) => {
  let asked = 0;
  await page.route(/\/assets\/Timeline-[^/]*\.js/, (route) =>
    asked++ === 0 ? route.abort() : route.continue(),
  );
  await page.goto('index.html');
  await expectReady(page, '?view=graph');
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('The timeline could not be loaded. Retry', {
    useInnerText: true,
  });
  // Where the timeline would be: above the graph, not instead of it.
  const graph = page.getByRole('region', { name: 'Actor graph' });
  await expect(graph).toBeVisible();
  const alertBox = (await alert.boundingBox())!;
  expect(alertBox.y + alertBox.height).toBeLessThanOrEqual((await graph.boundingBox())!.y);
  expect(await seriousViolations(page, '[role="alert"]')).toEqual([]);
  await alert.getByRole('button', { name: 'Retry' }).focus();
  await page.keyboard.press('Enter');
  await expectReady(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('button', { name: /^Alaska summit/ }).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The focus went where the timeline came, not to the top of the page.
  await expect(timeline).toBeFocused();
});

test('vis-timeline failing to arrive is an alert in the timeline region, and Retry draws it', async ({
  page,
}) => {
  // The timeline's own code arrives; the library it loads once the graph has painted does not.
  let asked = 0;
  await page.route(/\/assets\/vis-timeline-lib-[^/]*\.js/, (route) =>
    asked++ === 0 ? route.abort() : route.continue(),
  );
  await page.goto('index.html');
  await expectReady(page, '?view=graph');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const alert = timeline.getByRole('alert');
  await expect(alert).toHaveText('The timeline could not be loaded. Retry', {
    useInnerText: true,
  });
  // The rest of the page works meanwhile.
  await expect(page.getByRole('region', { name: 'Actor graph' })).toBeVisible();
  expect(await seriousViolations(page, '[role="alert"]')).toEqual([]);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expectReady(page);
  await expect(timeline.getByRole('button', { name: /^Alaska summit/ }).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(timeline).toBeFocused();
  expect(asked).toBe(2);
});

test('a chunk that keeps failing at its own address is imported under a retry address', async ({
  page,
}) => {
  // As in a browser that remembers a failed module for the life of the page: every
  // request for the chunk's own address fails, one with ?retry= goes through.
  const asked: string[] = [];
  await page.route(/\/assets\/Timeline-[^/]*\.js/, (route) => {
    const url = new URL(route.request().url());
    asked.push(url.search);
    return url.searchParams.has('retry') ? route.continue() : route.abort();
  });
  await page.goto('index.html');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The timeline could not be loaded.');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expectReady(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(asked.at(-1)).toBe('?retry=1');
});

for (const query of ['', '?view=timeline']) {
  test(`a timeline that cannot be loaded does not hold back the tools and the panel (${query || 'both views'})`, async ({
    page,
  }) => {
    // They wait for the timeline to draw: one that fails to arrive must release them.
    await page.route(/\/assets\/Timeline-[^/]*\.js/, (route) => route.abort());
    await page.goto(`index.html${query}`);
    await expect(page.getByRole('alert')).toContainText('The timeline could not be loaded.');
    await expect(page.getByRole('button', { name: 'Download' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }).first(),
    ).toBeVisible();
  });
}

test('the table and share chunks failing each show an alert with Retry that recovers', async ({
  page,
}) => {
  const once = (pattern: RegExp) => {
    let asked = 0;
    return page.route(pattern, (route) => (asked++ === 0 ? route.abort() : route.continue()));
  };
  await once(/\/assets\/ShareDialog-[^/]*\.js/);
  await once(/\/assets\/StatementTable-[^/]*\.js/);
  await page.goto('index.html');
  await expectReady(page);
  const shareAlert = page.getByRole('alert').filter({ hasText: 'Sharing' });
  await expect(shareAlert).toHaveText('Sharing could not be loaded. Retry', {
    useInnerText: true,
  });
  await shareAlert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();

  await page.getByRole('button', { name: 'Table' }).click();
  const tableAlert = page.getByRole('alert');
  await expect(tableAlert).toHaveText('The statements table could not be loaded. Retry', {
    useInnerText: true,
  });
  await tableAlert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('table', { name: /^Statements — / })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

// The embed inside a host article on another origin (as in embed.spec.ts).
let HOST = '';
let server: Server;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/article.html') return void ((response.statusCode = 404), response.end());
    const embed = url.searchParams.get('embed') ?? '';
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title></head>
<body style="margin:0;font-family:serif;background:#fff"><main style="max-width:900px;margin:0 auto;padding:8px">
<h1>A host article</h1><p>Text before the graphic.</p>
<iframe id="graphic" src="${embed}/embed.html" title="Parley graphic" data-parley style="width:100%;height:500px;border:0"></iframe>
<p>Text after the graphic.</p></main>
<script async src="${embed}/embed.js"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

for (const width of [900, 375]) {
  test(`in a host page at ${width} px, a failing embed shows its still and the whole alert, and recovers`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.route(DATA, (route) => route.fulfill({ status: 500, body: '' }));
    await page.goto(`${HOST}/article.html?embed=${encodeURIComponent(new URL(baseURL!).origin)}`);
    const iframe = page.locator('#graphic');
    const frame = page.frameLocator('#graphic');
    const alert = frame.getByRole('alert');
    await expect(alert).toContainText(
      'The data could not be loaded: the server answered 500 (server error).',
    );
    // The embed said its height: the iframe is as tall as the alert over the still.
    await expectSnug(iframe);
    const box = (await iframe.boundingBox())!;
    const alertBox = (await alert.boundingBox())!;
    expect(alertBox.y).toBeGreaterThanOrEqual(box.y);
    expect(alertBox.y + alertBox.height).toBeLessThanOrEqual(box.y + box.height);
    // The still is the embed's own now (the host took its background away on the first message).
    const still = frame.locator('img.still');
    await expect(still).toBeVisible();
    expect(await still.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(
      0,
    );
    const stillBox = (await still.boundingBox())!;
    expect(stillBox.height).toBeGreaterThan(100);
    expect(stillBox.y + stillBox.height).toBeLessThanOrEqual(box.y + box.height + 1);
    // Not a blank box: its pixels are not all one colour.
    const shot = await iframe.screenshot();
    expect(await distinctColours(page, shot)).toBeGreaterThan(20);
    const embed = await contentFrame(iframe);
    expect(await seriousViolations(embed, '[role="alert"]')).toEqual([]);

    await page.unroute(DATA);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expectReady(frame);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/^After Alaska/);
    await expectSnug(iframe);
  });
}

/** How many different colours a PNG screenshot has (counted in the page, on a canvas). */
async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4)
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return colours.size;
  }, png.toString('base64'));
}

test('a failure that comes before the ?lang= catalogue is still worded in that language (#13)', async ({
  page,
}) => {
  // The German catalogue is held until the page has its failed answer, so the failure
  // is known before the words are: the sentence must wait for them.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/de-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ status: 404, body: 'Not found' }),
  );
  const answered = page.waitForEvent('requestfinished', (request) =>
    request.url().endsWith('/data/index.json'),
  );
  await page.goto('index.html?lang=de');
  await answered;
  release();
  await expect(page.getByRole('alert')).toContainText(
    'Die Daten konnten nicht geladen werden: Der Server antwortete mit 404 (nicht gefunden).',
  );
  await expect(page.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
});
