import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 760, height: 900 } });
await p.goto('http://127.0.0.1:4350/embed.html');
await p.waitForSelector('#app[data-ready~="graph"]');
console.log(await p.evaluate(() => [...document.querySelectorAll('.legend .body, .legend .group')].map(e => `${e.className.split(' ')[0]} w=${Math.round(e.getBoundingClientRect().width)} y=${Math.round(e.getBoundingClientRect().y)}`)));
await b.close();
