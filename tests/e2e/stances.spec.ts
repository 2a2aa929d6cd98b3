/**
 * "Stances over time" (issue 15, item 4): the visible statements per period by stance,
 * its table alternative, an actor's counts and reversals, brushing by keyboard and
 * pointer, and Play. Expected counts are worked out by hand (the seed) or counted here
 * from the raw file's date strings (the German set), never by the code under test.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openExplorer, openFilters, readData, seed, seriousViolations } from './helpers';

const GERMAN = '?dataset=german-nuclear-2011&lang=en';
const DAY = 86_400_000;

function region(page: Page): Locator {
  return page.getByRole('region', { name: 'Stances over time' });
}

/** Opens the table alternative and returns its body rows as [period, +, −, ○, ±, total]. */
async function tableRows(page: Page): Promise<string[][]> {
  const r = region(page);
  // Not "Show as table": the page's "Table" button (a contract) is found by a name that
  // contains "table", so no other button's may.
  const toggle = r.getByRole('button', { name: 'Show the counts' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const table = r.getByRole('table');
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
      ),
    );
}

async function totalsRow(page: Page): Promise<string[]> {
  return region(page)
    .getByRole('table')
    .locator('tfoot tr td')
    .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));
}

function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

const STANCE_ORDER = ['positive', 'negative', 'neutral', 'mixed'] as const;

/**
 * The German set's statements per ISO week (Monday start) or per day by stance, from
 * the date strings, every period from the first to the last.
 */
function germanCounts(unit: 'week' | 'day', topic?: string): string[][] {
  const data = readData('data/german-nuclear-2011.json');
  const weeks = new Map<number, number[]>();
  for (const s of data.statements ?? []) {
    if (topic && s.topic !== topic) continue;
    const [y, m, d] = (s.date as string).split('-').map(Number) as [number, number, number];
    const day = Date.UTC(y, m - 1, d);
    const monday = unit === 'day' ? day : day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
    const row = weeks.get(monday) ?? [0, 0, 0, 0];
    row[STANCE_ORDER.indexOf(s.stance as (typeof STANCE_ORDER)[number])]! += 1;
    weeks.set(monday, row);
  }
  const starts = [...weeks.keys()].sort((a, b) => a - b);
  const rows: string[][] = [];
  const step = unit === 'day' ? DAY : 7 * DAY;
  for (let w = starts[0]!; w <= starts[starts.length - 1]!; w += step) {
    const row = weeks.get(w) ?? [0, 0, 0, 0];
    rows.push([...row, row.reduce((a, b) => a + b, 0)].map(String));
  }
  return rows;
}

test.describe('seed data set', () => {
  test('the table alternative counts each day by stance', async ({ page }) => {
    await openExplorer(page);
    // By hand from data/alaska-summit-2025.json (statements take their event's date):
    // 15 August, the Alaska summit: putin-accepts-article-5 and russia-sovereignty-law
    // positive, trump-drops-ceasefire negative. 16 August: nothing. 17 August: 22 —
    // positive 14 (Witkoff 7, von der Leyen 3, Zelenskyy 3, officials-see-momentum),
    // negative 1 (rubio-against-sanctions), neutral 4 (witkoff-nato-motive,
    // -ukrainians-decide, -not-with-putin-alone, rubio-not-close), mixed 3
    // (rubio-areas-of-agreement, european-officials-cautious, zelenskyy-unclear-mechanics).
    expect(await tableRows(page)).toEqual([
      ['August 15, 2025', '2', '1', '0', '0', '3'],
      ['August 16, 2025', '0', '0', '0', '0', '0'],
      ['August 17, 2025', '14', '1', '4', '3', '22'],
    ]);
    expect(await totalsRow(page)).toEqual(['16', '2', '4', '3', '25']);
    const head = await region(page).getByRole('columnheader').allTextContents();
    expect(head.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
      'Period',
      '+ Positive',
      '− Negative',
      '○ Neutral',
      '± Mixed',
      'Total',
    ]);
    // The data has all 25 statements.
    expect(seed().statements).toHaveLength(25);
  });

  test('an actor selected shows their own counts and no reversal where there is none', async ({
    page,
  }) => {
    await openExplorer(page);
    const witkoff = page
      .getByRole('region', { name: 'Actor graph' })
      .getByRole('button', { name: /^Steve Witkoff/ });
    await witkoff.focus();
    await page.keyboard.press('Enter');
    // Witkoff speaks ten times, all on 17 August: no two of his statements on a topic
    // are on different days, so no reversal.
    await expect(region(page)).toContainText('Steve Witkoff: 10 statements here');
    await expect(region(page)).toContainText('0 reversals of stance');
    await expect(region(page).getByRole('list', { name: /^Reversals/ })).toHaveCount(0);
  });
});

test.describe('German set', () => {
  test('the table has a row per week with the counts from the file', async ({ page }) => {
    await openExplorer(page, GERMAN);
    const expected = germanCounts('week');
    // 11 March to 30 June 2011: the weeks from Monday 7 March to Monday 27 June.
    expect(expected).toHaveLength(17);
    const rows = await tableRows(page);
    expect(rows.map((r) => r.slice(1))).toEqual(expected);
    expect(rows[0]![0]).toContain('7. März 2011');
    expect(rows[16]![0]).toContain('3. Juli 2011');
    // Counts are written as the interface's language writes them (English: "1,164").
    expect((await totalsRow(page)).at(-1)).toBe('1,164');
  });

  test('a topic filter narrows the counts to the topic', async ({ page }) => {
    await openExplorer(page, GERMAN);
    await openFilters(page);
    await page
      .getByRole('group', { name: 'Topics' })
      .getByRole('button', { name: 'Moratorium', exact: true })
      .click();
    await expect(region(page)).toContainText('On Moratorium');
    // The moratorium is spoken of from 14 March to 12 May 2011: 60 days, so by day,
    // from its first day to its last.
    const expected = germanCounts('day', 'moratorium');
    expect(expected).toHaveLength(60);
    const rows = await tableRows(page);
    expect(rows.map((r) => r.slice(1))).toEqual(expected);
    expect(rows[0]![0]).toBe('14. März 2011');
    const total = readData('data/german-nuclear-2011.json').statements!.filter(
      (s) => s.topic === 'moratorium',
    ).length;
    expect((await totalsRow(page)).at(-1)).toBe(String(total));
  });

  test('an actor selected shows their counts and a reversal found in the data', async ({
    page,
  }) => {
    await openExplorer(page, GERMAN);
    const lammert = page
      .getByRole('region', { name: 'Actor graph' })
      .getByRole('button', { name: /^Norbert Lammert/ });
    await lammert.focus();
    await page.keyboard.press('Enter');
    // Norbert Lammert: c0151 (15 March, moratorium, positive), c0152 (15 March, gesetzliche
    // basis, positive), c0179 (16 March, moratorium, negative), c0607 (15 April,
    // übereiltes Handeln, negative): one reversal, on the moratorium, 16 March.
    const r = region(page);
    await expect(r).toContainText('Norbert Lammert: 4 statements here');
    await expect(r).toContainText('1 reversal of stance');
    const list = r.getByRole('list', { name: 'Reversals of \u2068Norbert Lammert\u2069' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByRole('listitem')).toContainText(
      /16\. März 2011 · Moratorium:\s*\+\s*Positive\s*→\s*−\s*Negative\s*\(since 15\. März 2011\)/,
    );
  });

  test('brushing by keyboard sets the window, Escape clears it', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // the timeline jumps, no animation
    await openExplorer(page, GERMAN);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline).toHaveAttribute('data-window-start', /.+/);
    const before = await timeline.getAttribute('data-window-start');
    const periods = region(page).getByRole('slider', { name: /^Period/ });
    await periods.focus();
    await page.keyboard.press('Home');
    await expect(periods).toHaveAttribute('aria-valuetext', /^7\. März 2011 – 13\. März 2011: /);
    await page.keyboard.press('ArrowRight');
    await expect(periods).toHaveAttribute('aria-valuetext', /^14\. März 2011 – 20\. März 2011: /);
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('from')).toBe('2011-03-14');
    expect(query(page).get('to')).toBe('2011-03-20');
    // The timeline follows: it shows the whole week (with its own margin), not much more.
    const shown = async () => {
      const start = Date.parse((await timeline.getAttribute('data-window-start')) ?? '');
      const end = Date.parse((await timeline.getAttribute('data-window-end')) ?? '');
      return {
        moved: start > Date.parse(before ?? ''),
        week: start <= Date.UTC(2011, 2, 14) && end >= Date.UTC(2011, 2, 21),
        narrow: end - start < 14 * DAY,
      };
    };
    await expect.poll(shown).toEqual({ moved: true, week: true, narrow: true });
    // The week is now shown by day: seven periods.
    await expect(periods).toHaveAttribute('aria-valuemax', '6');
    // The filter bar counts the week's statements, as the file has them.
    const week = germanCounts('week')[1]!.at(-1);
    await expect(page.getByText(`Showing ${week} of 1,164 statements`)).toBeVisible();
    await periods.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => query(page).has('from')).toBe(false);
    expect(query(page).has('to')).toBe(false);
    await expect(periods).toHaveAttribute('aria-valuemax', '16');
  });

  test('dragging across the bars sets the window to the weeks dragged over', async ({ page }) => {
    await openExplorer(page, GERMAN);
    const surface = region(page).getByRole('slider', { name: /^Period/ });
    await surface.scrollIntoViewIfNeeded();
    const box = (await surface.boundingBox())!;
    // The bars start 30 px in and end 8 px before the right edge: 17 weeks.
    const band = (box.width - 38) / 17;
    const x = (i: number) => box.x + 30 + (i + 0.5) * band;
    const y = box.y + 50;
    await page.mouse.move(x(1), y);
    await page.mouse.down();
    await page.mouse.move(x(2), y, { steps: 3 });
    await page.mouse.move(x(3), y, { steps: 3 });
    await page.mouse.up();
    // Weeks 2 to 4: Monday 14 March to Sunday 3 April.
    await expect.poll(() => query(page).get('from')).toBe('2011-03-14');
    expect(query(page).get('to')).toBe('2011-04-03');
  });

  test('Play steps a month window through the data and Pause stops it', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openExplorer(page, GERMAN);
    const r = region(page);
    await expect(r).toBeVisible();
    // Without animation: the bars change at once.
    const seg = r.locator('rect.seg').first();
    expect(await seg.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    // Timers from here on are the test's: each step is 1.2 s of the fake clock.
    await page.clock.install();
    await r.getByLabel('Play by').selectOption('month');
    const play = r.getByRole('button', { name: 'Play', exact: true });
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => query(page).get('from')).toBe('2011-03-01');
    expect(query(page).get('to')).toBe('2011-03-31');
    await expect(r).toContainText('Month 1 of 4');
    await page.clock.runFor(1250);
    await expect.poll(() => query(page).get('from')).toBe('2011-04-01');
    expect(query(page).get('to')).toBe('2011-04-30');
    await page.clock.runFor(1250);
    await expect.poll(() => query(page).get('from')).toBe('2011-05-01');
    // Pause: time goes on, the window stays.
    await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    await page.clock.runFor(5000);
    expect(query(page).get('from')).toBe('2011-05-01');
    await expect(r).toContainText('Month 3 of 4');
    // Resume: the last month, then it stops by itself.
    await play.click();
    await expect.poll(() => query(page).get('from')).toBe('2011-06-01');
    expect(query(page).get('to')).toBe('2011-06-30');
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    await page.clock.runFor(5000);
    expect(query(page).get('from')).toBe('2011-06-01');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations in the region, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openExplorer(page, `${GERMAN}&actor=norbert-lammert`);
    await tableRows(page);
    await expect(region(page).getByRole('list', { name: /^Reversals/ })).toBeVisible();
    expect(await seriousViolations(page, 'section.stances')).toEqual([]);
  });
}

test('on a 375-px phone the region fits without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openExplorer(page, `${GERMAN}&actor=norbert-lammert`);
  await tableRows(page);
  await region(page).scrollIntoViewIfNeeded();
  const box = (await region(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
