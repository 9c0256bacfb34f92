// Embedding: each host page is on another origin than the explainer; the iframe must take its
// document's height, whatever the host listens with, and nothing else may move it.
import { test, expect } from '@playwright/test';
import { watchErrors } from './errors.mjs';

const HOST = 'http://127.0.0.1:8083/end2end/hosts';
const EXPLAINER = 'http://127.0.0.1:8081/maroc-migrations';

/** The explainer's frame on a host page, and its element. */
function embedOf(page, selector) {
  const element = page.locator(selector);
  const frame = () => page.frames().find((f) => f.url().startsWith(`${EXPLAINER}/embed/`));
  return { element, frame };
}

/** Waits until the iframe is as tall as its document (within 2 px). */
async function expectFitted(page, { element, frame }) {
  await expect
    .poll(
      async () => {
        const inner = frame();
        if (!inner) return 'no frame yet';
        const documentHeight = await inner.evaluate(() => document.documentElement.offsetHeight);
        const frameHeight = await element.evaluate((iframe) => iframe.getBoundingClientRect().height);
        return Math.abs(documentHeight - frameHeight) <= 2 ? 'fitted' : `frame ${frameHeight}, document ${documentHeight}`;
      },
      { timeout: 10_000 },
    )
    .toBe('fitted');
}

const hosts = [
  ['the pym.js parent from npm', 'pym.html', '#explainer-returns iframe'],
  ["the explainer's loader", 'loader.html', '#embed'],
  ['a Datawrapper-style listener', 'datawrapper.html', '[id="datawrapper-chart-maroc-migrations.returns"]'],
];

for (const [name, file, selector] of hosts) {
  test(`embedded through ${name}, the frame fits its content at load, across widths and after being hidden`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${HOST}/${file}`);
    const embed = embedOf(page, selector);
    await expectFitted(page, embed);
    const narrow = await embed.element.evaluate((iframe) => iframe.getBoundingClientRect().height);

    await page.setViewportSize({ width: 1024, height: 800 });
    await expectFitted(page, embed);
    const wide = await embed.element.evaluate((iframe) => iframe.getBoundingClientRect().height);
    expect(wide).toBeLessThan(narrow);

    // Hidden (as in a closed tab), resized while hidden, then shown again.
    await embed.element.evaluate((iframe) => (iframe.style.display = 'none'));
    await page.setViewportSize({ width: 320, height: 800 });
    await embed.element.evaluate((iframe) => (iframe.style.display = 'block'));
    await expectFitted(page, embed);
    expect(errors.filter((e) => !e.includes('integrity'))).toEqual([]);
  });
}

for (const [name, file, selector] of hosts.slice(0, 2)) {
  test(`through ${name}, a third-origin frame's fake heights change nothing`, async ({ page }) => {
    await page.goto(`${HOST}/${file}`);
    const embed = embedOf(page, selector);
    await expectFitted(page, embed);
    // The liar has been sending 5000-odd px heights every 50 ms all along.
    await page.waitForTimeout(500);
    await expectFitted(page, embed);
    const liar = await page.locator('#liar').evaluate((iframe) => iframe.getBoundingClientRect().height);
    expect(liar).toBeLessThan(200);
    expect(await embed.element.evaluate((iframe) => iframe.getBoundingClientRect().height)).toBeLessThan(3000);
  });
}

test('malformed messages to the embed are ignored without an error; the documented one works', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${HOST}/loader.html`);
  const embed = embedOf(page, '#embed');
  await expectFitted(page, embed);
  const theme = () => embed.frame().evaluate(() => document.documentElement.getAttribute('data-theme'));
  await page.evaluate((origin) => {
    const target = document.getElementById('embed').contentWindow;
    const junk = [
      42, NaN, -1, 1e308, null, undefined, true, 'hello', '', 'pymxPYMxembedxPYMxwidthxPYMxNaN',
      'pymxPYMxembedxPYMxwidthxPYMx-100', [1, 2, 3], { type: 'explainer:set' },
      { type: 'explainer:set', theme: 'dark', extra: 'field' }, { type: 'explainer:set', theme: 'neon' },
      { type: 'explainer:set', theme: 7 }, { type: 'explainer:set', lang: 'xx' }, { type: 42, theme: 'dark' },
      { height: -5 }, { sentinel: 'amp', type: 'embed-size', height: 'huge' }, { nested: { type: 'explainer:set' } },
    ];
    for (const message of junk) target.postMessage(message, origin);
  }, EXPLAINER);
  await page.waitForTimeout(300);
  expect(await theme()).toBeNull();
  expect(errors.filter((e) => !e.includes('integrity'))).toEqual([]);

  // The one documented message, through the loader's helper, does change the theme.
  await page.evaluate(() => window.ExplainerEmbed.set({ theme: 'dark' }));
  await expect.poll(theme).toBe('dark');
  await page.evaluate(() => window.ExplainerEmbed.set({ theme: 'auto' }));
  await expect.poll(theme).toBeNull();
});

test('query options set the theme and a transparent background', async ({ page }) => {
  await page.goto('embed/returns/?theme=dark&bg=transparent');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-bg', 'transparent');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  expect(await page.locator('.ex').evaluate((el) => getComputedStyle(el).getPropertyValue('--ex-text').trim())).toBe('#ebebeb');
});

test('each embed page shows its visual with title, takeaway, source and a link to the explainer', async ({ page }) => {
  for (const [id, title] of [
    ['timeline', 'Les dates citées par le communiqué'],
    ['regularisation', 'Deux opérations de régularisation'],
    ['returns', 'Retours volontaires des migrants'],
    ['enforcement', "La lutte contre l'immigration clandestine en 2018"],
  ]) {
    const response = await page.goto(`embed/${id}/`);
    expect(response.status()).toBe(200);
    await expect(page.getByRole('figure', { name: title })).toBeVisible();
    await expect(page.locator('.ex-visual-takeaway')).not.toBeEmpty();
    await expect(page.locator('.ex-visual-source')).toContainText('Source');
    await expect(page.getByRole('link', { name: "Voir l'explication complète" })).toHaveAttribute('href', '../../');
    const oembed = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
    expect(oembed).toContain(`embed/${id}/oembed.json`);
  }
  await page.goto('embed/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.ex-visual')).toHaveCount(4);
});

test("an unknown embed path gets the site's page that says so and lists its explainers", async ({ page }) => {
  const response = await page.goto('embed/nope/');
  expect(response.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Cette page n'existe pas");
  await expect(page.locator('a[href="/maroc-migrations/"]')).toBeVisible();
});

test('the oEmbed answer is a rich embed whose iframe has a sensible height on its own', async ({ request }) => {
  const oembed = await (await request.get('embed/returns/oembed.json')).json();
  expect(oembed).toMatchObject({ type: 'rich', version: '1.0', width: 640 });
  expect(oembed.height).toBeGreaterThan(300);
  expect(oembed.html).toMatch(/^<iframe src="http[^"]+\/embed\/returns\/" title="Retours volontaires des migrants[^"]*" width="100%" height="\d+" loading="lazy"/);
});

test('"Embed" opens a dialog with the snippet and copies it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.locator('#explainer[data-live]').waitFor({ state: 'attached' });
  await page.locator('#returns').getByRole('button', { name: 'Intégrer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Intégrer dans un article' });
  await expect(dialog).toBeVisible();
  const snippet = await dialog.locator('textarea').first().inputValue();
  expect(snippet).toContain(`<iframe src="${EXPLAINER}/embed/returns/" title="Retours volontaires des migrants`);
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toMatch(/height="\d{3,4}"/);
  expect(snippet).toContain(`<script src="${new URL(EXPLAINER).origin}/embed.js" async></script>`);
  expect(snippet).toContain(`<noscript><img src="${EXPLAINER}/images/returns-web.png" alt="Barre partant de zéro`);
  // For a newsletter: the email image, linked to the chart's page; and every image, linked.
  const letter = await dialog.locator('textarea').nth(1).inputValue();
  expect(letter).toMatch(new RegExp(`^<a href="${EXPLAINER}/embed/returns/"><img src="${EXPLAINER}/images/returns-email.png" alt="[^"]+" width="450"`));
  const links = await dialog.locator('.ex-embed-images a').evaluateAll((anchors) => anchors.map((a) => a.href));
  expect(links).toHaveLength(5);
  for (const link of links) expect((await page.request.get(link)).status(), link).toBe(200);
  await dialog.getByRole('button', { name: 'Copier' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copié.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(dialog).toBeHidden();
});

test('the embed loader, in-page element included, stays under 3 KB gzip', async ({ request }) => {
  const { gzipSync } = await import('node:zlib');
  const body = await (await request.get('/embed.js')).body();
  expect(gzipSync(body, { level: 9 }).length).toBeLessThanOrEqual(3072);
});
