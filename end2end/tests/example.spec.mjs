// A second article, in English, built from content/examples/short.toml: the engine is not tied
// to one article.
import { test, expect } from '@playwright/test';
import { watchErrors, waitForHydration } from './errors.mjs';

test('another content file builds into a working explainer', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Exampleville's tree-planting programme");
  await waitForHydration(page);
  await page.getByRole('button', { name: '300' }).click();
  const card = page.locator('#volunteers-chart .ex-readout');
  await expect(card).toContainText('>\u00a0300');
  await expect(card).toContainText('more than 300 volunteers');
  expect(errors).toEqual([]);
});

// The server of the tests and of the editor's loop (scripts/static.mjs) serves this site from
// target/dist-example, beside target/dist-examples: a path that is not UTF-8, or that climbs
// out to that sibling, gets the site's 404 page, and the server goes on serving.
test('a malformed or escaping path gets the 404 page, and the server goes on', async ({ request }) => {
  for (const path of ['/%ff%fe/', '/..%2fdist-examples%2feau%2findex.html', '/..%2f..%2fCargo.toml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('[package]');
  }
  expect((await request.get('/')).status()).toBe(200);
});
