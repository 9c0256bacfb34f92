// A second article, in English, built from content/examples/short.toml: the engine is not tied
// to one article.
import { test, expect } from '@playwright/test';
import { watchErrors, waitForHydration } from './errors.mjs';

test('another content file builds into a working explainer', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Exampleville's tree-planting programme");
  await waitForHydration(page);
  await page.getByRole('button', { name: '300' }).click();
  const card = page.locator('#volunteers-chart .ex-readout');
  await expect(card).toContainText('>\u00a0300', { useInnerText: true });
  await expect(card).toContainText('more than 300 volunteers', { useInnerText: true });
  expect(errors).toEqual([]);
});
