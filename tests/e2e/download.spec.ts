import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import {
  openExplorer,
  openFilters,
  readData,
  seed,
  seriousViolations,
  serveWithStrictCsp,
  violations,
} from './helpers';

// Each download is triggered like a reader would (the "Download" menu) in a real
// Chromium, and the saved file is checked: PNG by its bytes, SVG by its text,
// CSV against the table on screen, JSON against the data file.
const data = seed();
const seedText = readFileSync(
  new URL('../../data/alaska-summit-2025.json', import.meta.url),
  'utf8',
);
const antarctic = readData('tests/fixtures/valid/antarctic-treaty.json');

const menuButton = (page: Page, name = 'Download') =>
  page.getByRole('button', { name, exact: true });
const graph = (page: Page) => page.getByRole('region', { name: 'Actor graph' });
/** The graph's drawing: its role is group, named "N nodes and M links". */
const graphSvg = (page: Page) => graph(page).getByRole('group', { name: /nodes? and \d+ links?$/ });
const table = (page: Page) => page.getByRole('table', { name: /^Statements — / });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });

interface Saved {
  name: string;
  bytes: Buffer;
  text: string;
}

/**
 * Opens the menu (named `menu` in the interface's language) if needed, clicks an item
 * and reads the file the browser saved.
 */
async function download(page: Page, item: string, menu = 'Download'): Promise<Saved> {
  if ((await menuButton(page, menu).getAttribute('aria-expanded')) !== 'true') {
    await menuButton(page, menu).click();
  }
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: item, exact: true }).click();
  const file = await saving;
  const path = await file.path();
  const bytes = readFileSync(path);
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** Width and height from a PNG's IHDR chunk (big-endian, right after the signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The PNG decoded by the browser: the top left pixel and the number of colours. */
async function pixels(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([raw], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) {
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
    return { corner: [data[0], data[1], data[2], data[3]], colours: colours.size };
  }, bytes.toString('base64'));
}

/** A theme colour as the page shows it, as [r, g, b]. */
async function themeRgb(page: Page, property: string): Promise<number[]> {
  return page.evaluate((name) => {
    const probe = document.createElement('div');
    probe.style.color = `var(${name})`;
    document.body.append(probe);
    const rgb = getComputedStyle(probe).color.match(/\d+/g)!.map(Number).slice(0, 3);
    probe.remove();
    return rgb;
  }, property);
}

/** The SVG text parsed by the browser's XML parser: problems, root attributes and texts. */
/** Every seed actor's node is in the picture, named as on the page ("Name, …"). */
function expectEveryActor(titles: readonly string[]): void {
  for (const actor of data.actors) {
    expect(
      titles.some((t) => t.startsWith(`${actor.name},`)),
      actor.name,
    ).toBe(true);
  }
}

async function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      tag: root.localName,
      namespace: root.namespaceURI,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      viewBox: root.getAttribute('viewBox'),
      background: root.querySelector(':scope > rect')?.getAttribute('fill') ?? null,
      texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      titles: [...root.querySelectorAll('title')].map((t) => t.textContent ?? ''),
      desc: root.querySelector(':scope > desc')?.textContent ?? null,
    };
  }, text);
}

function rgbOf(colour: string): number[] {
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(colour)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  }
  return (colour.match(/\d+/g) ?? []).map(Number).slice(0, 3);
}

test.describe('the seed data set', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openExplorer(page);
    await expect(graph(page).getByRole('button', { name: /^Vladimir Putin,/ })).toBeVisible();
  });

  test('Graph as PNG: a PNG at 2× the picture’s CSS size, in the theme shown', async ({ page }) => {
    const shownWidth = Number(await graphSvg(page).getAttribute('width'));
    expect(shownWidth).toBeGreaterThan(600);
    const png = await download(page, 'Graph as PNG');
    expect(png.name).toBe('alaska-summit-2025-graph.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const size = pngSize(png.bytes);
    // The picture is as wide as the graph on screen; the PNG has 2 pixels per CSS pixel.
    expect(size.width).toBe(2 * shownWidth);
    expect(size.height).toBeGreaterThan(size.width / 2);
    expect(png.bytes.length).toBeGreaterThan(30_000);
    const drawn = await pixels(page, png.bytes);
    expect(drawn.corner).toEqual([...(await themeRgb(page, '--bg')), 255]);
    expect(drawn.colours).toBeGreaterThan(10);
    await expect(page.getByRole('status').filter({ hasText: /^Downloaded/ })).toHaveText(
      'Downloaded alaska-summit-2025-graph.png',
    );

    // The same picture as SVG has the CSS size the PNG doubles.
    const svg = await parseSvg(page, (await download(page, 'Graph as SVG')).text);
    expect(Number(svg.width) * 2).toBe(size.width);
    expect(Number(svg.height) * 2).toBe(size.height);
  });

  test('Graph as SVG: a standalone document with title, filters, legend, credit and every actor', async ({
    page,
  }) => {
    await openFilters(page);
    await page
      .getByRole('group', { name: 'Topics' })
      .getByRole('button', { name: 'Sanctions on Russia' })
      .click();
    const file = await download(page, 'Graph as SVG');
    expect(file.name).toBe('alaska-summit-2025-graph.svg');
    const svg = await parseSvg(page, file.text);
    expect(svg.error).toBeNull();
    expect(svg.tag).toBe('svg');
    expect(svg.namespace).toBe('http://www.w3.org/2000/svg');
    expect(file.text).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.viewBox).toBe(`0 0 ${svg.width} ${svg.height}`);
    expect(svg.titles[0]).toBe(data.title);
    expect(svg.texts.join(' ')).toContain('After Alaska: security guarantees');
    // The subtitle says what is filtered.
    expect(svg.desc).toMatch(/^Topic: Sanctions on Russia · All dates · \d+ statements?$/);
    // The legend, in words: what this view has. The one statement on sanctions (Rubio's)
    // is negative and confirmed, and about no actor, so every node is idle.
    expect(svg.texts).toEqual(
      expect.arrayContaining([
        'NODES',
        'No statement in this view',
        'SIZE',
        'STANCE',
        '− Negative',
      ]),
    );
    for (const word of ['Positive', 'Neutral', 'Mixed', 'CERTAINTY', 'Reported']) {
      expect(
        svg.texts.some((t) => t.includes(word)),
        word,
      ).toBe(false);
    }
    expect(svg.texts).toContain(data.credit);
    // Every actor's node is in it, named as on the page.
    expectEveryActor(svg.titles);
    // Concrete colours only, and nothing interactive or external.
    expect(file.text).not.toMatch(/var\(--/);
    expect(file.text).not.toMatch(
      /\s(tabindex|role|class|style|on[a-z]+|data-[a-z-]+|aria-[a-z]+)=/,
    );
    expect(file.text).not.toMatch(/<script|href=|url\((?!#)/);
  });

  test('the SVG’s colours are those of the theme shown, light or dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await download(page, 'Graph as SVG');
    const lightBg = await themeRgb(page, '--bg');
    await page.emulateMedia({ colorScheme: 'dark' });
    const darkBg = await themeRgb(page, '--bg');
    expect(darkBg).not.toEqual(lightBg);
    const dark = await download(page, 'Graph as SVG');

    const a = await parseSvg(page, light.text);
    const b = await parseSvg(page, dark.text);
    expect(rgbOf(a.background!)).toEqual(lightBg);
    expect(rgbOf(b.background!)).toEqual(darkBg);
    // Text, stance and node colours as displayed in each theme are in each file, and
    // differ between the two.
    const displayed = async () =>
      Promise.all(
        ['--text', '--stance-positive', '--node-person'].map(
          async (name) => `rgb(${(await themeRgb(page, name)).join(', ')})`,
        ),
      );
    const darkColours = await displayed();
    await page.emulateMedia({ colorScheme: 'light' });
    const lightColours = await displayed();
    for (let i = 0; i < lightColours.length; i++) {
      expect(lightColours[i]).not.toBe(darkColours[i]);
      expect(light.text).toContain(lightColours[i]);
      expect(dark.text).toContain(darkColours[i]);
      expect(light.text).not.toContain(darkColours[i]);
    }
  });

  test('Statements as CSV: one record per row of the table, for the same filters', async ({
    page,
  }) => {
    await openFilters(page);
    await page
      .getByRole('group', { name: 'Topics' })
      .getByRole('button', { name: 'Peace agreement' })
      .click();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = table(page).locator('tbody > tr');
    // Counted by hand: seven statements have "topic": "peace-agreement".
    await expect(rows).toHaveCount(7);
    const file = await download(page, 'Statements as CSV');
    expect(file.name).toBe('alaska-summit-2025-table.csv');
    const parsed = Papa.parse<string[]>(file.text.replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const [header, ...records] = parsed.data;
    expect(header).toEqual([
      'Date',
      'Speaker',
      'About',
      'Topic',
      'Stance',
      'Certainty',
      'Via',
      'Quote or summary',
      'Sources',
      'statement_id',
      'date_iso',
      'speaker_id',
      'about_ids',
      'topic_id',
    ]);
    expect(records).toHaveLength(await rows.count());
    for (const record of records) {
      expect(record[3]).toBe('Peace agreement');
      // The machine columns: the format's own ids and an ISO date.
      expect(record[13]).toBe('peace-agreement');
      expect(record[10]).toMatch(/^2025-\d\d-\d\d/);
    }
    // The same speakers as the table, row for row as a multiset.
    const speakers = await rows.locator('td:nth-child(2)').allInnerTexts();
    expect(records.map((r) => r[1]).sort()).toEqual(speakers.map((s) => s.trim()).sort());
  });

  test('Data set as JSON: the data set file, exactly', async ({ page }) => {
    const file = await download(page, 'Data set as JSON');
    expect(file.name).toBe('alaska-summit-2025-both.json');
    expect(file.text).toBe(seedText);
    expect(JSON.parse(file.text)).toEqual(JSON.parse(seedText));
    await expect(page.getByRole('status').filter({ hasText: /^Downloaded/ })).toHaveText(
      'Downloaded alaska-summit-2025-both.json',
    );
  });

  test('the graph downloads still work in the table view, drawn from the layout', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(table(page)).toBeVisible();
    await expect(graph(page)).toHaveCount(0);
    const file = await download(page, 'Graph as SVG');
    expect(file.name).toBe('alaska-summit-2025-graph.svg');
    const svg = await parseSvg(page, file.text);
    expect(svg.error).toBeNull();
    expectEveryActor(svg.titles);
    const png = await download(page, 'Graph as PNG');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png.bytes).width).toBe(2 * Number(svg.width));
    // Nothing is left behind: the table view still has no graph, hidden or not.
    await expect(page.locator('section[aria-label="Actor graph"]')).toHaveCount(0);
  });

  test('the menu works by keyboard; Escape closes it and leaves the selection alone', async ({
    page,
  }) => {
    await graph(page)
      .getByRole('button', { name: /^Vladimir Putin,/ })
      .click();
    await expect(details(page).getByRole('heading').first()).toHaveText('Vladimir Putin');

    await menuButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
    const items = ['Graph as PNG', 'Graph as SVG', 'Statements as CSV', 'Data set as JSON'];
    for (const name of items) {
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: 'Graph as PNG' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(
      page.getByRole('button', { name: 'Statements as CSV', exact: true }),
    ).toBeFocused();
    const saving = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await saving).suggestedFilename()).toBe('alaska-summit-2025-both.csv');
    await page.keyboard.press('End');
    await expect(page.getByRole('button', { name: 'Data set as JSON' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: 'Graph as PNG' })).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'Graph as PNG' })).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    await expect(details(page).getByRole('heading').first()).toHaveText('Vladimir Putin');
    expect(new URL(page.url()).searchParams.get('actor')).toBe('putin');
    // With the menu closed, Escape is the explorer's again: it clears the selection.
    await page.keyboard.press('Escape');
    await expect(details(page).getByRole('heading').first()).not.toHaveText('Vladimir Putin');

    // ArrowDown on the closed button opens the menu at its first item; a click
    // outside closes it.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: 'Graph as PNG' })).toBeFocused();
    await page.getByRole('heading', { level: 1 }).click();
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
  });
});

test('the download’s key is the page’s legend, less the timeline’s event statuses', async ({
  page,
}) => {
  await openExplorer(page, '?dataset=antarctic-treaty&actor=soviet-union');
  const legend = page.getByRole('region', { name: 'Legend' });
  const titles = await legend.locator('.title').allTextContents();
  const items = await legend.getByRole('listitem').allTextContents();
  // The Antarctic set has planned, postponed and cancelled events: the page keys them.
  expect(titles).toEqual(['Nodes', 'Size', 'Events', 'Stance', 'Certainty', 'Selection']);
  const events = await legend
    .getByRole('list', { name: 'Events' })
    .getByRole('listitem')
    .allTextContents();
  expect(events).toEqual(['Held', 'Planned', 'Cancelled', 'Postponed']);
  const svg = await parseSvg(page, (await download(page, 'Graph as SVG')).text);
  const trimmed = items.map((t) => t.trim());
  const keyed = trimmed.filter((t) => !events.includes(t));
  // Titles first, then the entries, in the page's order.
  const start = svg.texts.indexOf('NODES');
  const titlesDrawn = ['NODES', 'SIZE', 'STANCE', 'CERTAINTY', 'SELECTION'];
  expect(svg.texts.slice(start, start + 5)).toEqual(titlesDrawn);
  // The page's entries less the statuses, which come before the selection's.
  const drawn = svg.texts.slice(start + 5, start + 5 + keyed.length);
  expect(drawn).toEqual(keyed);
  expect(keyed).toContain('Not linked to the selection');
});

test('the menu fits a 360-px screen with targets of at least 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openExplorer(page);
  await menuButton(page).click();
  for (const name of ['Graph as PNG', 'Graph as SVG', 'Statements as CSV', 'Data set as JSON']) {
    const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(box.x, name).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, name).toBeLessThanOrEqual(360);
    expect(box.height, name).toBeGreaterThanOrEqual(24);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The open menu passes axe (its container is the element around the button).
  const menu = await menuButton(page).evaluate((button) => {
    button.parentElement!.setAttribute('data-test-menu', '');
    return button.parentElement!.localName;
  });
  expect(menu).toBe('div');
  expect(await seriousViolations(page, '[data-test-menu]')).toEqual([]);
});

test('another data set: PNG of its graph and CSV of its table', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openExplorer(page, '?dataset=antarctic-treaty');
  const first = antarctic.actors[0]!.name;
  await expect(graph(page).getByRole('button', { name: new RegExp(`^${first},`) })).toBeVisible();
  const shownWidth = Number(await graphSvg(page).getAttribute('width'));
  expect(shownWidth).toBeGreaterThan(600);

  const png = await download(page, 'Graph as PNG');
  expect(png.name).toBe('antarctic-treaty-graph.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(pngSize(png.bytes).width).toBe(2 * shownWidth);

  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const rows = table(page).locator('tbody > tr');
  await expect(rows).toHaveCount(antarctic.statements!.length);
  const csv = await download(page, 'Statements as CSV');
  expect(csv.name).toBe('antarctic-treaty-table.csv');
  const records = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(records.data.length - 1).toBe(await rows.count());
});

test('the embed’s timeline view (with its controls) offers the graph too, drawn off screen', async ({
  page,
}) => {
  await openExplorer(page, '?view=timeline&controls=1', 'embed.html');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(graph(page)).toHaveCount(0);
  const file = await download(page, 'Graph as SVG');
  expect(file.name).toBe('alaska-summit-2025-graph.svg');
  const svg = await parseSvg(page, file.text);
  expect(svg.error).toBeNull();
  expect(svg.titles[0]).toBe(data.title);
  expect(svg.titles.filter((t) => / → /.test(t)).length).toBeGreaterThan(5);
  const json = await download(page, 'Data set as JSON');
  expect(json.name).toBe('alaska-summit-2025-timeline.json');
});

// The off-screen graph shares the page's layout cache, seeded with the build's
// layouts: it needs no worker (before, it laid out again in a cold one and failed
// where none could start).
test('the off-screen graph is drawn from the build’s layout, even where no worker can start', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('request', (r) => {
    if (/layout\.worker[^/]*\.js$/.test(new URL(r.url()).pathname)) workers.push(r.url());
  });
  await page.addInitScript(() => {
    // A browser (or policy) in which no Worker starts.
    Object.defineProperty(window, 'Worker', { value: undefined });
  });
  await page.goto('embed.html?view=timeline&controls=1');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  const file = await download(page, 'Graph as SVG');
  const svg = await parseSvg(page, file.text);
  expect(svg.error).toBeNull();
  expectEveryActor(svg.titles);
  expect(workers).toEqual([]);
});

// --- Under the strict Content Security Policy (see csp.spec.ts).
test('PNG and SVG downloads cause no CSP violation', async ({ page }) => {
  await serveWithStrictCsp(page);
  await openExplorer(page);
  await expect(graph(page).getByRole('button', { name: /^Vladimir Putin,/ })).toBeVisible();
  const png = await download(page, 'Graph as PNG');
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(pngSize(png.bytes).width).toBeGreaterThan(1000);
  await download(page, 'Graph as SVG');
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await download(page, 'Graph as PNG');
  expect(await violations(page)).toEqual([]);
});

test.describe('the German set in its German interface (#13)', () => {
  const GERMAN = '?dataset=german-nuclear-2011';
  const FIELDS = 'id,speaker,about,topic,stance,summary,quote,event,date,via,certainty,sources';

  test('the menu offers both statements CSVs with German names, and passes axe', async ({
    page,
  }) => {
    await openExplorer(page, GERMAN);
    await page.getByRole('button', { name: 'Herunterladen', exact: true }).click();
    for (const name of [
      'Netz als PNG',
      'Netz als SVG',
      'Aussagen als CSV',
      'Aussagen als CSV (Feldnamen)',
      'Datensatz als JSON',
    ]) {
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await page
      .getByRole('button', { name: 'Herunterladen', exact: true })
      .evaluate((button) => button.parentElement!.setAttribute('data-test-menu', ''));
    expect(await seriousViolations(page, '[data-test-menu]')).toEqual([]);
  });

  test('"Aussagen als CSV" has the German header row; the field-names file the format’s', async ({
    page,
  }) => {
    await openExplorer(page, GERMAN);
    const readable = await download(page, 'Aussagen als CSV', 'Herunterladen');
    // The file name is the same in every language.
    expect(readable.name).toBe('german-nuclear-2011-both.csv');
    // Written as before: a BOM for Excel, commas, CRLF.
    expect(readable.text.split('\r\n')[0]).toBe(
      '\uFEFFDatum,Sprecher,Über,Thema,Haltung,Quellenlage,Über Dritte,Zitat oder Zusammenfassung,Quellen,statement_id,date_iso,speaker_id,about_ids,topic_id',
    );
    // c0001 (data/german-nuclear-2011.json): VfEW, negative, confirmed by default.
    expect(readable.text.split('\r\n')[1]).toMatch(
      /^11\. März 2011,VfEW,,Abschalten der Altmeiler,Negativ,Bestätigt,,/,
    );

    const fields = await download(page, 'Aussagen als CSV (Feldnamen)', 'Herunterladen');
    expect(fields.name).toBe('german-nuclear-2011-both-fields.csv');
    const lines = fields.text.split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${FIELDS}`);
    expect(lines[1]).toBe(
      'c0001,vfew,,abschalten-der-altmeiler,negative,VfEW: gegen „Abschalten der Altmeiler“,,,2011-03-11,,,haunss-hollway-2023',
    );
    // 1,164 statements and the header; the file ends with a line break.
    expect(lines).toHaveLength(1166);
  });

  test('under lang=en the field-names file is the same, the readable one English', async ({
    page,
  }) => {
    await openExplorer(page, `${GERMAN}&lang=en`);
    const readable = await download(page, 'Statements as CSV');
    expect(readable.text.split('\r\n')[0]).toBe(
      '\uFEFFDate,Speaker,About,Topic,Stance,Certainty,Via,Quote or summary,Sources,statement_id,date_iso,speaker_id,about_ids,topic_id',
    );
    const fields = await download(page, 'Statements as CSV (field names)');
    expect(fields.text.split('\r\n')[0]).toBe(`\uFEFF${FIELDS}`);
  });
});
