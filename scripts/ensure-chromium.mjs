// Makes sure a Chromium exists for the browser tests, installing one if needed:
// Debian's `chromium` package where apt-get is available (as root), Playwright's
// own installer elsewhere. Says what it does.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = await findChromium();
if (found) {
  console.log(`browser tests: using Chromium at ${found}`);
  process.exit(0);
}

const run = (command) => {
  console.log(`browser tests: no Chromium found; running: ${command}`);
  execSync(command, { stdio: 'inherit' });
};

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (existsSync('/usr/bin/apt-get')) {
  const sudo = isRoot ? '' : 'sudo ';
  run(`${sudo}apt-get update`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium`);
} else {
  run('npx playwright install chromium');
}

const installed = await findChromium();
if (!installed) {
  console.error('browser tests: could not install Chromium; set CHROME_PATH to a Chromium binary.');
  process.exit(1);
}
console.log(`browser tests: using Chromium at ${installed}`);
