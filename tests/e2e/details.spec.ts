import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openExplorer, seriousViolations } from './helpers';

/** The data files, read as written: counts below are the files' own, or counted by hand. */
const seed = JSON.parse(
  readFileSync(new URL('../../data/alaska-summit-2025.json', import.meta.url), 'utf8'),
) as {
  title: string;
  actors: unknown[];
  topics: unknown[];
  events: unknown[];
  statements: unknown[];
};
const antarctic = JSON.parse(
  readFileSync(new URL('../fixtures/valid/antarctic-treaty.json', import.meta.url), 'utf8'),
) as typeof seed;

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const firstHeading = (page: Page) => details(page).getByRole('heading').first();
/** The part of the panel under the sub-heading that starts with `title`. */
const part = (page: Page, title: RegExp) =>
  details(page)
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 3, name: title }) });

test.describe('nothing selected', () => {
  for (const [query, ds] of [
    ['', seed],
    ['?dataset=antarctic-treaty', antarctic],
  ] as const) {
    test(`shows the data set's title first and its counts${query ? ` (${query})` : ''}`, async ({
      page,
    }) => {
      await openExplorer(page, query);
      await expect(firstHeading(page)).toHaveText(ds.title);
      await expect(firstHeading(page)).toHaveJSProperty('tagName', 'H2');
      for (const [label, n] of [
        ['Actors', ds.actors.length],
        ['Topics', ds.topics.length],
        ['Events', ds.events.length],
        ['Statements', ds.statements.length],
      ] as const) {
        await expect(
          details(page)
            .locator('dl div')
            .filter({ has: page.locator('dt', { hasText: label }) })
            .locator('dd'),
        ).toHaveText(String(n));
      }
      await expect(details(page).getByRole('button', { name: 'Clear selection' })).toHaveCount(0);
    });
  }

  test('lists the most active actors as buttons, the credit and the date span', async ({
    page,
  }) => {
    await openExplorer(page, '?dataset=antarctic-treaty');
    const panel = details(page);
    // Soviet Union speaks in 5 statements and is spoken about in 1 (Eisenhower's invitation).
    const active = part(page, /^Most active/).getByRole('listitem');
    await expect(active).toHaveCount(5);
    await expect(active.first()).toHaveText('Soviet Union in 6 statements');
    await expect(panel.getByText('Data: Parley test fixture, from public sources')).toBeVisible();
    // Earliest: the approximate U.S. proposal of "1948-08"; latest: the planned review of "2048".
    await expect(panel.locator('p').filter({ hasText: /^Covers/ })).toHaveText(
      'Covers August 1948 – 2048',
    );
    await active.first().getByRole('button', { name: 'Soviet Union' }).click();
    await expect(firstHeading(page)).toHaveText('Soviet Union');
  });
});

test.describe('an actor', () => {
  test('Steve Witkoff: statements, quotes, certainty and via', async ({ page }) => {
    await openExplorer(page, '?actor=witkoff');
    const panel = details(page);
    await expect(firstHeading(page)).toHaveText('Steve Witkoff');
    await expect(panel.getByText('U.S. special envoy')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'United States' })).toBeVisible();

    // Counted by hand in data/alaska-summit-2025.json: ten statements with "speaker": "witkoff".
    const said = part(page, /^Statements/);
    await expect(said.getByRole('heading', { level: 3 })).toHaveText('Statements (10)');
    await expect(said.getByRole('article')).toHaveCount(10);
    // Grouped by topic: four on the peace agreement.
    await expect(
      said.getByRole('heading', { level: 4, name: 'Peace agreement (4)' }),
    ).toBeVisible();
    // A quote in typographic quotation marks, inside a blockquote.
    await expect(said.locator('blockquote', { hasText: 'game-changing' })).toHaveText(
      '“game-changing”',
    );

    // Two positions are known only through him: Putin's (reported) and Russia's (alleged).
    const relayed = part(page, /^Reported by Steve Witkoff/);
    await expect(relayed.getByRole('article')).toHaveCount(2);
    await expect(relayed.getByText('Reported', { exact: true })).toBeVisible();
    await expect(relayed.getByText('Alleged', { exact: true })).toBeVisible();
    await expect(relayed.getByText('Via: reported by').first()).toBeVisible();
    await expect(relayed.getByRole('button', { name: 'Vladimir Putin' })).toBeVisible();

    await expect(
      part(page, /^What others said about Steve Witkoff/).getByRole('heading'),
    ).toHaveText('What others said about Steve Witkoff (0)');
    const events = part(page, /^Events/);
    await expect(events.getByRole('heading')).toHaveText('Events (2)');
    await expect(panel.locator('[aria-live="polite"]')).toHaveText('Showing Steve Witkoff');
  });

  test('an event button in the panel selects the event; Back returns to the actor', async ({
    page,
  }) => {
    await openExplorer(page, '?actor=witkoff');
    await expect(firstHeading(page)).toHaveText('Steve Witkoff');
    await part(page, /^Events/)
      .getByRole('button', { name: 'Alaska summit' })
      .click();
    await expect(firstHeading(page)).toHaveText('Alaska summit');
    await expect(page).toHaveURL(/[?&]event=alaska-summit(&|$)/);
    await expect(details(page).locator('[aria-live="polite"]')).toHaveText('Showing Alaska summit');
    await page.goBack();
    await expect(firstHeading(page)).toHaveText('Steve Witkoff');
    await expect(page).toHaveURL(/[?&]actor=witkoff(&|$)/);
  });

  test('pressing a button in the panel by keyboard keeps focus in the panel', async ({ page }) => {
    await openExplorer(page, '?actor=witkoff');
    const button = part(page, /^Events/).getByRole('button', { name: 'Alaska summit' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(firstHeading(page)).toHaveText('Alaska summit');
    await expect(firstHeading(page)).toBeFocused();
  });

  test('says how many statements the filters hide', async ({ page }) => {
    // Witkoff: 4 of his 10 statements are on the peace agreement.
    await openExplorer(page, '?actor=witkoff&topic=peace-agreement');
    const said = part(page, /^Statements/);
    await expect(said.getByRole('heading', { level: 3 })).toHaveText('Statements (4)');
    await expect(said.getByRole('article')).toHaveCount(4);
    await expect(said.getByText('6 more hidden by the current filters')).toBeVisible();
  });

  test('what others said leads to the edge, and the edge back to both actors', async ({ page }) => {
    // Russia is spoken about twice, both times by Witkoff.
    await openExplorer(page, '?actor=russia');
    const about = part(page, /^What others said about Russia/);
    await expect(about.getByRole('article')).toHaveCount(2);
    await about
      .getByRole('button', { name: 'All statements from Steve Witkoff about Russia' })
      .first()
      .click();
    await expect(firstHeading(page)).toHaveText('Steve Witkoff → Russia');
    await expect(details(page).getByRole('article')).toHaveCount(2);
    await details(page).getByRole('button', { name: 'Steve Witkoff', exact: true }).first().click();
    await expect(firstHeading(page)).toHaveText('Steve Witkoff');
  });

  test('the search box selects an actor by an alias; Escape clears it', async ({ page }) => {
    await openExplorer(page);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Zelensky');
    await search.press('Enter');
    await expect(firstHeading(page)).toHaveText('Volodymyr Zelenskyy');
    await expect(details(page).locator('[aria-live="polite"]')).toHaveText(
      'Showing Volodymyr Zelenskyy',
    );
    // Counted by hand: four statements with "speaker": "zelenskyy".
    await expect(part(page, /^Statements/).getByRole('article')).toHaveCount(4);
    await details(page).getByRole('button', { name: 'Clear selection' }).focus();
    await page.keyboard.press('Escape');
    await expect(firstHeading(page)).toHaveText(seed.title);
  });

  test('Clear selection returns to the overview', async ({ page }) => {
    await openExplorer(page, '?actor=witkoff');
    await details(page).getByRole('button', { name: 'Clear selection' }).click();
    await expect(firstHeading(page)).toHaveText(seed.title);
    await expect(page).not.toHaveURL(/actor=/);
  });

  test('year-precision dates read as the year only', async ({ page }) => {
    await openExplorer(page, '?dataset=antarctic-treaty&actor=soviet-union');
    const panel = details(page);
    await expect(firstHeading(page)).toHaveText('Soviet Union');
    await expect(part(page, /^Statements/).getByRole('article')).toHaveCount(5);
    await expect(panel.locator('time[datetime="1950"]')).toHaveText('1950');
    await expect(panel.locator('time[datetime="1957"]')).toHaveText('1957');
    await expect(panel.getByText('Denied', { exact: true })).toBeVisible();
  });
});

test.describe('an event', () => {
  test('a planned event says "Planned"', async ({ page }) => {
    await openExplorer(page, '?event=washington-meeting');
    await expect(firstHeading(page)).toHaveText('Washington meeting with Trump');
    await expect(details(page).getByText('Planned', { exact: true })).toBeVisible();
    await expect(part(page, /^Participants/).getByRole('button')).toHaveCount(3);
  });

  for (const [id, title, status, year] of [
    ['protocol-review', 'Review conference on the Madrid Protocol', 'Planned', '2048'],
    [
      'cramra-signature',
      'Signature of the minerals convention by Australia and France',
      'Cancelled',
      '1989',
    ],
    ['helsinki-atcm-2020', 'Consultative Meeting in Helsinki', 'Postponed', '2020'],
  ]) {
    test(`${status} event at year precision: ${id}`, async ({ page }) => {
      await openExplorer(page, `?dataset=antarctic-treaty&event=${id}`);
      await expect(firstHeading(page)).toHaveText(title!);
      await expect(details(page).getByText(status!, { exact: true })).toBeVisible();
      await expect(details(page).locator('.dateline time')).toHaveText(year!);
    });
  }

  test('an approximate date reads "c."', async ({ page }) => {
    await openExplorer(page, '?dataset=antarctic-treaty&event=us-1948-proposal');
    await expect(details(page).locator('.dateline')).toHaveText('c. August 1948');
  });

  test('a topic button selects the topic, its statements grouped by stance', async ({ page }) => {
    await openExplorer(page, '?event=rubio-sunday-shows');
    await part(page, /^Topics/)
      .getByRole('button', { name: 'Peace agreement' })
      .click();
    await expect(firstHeading(page)).toHaveText('Peace agreement');
    // Seven statements on the peace agreement: 5 positive, 1 mixed, 1 neutral.
    await expect(details(page).getByRole('article')).toHaveCount(7);
    await expect(details(page).getByRole('heading', { level: 4 })).toHaveText([
      /Positive \(5\)/,
      /Mixed \(1\)/,
      /Neutral \(1\)/,
    ]);
  });

  test('source links are http(s) and open safely; a source without URL is text', async ({
    page,
  }) => {
    await openExplorer(page, '?dataset=antarctic-treaty&event=washington-conference');
    const links = details(page).getByRole('link');
    await expect(links.first()).toBeVisible();
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(3); // two event sources, one archived copy, statement sources
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      await expect(link).toHaveAttribute('href', /^https?:\/\//);
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAttribute('target', '_blank');
    }
    await expect(
      part(page, /^Sources/).getByRole('link', {
        name: /^Secretariat of the Antarctic Treaty: The Antarctic Treaty/,
      }),
    ).toHaveAttribute('href', 'https://www.ats.aq/e/antarctictreaty.html');

    // The seed's only source has no URL: its title is plain text, never a link.
    await openExplorer(page, '?event=alaska-summit');
    const sources = part(page, /^Sources/);
    await expect(sources.getByText(/^News report on the Alaska summit/)).toBeVisible();
    await expect(details(page).getByRole('link')).toHaveCount(0);
  });
});

test('long lists are listed thirty at a time until asked for all', async ({ page }) => {
  // Counted from data/german-nuclear-2011.json: Angela Merkel speaks 60 times, the
  // topic "Ausstieg (schnell)" has 132 statements, the Greens speak 54 times.
  await openExplorer(page, '?dataset=german-nuclear-2011&lang=en&actor=angela-merkel');
  await expect(firstHeading(page)).toHaveText('Angela Merkel');
  const said = part(page, /^Statements/);
  await expect(said.getByRole('heading', { level: 3 })).toHaveText('Statements (60)');
  await expect(said.getByRole('article')).toHaveCount(30);
  await expect(said.getByText('Listing 30 of 60 statements.')).toBeVisible();
  expect(await seriousViolations(page, 'section[aria-label="Details"]')).toEqual([]);
  const before = await said
    .getByRole('article')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-statement')));

  // By keyboard: the button goes away and focus goes on to a statement not listed before.
  await said.getByRole('button', { name: 'Show all 60 statements' }).focus();
  await page.keyboard.press('Enter');
  await expect(said.getByRole('article')).toHaveCount(60);
  await expect(said.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
  const focused = await page.evaluate(() =>
    document.activeElement?.closest('article')?.getAttribute('data-statement'),
  );
  expect(focused).toBeTruthy();
  expect(before).not.toContain(focused);

  // Another actor starts again from thirty; so does a topic, through its URL.
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('Grüne');
  await search.press('Enter');
  await expect(firstHeading(page)).toHaveText('Grüne');
  await expect(part(page, /^Statements/).getByRole('article')).toHaveCount(30);
  await openExplorer(page, '?dataset=german-nuclear-2011&lang=en&on=ausstieg-schnell');
  await expect(part(page, /^Statements/).getByRole('article')).toHaveCount(30);
  await expect(page.getByText('Listing 30 of 132 statements.')).toBeVisible();
});

test('an actor of a large data set lists thirty of their events until asked for all', async ({
  page,
}) => {
  // Counted from the generated synthetic-10000 file: "Actor 1" (a0) takes part in 130 events.
  const port = Number(process.env.PARLEY_E2E_PORT ?? 4317);
  const synthetic = JSON.parse(
    readFileSync(`dist-e2e/${port}-synthetic/synthetic-10000.json`, 'utf8'),
  ) as { events: { id: string; participants?: string[] }[] };
  const theirs = synthetic.events.filter((e) => e.participants?.includes('a0')).length;
  expect(theirs).toBeGreaterThan(30);
  await openExplorer(page, '?dataset=synthetic-10000&actor=a0');
  await expect(firstHeading(page)).toHaveText('Actor 1');
  const events = part(page, /^Events/);
  await expect(events.getByRole('heading', { level: 3 })).toHaveText(`Events (${theirs})`);
  await expect(events.getByRole('listitem')).toHaveCount(30);
  await expect(events.getByText(`Listing 30 of ${theirs} events.`)).toBeVisible();
  await events.getByRole('button', { name: `Show all ${theirs} events` }).click();
  await expect(events.getByRole('listitem')).toHaveCount(theirs);
  // Focus goes on to the first event not listed before.
  const focused = await page.evaluate(
    () => document.activeElement?.closest('[data-event]') !== null,
  );
  expect(focused).toBe(true);
  await expect(events.getByRole('listitem').nth(30)).toBeFocused();
});

test('a new selection starts the panel at the top', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openExplorer(page, '?actor=witkoff');
  const panel = details(page);
  await expect(firstHeading(page)).toHaveText('Steve Witkoff');
  const scrollTop = () => panel.evaluate((el) => el.scrollTop);
  // Witkoff's panel is taller than the panel's box at this size: it scrolls.
  await panel.evaluate((el) => (el.scrollTop = 400));
  expect(await scrollTop()).toBe(400);
  // Chosen in the graph (from the panel itself, focus moving to the new heading
  // would scroll it into view anyway).
  await page
    .getByRole('region', { name: 'Actor graph' })
    .getByRole('button', { name: 'Vladimir Putin' })
    .click();
  await expect(firstHeading(page)).toHaveText('Vladimir Putin');
  expect(await scrollTop()).toBe(0);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const query of [
    '?actor=witkoff',
    '?dataset=antarctic-treaty&actor=soviet-union',
    '?dataset=antarctic-treaty',
  ]) {
    test(`axe finds no serious problems in the panel (${scheme}, ${query})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openExplorer(page, query);
      await expect(firstHeading(page)).toBeVisible();
      await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      const violations = await page.evaluate(async () => {
        type Run = (context: unknown, options: unknown) => Promise<{ violations: unknown[] }>;
        const axe = (window as unknown as { axe: { run: Run } }).axe;
        const result = await axe.run(
          { include: ['section[aria-label="Details"]'] },
          { resultTypes: ['violations'] },
        );
        return (
          result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[]
        )
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    });
  }
}
