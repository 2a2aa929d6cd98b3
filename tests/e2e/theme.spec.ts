/**
 * The light and dark palettes as a reader's browser resolves them, for `?theme=light`,
 * `?theme=dark` and the default (auto, following prefers-color-scheme): every custom
 * property of src/styles/theme.css, resolved through a probe element, against the
 * values written here by hand from that file. Guards any rewrite of how the themes
 * are declared (the colours must stay what they are).
 */
import { expect, test, type Page } from '@playwright/test';

const LIGHT: Readonly<Record<string, string>> = {
  '--bg': '#ffffff',
  '--surface': '#f5f6f8',
  '--surface-2': '#eaecef',
  '--text': '#1b1f24',
  '--muted': '#555e68',
  '--border': '#d0d7de',
  '--control-border': '#6b7580',
  '--accent': '#0a58a8',
  '--accent-text': '#ffffff',
  '--focus': '#0a58a8',
  '--danger': '#b3261e',
  '--highlight': '#fff3bf',
  '--stance-positive': '#1a7f37',
  '--stance-negative': '#c0261e',
  '--stance-neutral': '#57606a',
  '--stance-mixed': '#8a5700',
  '--node-person': '#e8f0fb',
  '--node-state': '#fbeee6',
  '--node-organization': '#ecf6ec',
  '--node-group': '#f3edf9',
  '--node-topic': '#fff8e1',
  '--node-stroke': '#3d4650',
};

const DARK: Readonly<Record<string, string>> = {
  '--bg': '#0f1419',
  '--surface': '#171e26',
  '--surface-2': '#222b35',
  '--text': '#e6edf3',
  '--muted': '#a2adb8',
  '--border': '#3a4550',
  '--control-border': '#8794a1',
  '--accent': '#79b8ff',
  '--accent-text': '#0f1419',
  '--focus': '#79b8ff',
  '--danger': '#ff8a80',
  '--highlight': '#4a3f12',
  '--stance-positive': '#56d364',
  '--stance-negative': '#ff7b72',
  '--stance-neutral': '#a2adb8',
  '--stance-mixed': '#e3b341',
  '--node-person': '#1d3048',
  '--node-state': '#45291c',
  '--node-organization': '#1f3a24',
  '--node-group': '#34254a',
  '--node-topic': '#3d3410',
  '--node-stroke': '#c9d1d9',
};

/** What a theme looks like once resolved: colours as computed rgb(), and the dim opacity. */
interface Resolved {
  readonly colours: Record<string, string>;
  readonly dimOpacity: string;
  readonly bodyBackground: string;
  readonly bodyColour: string;
  /** The system colour Canvas: follows the used color-scheme (form controls, scrollbars). */
  readonly canvas: string;
}

/** A hand-written #rrggbb as the rgb() string getComputedStyle gives. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

function expected(palette: Readonly<Record<string, string>>, dimOpacity: string): Resolved {
  const colours = Object.fromEntries(Object.entries(palette).map(([k, v]) => [k, rgb(v)]));
  return {
    colours,
    dimOpacity,
    bodyBackground: colours['--bg']!,
    bodyColour: colours['--text']!,
    canvas: palette === LIGHT ? 'rgb(255, 255, 255)' : 'rgb(18, 18, 18)',
  };
}

const LIGHT_RESOLVED = expected(LIGHT, '0.25');
const DARK_RESOLVED = expected(DARK, '0.22');

async function resolve(page: Page): Promise<Resolved> {
  return page.evaluate((names) => {
    const probe = document.createElement('div');
    document.body.append(probe);
    const colours: Record<string, string> = {};
    for (const name of names) {
      probe.style.backgroundColor = `var(${name})`;
      colours[name] = getComputedStyle(probe).backgroundColor;
    }
    probe.style.opacity = 'var(--dim-opacity)';
    const dimOpacity = getComputedStyle(probe).opacity;
    probe.style.backgroundColor = 'Canvas';
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const body = getComputedStyle(document.body);
    return {
      colours,
      dimOpacity,
      bodyBackground: body.backgroundColor,
      bodyColour: body.color,
      canvas,
    };
  }, Object.keys(LIGHT));
}

const CASES: readonly {
  page: string;
  scheme: 'light' | 'dark';
  want: Resolved;
}[] = [
  { page: 'index.html?theme=light', scheme: 'light', want: LIGHT_RESOLVED },
  { page: 'index.html?theme=light', scheme: 'dark', want: LIGHT_RESOLVED },
  { page: 'index.html?theme=dark', scheme: 'light', want: DARK_RESOLVED },
  { page: 'index.html?theme=dark', scheme: 'dark', want: DARK_RESOLVED },
  { page: 'index.html', scheme: 'light', want: LIGHT_RESOLVED },
  { page: 'index.html', scheme: 'dark', want: DARK_RESOLVED },
  { page: 'index.html?theme=auto', scheme: 'dark', want: DARK_RESOLVED },
  { page: 'embed.html?theme=dark', scheme: 'light', want: DARK_RESOLVED },
  { page: 'embed.html', scheme: 'dark', want: DARK_RESOLVED },
];

for (const { page: url, scheme, want } of CASES) {
  test(`${url} with a ${scheme} system preference shows the ${want === LIGHT_RESOLVED ? 'light' : 'dark'} palette`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    await expect(page.getByRole('heading', { name: /Alaska/ }).first()).toBeVisible();
    expect(await resolve(page)).toEqual(want);
  });
}

test('auto follows a change of system preference without a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('index.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Alaska/);
  expect(await resolve(page)).toEqual(LIGHT_RESOLVED);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await resolve(page)).toEqual(DARK_RESOLVED);
});
