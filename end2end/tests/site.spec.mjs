// The site of explainers that scripts/build.sh makes from every content file: its index, in
// each of its languages; one engine for every explainer; its server under bad requests.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { axeViolations } from './axe.mjs';
import { watchErrors } from './errors.mjs';

const content = new URL('../../content/', import.meta.url);

/** Every content file the site is built from, as the index should show it, read from disk. */
function articles() {
  const files = [
    ...readdirSync(content).filter((f) => f.endsWith('.toml')).map((f) => new URL(f, content)),
    ...readdirSync(new URL('examples/', content)).filter((f) => f.endsWith('.toml')).map((f) => new URL(`examples/${f}`, content)),
  ];
  return files.map((url) => {
    const text = readFileSync(url, 'utf8');
    const article = text.slice(text.indexOf('[article]'));
    const field = (name) => article.match(new RegExp(`^${name} = "([^"]*)"`, 'm'))?.[1];
    const translations = [...(article.match(/^translations = \[([^\]]*)\]/m)?.[1] ?? '').matchAll(/"([a-z]{2})"/g)].map((m) => m[1]);
    return {
      slug: url.pathname.split('/').pop().slice(0, -'.toml'.length),
      languages: [field('language'), ...translations],
      listed: !/^listed = false/m.test(article) && field('status') !== 'draft',
    };
  });
}

test('the index lists every listed explainer, newest first, and links each in each of its languages', async ({ page, request }) => {
  const all = articles();
  const listed = all.filter((a) => a.listed);
  expect(listed.length, 'the site lists more than one explainer').toBeGreaterThan(1);
  const errors = watchErrors(page);
  const response = await page.goto('./');
  expect(response.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const items = page.locator('.ex-index-item');
  await expect(items).toHaveCount(listed.length);
  const titles = await page.locator('.ex-index-title a').evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
  for (const { slug, languages } of listed) {
    expect(titles.some((path) => path.startsWith(`/${slug}/`)), slug).toBe(true);
    for (const [i, lang] of languages.entries()) {
      const href = i === 0 ? `/${slug}/` : `/${slug}/${lang}/`;
      // Linked from the index in this language or in the other's.
      const linked = await page.locator(`.ex-index-item a[href="${href}"]`).count();
      const other = await request.get(`/${lang}/`);
      const linkedThere = other.ok() ? (await other.text()).includes(`href="${href}"`) : false;
      expect(linked + Number(linkedThere), `${href} on an index`).toBeGreaterThan(0);
      expect((await request.get(href)).status(), href).toBe(200);
    }
  }
  for (const { slug } of all.filter((a) => !a.listed)) {
    expect(titles.some((path) => path.startsWith(`/${slug}/`)), `${slug} is kept off the index`).toBe(false);
  }
  // Newest first.
  const dates = await page.locator('.ex-index-item time').evaluateAll((times) => times.map((t) => t.dateTime));
  expect([...dates].sort().reverse()).toEqual(dates);
  // Light, and readable without the engine: no script at all.
  await expect(page.locator('script')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('every language of the site has its index, and they link to each other', async ({ page }) => {
  const languages = [...new Set(articles().filter((a) => a.listed).flatMap((a) => a.languages))];
  expect(languages.length).toBeGreaterThan(1);
  await page.goto('./');
  const root = await page.locator('html').getAttribute('lang');
  for (const lang of languages.filter((l) => l !== root)) {
    const response = await page.goto(`${lang}/`);
    expect(response.status(), lang).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await expect(page.locator(`.ex-languages a[hreflang="${root}"]`)).toHaveAttribute('href', '/');
    expect(await axeViolations(page)).toEqual([]);
  }
});

test('two explainers load the very same engine, cached for good', async ({ page }) => {
  const engines = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.wasm')) engines.push({ url: response.url(), cache: response.headers()['cache-control'] });
  });
  for (const path of ['maroc-migrations/', 'short/']) {
    await page.goto(path);
    await page.locator('#explainer[data-live]').waitFor({ state: 'attached' });
  }
  expect(engines.length).toBeGreaterThan(0);
  expect(new Set(engines.map((e) => e.url)).size).toBe(1);
  expect(engines[0].cache).toContain('immutable');
  // Each page's own story comes beside it, named by its bytes, cached for good too.
  const story = await page.locator('#explainer').getAttribute('data-story');
  expect(story).toMatch(/^\/short\/story-[0-9a-f]{16}\.bin$/);
  const response = await page.request.get(story);
  expect(response.headers()['cache-control']).toContain('immutable');
});

test('a malformed or escaping path gets 400, and the server goes on', async ({ request }) => {
  for (const path of ['/%E0%A4%A', '/%ff%fe/', '/..%2fcontent%2fmaroc-migrations.toml', '/..%2f..%2fCargo.toml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).not.toContain('[package]');
  }
  expect((await request.get('./')).status()).toBe(200);
  expect((await request.get('/no-such-explainer/')).status()).toBe(404);
  // Targets a client library would rewrite, sent as they are: `//` is a path, not a host.
  const raw = (target) =>
    new Promise((done, failed) => {
      const asked = get({ host: '127.0.0.1', port: 8081, path: target }, (response) => done(response.statusCode));
      asked.on('error', failed);
    });
  expect(await raw('//')).toBe(200);
  expect(await raw('*')).toBe(400);
  expect(await raw('/')).toBe(200);
});

// Two explainers' timelines (the same chart id) and one more chart each, on one host page on
// another origin: every frame takes its own document's height, by each convention.
for (const via of ['loader', 'datawrapper', 'pym']) {
  test(`a host page with embeds of two explainers sizes each of them, through ${via}`, async ({ page, request }) => {
    const embeds = { 'maroc-migrations': ['timeline', 'returns'], short: ['timeline', 'volunteers-chart'] };
    const query = new URLSearchParams({ via, lead: '0' });
    for (const [n, [slug, ids]] of Object.entries(embeds).entries()) {
      const suffix = n === 0 ? '' : '2';
      const base = `http://127.0.0.1:8081/${slug}/`;
      const heights = [];
      for (const id of ids) heights.push((await (await request.get(`${base}embed/${id}/oembed.json`)).json()).height);
      query.set(`explainer${suffix}`, base);
      query.set(`embeds${suffix}`, ids.join(','));
      query.set(`heights${suffix}`, heights.join(','));
    }
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`http://127.0.0.1:8083/end2end/hosts/article.html?${query}`);
    const frames = page.locator('#article iframe');
    await expect(frames).toHaveCount(4);
    const fitted = async () => {
      const out = [];
      for (const element of await frames.all()) {
        const frame = await (await element.elementHandle()).contentFrame();
        const inner = frame ? await frame.evaluate(() => [document.documentElement.offsetHeight, location.pathname]).catch(() => [-1, '']) : [-1, ''];
        const box = await element.evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height));
        out.push({ path: inner[1], frame: box, document: inner[0] });
      }
      return out;
    };
    await expect
      .poll(async () => {
        const sizes = await fitted();
        return sizes.every((s) => s.document > 0 && Math.abs(s.frame - s.document) <= 2) ? 'fitted' : JSON.stringify(sizes);
      }, { timeout: 15_000, intervals: [200] })
      .toBe('fitted');
    // Each frame shows what its host asked for: nothing was swapped.
    const paths = (await fitted()).map((s) => s.path);
    expect(paths).toEqual(['/maroc-migrations/embed/timeline/', '/maroc-migrations/embed/returns/', '/short/embed/timeline/', '/short/embed/volunteers-chart/']);
    // The two timelines are of different heights: a height sent under one's name never sized the other.
    const [a, , b] = await fitted();
    expect(a.frame).not.toBe(b.frame);
  });
}
