// Embeds where newsrooms put them: between the paragraphs of a long article on another origin,
// most of them below the fold. Each must take its content's height before the reader scrolls
// to it (Chromium does not render offscreen cross-origin frames, so nothing that waits for
// rendering may be relied on), and the host page must not jump as the reader scrolls through.
// Runs for the article and for every example content file (see playwright.config.mjs).
import { test, expect } from '@playwright/test';
import { scrollThrough } from './scroll.mjs';
import { chartIds } from './charts.mjs';

const HOST = 'http://127.0.0.1:8083/end2end/hosts/article.html';

/** The explainer's charts (from its page) and the first height each embed's oEmbed gives. */
async function embedsOf(request, explainer) {
  const page = await (await request.get(explainer)).text();
  const ids = chartIds(page);
  expect(ids.length, 'the explainer has visuals to embed').toBeGreaterThan(0);
  const heights = [];
  for (const id of ids) heights.push((await (await request.get(`${explainer}embed/${id}/oembed.json`)).json()).height);
  return { ids, heights };
}

/** Each embed's frame height and its document's height. */
async function sizes(page) {
  const out = [];
  for (const element of await page.locator('#article iframe').all()) {
    const frame = await (await element.elementHandle()).contentFrame();
    const document = frame ? await frame.evaluate(() => document.documentElement.offsetHeight).catch(() => -1) : -1;
    const box = await element.evaluate((iframe) => iframe.getBoundingClientRect().height);
    out.push({ frame: Math.round(box), document });
  }
  return out;
}

const fitted = (all) => all.length > 0 && all.every(({ frame, document }) => document > 0 && Math.abs(frame - document) <= 2);

/** Waits until every embed fits, within `timeout` ms, and returns the sizes. */
async function expectAllFitted(page, timeout) {
  let last = [];
  await expect
    .poll(async () => {
      last = await sizes(page);
      return fitted(last) ? 'fitted' : JSON.stringify(last);
    }, { timeout, intervals: [100] })
    .toBe('fitted');
  return last;
}


function hostUrl(explainer, { ids, heights }, options) {
  const query = new URLSearchParams({ explainer, embeds: ids.join(','), heights: heights.join(','), ...options });
  return `${HOST}?${query}`;
}

for (const width of [390, 1024]) {
  for (const via of ['loader', 'pym', 'datawrapper']) {
    test(`at ${width} px through ${via}, every embed fits before it is scrolled to, and the host does not jump`, async ({ page, request, baseURL }) => {
      const embeds = await embedsOf(request, baseURL);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(hostUrl(baseURL, embeds, { via }));
      // Ten seconds: Chromium runs an offscreen cross-origin frame's timers about once a
      // second, and a loaded CI machine (the run's other worker on two cores) took more than
      // five for an example's eight embeds. A reader takes longer to reach the first embed
      // below the fold, and without the height messages none ever fits.
      const sized = await expectAllFitted(page, 10000);
      expect(sized).toHaveLength(embeds.ids.length);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      test.info().annotations.push({ type: 'heights before scrolling', description: JSON.stringify(sized) });
      const shift = await scrollThrough(page);
      test.info().annotations.push({ type: 'host layout shift', description: String(shift) });
      expect(shift).toBeLessThanOrEqual(0.02);
      expect(fitted(await sizes(page))).toBe(true);
    });
  }
}

test('a host that, like AMP, resizes a frame only outside the viewport gets every height in time', async ({ page, request, baseURL }) => {
  const embeds = await embedsOf(request, baseURL);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(hostUrl(baseURL, embeds, { via: 'amp' }));
  await expectAllFitted(page, 3000);
  await scrollThrough(page);
  // No height changed while its frame was in view: none was refused.
  const refused = await page.locator('#article iframe').evaluateAll((frames) => frames.map((f) => Number(f.dataset.refused || 0)));
  expect(refused.every((count) => count === 0)).toBe(true);
});

test('lazy frames are sized before the reader reaches them', async ({ page, request, baseURL }) => {
  const embeds = await embedsOf(request, baseURL);
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.goto(hostUrl(baseURL, embeds, { via: 'loader', lazy: '1' }));
  const shift = await scrollThrough(page);
  expect(shift).toBeLessThanOrEqual(0.02);
  await expectAllFitted(page, 3000);
});

test('ten embeds of the same chart on one page each take their own height', async ({ page, request, baseURL }) => {
  const { ids, heights } = await embedsOf(request, baseURL);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(hostUrl(baseURL, { ids: ids.slice(-1), heights: heights.slice(-1) }, { via: 'loader', repeat: '10' }));
  const sized = await expectAllFitted(page, 3000);
  expect(sized).toHaveLength(10);
});

test('an embed in a hidden tab fits once the tab is shown', async ({ page, request, baseURL }) => {
  const embeds = await embedsOf(request, baseURL);
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.goto(hostUrl(baseURL, { ids: embeds.ids.slice(0, 1), heights: embeds.heights.slice(0, 1) }, { via: 'loader', hidden: '1', lead: '0' }));
  await page.waitForTimeout(1000);
  await page.evaluate(() => (document.getElementById('tab').hidden = false));
  await expectAllFitted(page, 3000);
});

test("the loader ignores heights from the embed's frame once it shows another origin", async ({ page, request, baseURL }) => {
  const embeds = await embedsOf(request, baseURL);
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.goto(hostUrl(baseURL, { ids: embeds.ids.slice(0, 1), heights: embeds.heights.slice(0, 1) }, { via: 'loader', lead: '0' }));
  // The explainer's own last height first: its page, live, may be shorter than it was drawn
  // before (a graphic laid out again at its width), and that message must not be taken for a
  // liar's.
  const frame = page.frameLocator('#article iframe');
  await expect(frame.locator('#explainer[data-live]')).toBeAttached({ timeout: 10000 });
  let before = -1;
  await expect
    .poll(async () => {
      const now = await sizes(page);
      const settled = fitted(now) && now[0].frame === before;
      before = now[0].frame;
      return settled;
    }, { timeout: 10000, intervals: [500] })
    .toBe(true);
  // The same frame element, navigated to a third origin that sends fake heights in every
  // convention: its messages come from the right window, but not from the explainer's origin.
  await page.locator('#article iframe').evaluate((iframe) => {
    iframe.contentWindow.location.href = 'http://localhost:8083/end2end/hosts/liar.html';
  });
  await page.waitForTimeout(1500);
  const after = await page.locator('#article iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
  expect(after, "none of the liar's heights (5000 px and more)").toBeLessThan(5000);
  expect(Math.round(after)).toBe(before);
});

test("each embed's first height, estimated from its content, fits it on a 375 px phone", async ({ page, request, baseURL }) => {
  const { ids } = await embedsOf(request, baseURL);
  const measured = [];
  for (const path of [...ids.map((id) => `embed/${id}/`), 'embed/']) {
    const oembed = await (await request.get(`${baseURL}${path}oembed.json`)).json();
    const initial = Number(oembed.html.match(/height="(\d+)"/)[1]);
    expect(initial).toBe(oembed.height);
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto(`${baseURL}${path}`);
    await page.locator('#explainer[data-live]').waitFor({ state: 'attached' });
    const actual = await page.evaluate(() => document.documentElement.offsetHeight);
    measured.push(`${path}: ${initial} for ${actual}`);
    expect(Math.abs(initial - actual) / actual, `${path}: initial ${initial}, actual ${actual}`).toBeLessThanOrEqual(0.1);
  }
  test.info().annotations.push({ type: 'first heights at 375 px', description: measured.join('; ') });
});
