// Discourse-network compute times in Node (issue #15: "switching network type or
// moving the window ≤ 100 ms"; the UI recomputes on every window step, so the
// network alone should take well under that). For each file: the agreement,
// conflict and balance networks over the whole range, a 30-day window stepped a
// week at a time, and the coalitions; median and worst of the runs after warm-up.
//
//   npx tsx scripts/bench/network.ts [FILE.json]...   (default: the German set)
import { readFileSync } from 'node:fs';
import { parseDate } from '../../src/model/dates';
import { loadDataset } from '../../src/model/load';
import type { PDate } from '../../src/model/types';
import { coalitionsFrom, DEFAULT_SEED, networkOf, positionsOf, tiesOf } from '../../src/network';

const DAY = 86_400_000;
const RUNS = 15;

function time(run: () => unknown): { median: number; worst: number } {
  for (let k = 0; k < 3; k++) run();
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)]!, worst: times[RUNS - 1]! };
}

/** The day holding `t`, parsed as the data's dates are. */
function day(t: number): PDate {
  const parsed = parseDate(new Date(t).toISOString().slice(0, 10));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.date;
}

const fmt = ({ median, worst }: { median: number; worst: number }) =>
  `${median.toFixed(1)} ms (worst ${worst.toFixed(1)})`;

const files = process.argv.slice(2);
for (const file of files.length ? files : ['data/german-nuclear-2011.json']) {
  const { dataset } = loadDataset(readFileSync(file, 'utf8'));
  if (!dataset) throw new Error(`${file} is not valid`);
  const statements = dataset.statements;
  const starts = statements.map((s) => s.date.start).sort((a, b) => a - b);
  console.log(`${file}: ${dataset.actors.length} actors, ${statements.length} statements`);
  for (const type of ['agreement', 'conflict', 'balance'] as const) {
    const ties = networkOf(statements, { type }).length;
    console.log(
      `  ${type}, whole range: ${ties} ties, ${fmt(time(() => networkOf(statements, { type })))}`,
    );
  }
  // A 30-day window stepped a week at a time through the data.
  const first = Math.floor(starts[0]! / DAY) * DAY;
  const last = starts[starts.length - 1]!;
  const windows: [PDate, PDate][] = [];
  for (let t = first; t <= last; t += 7 * DAY) windows.push([day(t), day(t + 29 * DAY)]);
  const steps = windows.slice(0, 20);
  const step = time(() => {
    for (const [from, to] of steps) networkOf(statements, { type: 'agreement', from, to });
  });
  console.log(
    `  agreement, 30-day window stepped weekly: ${fmt({ median: step.median / steps.length, worst: step.worst / steps.length })} per step (${steps.length} steps)`,
  );
  const positions = positionsOf(statements, {});
  const ties = tiesOf(positions, 'agreement');
  console.log(
    `  coalitions of the whole agreement network: ${fmt(time(() => coalitionsFrom(positions, ties, DEFAULT_SEED)))}`,
  );
}
