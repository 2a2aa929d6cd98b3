import { expect, test, type Page } from '@playwright/test';
import { openExplorer, openFilters } from './helpers';

const table = (page: Page) => page.getByRole('table', { name: /^Statements — / });
const bodyRows = (page: Page) => table(page).locator('tbody > tr');
const status = (page: Page) => page.getByText(/^Showing \d+ of \d+ statements/);
const header = (page: Page, name: string) =>
  table(page).getByRole('columnheader', { name: new RegExp(`^${name}`) });

async function openTable(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Table', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(table(page)).toBeVisible();
}

test('the Table button shows one row per visible statement, with all columns', async ({ page }) => {
  await openExplorer(page);
  await openTable(page);
  // data/alaska-summit-2025.json has 25 statements, all visible without filters.
  await expect(status(page)).toHaveText('Showing 25 of 25 statements');
  await expect(bodyRows(page)).toHaveCount(25);
  await expect(table(page).locator('caption')).toContainText('Statements — 25 shown');
  await expect(table(page).getByRole('columnheader')).toHaveText([
    /^Date/,
    /^Speaker/,
    /^About/,
    /^Topic/,
    /^Stance/,
    /^Certainty/,
    /^Quote or summary/,
    /^Source/,
  ]);
  // Putin's consent is reported, and known only through Witkoff.
  const putin = bodyRows(page).filter({ hasText: 'Putin agreed in principle' });
  await expect(putin.getByText('Reported', { exact: true })).toBeVisible();
  await expect(putin.getByRole('button', { name: 'Steve Witkoff' })).toBeVisible();
  await expect(putin).toContainText('via Steve Witkoff');
  await expect(putin).toContainText('+Positive');
  // A quote is shown in quotation marks.
  await expect(table(page).getByText('“game-changing”', { exact: true })).toBeVisible();
});

test('a topic chip narrows the table to that topic', async ({ page }) => {
  await openExplorer(page);
  await openTable(page);
  await openFilters(page);
  const topics = page.getByRole('group', { name: 'Topics' });
  // Counted by hand: seven statements have "topic": "peace-agreement".
  await topics.getByRole('button', { name: 'Peace agreement' }).click();
  await expect(status(page)).toHaveText('Showing 7 of 25 statements');
  await expect(bodyRows(page)).toHaveCount(7);
  await expect(table(page).locator('caption')).toContainText('Statements — 7 shown');
  for (const cell of await bodyRows(page).locator('td:nth-child(4)').all()) {
    await expect(cell).toHaveText('Peace agreement');
  }
  // And one more topic: ten on Article 5-style guarantees, seventeen together.
  await topics.getByRole('button', { name: 'Article 5-style security guarantees' }).click();
  await expect(bodyRows(page)).toHaveCount(17);
});

test('sorting by date is chronological, with aria-sort on the sorted column', async ({ page }) => {
  await openExplorer(page, '?dataset=antarctic-treaty');
  await openTable(page);
  await expect(bodyRows(page)).toHaveCount(21);
  const firstDate = bodyRows(page).first().locator('time').first();
  const date = header(page, 'Date');

  // Sort by speaker first, so the date sort below is a change that can be seen.
  await header(page, 'Speaker').getByRole('button').click();
  await expect(header(page, 'Speaker')).toHaveAttribute('aria-sort', 'ascending');
  await expect(date).not.toHaveAttribute('aria-sort');
  await expect(bodyRows(page).first().locator('td').nth(1)).toHaveText(
    'Antarctic Treaty Consultative Parties',
  );

  await date.getByRole('button').click();
  await expect(date).toHaveAttribute('aria-sort', 'ascending');
  await expect(header(page, 'Speaker')).not.toHaveAttribute('aria-sort');
  // Earliest: the U.S. proposal of "1948-08" (an event date at month precision).
  await expect(firstDate).toHaveAttribute('datetime', '1948-08');
  await expect(firstDate).toHaveText('August 1948');
  // Chronological, not alphabetical: "1950" (year) comes after both 1948 rows.
  await expect(bodyRows(page).nth(2).locator('time').first()).toHaveText('1950');

  await date.getByRole('button').click();
  await expect(date).toHaveAttribute('aria-sort', 'descending');
  // Latest: the Madrid Protocol, 1991-10-04.
  await expect(firstDate).toHaveAttribute('datetime', '1991-10-04');
});

test('names in the table select the actor in the details panel', async ({ page }) => {
  await openExplorer(page);
  await openTable(page);
  await bodyRows(page)
    .filter({ hasText: 'The minute you put in new sanctions' })
    .getByRole('button', { name: 'Marco Rubio' })
    .click();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
  ).toHaveText('Marco Rubio');
  await expect(page).toHaveURL(/[?&]actor=rubio(&|$)/);
});

test('the table follows the time window', async ({ page }) => {
  // Antarctic statements dated 1983 to 1989: Malaysia and the reply (1983), Greenpeace
  // (1987), the UK (1988-06-02), Hawke and Rocard (at the "1989" event): six.
  await openExplorer(page, '?dataset=antarctic-treaty&from=1980&to=1990');
  await openTable(page);
  await expect(status(page)).toContainText('Showing 6 of 21 statements');
  await expect(bodyRows(page)).toHaveCount(6);
});

test('on a 360-px screen the table does not make the page scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openExplorer(page, '?dataset=antarctic-treaty');
  await openTable(page);
  await expect(bodyRows(page)).toHaveCount(21);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The sort buttons are still there and work.
  await header(page, 'Date').getByRole('button').click();
  await expect(header(page, 'Date')).toHaveAttribute('aria-sort', 'descending');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious problems in the table (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openExplorer(page, '?dataset=antarctic-treaty');
    await openTable(page);
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await page.evaluate(async () => {
      type Run = (context: unknown, options: unknown) => Promise<{ violations: unknown[] }>;
      const axe = (window as unknown as { axe: { run: Run } }).axe;
      const result = await axe.run(
        { include: ['section[aria-label="Statements table"]'] },
        { resultTypes: ['violations'] },
      );
      return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });
}

test('a long table lists a hundred rows at a time, and new filters start again', async ({
  page,
}) => {
  // Renders the German set's 1,164 rows twice: on a loaded 2-core machine the steps
  // together have run past the default 30 s (twice, at 35 s), each step in time.
  test.slow();
  // Counted from data/german-nuclear-2011.json: 1164 statements, 106 on "ausstieg-mit-deadline".
  await openExplorer(page, '?dataset=german-nuclear-2011');
  await openTable(page);
  await expect(bodyRows(page)).toHaveCount(100);
  await expect(table(page).locator('caption')).toContainText(
    'Statements — 1164 shown, the first 100 listed',
  );
  await expect(page.getByText('Listing 100 of 1164 statements.')).toBeVisible();

  // Focus goes to the first new row, where reading goes on (by keyboard, too).
  await page.getByRole('button', { name: 'Show 100 more' }).focus();
  await page.keyboard.press('Enter');
  await expect(bodyRows(page)).toHaveCount(200);
  await expect(bodyRows(page).nth(100)).toBeFocused();
  await page.getByRole('button', { name: 'Show all 1164' }).click();
  await expect(bodyRows(page)).toHaveCount(1164);
  await expect(page.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
  await expect(bodyRows(page).nth(200)).toBeFocused();
  await expect(table(page).locator('caption')).not.toContainText('listed');

  // A topic chip: 106 statements, listed again from the first hundred; 6 more.
  await openFilters(page);
  await page
    .getByRole('group', { name: 'Topics' })
    .getByRole('button', { name: 'Ausstieg (mit Deadline)' })
    .click();
  await expect(status(page)).toHaveText('Showing 106 of 1164 statements');
  await expect(bodyRows(page)).toHaveCount(100);
  await page.getByRole('button', { name: 'Show 6 more' }).click();
  await expect(bodyRows(page)).toHaveCount(106);
});
