import { expect, test, type Page } from '@playwright/test';
import { contentFrame, expectReady, openExplorer, seed, seriousViolations } from './helpers';

const data = seed();
const nameOf = (id: string) => data.actors.find((a) => a.id === id)!.name;
const START = '?dataset=alaska-summit-2025&actor=witkoff';
/** The live preview of the embed in the dialog. */
const PREVIEW = 'dialog iframe[title^="Preview"]';

/** Loads the explorer with Steve Witkoff selected and opens "Share" with the keyboard. */
async function openShare(page: Page) {
  await openExplorer(page, START);
  const heading = page.getByRole('region', { name: 'Details' }).getByRole('heading').first();
  await expect(heading).toHaveText(nameOf('witkoff'));
  const share = page.getByRole('button', { name: 'Share' });
  await share.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
  await expect(dialog).toBeVisible();
  return { share, dialog, heading };
}

/** Where focus is: in the open dialog, outside the document (browser UI), or on the page behind. */
function focusPlace(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLInputElement | null;
    const label = active?.labels?.[0]?.textContent ?? active?.textContent;
    if (active?.closest('dialog[open]')) return `dialog:${active.tagName}:${label?.trim()}`;
    if (!document.hasFocus() && (!active || active === document.body)) return 'browser';
    return `BEHIND:${active?.tagName}:${active?.textContent?.slice(0, 40)}`;
  });
}

/** Parses the embed code the way a CMS page would. */
function parseSnippet(page: Page, code: string) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const iframe = doc.querySelector('iframe')!;
    const script = doc.querySelector('script')!;
    // Parsed as a page without scripts reads it: the <noscript> holds an element.
    const still = doc.querySelector('noscript > img');
    return {
      still: still && {
        src: still.getAttribute('src'),
        srcset: still.getAttribute('srcset'),
        alt: still.getAttribute('alt'),
        width: still.getAttribute('width'),
        height: still.getAttribute('height'),
      },
      src: iframe.getAttribute('src')!,
      title: iframe.getAttribute('title'),
      parley: iframe.hasAttribute('data-parley'),
      loading: iframe.getAttribute('loading'),
      height: iframe.style.height,
      script: script.getAttribute('src'),
      async: script.hasAttribute('async'),
      elements: doc.body.children.length + doc.head.children.length,
    };
  }, code);
}

test('Enter on "Share" opens a named modal dialog and moves focus into it', async ({ page }) => {
  const { share, dialog } = await openShare(page);
  await expect(share).toHaveAttribute('aria-haspopup', 'dialog');
  expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
  await expect(dialog.locator(':focus')).toHaveCount(1);
  expect(await focusPlace(page)).toMatch(/^dialog:/);
});

for (const key of ['Tab', 'Shift+Tab']) {
  test(`${key} cycles inside the dialog and never reaches the page behind`, async ({ page }) => {
    const { dialog } = await openShare(page);
    // The preview's embed is in the tab order too (an iframe holds its own controls).
    await expectReady(page.frameLocator(PREVIEW));
    const first = await focusPlace(page);
    const seen: string[] = [];
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press(key);
      const place = await focusPlace(page);
      seen.push(place);
      if (place === first) break;
    }
    expect(seen.filter((place) => place.startsWith('BEHIND'))).toEqual([]);
    // Chromium lets focus visit its own UI (outside the document) between the last
    // and the first control of a modal dialog, as with any page; then it wraps.
    const inDialog = seen.filter((place) => place.startsWith('dialog:'));
    expect(inDialog.length).toBeGreaterThanOrEqual(seen.length - 2);
    expect(inDialog).toContain('dialog:BUTTON:Close');
    expect(inDialog).toContain('dialog:BUTTON:Copy embed code');
    expect(inDialog).toContain('dialog:INPUT:Column 760 px');
    expect(inDialog).toContain('dialog:IFRAME:');
    // It went round: the control focused first had focus again.
    expect(seen.at(-1)).toBe(first);
    await expect(dialog).toBeVisible();
  });
}

test('Escape closes the dialog, returns focus to "Share" and keeps the selection', async ({
  page,
}) => {
  const { share, dialog, heading } = await openShare(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
  await expect(heading).toHaveText(nameOf('witkoff'));
  await expect(page).toHaveURL(/actor=witkoff/);
});

test('the embed code and link follow the selection, view, theme and header choices', async ({
  page,
  baseURL,
}) => {
  const { dialog } = await openShare(page);
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  const link = dialog.getByRole('textbox', { name: 'Direct link' });
  const before = await parseSnippet(page, await code.inputValue());
  expect(before).toEqual({
    still: {
      src: `${baseURL}stills/alaska-summit-2025-graph.png`,
      srcset: `${baseURL}stills/alaska-summit-2025-graph@2x.png 2x`,
      alt: `Actor graph: ${data.title}. Most active: Steve Witkoff, Volodymyr Zelenskyy and Donald Trump.`,
      width: '960',
      height: expect.stringMatching(/^[1-9]\d{2,3}$/),
    },
    src: `${baseURL}embed.html?dataset=alaska-summit-2025&actor=witkoff`,
    title: `${data.title} (interactive graphic)`,
    parley: true,
    loading: 'lazy',
    height: expect.stringMatching(/^[1-9]\d+px$/),
    script: `${baseURL}embed.js`,
    async: true,
    elements: 3,
  });
  // The still is there, as big as the code says, at 1× and 2×.
  for (const [url, scale] of [
    [before.still!.src!, 1],
    [before.still!.srcset!.replace(/ 2x$/, ''), 2],
  ] as const) {
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, url);
    expect(size).toBe(`${960 * scale}x${Number(before.still!.height) * scale}`);
  }
  await expect(link).toHaveValue(`${baseURL}index.html?dataset=alaska-summit-2025&actor=witkoff`);

  // Arrow keys move within the "Show" radio group; the theme is picked with a click.
  const both = dialog.getByRole('radio', { name: 'Timeline and graph' });
  await expect(both).toBeChecked();
  await both.focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Graph', exact: true })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Dark' }).click();
  await dialog.getByRole('checkbox', { name: 'Show title and description' }).uncheck();
  await expect(code).toHaveValue(/view=graph/);
  const after = await parseSnippet(page, await code.inputValue());
  const params = new URL(after.src).searchParams;
  expect(Object.fromEntries(params)).toEqual({
    dataset: 'alaska-summit-2025',
    actor: 'witkoff',
    view: 'graph',
    theme: 'dark',
    header: '0',
  });
  // The graph alone starts shorter than timeline and graph together.
  expect(parseInt(after.height)).toBeLessThan(parseInt(before.height));
  // The full page takes no embed-only parameters: the link keeps only the state.
  await expect(link).toHaveValue(`${baseURL}index.html?dataset=alaska-summit-2025&actor=witkoff`);

  // The embed code's address shows that view.
  await page.goto(after.src);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading').first()).toHaveText(nameOf('witkoff'));
  await expect(page.getByRole('region', { name: 'Actor graph' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
});

test('a new selection shows up the next time the dialog opens', async ({ page, baseURL }) => {
  const { dialog } = await openShare(page);
  await page.keyboard.press('Escape');
  await page
    .getByRole('region', { name: 'Actor graph' })
    .getByRole('button', { name: new RegExp(`^${nameOf('rubio')}`) })
    .click();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
    new RegExp(`embed\\.html\\?dataset=alaska-summit-2025&amp;actor=rubio"`),
  );
  await expect(dialog.getByRole('textbox', { name: 'Direct link' })).toHaveValue(
    `${baseURL}index.html?dataset=alaska-summit-2025&actor=rubio`,
  );
});

test('an edge selection is in the embed code, and the embed opens on it', async ({ page }) => {
  const { dialog } = await openShare(page);
  await page.keyboard.press('Escape');
  await page
    .getByRole('region', { name: 'Actor graph' })
    .locator('.edge[data-source="witkoff"][data-target="ukraine"] path.hit')
    .click({ force: true });
  await page.getByRole('button', { name: 'Share' }).click();
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/actor=witkoff&amp;about=ukraine"/);
  const { src } = await parseSnippet(page, await code.inputValue());
  await page.goto(src);
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
  ).toHaveText(`${nameOf('witkoff')} → ${nameOf('ukraine')}`);
});

test('the copy buttons put the code and the link on the clipboard and say so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL!).origin,
  });
  const { dialog } = await openShare(page);
  const status = dialog.getByRole('status');
  await expect(status).toHaveText('');
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(status).toHaveText('Embed code copied to the clipboard.');
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  expect(await clipboard()).toBe(await code.inputValue());

  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(status).toHaveText('Link copied to the clipboard.');
  expect(await clipboard()).toBe(
    await dialog.getByRole('textbox', { name: 'Direct link' }).inputValue(),
  );

  // Reopened, the dialog no longer claims an earlier copy.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(status).toHaveText('');
});

test('when the clipboard refuses, the dialog says how to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied'));
  });
  const { dialog } = await openShare(page);
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Could not copy automatically: select the embed code and copy it.',
  );
  // Focusing the code selects all of it, ready for Ctrl+C.
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await code.focus();
  const [start, end, length] = await code.evaluate((t: HTMLTextAreaElement) => [
    t.selectionStart,
    t.selectionEnd,
    t.value.length,
  ]);
  expect(length).toBeGreaterThan(0);
  expect([start, end]).toEqual([0, length]);
});

test('the page with the dialog open is clean under axe', async ({ page }) => {
  await openShare(page);
  expect(await seriousViolations(page)).toEqual([]);
});

/** The embed code's iframe address and its height attributes, and the direct link. */
async function shared(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  const parsed = await page.evaluate((html) => {
    const iframe = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')!;
    return {
      src: iframe.getAttribute('src')!,
      dataHeight: iframe.getAttribute('data-height'),
      height: iframe.style.height,
    };
  }, code);
  const link = await dialog.getByRole('textbox', { name: 'Direct link' }).inputValue();
  return { ...parsed, link };
}

test('the selection, filter bar and fixed height choices change the code and the link', async ({
  page,
  baseURL,
}) => {
  const { dialog } = await openShare(page);
  const embed = `${baseURL}embed.html?dataset=alaska-summit-2025`;
  const full = `${baseURL}index.html?dataset=alaska-summit-2025`;
  const none = { dataHeight: null, height: '990px' };
  expect(await shared(page)).toEqual({
    src: `${embed}&actor=witkoff`,
    link: `${full}&actor=witkoff`,
    ...none,
  });

  // Without the selection (and filters), both start as the data set opens.
  const selection = dialog.getByRole('checkbox', {
    name: 'Include the current selection and filters',
  });
  await expect(selection).toBeChecked();
  await selection.uncheck();
  expect(await shared(page)).toEqual({ src: embed, link: full, ...none });
  await selection.check();

  // The filter bar is the embed's alone: the full page always has one.
  await dialog.getByRole('checkbox', { name: 'Show filters and search' }).check();
  expect(await shared(page)).toEqual({
    src: `${embed}&actor=witkoff&controls=1`,
    link: `${full}&actor=witkoff`,
    ...none,
  });

  // A fixed height: in the address, as the iframe's height, and for the host script.
  const field = dialog.getByRole('spinbutton', { name: 'Height in px' });
  await expect(field).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'Fixed height' }).check();
  await expect(field).toBeEnabled();
  await expect(field).toHaveAccessibleDescription(
    'From 200 to 4000. Without a fixed height, the embed grows with its content.',
  );
  expect(await shared(page)).toEqual({
    src: `${embed}&actor=witkoff&controls=1&height=800`,
    link: `${full}&actor=witkoff`,
    dataHeight: '800',
    height: '800px',
  });
  await field.fill('1250');
  expect(await shared(page)).toEqual({
    src: `${embed}&actor=witkoff&controls=1&height=1250`,
    link: `${full}&actor=witkoff`,
    dataHeight: '1250',
    height: '1250px',
  });
  // Out of range, it is clamped as the embed would clamp it; empty, there is none.
  await field.fill('90');
  expect((await shared(page)).src).toBe(`${embed}&actor=witkoff&controls=1&height=200`);
  await field.fill('9000');
  expect((await shared(page)).src).toBe(`${embed}&actor=witkoff&controls=1&height=4000`);
  await field.fill('');
  expect(await shared(page)).toEqual({
    src: `${embed}&actor=witkoff&controls=1`,
    link: `${full}&actor=witkoff`,
    ...none,
  });
  await field.fill('640');
  await dialog.getByRole('checkbox', { name: 'Fixed height' }).uncheck();
  expect((await shared(page)).src).toBe(`${embed}&actor=witkoff&controls=1`);

  // Theme and view still add theirs, after the filters.
  await dialog.getByRole('radio', { name: 'Light' }).check();
  await dialog.getByRole('radio', { name: 'Table' }).check();
  expect(await shared(page)).toEqual({
    src: `${embed}&actor=witkoff&view=table&theme=light&controls=1`,
    link: `${full}&actor=witkoff`,
    dataHeight: null,
    height: '610px',
  });
});

test('the preview is the embed of the code, made when the dialog opens and gone when it closes', async ({
  page,
}) => {
  await openExplorer(page, START);
  await expect(page.locator('iframe')).toHaveCount(0);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
  const preview = page.locator(PREVIEW);
  // The title from the data isolated (U+2068 … U+2069) inside the frame's title.
  await expect(preview).toHaveAttribute(
    'title',
    `Preview: \u2068${data.title}\u2069 (interactive graphic)`,
  );
  await expect(preview).toHaveAttribute('src', (await shared(page)).src);
  const frame = page.frameLocator(PREVIEW);
  await expectReady(frame);
  // The same origin as the page, on the selection the code carries.
  expect(await (await contentFrame(preview)).evaluate(() => window.location.origin)).toBe(
    await page.evaluate(() => window.location.origin),
  );
  await expect(
    frame.getByRole('region', { name: 'Details' }).getByRole('heading').first(),
  ).toHaveText(nameOf('witkoff'));

  // A choice reloads the preview with the code's new address.
  await dialog.getByRole('radio', { name: 'Graph', exact: true }).check();
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  const { src } = await shared(page);
  expect(src).toMatch(/view=graph&theme=dark$/);
  await expect(preview).toHaveAttribute('src', src);
  await expectReady(frame, '?view=graph');
  await expect(frame.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
  await expect(frame.locator(':root')).toHaveAttribute('data-theme', 'dark');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('iframe')).toHaveCount(0);
});

/** The preview's width attribute, its box on the screen, and the room inside the dialog. */
function previewBox(page: Page) {
  return page.locator(PREVIEW).evaluate((iframe: HTMLIFrameElement) => {
    const box = iframe.getBoundingClientRect();
    const dialog = iframe.closest('dialog')!;
    const room = dialog.getBoundingClientRect();
    return {
      width: iframe.getAttribute('width'),
      // The iframe lays out at its own width: the embed's page is that wide.
      inner: iframe.contentWindow!.innerWidth,
      shown: Math.round(box.width),
      fits: box.left >= room.left && box.right <= room.right,
      overflow: dialog.scrollWidth - dialog.clientWidth,
    };
  });
}

test('the preview width is a radio group: 375, 760 or 1100 px, scaled down to fit', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { dialog } = await openShare(page);
  const column = dialog.getByRole('radio', { name: 'Column 760 px' });
  await expect(column).toBeChecked();
  await expect
    .poll(() => previewBox(page))
    .toEqual({
      width: '760',
      inner: 760,
      shown: 760,
      fits: true,
      overflow: 0,
    });

  // Arrow keys move within the group, as in any radio group.
  await column.focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Wide 1100 px' })).toBeChecked();
  const wide = await expect
    .poll(() => previewBox(page))
    .toMatchObject({ width: '1100', inner: 1100, fits: true, overflow: 0 })
    .then(() => previewBox(page));
  // Wider than the dialog's room: shown smaller, not laid out narrower.
  expect(wide.shown).toBeLessThan(1100);
  expect(wide.shown).toBeGreaterThan(500);
  await expect(dialog.getByText(/^Shown at \d\d% of its size\.$/)).toBeVisible();

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('radio', { name: 'Phone 375 px' })).toBeChecked();
  await expect
    .poll(() => previewBox(page))
    .toEqual({
      width: '375',
      inner: 375,
      shown: 375,
      fits: true,
      overflow: 0,
    });
  await expect(dialog.getByText('Shown at full size.')).toBeVisible();
});

/** The preview's height attribute and the height of the embed's page inside it. */
function previewHeights(page: Page) {
  return page.locator(PREVIEW).evaluate((iframe: HTMLIFrameElement) => ({
    attribute: Number(iframe.getAttribute('height')),
    content: iframe.contentDocument!.documentElement.getBoundingClientRect().height,
  }));
}

test('the preview is as tall as the embed says, at each width, unless the height is fixed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { dialog } = await openShare(page);
  await expectReady(page.frameLocator(PREVIEW));
  const snug = async () => {
    await expect
      .poll(async () => {
        const { attribute, content } = await previewHeights(page);
        return Math.abs(attribute - content) <= 1 && content > 300;
      })
      .toBe(true);
    return (await previewHeights(page)).attribute;
  };
  const column = await snug();
  await dialog.getByRole('radio', { name: 'Phone 375 px' }).check();
  await expect.poll(async () => (await previewHeights(page)).attribute).toBeGreaterThan(column);
  const phone = await snug();
  // The phone's embed is laid out anew (a taller, square graph; the legend folded).
  expect(phone).not.toBe(column);

  // Height messages from anything but the preview's own window are not believed.
  // (A second message, posted after it, arrives after it: then the first has been handled.)
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        window.addEventListener('message', (e) => e.data === 'after' && resolve(null));
        window.postMessage({ type: 'parley:height', height: 321 }, '*');
        window.postMessage('after', '*');
      }),
  );
  expect((await previewHeights(page)).attribute).toBe(phone);

  // A fixed height is the preview's, whatever the content.
  await dialog.getByRole('checkbox', { name: 'Fixed height' }).check();
  await dialog.getByRole('spinbutton', { name: 'Height in px' }).fill('700');
  await expect(page.locator(PREVIEW)).toHaveAttribute('height', '700');
});

test('on a 375 px phone the dialog fits, scrolls, and shows the preview under the options', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const { dialog } = await openShare(page);
  await expect(dialog.getByRole('radio', { name: 'Phone 375 px' })).toBeChecked();
  const layout = await dialog.evaluate((d) => {
    const options = d.querySelector('.settings')!.getBoundingClientRect();
    const preview = d.querySelector('iframe')!.getBoundingClientRect();
    const box = d.getBoundingClientRect();
    return {
      inViewport: box.left >= 0 && box.right <= window.innerWidth,
      overflow: d.scrollWidth - d.clientWidth,
      scrolls: d.scrollHeight > d.clientHeight,
      below: preview.top >= options.bottom,
    };
  });
  expect(layout).toEqual({ inViewport: true, overflow: 0, scrolls: true, below: true });
  expect((await previewBox(page)).fits).toBe(true);
  // "Close" stays reachable at the top while the dialog scrolls to the preview.
  await page.locator(PREVIEW).scrollIntoViewIfNeeded();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
});

test('Escape from the preview width closes the dialog and returns focus to "Share"', async ({
  page,
}) => {
  const { share, dialog } = await openShare(page);
  await dialog.getByRole('radio', { name: 'Wide 1100 px' }).focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
  await expect(page.locator('iframe')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`the open dialog with its preview is clean under axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openShare(page);
    await expectReady(page.frameLocator(PREVIEW));
    expect(await seriousViolations(page, 'dialog')).toEqual([]);
  });
