// Discourse networks in the page (issue #15): the mode switch, the tie count, a tie's
// evidence, normalization, coalitions, the two downloads, keys and axe. Expected
// weights on tests/fixtures/valid/network-small.json are counted by hand from its
// statements:
//
//   Tax:   Alice +, Bob + and −, Carol −, Dune neutral (no position)
//   Trade: Alice −, Bob −, Carol −, Dune +
//   activity (topic, stance pairs): Alice 2, Bob 3, Carol 2, Dune 1
//   agreement: Alice–Bob 2 (Tax +, Trade −), Alice–Carol 1 (Trade −), Bob–Carol 2
//              (Tax −, Trade −); Dune has no agreement tie
//   conflict: 1 between every pair of the four (6 ties)
//   Jaccard of Alice–Bob: 2 / (2 + 3 − 2) = 0.67
//
// The `canvas` project runs this file again with the canvas renderer.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { onCanvas, openExplorer, openFilters, seriousViolations } from './helpers';

const SMALL = '?dataset=network-small';
const GERMAN = '?dataset=german-nuclear-2011&lang=en';

const graph = (page: Page) => page.getByRole('region', { name: 'Actor graph' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const node = (page: Page, name: string) =>
  graph(page).getByRole('button', { name: new RegExp(`^${name},`) });
const tieCount = (page: Page) =>
  graph(page)
    .getByRole('status')
    .filter({ hasText: /^Showing/ });
const drawing = (page: Page) => graph(page).getByRole('group', { name: /nodes? and \d+ links?$/ });

/**
 * Clicks the tie between two nodes: on the SVG its own hit path (`ids`, source first),
 * on the canvas the middle of the straight line between the two node buttons.
 */
async function clickTie(page: Page, a: string, b: string, ids: [string, string]): Promise<void> {
  if (!onCanvas()) {
    await graph(page)
      .locator(`[data-source="${ids[0]}"][data-target="${ids[1]}"] path.hit`)
      .click({ force: true });
    return;
  }
  await graph(page).locator('canvas').first().scrollIntoViewIfNeeded();
  const [p, q] = await Promise.all([node(page, a).boundingBox(), node(page, b).boundingBox()]);
  if (!p || !q) throw new Error('nodes not drawn');
  const [ax, ay, bx, by] = [
    p.x + p.width / 2,
    p.y + p.height / 2,
    q.x + q.width / 2,
    q.y + q.height / 2,
  ];
  // Along the line, the first point where the canvas itself (no node button) is under the pointer.
  for (let t = 0.5; t < 0.9; t += 0.05) {
    const [x, y] = [ax + (bx - ax) * t, ay + (by - ay) * t];
    const target = await page.evaluate(
      ([px, py]) => document.elementFromPoint(px!, py!)?.tagName,
      [x, y],
    );
    if (target !== 'CANVAS') continue;
    await page.mouse.click(x, y);
    return;
  }
  throw new Error('no free point on the tie');
}

async function download(page: Page, item: string) {
  const menu = page.getByRole('button', { name: 'Download', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: item, exact: true }).click();
  const file = await saving;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('the network modes by role and name, and by URL (network=, and the older graph=)', async ({
  page,
}) => {
  await openExplorer(page, SMALL);
  const modes = graph(page).getByRole('group', { name: 'Graph shows' });
  for (const name of ['Who about whom', 'Who on what', 'Agreement', 'Conflict', 'Balance'])
    await expect(modes.getByRole('button', { name, exact: true })).toBeVisible();
  await modes.getByRole('button', { name: 'Agreement', exact: true }).click();
  await expect(modes.getByRole('button', { name: 'Agreement' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page).toHaveURL(/[?&]network=agreement/);
  // Three tied actors; Dune Trust has no agreement tie, so is no node.
  await expect(tieCount(page)).toHaveText('Showing 3 of 3 ties (weight ≥ 1)');
  await expect(node(page, 'Alice Ames')).toHaveCount(1);
  await expect(node(page, 'Dune Trust')).toHaveCount(0);

  await modes.getByRole('button', { name: 'Conflict', exact: true }).click();
  await expect(page).toHaveURL(/[?&]network=conflict/);
  await expect(tieCount(page)).toHaveText('Showing 6 of 6 ties (weight ≥ 1)');
  await expect(node(page, 'Dune Trust')).toHaveCount(1);

  await openExplorer(page, `${SMALL}&network=balance`);
  // Balance: Alice–Bob 1, Bob–Carol 1, Alice–Carol 0 (no tie), each with Dune −1.
  await expect(tieCount(page)).toHaveText('Showing 5 of 5 ties (weight ≥ 1)');
  await openExplorer(page, `${SMALL}&graph=topics`);
  await expect(graph(page).getByRole('button', { name: 'Who on what' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(graph(page).getByRole('button', { name: /^Topic: \u2068Tax\u2069,/ })).toHaveCount(
    1,
  );
});

test('a tie: its name, and its statements per topic in the details', async ({ page }) => {
  await openExplorer(page, `${SMALL}&network=agreement`);
  if (!onCanvas()) {
    await expect(graph(page).locator('[data-source="a"][data-target="b"] title')).toHaveText(
      'Alice Ames and Bob Baker: agreement, weight 2',
    );
  }
  await clickTie(page, 'Alice Ames', 'Bob Baker', ['a', 'b']);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Alice Ames and Bob Baker',
  );
  await expect(details(page)).toContainText('agreement, weight 2');
  // Tax: Alice's s1 and Bob's s2 (his negative s9 makes no agreement); Trade: s4, s5.
  const tax = details(page)
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Tax' }) });
  await expect(tax.getByText(/^Alice Ames is positive on Tax \(s1\)/)).toHaveCount(1);
  await expect(tax.getByText(/^Bob Baker is positive on Tax \(s2\)/)).toHaveCount(1);
  await expect(tax.getByText(/\(s9\)/)).toHaveCount(0);
  const trade = details(page)
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Trade' }) });
  await expect(trade.getByText(/\(s4\)/)).toHaveCount(1);
  await expect(trade.getByText(/\(s5\)/)).toHaveCount(1);
  // Dates of the statements are shown.
  await expect(tax).toContainText('2024');
});

test('normalization changes the weights shown', async ({ page }) => {
  await openExplorer(page, `${SMALL}&network=agreement&actor=a&about=b`);
  await expect(details(page)).toContainText('agreement, weight 2');
  await graph(page).getByRole('combobox', { name: 'Normalization' }).selectOption('jaccard');
  await expect(details(page)).toContainText('0.67 normalized (jaccard)');
  if (!onCanvas()) {
    await expect(graph(page).locator('[data-source="a"][data-target="b"] title')).toHaveText(
      'Alice Ames and Bob Baker: agreement, weight 2, 0.67 Jaccard',
    );
  }
  // Average activity: 2 / ((2 + 3) / 2) = 0.8; cosine: 2 / √6 = 0.82.
  await graph(page).getByRole('combobox', { name: 'Normalization' }).selectOption('average');
  await expect(details(page)).toContainText('0.80 normalized (average)');
  await graph(page).getByRole('combobox', { name: 'Normalization' }).selectOption('cosine');
  await expect(details(page)).toContainText('0.82 normalized (cosine)');
});

test('coalitions and polarization in the overview', async ({ page }) => {
  await openExplorer(page, `${SMALL}&network=agreement`);
  const part = details(page)
    .locator('section')
    .filter({
      has: page.getByRole('heading', { name: /^Coalitions/ }),
    });
  // Alice, Bob and Carol form one triangle of agreement: one coalition of three.
  await expect(part.getByRole('heading', { name: /^Coalitions/ })).toHaveText('Coalitions (1)');
  await expect(part.getByRole('heading', { name: /^Coalition 1/ })).toHaveText(
    'Coalition 1 (3 members)',
  );
  for (const name of ['Alice Ames', 'Bob Baker', 'Carol Cruz'])
    await expect(part.getByRole('button', { name })).toBeVisible();
  await expect(part).toContainText('Polarization 0.00.');
  await expect(part).toContainText('Polarization is the modularity');
  await expect(node(page, 'Alice Ames')).toHaveAccessibleName(/coalition 1$/);
  const legend = page.getByRole('region', { name: /Key/i }).or(page.locator('.legend'));
  await expect(legend.first()).toContainText('Coalition 1');
});

test('the two network downloads: every tie, hand-counted', async ({ page }) => {
  await openExplorer(page, `${SMALL}&network=agreement`);
  const csv = await download(page, 'Network (CSV)');
  expect(csv.name).toBe('network-small-agreement-network.csv');
  const rows = Papa.parse<Record<string, string>>(csv.text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.map((r) => [r.source, r.target, r.weight, r.type])).toEqual([
    ['a', 'b', '2', 'agreement'],
    ['a', 'c', '1', 'agreement'],
    ['b', 'c', '2', 'agreement'],
  ]);
  const graphml = await download(page, 'Network (GraphML)');
  expect(graphml.name).toBe('network-small-agreement-network.graphml');
  const counts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      nodes: doc.getElementsByTagName('node').length,
      edges: doc.getElementsByTagName('edge').length,
    };
  }, graphml.text);
  // Nodes: the four who spoke on a topic (Dune without a tie); edges: the three ties.
  expect(counts).toEqual({ error: 0, nodes: 4, edges: 3 });

  // Before the display threshold: raising the minimum weight leaves the file whole.
  await graph(page).getByRole('slider', { name: 'Minimum weight' }).fill('2');
  await expect(tieCount(page)).toHaveText('Showing 2 of 3 ties (weight ≥ 2)');
  const again = await download(page, 'Network (CSV)');
  expect(again.text.trim().split('\n')).toHaveLength(4);
});

test('the window and topic filter drive the network', async ({ page }) => {
  await openExplorer(page, `${SMALL}&network=agreement`);
  await openFilters(page);
  // February only: Tax keeps Bob − alone; Trade ties Alice, Bob and Carol once each.
  await page.getByRole('textbox', { name: 'From' }).fill('2024-02');
  await page.getByRole('textbox', { name: 'To' }).fill('2024-02');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(tieCount(page)).toHaveText('Showing 3 of 3 ties (weight ≥ 1)');
  await page.getByRole('textbox', { name: 'From' }).fill('');
  await page.getByRole('textbox', { name: 'To' }).fill('');
  await page.getByRole('button', { name: 'Apply' }).click();
  // Tax alone: Alice–Bob (+) and Bob–Carol (−).
  await page.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Tax' }).click();
  await expect(tieCount(page)).toHaveText('Showing 2 of 2 ties (weight ≥ 1)');
});

test('a network is computed with the graph busy, and one asked for before is there at once', async ({
  page,
}) => {
  await openExplorer(page, `${SMALL}&network=agreement`);
  await expect(tieCount(page)).toHaveText('Showing 3 of 3 ties (weight ≥ 1)');
  // Every value the graph region's aria-busy takes from here on.
  await page.evaluate(() => {
    const region = document.querySelector('section[aria-label="Actor graph"]')!;
    const seen: (string | null)[] = [];
    Object.assign(window, { __busy: seen });
    new MutationObserver(() => seen.push(region.getAttribute('aria-busy'))).observe(region, {
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
  });
  const busy = () => page.evaluate(() => (window as unknown as { __busy: string[] }).__busy);
  await openFilters(page);
  const topics = page.getByRole('group', { name: 'Topics' });
  // Tax alone, never asked for: computed in the worker, the graph busy meanwhile.
  await topics.getByRole('button', { name: 'Tax' }).click();
  await expect(tieCount(page)).toHaveText('Showing 2 of 2 ties (weight ≥ 1)');
  await expect(graph(page)).not.toHaveAttribute('aria-busy');
  expect(await busy()).toContain('true');
  // Back to all topics: the network shown before, from memory, never busy.
  await page.evaluate(() => ((window as unknown as { __busy: string[] }).__busy.length = 0));
  await topics.getByRole('button', { name: 'All' }).first().click();
  await expect(tieCount(page)).toHaveText('Showing 3 of 3 ties (weight ≥ 1)');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(await busy()).toEqual([]);
});

test('a network worker that does not load: a notice, and the default view again', async ({
  page,
}) => {
  await page.route(/network\.worker[^/]*\.js/, (route) => route.abort());
  await openExplorer(page, SMALL);
  const modes = graph(page).getByRole('group', { name: 'Graph shows' });
  await modes.getByRole('button', { name: 'Agreement', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The network could not be loaded.' }),
  ).toBeVisible();
  await expect(modes.getByRole('button', { name: 'Agreement' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('keyboard: modes, normalization and the minimum weight', async ({ page }) => {
  await openExplorer(page, SMALL);
  const agreement = graph(page).getByRole('button', { name: 'Agreement', exact: true });
  await agreement.focus();
  await page.keyboard.press('Enter');
  await expect(agreement).toHaveAttribute('aria-pressed', 'true');
  const slider = graph(page).getByRole('slider', { name: 'Minimum weight' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(tieCount(page)).toHaveText('Showing 2 of 3 ties (weight ≥ 2)');
  await page.keyboard.press('ArrowLeft');
  await expect(tieCount(page)).toHaveText('Showing 3 of 3 ties (weight ≥ 1)');
  const norm = graph(page).getByRole('combobox', { name: 'Normalization' });
  await norm.focus();
  await page.keyboard.press('ArrowDown');
  await expect(norm).toHaveValue('average');
  // The nodes stay buttons the arrow keys walk between.
  await node(page, 'Alice Ames').focus();
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Alice Ames');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no serious violations in a network mode, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openExplorer(page, `${SMALL}&network=balance`);
    // The graph and the panel (the timeline's own findings are the timeline's).
    expect(await seriousViolations(page, 'section[aria-label="Actor graph"]')).toEqual([]);
    await openExplorer(page, `${SMALL}&network=balance&actor=a&about=b`);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'Alice Ames and Bob Baker',
    );
    expect(await seriousViolations(page, 'section[aria-label="Actor graph"]')).toEqual([]);
    expect(await seriousViolations(page, 'section[aria-label="Details"]')).toEqual([]);
  });
}

test('the German agreement network: a legible default, the count line, a tie', async ({ page }) => {
  await openExplorer(page, `${GERMAN}&network=agreement`);
  const line = tieCount(page);
  await expect(line).toHaveText(/^Showing [\d,]+ of 8,480 ties \(weight ≥ \d+\)$/);
  const [, shown, min] = (await line.textContent())!.match(/Showing ([\d,]+) of .* ≥ (\d+)/)!;
  expect(Number(min)).toBeGreaterThan(1);
  // The drawing names as many links as the line says are shown.
  await expect(drawing(page)).toHaveAccessibleName(
    new RegExp(`nodes and ${shown!.replace(',', ',?')} links$`),
  );
  await graph(page).getByRole('slider', { name: 'Minimum weight' }).fill('1');
  await expect(line).toHaveText('Showing 8,480 of 8,480 ties (weight ≥ 1)');
  await expect(details(page).getByRole('heading', { name: /^Coalitions \(\d+\)$/ })).toBeVisible();
});

test('performance: a topic toggle and a window change in the German agreement network', async ({
  page,
}) => {
  await openExplorer(page, `${GERMAN}&network=agreement`);
  await openFilters(page);
  const chip = page
    .getByRole('group', { name: 'Topics' })
    .getByRole('button', { name: 'Abschalten der Altmeiler' });
  const apply = page.getByRole('button', { name: 'Apply' });
  // In the page: from the click to the frame after the update (no Playwright round trip).
  const timed = (target: typeof chip) =>
    target.evaluate(
      (element: HTMLElement) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          element.click();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        }),
    );
  const before = await tieCount(page).textContent();
  const times: Record<string, number[]> = { toggle: [], window: [] };
  for (let k = 0; k < 3; k++) {
    times.toggle!.push(await timed(chip));
    await expect(tieCount(page)).not.toHaveText(before!);
    times.toggle!.push(await timed(chip));
    await expect(tieCount(page)).toHaveText(before!);
  }
  for (const month of ['2011-04', '2011-05', '2011-06']) {
    await page.getByRole('textbox', { name: 'From' }).fill(month);
    await page.getByRole('textbox', { name: 'To' }).fill(month);
    times.window!.push(await timed(apply));
    await expect(tieCount(page)).not.toHaveText(before!);
  }
  const text = `topic toggle ${times.toggle!.map((t) => t.toFixed(0)).join(', ')} ms; window change ${times.window!.map((t) => t.toFixed(0)).join(', ')} ms`;
  test.info().annotations.push({ type: 'timing', description: text });
  console.log(`network timing (German agreement): ${text}`);
});

const FOLD = '?dataset=network-affiliations';

test('people folded into their organization, by checkbox and URL, hand-counted', async ({
  page,
}) => {
  await openExplorer(page, `${FOLD}&network=agreement&actor=a`);
  await expect(tieCount(page)).toHaveText('Showing 3 of 3 ties (weight ≥ 1)');
  await graph(page).getByRole('checkbox', { name: 'People as their organization' }).check();
  // Folded: Party P (Alice and Carol) and Bob agree on Tax +, Tax − and Trade −.
  await expect(tieCount(page)).toHaveText('Showing 1 of 1 ties (weight ≥ 1)');
  await expect(page).toHaveURL(/[?&]fold=1/);
  await expect(node(page, 'Alice Ames')).toHaveCount(0);
  await expect(node(page, 'Party P')).toHaveCount(1);
  // Alice was selected: the selection moves to where she now counts.
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Party P');
  const counted = details(page)
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: /^Counted here/ }) });
  await expect(counted.getByRole('button')).toHaveText(['Alice Ames', 'Carol Cruz']);
  const ties = details(page)
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: /^Agreement ties/ }) });
  await expect(ties.getByRole('listitem')).toHaveText(['Bob Baker weight 3']);
  await ties.getByRole('button', { name: 'Bob Baker' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Bob Baker and Party P',
  );
  // Folded, a statement says who of the party spoke (s3 is Carol's negative Tax statement).
  await expect(
    details(page)
      .getByText(/Carol Cruz/)
      .first(),
  ).toBeVisible();

  await openExplorer(page, `${FOLD}&network=conflict&fold=1`);
  await expect(
    graph(page).getByRole('checkbox', { name: 'People as their organization' }),
  ).toBeChecked();
  await expect(tieCount(page)).toHaveText('Showing 3 of 3 ties (weight ≥ 1)');
  // A data set without affiliations offers no folding.
  await openExplorer(page, `${SMALL}&network=agreement`);
  await expect(
    graph(page).getByRole('checkbox', { name: 'People as their organization' }),
  ).toHaveCount(0);
});

test("hide actors with few statements, and only an actor's neighbourhood", async ({ page }) => {
  await openExplorer(page, `${SMALL}&network=agreement`);
  // Statements by hand: Alice 2, Bob 3, Carol 2 (Dune has no agreement tie).
  const few = graph(page).getByRole('spinbutton', { name: 'Actors with at least' });
  await few.fill('3');
  await few.press('Enter');
  await expect(tieCount(page)).toHaveText('Showing 0 of 3 ties (weight ≥ 1); 2 of 3 actors hidden');
  await expect(node(page, 'Alice Ames')).toHaveCount(0);
  await expect(node(page, 'Bob Baker')).toHaveCount(1);
  await expect(page).toHaveURL(/[?&]min-statements=3/);
  await few.fill('1');
  await few.press('Enter');
  await expect(tieCount(page)).toHaveText('Showing 3 of 3 ties (weight ≥ 1)');
  await expect(page).not.toHaveURL(/min-statements/);

  // Weight ≥ 2 leaves Alice–Bob and Bob–Carol: Alice's neighbourhood is Bob.
  await graph(page).getByRole('slider', { name: 'Minimum weight' }).fill('2');
  await node(page, 'Alice Ames').click();
  const only = details(page).getByRole('button', { name: "Only Alice Ames's neighbourhood" });
  await only.click();
  await expect(only).toHaveAttribute('aria-pressed', 'true');
  await expect(graph(page).getByRole('status').filter({ hasText: /^Only/ })).toHaveText(
    "Only Alice Ames's neighbourhood: 1 other actor. Show everyone",
  );
  await expect(node(page, 'Carol Cruz')).toHaveCount(0);
  await expect(node(page, 'Bob Baker')).toHaveCount(1);
  await expect(page).toHaveURL(/[?&]around=a/);
  await graph(page).getByRole('button', { name: 'Show everyone' }).click();
  await expect(node(page, 'Carol Cruz')).toHaveCount(1);
  await expect(only).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/around=/);
});

test('keyboard: from an actor to one of their ties, and the settings by URL', async ({ page }) => {
  await openExplorer(page, `${SMALL}&network=agreement&normalize=jaccard&min-weight=2`);
  await expect(graph(page).getByRole('combobox', { name: 'Normalization' })).toHaveValue('jaccard');
  await expect(tieCount(page)).toHaveText('Showing 2 of 3 ties (weight ≥ 2)');
  await node(page, 'Alice Ames').focus();
  await page.keyboard.press('Enter');
  const ties = details(page)
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: /^Agreement ties/ }) });
  // Every tie in view, the one below the drawn minimum too; strongest (Jaccard) first.
  await expect(ties.getByRole('listitem')).toHaveText([
    'Bob Baker weight 2, 0.67',
    'Carol Cruz weight 1, 0.33',
  ]);
  const bob = ties.getByRole('button', { name: 'Bob Baker' });
  await bob.focus();
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Alice Ames and Bob Baker',
  );
  await expect(page).toHaveURL(/[?&]actor=a&about=b/);
});
