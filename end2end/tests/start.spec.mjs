// The first look: the release bundle loads, shows the article, and the WASM answers a click.
import { test, expect } from '@playwright/test';
import { watchErrors, waitForHydration } from './errors.mjs';

test('the article title and first paragraph are visible, and a figure answers a click', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Maroc : le bilan de la politique migratoire présenté au conseil du gouvernement",
  );
  await expect(page.locator('#p1')).toBeVisible();
  await expect(page.locator('#p1')).toContainText('Dans un communiqué lu lors de la conférence conférence de presse');

  await waitForHydration(page);
  const mention = page.getByRole('button', { name: '50.000' });
  await expect(mention).toHaveAttribute('aria-pressed', 'false');
  await mention.click();
  await expect(mention).toHaveAttribute('aria-pressed', 'true');
  // Its visual now says what the number is, with its qualifier, and quotes its source.
  const readout = page.locator('#regularisation .ex-readout');
  // (innerText: the readout holds every item, the others invisible.)
  await expect(readout).toContainText('≈\u00a050\u202f000', { useInnerText: true });
  await expect(readout).toContainText("d'environ 50.000 migrants", { useInnerText: true });

  expect(errors).toEqual([]);
});

test('the page holds the content before any script runs', async ({ request }) => {
  const html = await (await request.get('')).text();
  expect(html).toContain('<html lang="fr"');
  expect(html).toContain('<title>Maroc : le bilan de la politique migratoire');
  for (const number of ['50.000', '90%', '22.000', '1400', '54.000', '74', '1900']) {
    expect(html).toContain(`>${number}<`);
  }
});
