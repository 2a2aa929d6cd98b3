// The views working together: linked selection, history, filters, search, the
// URL, phones and accessibility, on the seed and on the second data set.
import { expect, test, type Page } from '@playwright/test';
import {
  expectReady,
  openExplorer,
  openFilters,
  readData,
  seed,
  seriousViolations,
  statementsOn,
} from './helpers';

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const heading = (page: Page) => details(page).getByRole('heading').first();
const graph = (page: Page) => page.getByRole('region', { name: 'Actor graph' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

test('selecting an actor in the graph fills the panel, highlights its events and writes the URL', async ({
  page,
}) => {
  await openExplorer(page);
  await graph(page)
    .getByRole('button', { name: /^Steve Witkoff/ })
    .click();
  await expect(heading(page)).toHaveText('Steve Witkoff');
  await expect(page).toHaveURL(/[?&]actor=witkoff(&|$)/);
  await expect(graph(page).getByRole('button', { name: /^Steve Witkoff/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  // Witkoff spoke at the summit and on CNN; those timeline items are highlighted, others dimmed.
  const data = seed();
  const hisEvents = new Set([
    ...(data.events ?? []).filter((e) => e.participants?.includes('witkoff')).map((e) => e.id),
    ...(data.statements ?? [])
      .filter((s) => s.event && (s.speaker === 'witkoff' || s.about?.includes('witkoff')))
      .map((s) => s.event!),
  ]);
  await expect(
    page.locator('.vis-item:is(.vis-box, .vis-range):is(.is-related, .is-selected)'),
  ).toHaveCount(hisEvents.size);
  // The others are dimmed by the highlight class on the timeline's root.
  await expect(
    page.locator(
      '.parley-timeline.tl-highlighting .vis-item:is(.vis-box, .vis-range):not(.is-related, .is-selected)',
    ),
  ).toHaveCount((data.events ?? []).length - hisEvents.size);
});

test('selecting an event on the timeline highlights its participants in the graph', async ({
  page,
}) => {
  await openExplorer(page);
  await timeline(page)
    .getByRole('button', { name: /^Alaska summit/ })
    .click();
  await expect(heading(page)).toHaveText(/Alaska summit/);
  await expect(page).toHaveURL(/[?&]event=alaska-summit(&|$)/);
  const summit = seed().events!.find((e) => e.id === 'alaska-summit')!;
  for (const id of summit.participants ?? []) {
    const name = seed().actors.find((a) => a.id === id)!.name;
    await expect(graph(page).getByRole('button', { name: new RegExp(`^${name}`) })).not.toHaveClass(
      /dimmed/,
    );
  }
});

test('selections from the panel, Back and Forward, and Escape', async ({ page }) => {
  await openExplorer(page, '?actor=witkoff');
  await expect(heading(page)).toHaveText('Steve Witkoff');
  await details(page)
    .getByRole('button', { name: /^Witkoff on CNN/ })
    .first()
    .click();
  await expect(heading(page)).toHaveText(/Witkoff on CNN/);
  // The address is written after the next paint; Back before that is Back from the
  // entry before (a reader's Back is never that fast, a test's can be).
  await expect(page).not.toHaveURL(/[?&]actor=witkoff(&|$)/);
  await details(page)
    .getByRole('button', { name: /^Vladimir Putin$/ })
    .first()
    .click();
  await expect(heading(page)).toHaveText('Vladimir Putin');
  await expect(page).toHaveURL(/[?&]actor=putin(&|$)/);
  await page.goBack();
  await expect(heading(page)).toHaveText(/Witkoff on CNN/);
  await page.goBack();
  await expect(heading(page)).toHaveText('Steve Witkoff');
  await page.goForward();
  await expect(heading(page)).toHaveText(/Witkoff on CNN/);
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText(seed().title);
  await expect(page).not.toHaveURL(/event=/);
});

test('two selections in one frame are two history entries', async ({ page }) => {
  await openExplorer(page, '?actor=witkoff');
  await expect(heading(page)).toHaveText('Steve Witkoff');
  // Both clicks before any frame (microtasks only, no paint between them): the first
  // selection must not be merged into the second.
  const frames = await details(page).evaluate(async (region) => {
    let painted = 0;
    requestAnimationFrame(() => (painted += 1));
    const button = (name: RegExp) =>
      [...region.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
        name.test(b.textContent?.trim() ?? ''),
      );
    button(/^Witkoff on CNN/)!.click();
    let putin: HTMLButtonElement | undefined;
    for (let i = 0; i < 50 && !putin; i++) {
      await Promise.resolve();
      putin = button(/^Vladimir Putin$/);
    }
    if (!putin) throw new Error('no Putin button after selecting the statement');
    putin.click();
    return painted;
  });
  expect(frames, 'both clicks came before the next frame').toBe(0);
  await expect(heading(page)).toHaveText('Vladimir Putin');
  await expect(page).toHaveURL(/[?&]actor=putin(&|$)/);
  await page.goBack();
  await expect(heading(page)).toHaveText(/Witkoff on CNN/);
  await page.goBack();
  await expect(heading(page)).toHaveText('Steve Witkoff');
});

test('a topic filter narrows the graph, the panel and the table', async ({ page }) => {
  const data = seed();
  const sanctions = data.statements!.filter((s) => s.topic === 'sanctions-on-russia').length;
  expect(sanctions).toBeGreaterThan(0);
  await openExplorer(page);
  await openFilters(page);
  await page
    .getByRole('group', { name: 'Topics' })
    .getByRole('button', { name: 'Sanctions on Russia' })
    .click();
  await expect(
    page.getByText(`Showing ${sanctions} of ${data.statements!.length} statements`),
  ).toBeVisible();
  await expect(page).toHaveURL(/[?&]topic=sanctions-on-russia(&|$)/);
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(sanctions);
  // "All" clears the filter.
  await page.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'All' }).click();
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(data.statements!.length);
});

test('an explicit time window, inclusive at the precision written, survives a reload', async ({
  page,
}) => {
  const data = seed();
  const sunday = statementsOn(data, '2025-08-17');
  await openExplorer(page);
  await openFilters(page);
  await page.getByRole('textbox', { name: 'From' }).fill('2025-08-17');
  await page.getByRole('textbox', { name: 'To' }).fill('2025-08-17');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(
    page.getByText(`Showing ${sunday} of ${data.statements!.length} statements`),
  ).toBeVisible();
  await expect(page).toHaveURL(/from=2025-08-17&to=2025-08-17/);
  await page.reload();
  await expect(
    page.getByText(`Showing ${sunday} of ${data.statements!.length} statements`),
  ).toBeVisible();
  // Closed again after the reload, the bar still says which days are shown.
  await expect(page.getByText('All topics · August 17, 2025', { exact: true })).toBeVisible();
  // A month-precision window includes the whole month.
  await openFilters(page);
  await page.getByRole('textbox', { name: 'From' }).fill('2025-08');
  await page.getByRole('textbox', { name: 'To' }).fill('2025-08');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(
    page.getByText(`Showing ${data.statements!.length} of ${data.statements!.length} statements`),
  ).toBeVisible();
  // A date that is not a date is explained, not applied.
  await page.getByRole('textbox', { name: 'From' }).fill('2025-02-30');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText(/February 2025 has 28 days/)).toBeVisible();
});

test('search finds actors by alias, case- and diacritics-insensitively; Enter selects the first hit', async ({
  page,
}) => {
  await openExplorer(page);
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('selenskyj');
  await expect(page.getByRole('option').first()).toContainText('Volodymyr Zelenskyy');
  await search.press('Enter');
  await expect(heading(page)).toHaveText('Volodymyr Zelenskyy');
  await search.fill('WASHINGTON');
  await search.press('Enter');
  await expect(heading(page)).toHaveText(/Washington/);
});

test('the URL reproduces the view: selection, topics and window', async ({ page }) => {
  await openExplorer(
    page,
    '?actor=rubio&topic=sanctions-on-russia&topic=peace-agreement&from=2025-08-17',
  );
  await expect(heading(page)).toHaveText('Marco Rubio');
  await openFilters(page);
  const chips = page.getByRole('group', { name: 'Topics' });
  await expect(chips.getByRole('button', { name: 'Sanctions on Russia' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(chips.getByRole('button', { name: 'Peace agreement' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue('2025-08-17');
  // The bar says it in one line, open or closed.
  await expect(
    page.getByText('2 of 8 topics · From August 17, 2025', { exact: true }),
  ).toBeVisible();
});

test('edges and topics are in the URL too: reload, Back and Forward restore them', async ({
  page,
}) => {
  await openExplorer(page);
  const edge = (source: string, target: string) =>
    graph(page).locator(`.edge[data-source="${source}"][data-target="${target}"]`);
  await edge('witkoff', 'ukraine').locator('path.hit').click({ force: true });
  await expect(heading(page)).toHaveText('Steve Witkoff → Ukraine');
  await expect(page).toHaveURL(/\?actor=witkoff&about=ukraine$/);
  await page.reload();
  await expectReady(page);
  await expect(heading(page)).toHaveText('Steve Witkoff → Ukraine');
  await expect(edge('witkoff', 'ukraine')).toHaveClass(/\bselected\b/);

  // "Who on what": a topic node, then an edge from an actor to a topic. The seed's one
  // statement on the ceasefire is Trump's.
  await graph(page).getByRole('button', { name: 'Who on what' }).click();
  await graph(page)
    .getByRole('button', { name: /^Topic: \u2068Ceasefire\u2069,/ })
    .click();
  await expect(heading(page)).toHaveText('Ceasefire');
  await expect(page).toHaveURL(/\?on=ceasefire&network=topics$/);
  await edge('trump', 'topic:ceasefire').locator('path.hit').click({ force: true });
  await expect(heading(page)).toHaveText('Donald Trump → Ceasefire');
  await expect(page).toHaveURL(/\?actor=trump&on=ceasefire&network=topics$/);
  await page.reload();
  await expect(heading(page)).toHaveText('Donald Trump → Ceasefire');
  await expect(edge('trump', 'topic:ceasefire')).toHaveClass(/\bselected\b/);

  await page.goBack();
  await expect(heading(page)).toHaveText('Ceasefire');
  await page.goBack();
  await expect(heading(page)).toHaveText('Steve Witkoff → Ukraine');
  await page.goForward();
  await expect(heading(page)).toHaveText('Ceasefire');
});

test('an edge end the data set does not know is explained; the actor stays selected', async ({
  page,
}) => {
  await openExplorer(page, '?actor=witkoff&about=nobody');
  await expect(page.getByRole('alert')).toContainText('There is no actor "nobody"');
  await expect(heading(page)).toHaveText('Steve Witkoff');
  await openExplorer(page, '?on=no-such-topic');
  await expect(page.getByRole('alert')).toContainText('There is no topic "no-such-topic"');
  await expect(heading(page)).toHaveText(seed().title);
});

test('unknown ids in the URL are explained and the data set still shows', async ({ page }) => {
  await openExplorer(page, '?actor=putn');
  await expect(page.getByRole('alert')).toContainText('There is no actor "putn"');
  await expect(heading(page)).toHaveText(seed().title);
});

test('the second data set: dates at their precision and event statuses in words', async ({
  page,
}) => {
  const data = readData('tests/fixtures/valid/antarctic-treaty.json');
  await openExplorer(page, '?dataset=antarctic-treaty');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
  await expect(timeline(page).getByRole('button')).not.toHaveCount(0);
  const yearOnly = data.events!.find((e) => /^\d{4}$/.test(e.start) && !e.end)!;
  await openExplorer(page, `?dataset=antarctic-treaty&event=${yearOnly.id}`);
  await expect(heading(page)).toHaveText(yearOnly.title);
  await expect(details(page).getByText(yearOnly.start, { exact: true }).first()).toBeVisible();
  await expect(details(page)).not.toContainText(`1 January ${yearOnly.start}`);
  const cancelled = data.events!.find((e) => e.status === 'cancelled')!;
  await openExplorer(page, `?dataset=antarctic-treaty&event=${cancelled.id}`);
  await expect(details(page).getByText('Cancelled', { exact: true }).first()).toBeVisible();
});

test.describe('phones', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('nothing scrolls sideways and touch targets are at least 24 px', async ({ page }) => {
    await openExplorer(page, '?actor=witkoff');
    await expect(heading(page)).toHaveText('Steve Witkoff');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, a[href], input, [role="button"], [role="option"]')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          if (
            box.width === 0 ||
            style.visibility === 'hidden' ||
            el.closest('[hidden], .visually-hidden')
          )
            return false;
          // Links inside running text are exempt (WCAG 2.5.8 inline exception).
          if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') return false;
          return box.width < 24 || box.height < 24;
        })
        .map(
          (el) =>
            `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}`,
        ),
    );
    expect(small).toEqual([]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    test(`axe: no serious or critical violations, ${scheme}, ${device}, with an actor selected`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await openExplorer(page, '?actor=witkoff');
      await expect(heading(page)).toHaveText('Steve Witkoff');
      await expect(timeline(page).getByRole('button', { name: /^Alaska summit/ })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('"Follow timeline" lets the timeline\'s visible range set the time window', async ({
  page,
}) => {
  const total = seed().statements!.length;
  await page.emulateMedia({ reducedMotion: 'reduce' }); // each click lands on a settled range
  await openExplorer(page);
  await expect(page.getByText(`Showing ${total} of ${total} statements`)).toBeVisible();
  await openFilters(page);
  await page.getByRole('checkbox', { name: 'Follow timeline' }).check();
  for (let i = 0; i < 3; i++) await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  await timeline(page).getByRole('button', { name: 'Later' }).click();
  // The window now follows the narrower visible range: fewer statements, and the
  // From/To fields and the URL say which days.
  await expect(
    page.getByText(
      new RegExp(`Showing \\d+ of ${total} statements, 2025-08-\\d\\d to 2025-08-\\d\\d`),
    ),
  ).toBeVisible();
  const status = page.getByText(/^Showing \d+ of/);
  await expect
    .poll(async () => Number((await status.textContent())!.match(/\d+/)![0]))
    .toBeLessThan(total);
  await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue(/^2025-08-\d\d$/);
  await expect(page).toHaveURL(/from=2025-08-\d\d&to=2025-08-\d\d/);
});
