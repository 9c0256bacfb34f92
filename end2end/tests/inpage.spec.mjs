// In-page embeds (<explainer-embed>, static/embed.js) in a newsroom's long article on another
// origin (end2end/hosts/inpage.html): a strict policy, a hostile stylesheet, five embeds of two
// explainers below the fold (one chart twice, one in another language), each around the iframe
// it stands for.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.mjs';
import { watchErrors } from './errors.mjs';
import { scrollThrough } from './scroll.mjs';

const HOST = 'http://127.0.0.1:8083/end2end/hosts/inpage.html';
const EXPLAINER = 'http://127.0.0.1:8081';
const EMBEDS = 5;

/** Each element: whether its shadow root holds a live explainer, and what it shows. */
const embeds = (page) =>
  page.locator('explainer-embed').evaluateAll((elements) =>
    elements.map((element) => {
      const root = element.shadowRoot?.getElementById('explainer');
      return {
        live: Boolean(root?.hasAttribute('data-live')),
        marks: root ? root.querySelectorAll('svg [data-figure], svg [data-event]').length : 0,
        iframes: element.querySelectorAll('iframe').length,
        lang: element.shadowRoot?.querySelector('.ex-shadow')?.lang,
        title: root?.querySelector('.ex-visual-title')?.textContent,
        // The host's are its h1 and its main landmark.
        headings: root ? root.querySelectorAll('h1, main').length : 0,
      };
    }),
  );

/** Waits until every embed of the page is live in its shadow root. */
const allLive = (page) => expect.poll(async () => (await embeds(page)).filter((e) => e.live).length, { timeout: 15000 }).toBe(EMBEDS);

/**
 * The host page with changes (each `[from, to]`: another policy, the loader elsewhere), served
 * beside the test's results (a page fulfilled by the test itself would be barred by Chromium's
 * local network checks from framing the explainer). Returns its address.
 */
async function hostVariant(changes, name) {
  const path = test.info().outputPath(name);
  let html = readFileSync(new URL('../hosts/inpage.html', import.meta.url), 'utf8');
  for (const [from, to] of changes) {
    expect(html).toContain(from);
    html = html.replace(from, to);
  }
  writeFileSync(path, html.replace(/(href|src)="inpage\./g, '$1="/end2end/hosts/inpage.'));
  return `http://127.0.0.1:8083/${relative(fileURLToPath(new URL('../..', import.meta.url)), path)}`;
}

const NO_WASM = ["script-src 'self' http://127.0.0.1:8081 'wasm-unsafe-eval'", `script-src 'self' ${EXPLAINER}`];
// The loader as a plain script in the head, before any embed: each element is then defined,
// and started, before its iframe is parsed.
const LOADER_FIRST = ['<script src="inpage.js"></script>', `<script src="inpage.js"></script><script src="${EXPLAINER}/embed.js"></script>`];

test('embeds of two explainers, below the fold under a strict policy: each is drawn and live before it is scrolled to, by one engine, and the host does not jump', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const errors = watchErrors(page);
  const requests = [];
  const ours = [];
  page.on('request', (request) => {
    requests.push(request.url());
    // (An iframe that began to load before it was taken away may ask for its own engine.)
    if (request.frame() === page.mainFrame()) ours.push(request.url());
  });
  await page.goto(HOST);
  await allLive(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const shown = await embeds(page);
  for (const embed of shown) {
    // The chart, and no iframe left beside it.
    expect(embed.marks).toBeGreaterThan(0);
    expect(embed.iframes).toBe(0);
    expect(embed.headings).toBe(0);
  }
  expect(shown.map((e) => e.lang)).toEqual(['fr', 'en', 'fr', 'fr', 'en']);
  expect(shown[4].title).toBe('Voluntary returns of migrants');
  // One engine for the page: its WASM, its bindings and the shadow stylesheet fetched once.
  const once = (pattern) => ours.filter((url) => pattern.test(url)).length;
  expect(once(/_bg\.wasm$/)).toBe(1);
  expect(once(/\/explainer-[0-9a-f]+\.js$/)).toBe(1);
  expect(once(/explainer-shadow-[0-9a-f]+\.css$/)).toBe(1);
  // Nothing from any origin but the host's and the explainer's.
  expect(new Set(requests.map((url) => new URL(url).origin))).toEqual(new Set(['http://127.0.0.1:8083', EXPLAINER]));
  const shift = await scrollThrough(page);
  test.info().annotations.push({ type: 'host layout shift', description: String(shift) });
  expect(shift).toBeLessThanOrEqual(0.02);
  expect(errors).toEqual([]);
});

test('the host page\'s stylesheet changes nothing inside an embed, and the embed\'s leaks nothing out', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 900 });
  const looks = async () => {
    await allLive(page);
    return page.locator('explainer-embed').first().evaluate((element) => {
      const shadow = element.shadowRoot;
      const look = (selector) => {
        const style = getComputedStyle(shadow.querySelector(selector));
        return [style.color, style.fontFamily, style.fontSize, style.letterSpacing, style.lineHeight].join(' / ');
      };
      return {
        title: look('.ex-visual-title'),
        label: look('svg text'),
        button: look('button'),
        host: getComputedStyle(document.querySelector('h1')).color,
      };
    });
  };
  await page.goto(HOST);
  const hostile = await looks();
  // The same page without its stylesheet.
  await page.route('**/inpage.css', (route) => route.abort());
  await page.goto(HOST);
  const plain = await looks();
  expect(hostile.host).toBe('rgb(255, 0, 0)');
  expect(plain.host).not.toBe('rgb(255, 0, 0)');
  expect({ ...hostile, host: '' }).toEqual({ ...plain, host: '' });
  // The explainer's own sizes, not the host's 40 px nor its 62.5 % root.
  expect(hostile.title).toContain(' / 17px / ');
});

test('inside an embed, choices, the keyboard and downloads work, and the host hears them', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 900 });
  const errors = watchErrors(page);
  await page.goto(HOST);
  await allLive(page);
  const told = () => page.evaluate(() => window.told);
  const [first, , , twin] = await page.locator('explainer-embed').all();
  await first.scrollIntoViewIfNeeded();
  // A choice: pressed in this embed only (its twin, the same chart, keeps its own state).
  const option = first.getByRole('option').nth(1);
  await option.click();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(twin.getByRole('option').nth(1)).not.toHaveAttribute('aria-selected', 'true');
  await expect.poll(told).toContainEqual({
    type: 'explainer:choose',
    from: 'explainer-embed',
    detail: { type: 'explainer:choose', key: 'maroc-migrations.timeline', id: 'regularisation-first' },
  });
  // The host's address is the host's: no hash written into it.
  expect(new URL(page.url()).hash).toBe('');
  // The keyboard walks the list inside the shadow root.
  await page.keyboard.press('ArrowDown');
  const third = first.getByRole('option').nth(2);
  await expect(third).toBeFocused();
  await expect(third).toHaveAttribute('aria-selected', 'true');
  // Announced in this embed's live region, and in no other's.
  await expect(first.locator('.ex-announcement')).toContainText('2017');
  await expect(twin.locator('.ex-announcement')).toHaveText('');
  // A download, saved by the browser and told to the host.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    first.locator('.ex-downloads').getByText('Données (CSV)', { exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  await expect.poll(told).toContainEqual({
    type: 'explainer:download',
    from: 'explainer-embed',
    detail: { type: 'explainer:download', key: 'maroc-migrations.timeline', format: 'csv' },
  });
  expect(errors).toEqual([]);
});

test('an embed follows its element\'s theme and language as they change', async ({ page }) => {
  await page.goto(HOST);
  await allLive(page);
  const first = page.locator('explainer-embed').first();
  const background = () => first.evaluate((element) => getComputedStyle(element.shadowRoot.querySelector('.ex')).backgroundColor);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await first.evaluate((element) => element.setAttribute('theme', 'dark'));
  expect(await background()).toBe('rgb(19, 21, 24)');
  await first.evaluate((element) => element.setAttribute('lang', 'ar'));
  await expect.poll(async () => (await embeds(page))[0]).toMatchObject({ live: true, lang: 'ar' });
  expect(await first.evaluate((element) => element.shadowRoot.querySelector('.ex-shadow').dir)).toBe('rtl');
  expect(await background()).toBe('rgb(19, 21, 24)');
});

test('the loader\'s ExplainerEmbed.set reaches the in-page embeds as well as the frames', async ({ page }) => {
  await page.goto(HOST);
  await allLive(page);
  const backgrounds = () => page.locator('explainer-embed').evaluateAll((all) => all.map((e) => getComputedStyle(e.shadowRoot.querySelector('.ex')).backgroundColor));
  expect(await backgrounds()).toEqual(Array(EMBEDS).fill('rgb(255, 255, 255)'));
  await page.evaluate(() => window.ExplainerEmbed.set({ theme: 'dark' }));
  expect(await backgrounds()).toEqual(Array(EMBEDS).fill('rgb(19, 21, 24)'));
  await page.evaluate(() => window.ExplainerEmbed.set({ lang: 'en' }));
  await expect.poll(async () => (await embeds(page)).map((e) => e.live && e.lang)).toEqual(Array(EMBEDS).fill('en'));
});

test('an embed given a `src` that cannot be fetched keeps the live chart it shows', async ({ page }) => {
  await page.goto(HOST);
  await allLive(page);
  const before = (await embeds(page))[0];
  const warned = page.waitForEvent('console', (message) => message.text().startsWith('explainer-embed:'));
  await page.locator('explainer-embed').first().evaluate((element, src) => element.setAttribute('src', src), `${EXPLAINER}/maroc-migrations/embed/nothing-here/`);
  await warned;
  expect((await embeds(page))[0]).toEqual(before);
});

test('in the whole explainer\'s embed, a language link, a link within it and the PNG stay in the host\'s page', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 900 });
  const errors = watchErrors(page);
  await page.goto(HOST);
  await page.evaluate((src) => {
    const element = document.createElement('explainer-embed');
    element.id = 'whole';
    element.setAttribute('src', src);
    document.querySelector('main').prepend(element);
  }, `${EXPLAINER}/maroc-migrations/embed/`);
  const whole = page.locator('#whole');
  await expect(whole.locator('#explainer[data-live]')).toBeAttached({ timeout: 15000 });
  // A link within the page chooses what it names, in the embed; the host's address is untouched.
  const within = whole.locator('a[href^="#"]').first();
  await within.scrollIntoViewIfNeeded();
  await within.click();
  expect(page.url()).toBe(HOST);
  // The PNG is saved, not followed.
  const [download] = await Promise.all([page.waitForEvent('download'), whole.locator('a.ex-download[download]').first().click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  expect(page.url()).toBe(HOST);
  // Another language: the element shows it in place.
  await whole.locator('a[hreflang="en"]').click();
  await expect(whole).toHaveAttribute('lang', 'en');
  await expect.poll(() => whole.evaluate((element) => element.shadowRoot.querySelector('.ex-shadow').lang)).toBe('en');
  await expect(whole.locator('#explainer[data-live]')).toBeAttached();
  expect(page.url()).toBe(HOST);
  expect(errors).toEqual([]);
});

test('the whole explainer\'s embed lays itself out for the host\'s column, not its screen', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(HOST);
  const layout = await page.evaluate(async (src) => {
    const show = async (width) => {
      const element = document.createElement('explainer-embed');
      element.setAttribute('src', src);
      if (width) element.style.width = width;
      document.querySelector('main').prepend(element);
      for (let wait = 0; wait < 150 && !element.shadowRoot?.querySelector('.ex-section--with-visual'); wait += 1) await new Promise((next) => setTimeout(next, 100));
      const section = element.shadowRoot.querySelector('.ex-section--with-visual');
      return { column: element.clientWidth, display: getComputedStyle(section).display };
    };
    return { narrow: await show(''), wide: await show('1200px') };
  }, `${EXPLAINER}/maroc-migrations/embed/`);
  test.info().annotations.push({ type: 'layouts', description: JSON.stringify(layout) });
  // The host's column (44rem of its 62.5 % root) on a 1400 px screen: one column, as on a phone.
  expect(layout.narrow.column).toBeLessThan(960);
  expect(layout.narrow.display).toBe('block');
  // A column as wide as the two-column layout needs: two columns.
  expect(layout.wide.display).toBe('grid');
});

test('axe finds nothing on the host page with its embeds', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.goto(HOST);
  await allLive(page);
  expect(await axeViolations(page)).toEqual([]);
});

test('where the host\'s policy forbids the explainer\'s script, the iframes stay, at their first heights', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const blocked = await hostVariant([[`script-src 'self' ${EXPLAINER}`, "script-src 'self'"]], 'blocked.html');
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(blocked);
  await page.waitForTimeout(1000);
  // The policy did refuse the loader.
  expect(errors.some((error) => error.includes('/embed.js'))).toBe(true);
  expect(await page.evaluate(() => customElements.get('explainer-embed'))).toBeUndefined();
  const frames = page.locator('explainer-embed iframe');
  await expect(frames).toHaveCount(EMBEDS);
  for (const frame of await frames.all()) {
    await frame.scrollIntoViewIfNeeded();
    const height = Number(await frame.getAttribute('height'));
    expect(height).toBeGreaterThan(300);
    expect(Math.round((await frame.boundingBox()).height)).toBe(height);
    // The explainer inside, as in any iframe embed.
    await expect((await (await frame.elementHandle()).contentFrame()).locator('h1')).toBeVisible();
  }
});

for (const [where, changes] of [['after each embed', []], ['in the head, before any embed', [LOADER_FIRST]]]) {
  test(`with the loader ${where}, where the host's policy allows the explainer's script but not its WebAssembly, the iframes come back`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(await hostVariant([NO_WASM, ...changes], 'no-wasm.html'));
    // The markup came and went: each element holds its iframe again, shown through a slot.
    await expect.poll(() => page.locator('explainer-embed').evaluateAll((all) => all.filter((e) => e.shadowRoot?.querySelector('slot') && e.querySelectorAll('iframe').length === 1).length), { timeout: 15000 }).toBe(EMBEDS);
    const frame = page.locator('explainer-embed iframe').first();
    await frame.scrollIntoViewIfNeeded();
    await expect((await (await frame.elementHandle()).contentFrame()).locator('#explainer[data-live]')).toBeAttached({ timeout: 15000 });
  });
}

test('with the loader in the head, before any embed, each iframe still gives way to its chart', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const requests = [];
  page.on('request', (request) => request.frame() === page.mainFrame() && requests.push(request.url()));
  await page.goto(await hostVariant([LOADER_FIRST], 'loader-first.html'));
  await expect.poll(async () => (await embeds(page)).filter((e) => e.live && e.iframes === 0).length, { timeout: 15000 }).toBe(EMBEDS);
  // One engine for the host's page (an iframe that began to load before it was taken away may
  // have asked for its own: that is the frame's, not the page's).
  expect(requests.filter((url) => /_bg\.wasm$/.test(url))).toHaveLength(1);
});

test('with JavaScript off, each embed shows its image', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(HOST);
  const images = page.locator('explainer-embed noscript + img, explainer-embed img');
  await expect(images).toHaveCount(EMBEDS);
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect(image).toBeVisible();
    expect(await image.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await image.getAttribute('src')).toMatch(/^http:\/\/127\.0\.0\.1:8081\/.*-web\.png$/);
  }
  await context.close();
});
