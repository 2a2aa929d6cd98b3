/**
 * The interface in the data set's language (issue #13, phase 1: English and German).
 * The bundled German set speaks German in the explorer and the embed — no English
 * interface word in its visible text or accessible names, counts as German writes them
 * ("1.164") — `?lang=en` brings English back, `<html lang>` follows, and axe finds
 * nothing serious in German, light and dark.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openExplorer, seriousViolations } from './helpers';

const GERMAN = '?dataset=german-nuclear-2011';

/**
 * English interface words, written by hand from the English catalogue: none of them
 * may show in the German interface. Whole words, case-sensitive (German shares
 * "Details", "Filter", "Person", "Neutral", "Zoom" with English, so those are not here).
 */
const ENGLISH_WORDS = [
  'Search',
  'Table',
  'Legend',
  'Filters',
  'Download',
  'Share',
  'Statements',
  'statements',
  'statement',
  'Actors',
  'Topics',
  'Topic',
  'Events',
  'Most active',
  'Covers',
  'Sources',
  'Source',
  'Stance',
  'Certainty',
  'Positive',
  'Negative',
  'Mixed',
  'Confirmed',
  'Reported',
  'Alleged',
  'Denied',
  'Nodes',
  'Size',
  'Selection',
  'Not linked',
  'Zoom in',
  'Zoom out',
  'Reset view',
  'Timeline',
  'Earlier',
  'Later',
  'Fit all',
  'Clear selection',
  'About this data set',
  'Showing',
  'Loading',
  'More',
  'Less',
  'Apply',
  'All dates',
  'All topics',
  'Follow timeline',
  'Drag to pan',
  'Arrows run',
  'nodes',
  'links',
  'zoom in',
  'Actor graph',
  'Time window',
  'Open full view',
  'Who about whom',
  'Who on what',
  'About whom',
  'On what',
  'Agreement',
  'Conflict',
  'Balance',
  'Graph shows',
  // "Stances over time" (en-parts.ts stances).
  'Stances over time',
  'Stances',
  'Play',
  'Play by',
  'week',
  'weeks',
  'Week',
  'month',
  'months',
  'Month',
  'Show all dates',
  'Show the counts',
  'Period',
  'Total',
  'All periods',
  'Reversals',
  'reversal',
  'reversals',
  'of stance',
  'since',
  'the lower row',
  'Select an actor',
  'All topics in view',
  'No periods',
  'most in',
  'as a table',
];

/**
 * The English words found in the visible text and in the accessibility tree of the
 * page, or of one part of it.
 */
async function englishIn(page: Page, scope: Locator = page.locator('body')): Promise<string[]> {
  const visible = await scope.innerText();
  const tree = await scope.ariaSnapshot();
  const found = new Set<string>();
  for (const word of ENGLISH_WORDS) {
    const pattern = new RegExp(`(^|[^\\p{L}])${word}(?![\\p{L}])`, 'u');
    // Headings set in capitals (text-transform) read so in innerText.
    const capitals = new RegExp(`(^|[^\\p{L}])${word.toUpperCase()}(?![\\p{L}])`, 'u');
    if (pattern.test(visible) || capitals.test(visible)) found.add(`text: ${word}`);
    if (pattern.test(tree)) found.add(`name: ${word}`);
  }
  return [...found];
}

test.describe('the German data set', () => {
  test('the explorer speaks German: no English interface word, 1.164, <html lang="de">', async ({
    page,
  }) => {
    await openExplorer(page, GERMAN);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    // The German names of the contract's regions and buttons.
    await expect(page.getByRole('region', { name: 'Akteursnetz' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Zeitleiste' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tabelle' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Suche' })).toBeVisible();
    // Counted from data/german-nuclear-2011.json: 1164 statements, written the German way.
    await expect(page.locator('.filters .status')).toHaveText('1.164 von 1.164 Aussagen');
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByText('Am aktivsten')).toBeVisible();
    await expect(details.locator('dd').filter({ hasText: '1.164' })).toHaveCount(1);
    expect(await englishIn(page)).toEqual([]);
  });

  test('an actor, the filters and the table in German', async ({ page }) => {
    await openExplorer(page, `${GERMAN}&actor=angela-merkel`);
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Angela Merkel');
    await expect(details.getByRole('button', { name: 'Auswahl aufheben' })).toBeVisible();
    await page.getByRole('button', { name: /^Filter/ }).click();
    await expect(page.getByRole('group', { name: 'Themen' })).toBeVisible();
    await page.getByRole('button', { name: 'Tabelle' }).click();
    await expect(page.getByRole('columnheader', { name: /^Sprecher/ })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /^Haltung/ })).toBeVisible();
    expect(await englishIn(page)).toEqual([]);
  });

  test('"Stances over time" speaks German: the bars, an actor’s reversal, the table', async ({
    page,
  }) => {
    await openExplorer(page, `${GERMAN}&actor=norbert-lammert`);
    const stances = page.getByRole('region', { name: 'Haltungen im Zeitverlauf' });
    await expect(stances.getByRole('button', { name: 'Abspielen', exact: true })).toBeVisible();
    await expect(stances.locator('.scope')).toHaveText('Alle gezeigten Themen · Norbert Lammert');
    await expect(stances.getByLabel('Abspielen in Schritten von')).toHaveValue('week');
    // 11 March to 30 June 2011: 17 weeks (stances.spec counts them from the file).
    await expect(stances).toContainText('17 Wochen');
    // Norbert Lammert (stances.spec): 4 statements, one reversal, on the moratorium.
    await expect(stances).toContainText(
      'Norbert Lammert: 4 Aussagen hier (untere Reihe), 1 Haltungswechsel (▲ unter dem Zeitabschnitt).',
    );
    await expect(
      stances
        .getByRole('list', { name: 'Haltungswechsel von \u2068Norbert Lammert\u2069' })
        .getByRole('listitem'),
    ).toHaveText(
      /^16\. März 2011 · Moratorium:\s*\+\s*Positiv\s*→\s*−\s*Negativ\s*\(seit 15\. März 2011\)$/,
    );
    const periods = stances.getByRole('slider', { name: /^Zeitabschnitt; Eingabetaste/ });
    await periods.focus();
    await page.keyboard.press('Home');
    await expect(periods).toHaveAttribute(
      'aria-valuetext',
      /^7\. März 2011 – 13\. März 2011: \d+ Aussagen? \(/,
    );
    const toggle = stances.getByRole('button', { name: 'Zahlen zeigen' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = stances
      .getByRole('region', { name: 'Haltungen pro Zeitabschnitt als Tabelle' })
      .getByRole('table', { name: 'Aussagen pro Woche nach Haltung' });
    await expect(table).toBeVisible();
    const head = await table.getByRole('columnheader').allTextContents();
    expect(head.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
      'Zeitabschnitt',
      '+ Positiv',
      '− Negativ',
      '○ Neutral',
      '± Gemischt',
      'Gesamt',
    ]);
    await expect(table.getByRole('rowheader', { name: 'Alle Zeitabschnitte' })).toBeVisible();
    // 1164 statements in the file, as German writes it.
    await expect(table.locator('tfoot td').last()).toHaveText('1.164');
    expect(await englishIn(page, stances)).toEqual([]);
  });

  test('the embed speaks German too', async ({ page }) => {
    await openExplorer(page, GERMAN, 'embed.html');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('region', { name: 'Akteursnetz' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Vollansicht öffnen' })).toBeVisible();
    expect(await englishIn(page)).toEqual([]);
  });

  test('?lang=en brings English back', async ({ page }) => {
    await openExplorer(page, `${GERMAN}&lang=en`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('region', { name: 'Actor graph' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Table' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
    await expect(page.locator('.filters .status')).toHaveText('Showing 1,164 of 1,164 statements');
    // The data's dates stay German: the interface language is not the data's.
    const covers = page.getByRole('region', { name: 'Details' }).locator('.covers');
    await expect(covers).toContainText('Covers');
    await expect(covers).toContainText(/(Januar|Februar|März|April|Mai|Juni|Juli) 2011/);
    // The same look for English words finds them here (so it can fail in German).
    await expect(page.getByText('Most active')).toBeVisible();
    expect(await englishIn(page)).toEqual(
      expect.arrayContaining([
        'text: Table',
        'name: Actor graph',
        'text: Most active',
        'text: Stances over time',
        'name: Show the counts',
      ]),
    );
  });

  test('an English data set stays English, and ?lang=de makes it German', async ({ page }) => {
    await openExplorer(page, '');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Table' })).toBeVisible();
    await openExplorer(page, '?lang=de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('button', { name: 'Tabelle' })).toBeVisible();
    // An unknown language falls back to the data set's.
    await openExplorer(page, '?lang=xx');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the graph download has a German legend and subtitle', async ({ page }) => {
    await openExplorer(page, GERMAN);
    await page.getByRole('button', { name: 'Herunterladen' }).click();
    const saving = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Netz als SVG', exact: true }).click();
    const file = await saving;
    const svg = readFileSync(await file.path(), 'utf8');
    // The picture's words (export/: the legend from scene/legend.ts, the filter subtitle).
    // Group titles are set in capitals there.
    expect(svg).toContain('>HALTUNG<');
    expect(svg).toContain('>KNOTEN<');
    expect(svg).toContain('>+ Positiv<');
    expect(svg).toContain('Alle Themen');
    expect(svg).toContain('1.164 Aussagen');
    expect(svg).not.toMatch(/>(STANCE|NODES|SIZE|\+ Positive|All topics)</);
    expect(file.suggestedFilename()).toBe('german-nuclear-2011-graph.svg');
  });

  test("the Share dialog offers the language: the data set's, English or Deutsch", async ({
    page,
  }) => {
    await openExplorer(page, GERMAN);
    await page.getByRole('button', { name: 'Teilen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Diese Ansicht teilen oder einbetten' });
    const languages = dialog.getByRole('group', { name: 'Sprache' });
    await expect(languages.getByRole('radio', { name: 'Die des Datensatzes' })).toBeChecked();
    const code = dialog.getByRole('textbox', { name: 'Einbettungscode' });
    const link = dialog.getByRole('textbox', { name: 'Direkter Link' });
    await expect(code).not.toHaveValue(/lang=/);
    await languages.getByRole('radio', { name: 'English' }).check();
    await expect(code).toHaveValue(/embed\.html\?dataset=german-nuclear-2011[^"]*&amp;lang=en"/);
    await expect(link).toHaveValue(/index\.html\?dataset=german-nuclear-2011.*&lang=en$/);
    await languages.getByRole('radio', { name: 'Deutsch' }).check();
    await expect(link).toHaveValue(/&lang=de$/);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious in German (${theme})`, async ({ page }) => {
      await openExplorer(page, `${GERMAN}&theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

// French and Spanish: the seed in each, an actor selected (panel, statements, links)
// and the Filters open (chips, date fields), in both themes.
for (const [lang, region, filters] of [
  ['fr', 'Réseau des acteurs', 'Filtres'],
  ['es', 'Red de actores', 'Filtros'],
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious in ${lang} (${theme})`, async ({ page }) => {
      await openExplorer(page, `?lang=${lang}&actor=putin&theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('region', { name: region })).toBeVisible();
      await page.getByRole('button', { name: new RegExp(`^${filters}`) }).click();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test.describe('German on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  // German words are longer than English ones ("Herunterladen", "Ansicht zurücksetzen").
  for (const query of [`${GERMAN}&actor=angela-merkel`, '?lang=de&actor=witkoff']) {
    test(`nothing scrolls sideways (${query})`, async ({ page }) => {
      await openExplorer(page, query);
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
    });
  }
});
