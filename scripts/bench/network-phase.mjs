// The discourse networks in the page (issue #15: "switching network type or moving
// the window on the German set ≤ 100 ms to the next paint"): the mode switch to
// Agreement, then in Agreement mode a window change, a topic toggle and back to All,
// clicks on actors, and Agreement → Conflict → Balance. Each of those inputs (not
// opening the Filters or typing a date) is measured as the other interactions are
// (Event Timing, input to next paint, its longest entry) and also until the network
// it asked for is drawn (`settled`: the first animation frame at which the graph
// region is no longer busy and its drawing has nodes), because a page that answers
// the input first may draw the network after the next paint.
import {
  detailsHeading,
  eventsBetween,
  flush,
  now,
  phase,
  untilDetailsHeadingChanges,
  untilQuiet,
} from './page.mjs';

const GRAPH = 'section[aria-label="Actor graph"]';

/**
 * Waits in the page until the graph shows a network that is not being recomputed:
 * not `aria-busy`, the tie count line there, and a drawing with at least one node
 * (the SVG group's or the canvas's name, "N nodes and M links") unless the network
 * has no ties, checked at each
 * animation frame after the input. Returns the time from the input (its event's
 * timeStamp, recorded by a capturing listener) to that frame, in the page's clock.
 */
async function settled(page, capMs) {
  const at = await page.waitForFunction(
    (graph) => {
      const input = window.__netInputAt;
      if (input === undefined || performance.now() <= input) return false;
      const region = document.querySelector(graph);
      if (!region || region.getAttribute('aria-busy') === 'true') return false;
      const count = [...region.querySelectorAll('[role="status"]')].find((e) =>
        /^\s*Showing/.test(e.textContent ?? ''),
      );
      // A network without ties (the seed's conflict network) has no node to wait for.
      const empty = /^\s*Showing 0 of/.test(count?.textContent ?? '');
      const drawing = [...region.querySelectorAll('[aria-label]')].some((e) =>
        /^[1-9][\d,]* nodes? and /.test(e.getAttribute('aria-label') ?? ''),
      );
      return count !== undefined && (drawing || empty) && performance.now() - input;
    },
    GRAPH,
    { timeout: capMs, polling: 'raf' },
  );
  const took = await at.jsonValue();
  await flush(page);
  return took;
}

/**
 * One step: `act` performs its inputs and waits for each to settle; Event Timing over
 * it all (page.mjs `phase`), its figure the inputs the step is about (not opening the
 * Filters or typing a date): each one's longest entry, 0 where none reached 16 ms.
 */
async function step(page, capMs, act) {
  const result = await phase(page, capMs, act);
  if (result.overCap || result.skipped) return result;
  const inputs = result.inputs ?? result.interactions;
  return { ...result, interactions: inputs, worst: inputs.length ? Math.max(...inputs) : null };
}

/** Event Timing of one input: `act` performs it and waits; its longest interaction (0: none ≥ 16 ms). */
async function timedInput(page, act) {
  const from = await now(page);
  await act();
  await flush(page);
  const { worst } = await eventsBetween(page, from, await now(page));
  return worst ?? 0;
}

/**
 * Clicks `target` (a locator), times it until the network is drawn and by Event
 * Timing; adds both to `m` (`settledMs`, `inputs`).
 */
async function clickSettled(page, capMs, target, m) {
  await page.evaluate(() => {
    window.__netInputAt = undefined;
    const record = (e) => {
      window.__netInputAt = e.timeStamp;
      removeEventListener('pointerdown', record, true);
    };
    addEventListener('pointerdown', record, true);
  });
  m.inputs.push(
    await timedInput(page, async () => {
      await target.click({ timeout: capMs });
      m.settledMs.push(await settled(page, capMs));
    }),
  );
}

const measures = () => ({ settledMs: [], inputs: [] });

/**
 * @param {import('@playwright/test').Page} page
 * @param {number} capMs
 * @param {{ months: string[] }} o  two months with statements, for the window change
 * @returns {Promise<object | undefined>} the steps by key; undefined when the page offers no network modes
 */
export async function measureNetwork(page, capMs, { months }) {
  const graph = page.locator(GRAPH);
  const modes = graph.getByRole('group', { name: 'Graph shows' });
  const button = (name) => modes.getByRole('button', { name, exact: true });
  if ((await button('Agreement').count()) === 0) return undefined;
  await graph.scrollIntoViewIfNeeded();
  const result = {};
  const steps = [
    // The first switch also fetches the network's code: a reader's first switch.
    [
      'netMode',
      async () => {
        const m = measures();
        await clickSettled(page, capMs, button('Agreement'), m);
        return { performed: 1, ...m };
      },
    ],
    ['netWindow', () => networkWindow(page, capMs, months)],
    ['netTopic', () => networkTopic(page, capMs)],
    ['netClick', () => networkClicks(page, capMs)],
    [
      'netSwitch',
      async () => {
        const m = measures();
        for (const name of ['Conflict', 'Balance'])
          await clickSettled(page, capMs, button(name), m);
        return { performed: 2, ...m };
      },
    ],
  ];
  let busy = false;
  for (const [key, act] of steps) {
    result[key] = busy ? { skipped: 'page still busy' } : await step(page, capMs, act);
    busy ||= result[key].overCap === true;
  }
  return result;
}

async function openFilters(page, capMs) {
  const toggle = page.getByRole('button', { name: /^Filters/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true')
    await toggle.click({ timeout: capMs });
  return toggle;
}

/** The Filters' window: one month, the next, then open again; each Apply timed until drawn. */
async function networkWindow(page, capMs, months) {
  const toggle = await openFilters(page, capMs);
  const form = page.getByRole('form', { name: 'Time window' });
  const apply = form.getByRole('button', { name: 'Apply' });
  const m = measures();
  for (const [from, to] of [...months.map((m) => [m, m]), ['', '']]) {
    await form.getByRole('textbox', { name: 'From' }).fill(from);
    await form.getByRole('textbox', { name: 'To' }).fill(to);
    await untilQuiet(page, 300, capMs);
    await clickSettled(page, capMs, apply, m);
  }
  await toggle.click({ timeout: capMs });
  return { performed: m.inputs.length, ...m };
}

/** A topic chip, then "All" again, each timed until drawn. */
async function networkTopic(page, capMs) {
  const toggle = await openFilters(page, capMs);
  const topics = page.getByRole('group', { name: 'Topics' });
  if ((await topics.count()) === 0) return { skipped: 'no topics' };
  const all = topics.getByRole('button', { name: 'All' }).first();
  const chip = topics.getByRole('button').and(page.locator(':not([aria-pressed="true"])')).first();
  const m = measures();
  await clickSettled(page, capMs, chip, m);
  await untilQuiet(page, 300, capMs);
  await clickSettled(page, capMs, all, m);
  await toggle.click({ timeout: capMs });
  return { performed: 2, ...m };
}

/**
 * Real clicks on three actors of the network, each waited for in the Details heading
 * (an actor already selected, whose click would change nothing there, is passed over).
 */
async function networkClicks(page, capMs) {
  const nodes = page.locator(`${GRAPH} [data-node]`);
  const total = await nodes.count();
  const inputs = [];
  for (let i = 0; i < total && inputs.length < 3; i++) {
    const before = await detailsHeading(page);
    const node = nodes.nth(i);
    if (before && (await node.getAttribute('aria-label'))?.startsWith(`${before},`)) continue;
    const took = await timedInput(page, async () => {
      try {
        await node.click({ timeout: 5000 });
      } catch {
        await node.focus();
        await page.keyboard.press('Enter');
      }
      await untilDetailsHeadingChanges(page, before, capMs);
    });
    inputs.push(took);
  }
  if (inputs.length === 0) throw new Error('no actors in the network');
  return { performed: inputs.length, inputs };
}

/** Two months with statements for the window change: the median dated statement's and the next. */
export function windowMonths(data) {
  const eventDate = new Map((data.events ?? []).map((e) => [e.id, e.date]));
  const months = data.statements
    .map((s) => s.date ?? eventDate.get(s.event))
    .filter((d) => typeof d === 'string' && d.length >= 7)
    .map((d) => d.slice(0, 7))
    .sort();
  if (months.length === 0) return [];
  const mid = months[Math.floor(months.length / 2)];
  const next = months.find((m) => m > mid) ?? mid;
  return [mid, next];
}
