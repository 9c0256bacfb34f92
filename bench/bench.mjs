// The explainer's benchmark: what a reader downloads (raw, gzip, brotli), Lighthouse's mobile
// test on the page and on one embed (median of several runs), the time a selection takes to
// show under a 4x slower CPU, and the editor's bundle, start-up and check time; each figure
// against bench/budgets.json. It prints; it does not
// fail (the test command's size check is what fails a build).
//
// Usage: node bench/bench.mjs [dist] [--runs N] [--no-lighthouse]   (dist: a site that
// scripts/build.sh made; the page measured is the seed's explainer, /maroc-migrations/)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawn, spawnSync } from 'node:child_process';
import { downloads, total } from './sizes.mjs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const over = [];
const check = (name, value, budget, better = 'lower') => {
  const ok = better === 'lower' ? value <= budget : value >= budget;
  if (!ok) over.push(`${name}: ${value} (budget ${budget})`);
  return ok ? 'ok' : 'OVER';
};
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);

// ---- sizes -------------------------------------------------------------------------------
const PAGE = 'maroc-migrations/';
const downloaded = downloads(dist, `${PAGE}index.html`);
console.log('\nWhat a reader downloads for the page (KB):\n      raw    gzip  brotli  file');
for (const file of downloaded) console.log(`${kb(file.raw)} ${kb(file.gzip)} ${kb(file.brotli)}  ${file.name}`);
const sums = { raw: total(downloaded, 'raw'), gzip: total(downloaded, 'gzip'), brotli: total(downloaded, 'brotli') };
console.log(`${kb(sums.raw)} ${kb(sums.gzip)} ${kb(sums.brotli)}  total`);
const wasm = downloaded.find((f) => f.name.endsWith('.wasm'));
const html = downloaded.find((f) => f.name === `${PAGE}index.html`).gzip;
console.log(`\nfirst HTML ${html} B gzip: ${check('first HTML gzip', html, budgets.first_html_gzip)}`);
console.log(`WASM ${wasm.gzip} B gzip: ${check('WASM gzip', wasm.gzip, budgets.wasm_gzip)}`);
console.log(`total ${sums.gzip} B gzip: ${check('total gzip', sums.gzip, budgets.total_gzip)}`);
spentOn();

// What the WASM's bytes are spent on, by crate (and by module of ours): the release build that
// Trunk made, with its function names kept, optimised as Trunk does, measured by `twiggy`.
function spentOn() {
  const built = 'target/wasm32-unknown-unknown/release/explainer.wasm';
  const run = (command, args) => spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (!existsSync(built) || run('twiggy', ['--version']).status !== 0) {
    console.log('  (what the bytes are spent on needs twiggy and the release build: run scripts/bench.sh)');
    return;
  }
  const out = 'target/bench-names';
  run('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', out, built]);
  run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--debuginfo', `${out}/explainer_bg.wasm`, '-o', `${out}/named.wasm`]);
  const csv = run('twiggy', ['top', '-n', '100000', '--format', 'csv', `${out}/named.wasm`]).stdout.trim().split('\n').slice(1);
  const groups = new Map();
  for (const line of csv) {
    let [name, size] = line.match(/^(.*),(\d+),[^,]*,[^,]*,[^,]*$/)?.slice(1) ?? [];
    // CSV quoting: names with commas or quotes come quoted, quotes doubled.
    if (name?.startsWith('"')) name = name.slice(1, -1).replaceAll('""', '"');
    if (!name || name.includes('subsection')) continue;
    // The first crate a name mentions (`<T as reactive_graph::…>` is reactive_graph's).
    let group = name.startsWith('data segment') ? 'data (strings, tables, the story)'
      : name.startsWith('import ') ? 'imports from the JS bindings'
      : (name.match(/([a-z_][a-z_0-9]*)(\[[0-9a-f]+\])?::/)?.[1] ?? 'other (tables, unnamed)');
    if (group === 'explainer') group = `explainer::${name.match(/^explainer::([a-z_]+)/)?.[1]}`;
    groups.set(group, (groups.get(group) ?? 0) + Number(size));
  }
  const all = [...groups.values()].reduce((a, b) => a + b, 0);
  console.log(`  where the WASM's ${(all / 1024).toFixed(0)} KB (before gzip) go, by crate:`);
  for (const [group, size] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
    console.log(`  ${kb(size)} KB ${((100 * size) / all).toFixed(0).padStart(3)} %  ${group}`);
  }
}

// ---- the editor ----------------------------------------------------------------------------
// Its bundle (gzip: at start-up, and the preview's worker, loaded when the preview opens); at 4x
// slower CPU on three fresh tabs, its start-up (navigation to the app mounted, its mark
// `editor-ready`) and, with the seed's content file and text opened, the check that runs after
// each keystroke in the content file (the compiler's review, its `check` measure) and the whole
// keystroke to the next frame (Event Timing; under 16 ms it is not reported).
async function editor(browser) {
  const folder = `${dist}/editor`;
  if (!existsSync(folder)) return console.log('\n(no editor in this site: scripts/build.sh builds it)');
  const files = readdirSync(folder).filter((name) => /\.(wasm|js|css)$/.test(name));
  const gzip = (names) => names.reduce((sum, name) => sum + gzipSync(readFileSync(`${folder}/${name}`), { level: 9 }).length, 0);
  const worker = files.filter((name) => name.startsWith('preview'));
  console.log(`\nThe editor (/editor/): ${gzip(files.filter((n) => !worker.includes(n)))} B gzip at start-up, its preview's worker ${gzip(worker)} B gzip when the preview opens`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const startups = [];
  const checks = [];
  const keystrokes = [];
  for (let round = 0; round < 3; round += 1) {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await tab.goto(`${origin}/editor/?lang=en`);
    await tab.locator('#ed-text').waitFor();
    await tab.waitForFunction(() => performance.getEntriesByName('editor-ready').length > 0);
    startups.push(await tab.evaluate(() => performance.getEntriesByName('editor-ready')[0].startTime));
    await tab.locator('#ed-open').setInputFiles(['content/maroc-migrations.toml', 'content/sources/000_5131e91ad352ad19.txt']);
    await tab.locator('.ed-numbers li').first().waitFor();
    await tab.evaluate(() => {
      performance.clearMeasures('check');
      window.benchEvents = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.interactionId) window.benchEvents.push(entry.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    });
    const file = tab.locator('#ed-file');
    await file.evaluate((area) => area.setSelectionRange(area.value.length, area.value.length));
    await file.focus();
    for (const key of '# checked') {
      await tab.keyboard.press(key === ' ' ? 'Space' : key);
      await tab.waitForTimeout(250);
    }
    checks.push(...(await tab.evaluate(() => performance.getEntriesByName('check').map((m) => m.duration))));
    keystrokes.push(...(await tab.evaluate(() => window.benchEvents)));
    await tab.close();
  }
  await context.close();
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ms = (value) => value.toFixed(1);
  console.log(`  start-up at 4x CPU: ${startups.map(ms).join(', ')} ms (median ${ms(median(startups))})`);
  console.log(`  a check of the seed's content file after a keystroke, 4x CPU: median ${ms(median(checks))} ms, worst ${ms(Math.max(...checks))} ms (${checks.length} keystrokes): ${check('editor check ms', Math.round(median(checks)), budgets.editor_check_ms)}`);
  const timed = keystrokes.length ? `median ${ms(median(keystrokes))} ms, worst ${ms(Math.max(...keystrokes))} ms of the ${keystrokes.length} over 16 ms` : 'every one 16 ms or less';
  console.log(`  each keystroke to the next frame (Event Timing): ${timed}`);
}

// ---- a server for the rest ----------------------------------------------------------------
const port = 8091;
const server = spawn('node', ['end2end/serve.mjs', dist, String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const origin = `http://127.0.0.1:${port}`;

try {
  // ---- interaction under 4x CPU slowdown ---------------------------------------------------
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  // A 390 px phone, 4x slower CPU: every mention of the text chosen as a reader would, on three
  // fresh pages: brought into view, a pause (a reader reads before tapping), then a trusted
  // click at its centre, so that the browser's Event Timing records it. The longest event of
  // each interaction is kept: the duration INP is made of, from the input to the next frame.
  // (Playwright's `locator.click` is not used: its own checks run listeners in the page during
  // the very events measured.)
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const requests = new Set();
  const rounds = [];
  for (let round = 0; round < 3; round += 1) {
    const tab = await context.newPage();
    tab.on('request', (request) => requests.add(new URL(request.url()).origin));
    await tab.goto(`${origin}/${PAGE}`);
    await tab.locator('#explainer[data-live]').waitFor({ state: 'attached' });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await tab.evaluate(() => {
      window.benchEvents = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.interactionId) window.benchEvents.push(entry.duration);
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    // Every mention of the text, then every item of every list: each way a reader chooses.
    const choices = [];
    for (let i = 0; i < (await tab.locator('button.ex-mention').count()); i += 1) choices.push(tab.locator('button.ex-mention').nth(i));
    const options = tab.locator('.ex-legend-item');
    for (let i = 0; i < (await options.count()); i += 1) choices.push(options.nth(i));
    const items = [];
    for (const mention of choices) {
      await mention.scrollIntoViewIfNeeded();
      await tab.waitForTimeout(300);
      const before = await tab.evaluate(() => window.benchEvents.length);
      const box = await mention.boundingBox();
      await tab.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await tab.waitForTimeout(300);
      const durations = await tab.evaluate((from) => window.benchEvents.slice(from), before);
      // Durations under 16 ms are not reported by the browser: counted as 16.
      items.push({ name: (await mention.evaluate((e) => e.matches('.ex-mention') ? e.textContent : `list: ${e.dataset.figure ?? e.dataset.event}`)).trim(), ms: Math.max(16, ...durations) });
    }
    rounds.push(items);
    await tab.close();
  }
  const sorted = (items) => items.map((item) => item.ms).sort((a, b) => a - b);
  const figures = (times) => `median ${times[Math.floor(times.length / 2)]}, 90th percentile ${times[Math.floor(times.length * 0.9)]}, worst ${times[times.length - 1]}`;
  const times = sorted(rounds.flat());
  const worst = times[times.length - 1];
  console.log(`\nchoosing every figure and event (each mention, then each item of each list), Event Timing at 4x CPU slowdown on a 390 px phone, three fresh pages (ms, 16 = "16 or less"):`);
  for (const items of rounds) console.log(`  ${items.map((item) => `${item.name} ${item.ms}`).join(', ')}`);
  console.log(`  mentions: ${figures(sorted(rounds.flat().filter((item) => !item.name.startsWith('list:'))))}`);
  console.log(`  list items: ${figures(sorted(rounds.flat().filter((item) => item.name.startsWith('list:'))))}`);
  console.log(`  the first choice of each page: ${rounds.map((items) => items[0].ms).join(', ')}`);
  console.log(`  all ${times.length}: ${figures(times)}: ${check('select figure ms', worst, budgets.select_figure_ms)}`);
  const others = [...requests].filter((o) => o !== origin);
  console.log(`requests to another origin: ${others.length}: ${check('other-origin requests', others.length, budgets.other_origin_requests)}`);
  await editor(browser);
  await browser.close();

  // ---- Lighthouse --------------------------------------------------------------------------
  if (!args.includes('--no-lighthouse')) {
    let lighthouse, launch;
    try {
      lighthouse = (await import('lighthouse')).default;
      ({ launch } = await import('chrome-launcher'));
    } catch {
      console.log('\nLighthouse is not installed: scripts/bench.sh installs it (npm lighthouse@13.5.0).');
    }
    if (lighthouse) {
      for (const path of [`/${PAGE}`, `/${PAGE}embed/returns/`]) {
        const results = [];
        for (let run = 0; run < runs; run++) {
          const chrome = await launch({
            chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
            chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
          });
          const { lhr } = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
          await chrome.kill();
          results.push(lhr);
        }
        const median = (pick) => {
          const values = results.map(pick).sort((a, b) => a - b);
          return values[Math.floor(values.length / 2)];
        };
        const score = (id) => Math.round(median((r) => r.categories[id].score * 100));
        const audit = (id) => median((r) => r.audits[id].numericValue);
        const performanceScores = results.map((r) => Math.round(r.categories.performance.score * 100));
        console.log(`\nLighthouse mobile, ${path} (${runs} runs, medians):`);
        console.log(`  performance ${score('performance')} (runs ${performanceScores.join(', ')}): ${check(`${path} performance`, score('performance'), budgets.lighthouse_performance_median, 'higher')}, lowest ${check(`${path} performance lowest run`, Math.min(...performanceScores), budgets.lighthouse_performance_min, 'higher')}`);
        console.log(`  accessibility ${score('accessibility')}: ${check(`${path} accessibility`, score('accessibility'), budgets.lighthouse_accessibility, 'higher')}`);
        console.log(`  best practices ${score('best-practices')}: ${check(`${path} best practices`, score('best-practices'), budgets.lighthouse_best_practices, 'higher')}`);
        console.log(`  SEO ${score('seo')}: ${check(`${path} SEO`, score('seo'), budgets.lighthouse_seo, 'higher')}`);
        console.log(`  FCP ${audit('first-contentful-paint').toFixed(0)} ms, LCP ${audit('largest-contentful-paint').toFixed(0)} ms: ${check(`${path} LCP ms`, Math.round(audit('largest-contentful-paint')), budgets.lcp_ms)}`);
        console.log(`  TBT ${audit('total-blocking-time').toFixed(0)} ms: ${check(`${path} TBT ms`, Math.round(audit('total-blocking-time')), budgets.tbt_ms)}, CLS ${audit('cumulative-layout-shift').toFixed(3)}: ${check(`${path} CLS`, Number(audit('cumulative-layout-shift').toFixed(3)), budgets.cls)}`);
        console.log(`  requests ${median((r) => r.audits['network-requests'].details.items.length)}`);
      }
    }
  }
} finally {
  server.kill();
}

console.log(over.length ? `\nOver budget (${over.length}):\n  ${over.join('\n  ')}` : '\nEvery figure is within its budget.');
