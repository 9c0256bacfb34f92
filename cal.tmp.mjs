import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
let worst = 0;
for (const port of [8301, 8302, 8303, 8304, 8305]) {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto(`http://127.0.0.1:${port}/`);
  const charts = await page.locator('figure.ex-visual').evaluateAll((f) => f.map((x) => x.id));
  for (const path of [...charts.map((c) => `embed/${c}/`), 'embed/']) {
    const oembed = await (await page.request.get(`http://127.0.0.1:${port}/${path}oembed.json`)).json();
    await page.goto(`http://127.0.0.1:${port}/${path}`);
    await page.locator('#explainer[data-live]').waitFor({ state: 'attached' });
    await page.waitForTimeout(100);
    const actual = await page.evaluate(() => document.documentElement.offsetHeight);
    const error = (oembed.height - actual) / actual;
    if (path !== 'embed/') worst = Math.max(worst, Math.abs(error));
    console.log(port, path.padEnd(24), 'estimate', oembed.height, 'actual', actual, (100 * error).toFixed(1) + '%');
  }
}
console.log('worst chart', (100 * worst).toFixed(1) + '%');
await browser.close();
