// `npm test`: the type check and the lint, unit tests in two time zones, the size
// budgets, the bench's smoke run (it fails only when something cannot be measured),
// then the browser tests (both provision a Chromium first when none is found).
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check (svelte-check)', 'npm', ['run', 'check'], {}],
  ['lint (ESLint, Prettier)', 'npm', ['run', 'lint'], {}],
  ['unit tests, TZ=UTC', 'npx', ['vitest', 'run'], { TZ: 'UTC' }],
  ['unit tests, TZ=Pacific/Auckland', 'npx', ['vitest', 'run'], { TZ: 'Pacific/Auckland' }],
  ['size budgets (fresh production build)', 'npm', ['run', 'size'], {}],
  [
    'bench smoke run (Parley, TimelineJS3, vis-network; no thresholds)',
    'npm',
    ['run', 'bench:smoke'],
    {},
  ],
  ['browser tests (Playwright, Chromium)', 'npm', ['run', 'test:e2e'], {}],
];

for (const [name, command, args, env] of steps) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${name}: failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
console.log('\nall test steps passed');
