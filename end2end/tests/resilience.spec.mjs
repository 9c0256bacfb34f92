// Readable before and without WebAssembly, and safe under the page's strict policy.
import { test, expect } from '@playwright/test';
import { watchErrors, waitForHydration } from './errors.mjs';

const mentions = ['2013', '2014', '2017', '50.000', '90%', '22.000', '1400', '54.000', '74', '1900'];
const charts = ['timeline', 'regularisation', 'returns', 'enforcement'];

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the article, every figure, the timeline, the charts and their tables are there', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const paragraph of [1, 2, 3, 4, 5, 6, 7]) await expect(page.locator(`#p${paragraph}`)).toBeVisible();
    for (const mention of mentions) await expect(page.getByRole('button', { name: mention, exact: true }).first()).toBeVisible();
    for (const event of ['strategy', 'regularisation-first', 'regularisation-second', 'returns-of-2018', 'enforcement-of-2018']) {
      await expect(page.locator(`#timeline-item-${event}`)).toBeVisible();
    }
    for (const chart of charts.filter((c) => c !== 'enforcement')) await expect(page.locator(`#${chart} svg`)).toBeVisible();
    await expect(page.locator('#enforcement').getByRole('option')).toHaveCount(3);
    // A details element opens without script.
    await page.locator('#returns summary').click();
    await expect(page.locator('#returns table')).toBeVisible();
  });

  test('each embed page is complete too', async ({ page }) => {
    for (const id of charts) {
      await page.goto(`embed/${id}/`);
      await expect(page.locator(`#${id} .ex-visual-title`)).toBeVisible();
      await expect(page.locator(`#${id} [role="option"]`).first()).toBeVisible();
      expect(await page.locator(`#${id} table tbody tr`).count()).toBeGreaterThan(0);
    }
  });
});

test('when the WASM cannot load, the content stays and a notice says so', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('./');
  await expect(page.getByRole('status')).toHaveText(/Les parties interactives ne sont pas disponibles/);
  await expect(page.locator('#p2')).toContainText('Deux opérations de régularisation');
  await expect(page.locator('#returns svg')).toBeVisible();
  await expect(page.locator('#explainer[data-live]')).toHaveCount(0);
});

test('under the real policy nothing is blocked and nothing goes to another origin', async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  const origins = new Set();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  const response = await page.goto('./');
  const policy = response.headers()['content-security-policy'];
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("'wasm-unsafe-eval'");
  expect(policy).toContain('frame-ancestors *');
  expect(policy).not.toContain('unsafe-inline');
  expect(response.headers()['referrer-policy']).toBeTruthy();
  await waitForHydration(page);
  // Use the page: every kind of interaction, so that anything it would load or inject shows up.
  await page.getByRole('button', { name: '1400', exact: true }).click();
  await page.locator('#regularisation rect').first().click();
  await page.locator('#timeline [role="option"]').first().focus();
  await page.keyboard.press('End');
  await page.locator('#enforcement summary').click();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect([...origins]).toEqual([new URL(baseURL).origin]);
  expect(errors).toEqual([]);
});

test('the first response alone holds the whole article text and every figure', async ({ request }) => {
  const html = await (await request.get('')).text();
  const text = html.replace(/<[^>]+>/g, '');
  for (const sentence of [
    'Dans un communiqué lu lors de la conférence conférence de presse',
    'durant les années 2014 et 2017, et qui ont abouti à la régularisation de la situation juridique d&#x27;environ 50.000 migrants, dont 90% sont des Subsahariens',
    '22.000 immigrés ont bénéficié de cette opération depuis 2014, dont 1400 au titre de l&#x27;année 2018.',
    'plus de 54.000 tentatives d&#x27;immigration clandestine, démanteler 74 réseaux criminels',
    'saisir 1900 embarcations',
    'en vue de réaliser les objectifs escomptés.',
  ]) {
    expect(text.replaceAll("'", '&#x27;')).toContain(sentence);
  }
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  // Readers with scripting off are told why nothing responds. (Playwright's "JavaScript
  // disabled" leaves the parser's scripting flag on, so <noscript> is checked here, in the HTML.)
  expect(html).toContain('<noscript><p class="ex-notice">JavaScript est désactivé');
  expect(html).not.toMatch(/\sstyle="/);
});

test('printed, the article, charts and tables show and the controls do not', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#returns summary')).toBeHidden();
  await expect(page.locator('#returns .ex-readout')).toBeHidden();
  await expect(page.locator('#returns table')).toBeVisible();
  await expect(page.locator('#returns svg')).toBeVisible();
  await expect(page.locator('#p4')).toBeVisible();
});

for (const width of [375, 1280]) {
  test(`coming to life moves nothing: layout shift at most 0.02 at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('./');
    await waitForHydration(page);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => window.__shift)).toBeLessThanOrEqual(0.02);
  });
}
