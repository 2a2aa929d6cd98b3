import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = await findChromium();
// Separate ports (and build folders) let several suites run side by side.
const PORT = Number(process.env.PARLEY_E2E_PORT ?? 4317);
const OUT = `dist-e2e/${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'svg' },
    {
      // The graph's browser tests again with the canvas renderer forced (renderer=canvas,
      // added by helpers.ts openExplorer): the accessible structure, clicks, keys and
      // zoom must hold on both renderers.
      name: 'canvas',
      // Only the scale spec so far: graph.spec.ts and the rest read the SVG's own
      // elements (classes, transforms) and need renderer-neutral reads first.
      testMatch: /(graph-scale|graph|network)\.spec\.ts$/,
      metadata: { renderer: 'canvas' },
    },
  ],
  webServer: {
    // A build with the test-only data sets of tests/fixtures/valid added, and a
    // generated one of 10,000 statements (scripts/bench/synthetic.mjs) for the scale tests.
    command: `node scripts/bench/synthetic.mjs ${OUT}-synthetic 2000 400 10000 && npx vite build --outDir ${OUT} --emptyOutDir --logLevel warn && npx vite preview --outDir ${OUT} --port ${PORT} --strictPort --host 127.0.0.1`,
    env: { PARLEY_EXTRA_DATA: `tests/fixtures/valid,${OUT}-synthetic` },
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
