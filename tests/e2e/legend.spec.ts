// One legend, beside the graph, that lists only what the data set (and the view) has.
//
// The expected entries were counted from the data files by hand (kinds of the actors,
// stances and certainties of the statements, `via`, event statuses, and actors no
// statement names):
// - seed: 4 kinds, 1 actor in no statement (European Commission); all 4 stances;
//   confirmed, reported, alleged and 2 via; events held and 1 planned.
// - German 2011: persons, organizations and groups (no states), no `about` (so topics
//   are nodes); positive and negative only; all confirmed, no via; no events.
// - Antarctic (test set): 4 kinds, 1 idle actor; 4 stances; all 4 certainties and via;
//   held, planned, cancelled and postponed events.
// - Basin talks (test set): states, organizations, persons, none idle; 4 stances;
//   confirmed and reported, no via; held, planned and postponed.
import { expect, test, type Page } from '@playwright/test';
import { openExplorer, seriousViolations } from './helpers';

const legend = (page: Page) => page.getByRole('region', { name: 'Legend' });
const graph = (page: Page) => page.getByRole('region', { name: 'Actor graph' });

const CASES: { query: string; titles: string[]; entries: string[] }[] = [
  {
    query: '',
    titles: ['Nodes', 'Size', 'Events', 'Stance', 'Certainty'],
    entries: [
      'Person',
      'State',
      'Organization',
      'Group',
      'No statement in this view',
      'Statements by or about the actor, 1 to 10',
      'Held',
      'Planned',
      '+ Positive',
      '− Negative',
      '○ Neutral',
      '± Mixed',
      'Confirmed',
      'Reported',
      'Alleged',
      'Via: reported by another actor',
    ],
  },
  {
    query: '?dataset=german-nuclear-2011&lang=en',
    titles: ['Nodes', 'Size', 'Stance'],
    entries: [
      'Person',
      'Organization',
      'Group',
      'Topic',
      'No statement in this view',
      'Statements by the actor or on the topic, 1 to 132',
      '+ Positive',
      '− Negative',
    ],
  },
  {
    query: '?dataset=antarctic-treaty',
    titles: ['Nodes', 'Size', 'Events', 'Stance', 'Certainty'],
    entries: [
      'Person',
      'State',
      'Organization',
      'Group',
      'No statement in this view',
      'Statements by or about the actor, 1 to 6',
      'Held',
      'Planned',
      'Cancelled',
      'Postponed',
      '+ Positive',
      '− Negative',
      '○ Neutral',
      '± Mixed',
      'Confirmed',
      'Reported',
      'Alleged',
      'Denied',
      'Via: reported by another actor',
    ],
  },
  {
    query: '?dataset=basin-talks',
    titles: ['Nodes', 'Size', 'Events', 'Stance', 'Certainty'],
    entries: [
      'Person',
      'State',
      'Organization',
      'Statements by or about the actor, 1 to 6',
      'Held',
      'Planned',
      'Postponed',
      '+ Positive',
      '− Negative',
      '○ Neutral',
      '± Mixed',
      'Confirmed',
      'Reported',
    ],
  },
];

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const { query, titles, entries } of CASES) {
    test(`${query || 'the seed'}: lists exactly what the data has, beside the graph`, async ({
      page,
    }) => {
      await openExplorer(page, query);
      await expect(legend(page)).toHaveCount(1);
      await expect(legend(page).locator('.title:visible')).toHaveText(titles);
      await expect(legend(page).getByRole('listitem')).toHaveText(entries);
      // Beside the graph (on its left), starting level with it, and always open.
      const key = (await legend(page).boundingBox())!;
      const drawing = (await graph(page).boundingBox())!;
      expect(key.x + key.width).toBeLessThanOrEqual(drawing.x);
      expect(Math.abs(key.y - drawing.y)).toBeLessThan(24);
      await expect(legend(page).getByRole('button', { name: 'Legend' })).toBeHidden();
      for (const entry of entries.slice(0, 3))
        await expect(legend(page).getByText(entry, { exact: true })).toBeVisible();
    });
  }

  test('no second copy: neither the panel nor the footer has a legend', async ({ page }) => {
    await openExplorer(page);
    await expect(page.getByRole('region', { name: 'Legend' })).toHaveCount(1);
    await expect(page.locator('summary', { hasText: 'Legend' })).toHaveCount(0);
    const panel = page.getByRole('region', { name: 'Details' });
    await expect(panel.getByText('Via: reported by another actor')).toHaveCount(0);
    await expect(page.getByRole('contentinfo').getByRole('listitem')).toHaveCount(0);
  });

  test('follows the view: a selection keys the faded nodes, a topic its own stances', async ({
    page,
  }) => {
    await openExplorer(page, '?actor=witkoff');
    await expect(legend(page).getByText('Not linked to the selection')).toBeVisible();
    // Cleared, the entry keeps its room (the key does not change height) but is not shown.
    const box = await legend(page).boundingBox();
    await page.keyboard.press('Escape');
    await expect(legend(page).getByText('Not linked to the selection')).toBeHidden();
    expect((await legend(page).boundingBox())!.height).toBe(box!.height);
    // The one statement on sanctions (Rubio's) is negative and confirmed; its one
    // event (Meet the Press) was held.
    await openExplorer(page, '?topic=sanctions-on-russia');
    await expect(legend(page).locator('.title:visible')).toHaveText(['Nodes', 'Size', 'Stance']);
    await expect(
      legend(page).getByRole('list', { name: 'Stance' }).getByRole('listitem'),
    ).toHaveText(['− Negative']);
  });

  test('in "who on what" the topic diamond is keyed, and what size counts there', async ({
    page,
  }) => {
    await openExplorer(page, '?graph=topics');
    const nodes = legend(page).getByRole('list', { name: 'Nodes' });
    await expect(nodes.getByText('Topic', { exact: true })).toBeVisible();
    await expect(legend(page).getByRole('list', { name: 'Size' })).toHaveText(
      /Statements by the actor or on the topic, 1 to \d+/,
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious in the legend (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openExplorer(page, '?dataset=antarctic-treaty&actor=soviet-union');
      expect(await seriousViolations(page, '.legend')).toEqual([]);
    });
  }
});

test.describe('on a 375×812 phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the legend is a closed disclosure under the graph, opened by click or key', async ({
    page,
  }) => {
    await openExplorer(page);
    const toggle = legend(page).getByRole('button', { name: 'Legend' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(legend(page).getByText('Person', { exact: true })).toBeHidden();
    const key = (await legend(page).boundingBox())!;
    const drawing = (await graph(page).boundingBox())!;
    expect(key.y).toBeGreaterThanOrEqual(drawing.y + drawing.height);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(legend(page).getByText('Person', { exact: true })).toBeVisible();
    await toggle.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(legend(page).getByText('Person', { exact: true })).toBeHidden();
    await toggle.press('Space');
    await expect(legend(page).getByRole('listitem')).toHaveCount(16);
    // Nothing in it runs off a phone's screen.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });
});
