// In-page embeds against iframes: the same host article (end2end/hosts/inpage.html: five embeds
// of two explainers below the fold, on another origin), once with the snippets as they are
// (<explainer-embed> around each iframe) and once with the iframes alone (the snippets' iframe
// form, the loader still there). For each: requests over the network (the cache's answers are
// not counted), their bytes (gzip, as a host would serve them),
// the main thread's blocking time (TBT, from the long tasks of the page and its frames) and the
// time until every embed is live, on a 390 px phone at 4x slower CPU, the reader scrolling
// through once. Prints medians of five runs (TBT varies by a factor of two from run to run)
// and the ratios; it does not fail.
//
// Usage: node bench/inpage.mjs [dist]   (a site that scripts/build.sh made)
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const dist = process.argv[2] ?? 'dist';
const [site, hosts] = [8091, 8092].map((port) => `http://127.0.0.1:${port}`);
const RUNS = 5;

// The two host pages, pointed at this benchmark's explainer server.
const folder = 'target/bench-hosts';
mkdirSync(folder, { recursive: true });
const page = readFileSync('end2end/hosts/inpage.html', 'utf8').replaceAll('http://127.0.0.1:8081', site);
const framesOnly = page.replace(/<explainer-embed[^>]*>\n?/g, '').replace(/<\/explainer-embed>\n?/g, '');
writeFileSync(`${folder}/inpage.html`, page);
writeFileSync(`${folder}/frames.html`, framesOnly);
for (const file of ['inpage.css', 'inpage.js']) copyFileSync(`end2end/hosts/${file}`, `${folder}/${file}`);
const EMBEDS = (page.match(/<explainer-embed /g) ?? []).length;

const servers = [spawn('node', ['end2end/serve.mjs', dist, '8091'], { stdio: 'ignore' }), spawn('node', ['end2end/serve.mjs', folder, '8092'], { stdio: 'ignore' })];
await new Promise((resolve) => setTimeout(resolve, 700));

/** Whether every embed of the page is live: in its shadow root or in its frame. */
async function liveCount(tab) {
  const inPage = await tab.evaluate(() => [...document.querySelectorAll('explainer-embed')].filter((e) => e.shadowRoot?.querySelector('#explainer[data-live]')).length);
  let framed = 0;
  for (const frame of tab.frames().slice(1)) framed += await frame.evaluate(() => (document.querySelector('#explainer[data-live]') ? 1 : 0)).catch(() => 0);
  return inPage + framed;
}

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // What went over the network (not what the cache gave), each body at its gzip size.
  await cdp.send('Network.enable');
  const fetched = new Set();
  const bodies = [];
  cdp.on('Network.responseReceived', (event) => {
    if (!event.response.fromDiskCache && !event.response.fromMemoryCache) fetched.add(event.requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (!fetched.has(event.requestId)) return;
    bodies.push(
      cdp.send('Network.getResponseBody', { requestId: event.requestId })
        .then(({ body, base64Encoded }) => gzipSync(Buffer.from(body, base64Encoded ? 'base64' : 'utf8')).length)
        .catch(() => 0),
    );
  });
  await tab.addInitScript(() => {
    window.blocking = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.blocking += Math.max(0, entry.duration - 50);
    }).observe({ type: 'longtask', buffered: true });
  });
  const start = Date.now();
  await tab.goto(url);
  // The reader scrolls through the article once, as the lazy frames need.
  const bottom = await tab.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= bottom; y += 600) {
    await tab.evaluate((top) => window.scrollTo(0, top), y);
    await tab.waitForTimeout(100);
  }
  while ((await liveCount(tab)) < EMBEDS && Date.now() - start < 30000) await tab.waitForTimeout(100);
  const live = Date.now() - start;
  await tab.waitForTimeout(1000);
  const tbt = await tab.evaluate(() => window.blocking);
  const bytes = (await Promise.all(bodies)).reduce((sum, size) => sum + size, 0);
  const requests = fetched.size;
  await context.close();
  return { requests, bytes, tbt, live };
}

try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const results = {};
  for (const [name, file] of [['in the page', 'inpage.html'], ['iframes', 'frames.html']]) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await measure(browser, `${hosts}/${file}`));
    results[name] = Object.fromEntries(['requests', 'bytes', 'tbt', 'live'].map((key) => [key, median(runs.map((r) => r[key]))]));
  }
  await browser.close();
  console.log(`\n${EMBEDS} embeds of two explainers in a host article, 390 px phone, 4x slower CPU, medians of ${RUNS} runs:`);
  console.log('               requests   KB gzip   TBT ms   all live (s, scrolled through)');
  for (const [name, r] of Object.entries(results)) {
    console.log(`  ${name.padEnd(12)} ${String(r.requests).padStart(8)} ${(r.bytes / 1024).toFixed(1).padStart(9)} ${String(Math.round(r.tbt)).padStart(8)}   ${(r.live / 1000).toFixed(1)}`);
  }
  const [a, b] = [results['in the page'], results.iframes];
  const ratio = (x, y) => (y ? (x / y).toFixed(2) : 'n/a');
  console.log(`  in the page / iframes: requests ${ratio(a.requests, b.requests)}, bytes ${ratio(a.bytes, b.bytes)}, TBT ${ratio(a.tbt, b.tbt)}, all live ${ratio(a.live, b.live)}`);
} finally {
  for (const server of servers) server.kill();
}
