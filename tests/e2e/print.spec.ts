import { expect, test, type Page } from '@playwright/test';
import { openExplorer, seed } from './helpers';

const data = seed();
const ALT = `Actor graph: ${data.title}. Most active: Steve Witkoff, Volodymyr Zelenskyy and Donald Trump.`;

/** The still pictures the page asked the server for. */
function stillRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/stills/')) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

for (const view of ['graph', 'both'] as const) {
  test(`the embed (view=${view}) prints the graph's still instead of its interactive parts`, async ({
    page,
  }) => {
    const requested = stillRequests(page);
    await openExplorer(page, `?dataset=alaska-summit-2025&view=${view}`, 'embed.html');
    const graph = page.getByRole('region', { name: 'Actor graph' });
    const still = page.getByRole('img', { name: ALT });

    // On screen: the interactive graph, no still (not even fetched).
    await expect(graph).toBeVisible();
    await expect(page.getByRole('img', { name: ALT, includeHidden: true })).toHaveCount(1);
    await expect(still).toBeHidden();
    expect(requested).toEqual([]);

    // On paper: the still alone, loaded at its 1× size.
    await page.emulateMedia({ media: 'print' });
    await expect(still).toBeVisible();
    await expect(graph).toBeHidden();
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Table' })).toBeHidden();
    await expect(page.getByRole('heading', { name: data.title })).toBeHidden();
    await expect
      .poll(() => still.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(960);
    expect(requested).toEqual(['/stills/alaska-summit-2025-graph.png']);
    const box = await still.boundingBox();
    expect(box?.width).toBeGreaterThan(600);

    // Back on screen, the graph is back.
    await page.emulateMedia({ media: 'screen' });
    await expect(graph).toBeVisible();
    await expect(still).toBeHidden();
  });
}

test('an embed without the graph (view=timeline) prints as it is', async ({ page }) => {
  await openExplorer(page, '?dataset=alaska-summit-2025&view=timeline', 'embed.html');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('img', { name: ALT, includeHidden: true })).toHaveCount(0);
});

test('the full page prints as it is', async ({ page }) => {
  await openExplorer(page, '?dataset=alaska-summit-2025');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Actor graph' })).toBeVisible();
  await expect(page.getByRole('img', { name: ALT, includeHidden: true })).toHaveCount(0);
});

test('the German set’s embed prints its still with a German alt text (#13)', async ({ page }) => {
  await openExplorer(page, '?dataset=german-nuclear-2011&view=graph', 'embed.html');
  // Hand-written: the title of data/german-nuclear-2011.json, its three most active
  // actors (tests/unit/still-alt.test.ts), joined the German way.
  const alt =
    'Akteursnetz: Atomausstieg 2011: Wer nach Fukushima wofür und wogegen eintrat. Am aktivsten: Angela Merkel, Grüne und Bundesregierung.';
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: alt, exact: true })).toBeVisible();
});
