// Every chart as images made at build time, for where no iframe runs: each decodes at its
// announced size, is drawn (not blank), keeps its size budget; each page's share tags name real
// files; a host page without JavaScript shows the snippet's image. Runs for the article and
// every example content file (see playwright.config.mjs).
import { test, expect } from '@playwright/test';
import { chartIds } from './charts.mjs';

const KINDS = [
  // name, width in image pixels, budget in bytes
  ['web', 1200, 200_000],
  ['web-dark', 1200, 200_000],
  ['email', 900, 150_000],
  ['wide', 1280, 250_000],
  ['card', 1200, 150_000],
];

/** The languages' prefixes and each one's charts, from the pages. */
async function sitesOf(request, baseURL) {
  const out = [];
  const home = await (await request.get(`${baseURL}`)).text();
  const prefixes = [''].concat([...home.matchAll(/hreflang="([a-z]{2})"/g)].map((m) => `${m[1]}/`).filter((p, i, all) => all.indexOf(p) === i));
  for (const prefix of prefixes) {
    const page = await (await request.get(`${baseURL}${prefix}`)).text();
    if (!page.includes('data-view="full"')) continue;
    const ids = chartIds(page);
    out.push({ prefix, ids, page });
  }
  return out;
}

/** How much of a decoded image (and of its title's band, and of the margin above) differs
 * clearly from its left margin. A web image is its SVG at twice its size: the title's baseline
 * stands 30 px down, under a margin of 16. */
async function inkedShare(page, url) {
  return page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.naturalWidth, image.naturalHeight);
    const at = (x, y) => 4 * (y * image.naturalWidth + x);
    const background = at(0, Math.floor(image.naturalHeight / 2));
    const rows = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4) {
      const d = Math.abs(data[i] - data[background]) + Math.abs(data[i + 1] - data[background + 1]) + Math.abs(data[i + 2] - data[background + 2]);
      if (d <= 96) continue;
      const y = Math.floor(i / 4 / image.naturalWidth);
      rows[0] += 1;
      if (y >= 32 && y < 80) rows[1] += 1;
      if (y < 16) rows[2] += 1;
    }
    return { width: image.naturalWidth, height: image.naturalHeight, share: rows[0] / (data.length / 4), title: rows[1], above: rows[2] };
  }, url);
}

test('every chart has its images, each decoding at its size, drawn, and within its budget', async ({ page, request, baseURL }) => {
  await page.goto(`${baseURL}`);
  for (const { prefix, ids } of await sitesOf(request, baseURL)) {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      for (const [kind, width, budget] of KINDS) {
        const url = `${baseURL}${prefix}images/${id}-${kind}.png`;
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        const bytes = await response.body();
        expect(bytes.length, `${url}: ${bytes.length} bytes`).toBeLessThanOrEqual(budget);
        const decoded = await inkedShare(page, url);
        expect(decoded.width, url).toBe(width);
        if (kind === 'card') expect(decoded.height).toBe(630);
        // Not blank: a chart of text alone (stat tiles) in a fine Naskh face inks under 1 % of a
        // 1280 px image (0.86 % for the Arabic example's one target), so the floor is half that.
        expect(decoded.share, `${url} is drawn`).toBeGreaterThan(0.005);
        if (kind.startsWith('web')) {
          expect(decoded.title, `${url}: its title is drawn`).toBeGreaterThan(200);
          expect(decoded.above, `${url}: the margin above its title is empty`).toBe(0);
        }
      }
    }
  }
});

test("each page's share tags name an image of the site, with its text", async ({ page, request, baseURL }) => {
  for (const { prefix, ids } of await sitesOf(request, baseURL)) {
    for (const path of ['', 'embed/', ...ids.map((id) => `embed/${id}/`)]) {
      await page.goto(`${baseURL}${prefix}${path}`);
      const meta = async (key) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
      expect(await meta('twitter:card')).toBe('summary_large_image');
      expect(await meta('og:title')).toBe(await page.title());
      expect((await meta('og:image:alt')).length).toBeGreaterThan(10);
      // Absolute, at the build's origin: the file it names is in the site.
      const image = new URL(await meta('og:image'));
      const served = await request.get(new URL(image.pathname, baseURL).href);
      expect(served.status(), image.pathname).toBe(200);
      expect((await served.body()).readUInt32BE(16)).toBe(1200);
    }
  }
});

test("without JavaScript, a host page shows the snippet's image", async ({ browser, request, baseURL }) => {
  const [{ prefix, ids }] = await sitesOf(request, baseURL);
  const oembed = await (await request.get(`${baseURL}${prefix}embed/${ids[0]}/oembed.json`)).json();
  // The snippet names the build's origin; this server is at `baseURL`.
  const origin = new URL(oembed.provider_url).origin;
  const snippet = oembed.html.replaceAll(origin, new URL(baseURL).origin);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:8083/end2end/hosts/blank.html');
  await page.setContent(`<!DOCTYPE html><html lang="en"><body><p>An article.</p>${snippet}<p>More.</p></body></html>`);
  const image = page.locator('img');
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img) => img.complete && img.naturalWidth)).toBe(1200);
  expect((await image.getAttribute('alt')).length).toBeGreaterThan(20);
  await context.close();
});
