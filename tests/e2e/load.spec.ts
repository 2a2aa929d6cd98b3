import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openExplorer, seriousViolations } from './helpers';

const invalid = readFileSync(
  new URL('../fixtures/invalid/wrong-kind-reference.json', import.meta.url),
  'utf8',
);

test('loads the seed data set by default through the run-time data path', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await openExplorer(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Alaska/);
  expect(requests).toContain('/data/index.json');
  expect(requests).toContain('/data/alaska-summit-2025.json');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('loads another data set named by ?dataset=', async ({ page }) => {
  await openExplorer(page, '?dataset=antarctic-treaty');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Antarctic/);
});

test('a file swapped on the server without a rebuild is validated again in the browser', async ({
  page,
}) => {
  await page.route('**/data/alaska-summit-2025.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: invalid }),
  );
  await page.goto('index.html');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('cannot be shown');
  await expect(alert).toContainText('participants');
  await expect(alert).toContainText('/events/0/participants/1');
  await expect(alert).toContainText(/alaska-summit-2025\.json:\d+:\d+/);
});

test('a file with errors in a German interface: the frame German, the problems English', async ({
  page,
}) => {
  await page.route('**/data/alaska-summit-2025.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: invalid }),
  );
  await page.goto('index.html?lang=de');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText(
    'Dieser Datensatz kann nicht angezeigt werden',
  );
  // wrong-kind-reference.json has one error (tests/fixtures/invalid/expected.json).
  await expect(alert).toContainText(
    'Der Datensatz „alaska-summit-2025“ enthält 1 Fehler und kann nicht angezeigt werden.',
  );
  await expect(alert).toContainText('Die Meldungen richten sich an die Autorinnen und Autoren');
  await expect(alert).toContainText('auf Englisch');
  await expect(alert).toContainText('(bei /events/0/participants/1)');
  // The validator's own words, as npm run validate prints them, marked as English.
  const message = alert.locator('li [lang="en"]');
  await expect(message).toHaveCount(1);
  await expect(message).toContainText('participants');
  await expect(alert).not.toContainText('cannot be shown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  expect(await seriousViolations(page)).toEqual([]);
});

test('an unknown dataset id, in a French interface', async ({ page }) => {
  await page.goto('index.html?dataset=alaska-sumit-2025&lang=fr');
  await expect(page.getByRole('alert')).toContainText(
    'Il n’existe pas de jeu de données «\u00a0alaska-sumit-2025\u00a0». Vouliez-vous dire «\u00a0alaska-summit-2025\u00a0»\u00a0?',
  );
});

test('a valid file that is not byte for byte the built one is validated, and shown', async ({
  page,
}) => {
  const built = readFileSync('data/alaska-summit-2025.json', 'utf8');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  // The same data with one more trailing space: another SHA-256 than the index's.
  await page.route('**/data/alaska-summit-2025.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: `${built} ` }),
  );
  await openExplorer(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^After Alaska/);
  // The validator was fetched for it (it is not part of an ordinary load).
  expect(requests.some((path) => /\/assets\/load-[^/]*\.js$/.test(path))).toBe(true);
});

test('if the validator itself cannot be loaded, the page says so instead of waiting', async ({
  page,
}) => {
  const built = readFileSync('data/alaska-summit-2025.json', 'utf8');
  await page.route('**/data/alaska-summit-2025.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: `${built} ` }),
  );
  await page.route(/\/assets\/load-[^/]*\.js$/, (route) => route.abort());
  await page.goto('index.html');
  await expect(page.getByRole('alert')).toContainText(
    'The data set "alaska-summit-2025" could not be checked',
  );
});

test('an ordinary load does not fetch the validator', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await openExplorer(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^After Alaska/);
  await expect(page.getByRole('region', { name: 'Actor graph' })).toBeVisible();
  expect(requests.filter((path) => /\/assets\/load-[^/]*\.js$/.test(path))).toEqual([]);
});

test('an unknown dataset id is an error message, not a request for that path', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('index.html?dataset=alaska-sumit-2025');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('There is no data set "alaska-sumit-2025"');
  await expect(alert).toContainText('Did you mean "alaska-summit-2025"?');
  expect(requests.some((url) => url.includes('alaska-sumit-2025.json'))).toBe(false);
});

test('a dataset value that is a path or URL is refused without fetching it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`index.html?dataset=${encodeURIComponent('../../etc/passwd')}`);
  await expect(page.getByRole('alert')).toContainText('is not a data set id');
  expect(requests.filter((url) => url.includes('passwd'))).toEqual([
    expect.stringContaining('index.html'),
  ]);
});

test("a German data set's catalogue is fetched while its data is still on its way", async ({
  page,
}) => {
  // The data is held back until the German catalogue's chunk is asked for (or 10 s
  // have passed): the page can only ask for it that early if the index told it the
  // data set's language.
  let askedFor: () => void;
  const catalogueAsked = new Promise<void>((resolve) => (askedFor = resolve));
  page.on('request', (request) => {
    if (/\/assets\/de-[^/]*\.js$/.test(new URL(request.url()).pathname)) askedFor();
  });
  let beforeData: boolean | undefined;
  await page.route('**/data/german-nuclear-2011.json', async (route) => {
    const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000));
    beforeData = await Promise.race([catalogueAsked.then(() => true), late]);
    await route.continue();
  });
  await openExplorer(page, '?dataset=german-nuclear-2011');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  expect(beforeData).toBe(true);
});

test('after the graph paints, the timeline and vis-timeline are asked for together; the tools and the details once it has drawn', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __drawn?: number };
    new MutationObserver(() => {
      const ready = document.getElementById('app')?.dataset.ready ?? '';
      if (w.__drawn === undefined && ready.split(' ').includes('timeline'))
        w.__drawn = performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  await openExplorer(page);
  await expect(page.getByRole('button', { name: 'Download' })).toBeVisible();
  // A resource is listed once it has arrived: the Details chunk, asked for with the
  // tools, may still be on its way when the Download button shows (seen in CI and locally).
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some((e) => /\/assets\/Details-[^/]*\.js$/.test(e.name)),
      ),
    )
    .toBe(true);
  const timing = await page.evaluate(() => {
    const chunk = (name: string) => {
      const entry = performance
        .getEntriesByType('resource')
        .find((e) => new RegExp(`/assets/${name}-[^/]*\\.js$`).test(e.name)) as
        PerformanceResourceTiming | undefined;
      return entry ? { start: entry.startTime, end: entry.responseEnd } : undefined;
    };
    return {
      drawn: (window as unknown as { __drawn?: number }).__drawn,
      timeline: chunk('Timeline'),
      vis: chunk('vis-timeline-lib'),
      download: chunk('Download'),
      details: chunk('Details'),
    };
  });
  // Every figure in the message: a failure says which order was broken, and by how much.
  const said = JSON.stringify(timing);
  expect(timing.drawn, said).toBeDefined();
  expect(timing.timeline && timing.vis && timing.download && timing.details, said).toBeTruthy();
  // vis-timeline was asked for before the component had even arrived (not once it ran).
  expect(timing.vis!.start, said).toBeLessThan(timing.timeline!.end);
  // Nothing else competes with them.
  expect(timing.download!.start, said).toBeGreaterThanOrEqual(timing.drawn!);
  expect(timing.details!.start, said).toBeGreaterThanOrEqual(timing.drawn!);
});

// The timeline arrives after the graph has painted, above it: the page keeps its room
// from the first paint (the build's figures in the data index, src/timeline/height.ts),
// and the Download and Share buttons' room in the tools' row. Before, the seed's graph
// moved down 222 px as the timeline drew (272 px on a phone, off the first screen; 33 px
// more at 1024 px, where the later buttons wrapped the row) and the load's layout-shift
// score was 0.11 (0.15 on a phone, 0.24 at 1024 px, 0.08 in the embed).
for (const [what, path, viewport] of [
  ['the seed', 'index.html', { width: 1440, height: 900 }],
  ['the seed at 1024 px', 'index.html', { width: 1024, height: 768 }],
  ['the seed on a phone', 'index.html', { width: 375, height: 812 }],
  [
    'the German set',
    'index.html?dataset=german-nuclear-2011&lang=en',
    { width: 1440, height: 900 },
  ],
  ['10,000 statements', 'index.html?dataset=synthetic-10000', { width: 1440, height: 900 }],
  ['the embed with both views', 'embed.html?view=both', { width: 900, height: 900 }],
] as const) {
  test(`${what}: the graph keeps its place while the timeline loads and draws`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      const w = window as unknown as { __tops: number[]; __shift: number };
      w.__tops = [];
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__shift += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
      const frame = () => {
        const graph = document.querySelector('section[aria-label="Actor graph"]');
        if (graph) w.__tops.push(graph.getBoundingClientRect().top + scrollY);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.goto(path);
    await expect(page.locator('#app')).toHaveAttribute('data-ready', /\btimeline\b/, {
      timeout: 20_000,
    });
    // The panel's overview and the tools come after the timeline: let them land too
    // (the embed has neither until something is selected).
    if (path.startsWith('index.html'))
      await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
    await page.waitForTimeout(500);
    const { tops, shift } = await page.evaluate(() => {
      const w = window as unknown as { __tops: number[]; __shift: number };
      return { tops: w.__tops, shift: w.__shift };
    });
    expect(tops.length).toBeGreaterThan(5);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);
    expect(shift).toBeLessThan(0.01);
  });
}
