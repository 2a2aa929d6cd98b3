/** Shared helpers for the browser tests. */
import {
  expect,
  test,
  type Frame,
  type FrameLocator,
  type Locator,
  type Page,
  type Route,
} from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { RawDataset } from '../../src/model/types';

export function readData(path: string): RawDataset {
  return JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as RawDataset;
}

export const seed = () => readData('data/alaska-summit-2025.json');

/** The views the explorer shows for a query's `view` parameter: those announce that they are ready. */
function viewsShown(query: string): string[] {
  const view = new URLSearchParams(query).get('view');
  if (view === 'graph' || view === 'timeline') return [view];
  return view === 'table' ? [] : ['graph', 'timeline'];
}

/** vis-timeline arrives as a lazy chunk and is drawn after the graph: on a busy machine that takes a while. */
const READY = { timeout: 20_000 };

/**
 * Opens the explorer (`index.html`, or `embed.html`) at `query` (such as `?actor=witkoff`)
 * and waits until the views it shows are ready (see `expectReady`).
 */
export async function openExplorer(
  page: Page,
  query = '',
  file: 'index.html' | 'embed.html' = 'index.html',
): Promise<void> {
  await page.goto(`${file}${withRenderer(query)}`);
  await expectReady(page, query);
}

/**
 * The query with the project's forced renderer (playwright.config.ts: the `canvas`
 * project runs the graph specs with `renderer=canvas`); unchanged in other projects.
 */
export function withRenderer(query: string): string {
  const renderer = test.info().project.metadata?.renderer as string | undefined;
  if (!renderer || query.includes('renderer=')) return query;
  return query === '' || query === '?' ? `?renderer=${renderer}` : `${query}&renderer=${renderer}`;
}

/** Whether this run forces the canvas renderer (for tests that read the SVG's own elements). */
export function onCanvas(): boolean {
  return test.info().project.metadata?.renderer === 'canvas';
}

/**
 * Waits until the views the explorer in `target` (a page, a frame) shows for `query` say
 * they are ready, in `data-ready` on the app root (see src/state/ready.ts): laid out,
 * painted, and done moving one another, so a click lands where it was aimed.
 */
export async function expectReady(
  target: Pick<Page, 'locator'> | Pick<FrameLocator, 'locator'>,
  query = '',
): Promise<void> {
  for (const view of viewsShown(query))
    await expect(target.locator(`#app[data-ready~="${view}"]`)).toBeAttached(READY);
}

/** Statements whose own date, or their event's start, begins with `prefix` (counted by hand, by text). */
export function statementsOn(data: RawDataset, prefix: string): number {
  const eventStart = new Map((data.events ?? []).map((e) => [e.id, e.start]));
  return (data.statements ?? []).filter((s) =>
    (s.date ?? eventStart.get(s.event ?? '') ?? '').startsWith(prefix),
  ).length;
}

const AXE = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;

/** Runs axe-core in a page or frame; returns serious and critical violations. */
export async function seriousViolations(target: Page | Frame, include?: string) {
  await target.addScriptTag({ path: AXE });
  const violations = await target.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  }, include);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The strict Content-Security-Policy both pages must work under (issue: embed). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'";

/** Serves every response with the strict policy and records violations (read them with `violations`). */
export async function serveWithStrictCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  await page.route('**/*', fulfillWithStrictCsp);
}

/** Answers a routed request as the server did, under the strict policy. */
export async function fulfillWithStrictCsp(route: Route): Promise<void> {
  try {
    const response = await fetchAgainOnReset(route);
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': STRICT_CSP },
    });
  } catch (error) {
    // The test ended, or the page gave the request up, while it was on its way
    // (a lazy part or a frame no longer wanted): nothing is waiting for its answer.
    if (!/Test ended|has been closed|has been disposed/.test(String(error))) throw error;
  }
}

/**
 * `route.fetch()`, asked again (twice at most) when the test's preview server drops
 * the connection: on a loaded machine it sometimes resets one of a page's many
 * parallel requests ("socket hang up"), which the browser itself would not see.
 */
async function fetchAgainOnReset(route: Route): ReturnType<Route['fetch']> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await route.fetch();
    } catch (error) {
      if (attempt >= 3 || !/ECONNRESET|socket hang up/.test(String(error))) throw error;
    }
  }
}

/** The CSP violations recorded since the page loaded. */
export function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** The embed's document inside an iframe element. */
export async function contentFrame(iframe: Locator): Promise<Frame> {
  return (await (await iframe.elementHandle())!.contentFrame())!;
}

/**
 * The iframe is as tall as the embed's content (within 2 px), and the embed does not
 * scroll inside: no inner scrollbar and no gap.
 */
export async function expectSnug(iframe: Locator): Promise<void> {
  const embed = await contentFrame(iframe);
  await expect
    .poll(async () => {
      const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
      const inner = await embed.evaluate(() => document.documentElement.scrollHeight);
      return Math.abs(outer - inner);
    })
    .toBeLessThanOrEqual(2);
  const overflow = await embed.evaluate(
    () => document.documentElement.scrollHeight - window.innerHeight,
  );
  expect(Math.abs(overflow)).toBeLessThanOrEqual(2);
}

/** Opens the "Filters" disclosure (topic chips and dates) if it is closed. */
export async function openFilters(target: Page | Frame): Promise<void> {
  const toggle = target.getByRole('button', { name: /^Filters/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}
