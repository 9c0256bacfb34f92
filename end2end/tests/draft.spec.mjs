// A draft, as scripts/draft.sh writes it from the shipped article's raw source and builds as
// it is (scripts/test.sh, into target/dist-draft): a working explainer that says it is a
// draft, and that nothing outside can embed, share or index.
import { test, expect } from '@playwright/test';
import { expectLinkedBothWays } from './linked.mjs';

test('the draft of a raw article builds into a working explainer, figures linked both ways', async ({ page }) => {
  await expectLinkedBothWays(page);
});

test('a draft says so first, on screen and in print, and is kept from search engines and share cards', async ({ page }) => {
  await page.goto('./');
  const banner = page.locator('main .ex-draft');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(/^(Brouillon|Draft)/);
  // Above the title: the first thing a reader meets.
  const [bannerBox, titleBox] = await Promise.all([banner.boundingBox(), page.locator('h1').boundingBox()]);
  expect(bannerBox.y + bannerBox.height).toBeLessThanOrEqual(titleBox.y);
  await page.emulateMedia({ media: 'print' });
  await expect(banner).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('meta[property^="og:"]')).toHaveCount(0);
  await expect(page.locator('link[type="application/json+oembed"]')).toHaveCount(0);
});

test('a draft offers no embed and no image, and its site has none', async ({ page, request }) => {
  await page.goto('./');
  const charts = await page.locator('figure.ex-visual').evaluateAll((figures) => figures.map((figure) => figure.id));
  expect(charts.length).toBeGreaterThan(0);
  await expect(page.locator('.ex-embed-button')).toHaveCount(0);
  await expect(page.locator('dialog.ex-embed-dialog')).toHaveCount(0);
  await expect(page.locator('a.ex-download[href$=".png"]')).toHaveCount(0);
  // The SVG and the CSV still download: they are the editor's to check.
  await expect(page.locator('.ex-downloads button')).toHaveCount(2 * charts.length);
  for (const path of ['embed/', ...charts.map((chart) => `embed/${chart}/`), 'embed/oembed.json']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  for (const chart of charts) {
    expect((await request.get(`images/${chart}-web.png`)).status()).toBe(404);
  }
});
