// Four faults of the reader's page that no test covered (issue #31), each tested where a reader
// meets it: Back to the page as it opened clears the choice; a keyboard walking a list keeps
// one history entry, a click pushes one, and a pressed mention pressed again lets go; the embed snippet's copy says what happened, also
// where the browser cannot copy; a download's address outlives the click that starts it.
import { test, expect } from '@playwright/test';
import { watchErrors, waitForHydration } from './errors.mjs';

test.beforeEach(async ({ page }) => {
  page.errors = watchErrors(page);
});

test.afterEach(async ({ page }) => {
  expect(page.errors).toEqual([]);
});

test('Back to the page as it opened, without a hash, clears the choice', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  const networks = page.getByRole('button', { name: '74', exact: true });
  await networks.click();
  await expect(page).toHaveURL(/#networks-dismantled$/);
  await expect(networks).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page).not.toHaveURL(/#/);
  await expect(networks).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('[aria-pressed="true"]')).toHaveCount(0);
});

test('a pressed mention pressed again lets go: nothing chosen, no hash, and Back chooses it again', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  const networks = page.getByRole('button', { name: '74', exact: true });
  await networks.click();
  await expect(networks).toHaveAttribute('aria-pressed', 'true');
  const mark = page.locator('.ex-visual-graphic [data-figure="networks-dismantled"]').first();
  await networks.click();
  await expect(networks).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('[aria-pressed="true"], [aria-selected="true"]')).toHaveCount(0);
  await expect(page).not.toHaveURL(/#/);
  // Its mark goes dark (unless the pointer or the reading lights it), and an option stays:
  // clicked twice, a list's option is still selected.
  if (await mark.count()) await expect(mark).not.toHaveClass(/is-active/);
  await page.goBack();
  await expect(page).toHaveURL(/#networks-dismantled$/);
  await expect(networks).toHaveAttribute('aria-pressed', 'true');
  const option = page.getByRole('listbox', { name: 'Événements de la frise' }).getByRole('option').first();
  await option.click();
  await option.click();
  await expect(option).toHaveAttribute('aria-selected', 'true');
});

test('a click pushes one history entry; walking a list by keyboard keeps it one', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  const entries = () => page.evaluate(() => history.length);
  const opened = await entries();
  const options = page.getByRole('listbox', { name: 'Événements de la frise' }).getByRole('option');
  await options.first().click();
  await expect(page).toHaveURL(/#/);
  expect(await entries()).toBe(opened + 1);
  const first = page.url();
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp']) {
    await page.keyboard.press(key);
  }
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(page).not.toHaveURL(first);
  expect(await entries()).toBe(opened + 1);
  // Back leaves the walk in one step: to the page as it opened.
  await page.goBack();
  await expect(page).not.toHaveURL(/#/);
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'false');
});

test('the snippet copied says so only once copied; where the browser cannot copy, it says so and selects it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await waitForHydration(page);
  const dialog = page.getByRole('dialog', { name: 'Intégrer dans un article' });
  const open = () => page.locator('#returns').getByRole('button', { name: 'Intégrer' }).click();
  await open();
  await dialog.getByRole('button', { name: 'Copier' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copié.');

  // Copying refused by the browser: the promise fails, and the page says so.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await dialog.getByRole('button', { name: 'Copier' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Non copié : le code est sélectionné, copiez-le à la main.');
  const snippet = dialog.locator('textarea').first();
  expect(await snippet.evaluate((box) => [box.selectionStart, box.selectionEnd, box.value.length])).toEqual(
    await snippet.evaluate((box) => [0, box.value.length, box.value.length]),
  );

  // No clipboard at all (a page served over plain HTTP): no error, the same words.
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await page.evaluate(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true }));
  await open();
  await dialog.getByRole('button', { name: 'Copier' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Non copié : le code est sélectionné, copiez-le à la main.');
  await expect(snippet).toBeFocused();
});

test("a download's address is not revoked by the click that starts it", async ({ page }) => {
  await page.addInitScript(() => {
    window.revoked = [];
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url) => {
      window.revoked.push(url);
      revoke(url);
    };
    window.created = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => {
      const url = create(blob);
      window.created.push(url);
      return url;
    };
  });
  await page.goto('./');
  await waitForHydration(page);
  const downloads = page.locator('#returns .ex-downloads');
  const [first] = await Promise.all([page.waitForEvent('download'), downloads.getByText('SVG', { exact: true }).click()]);
  expect(first.suggestedFilename()).toMatch(/\.svg$/);
  // The click's task is over and the file is saved: its address still lives.
  expect(await page.evaluate(() => [window.created.length, window.revoked.length])).toEqual([1, 0]);
  const [second] = await Promise.all([
    page.waitForEvent('download'),
    downloads.getByText('Données (CSV)', { exact: true }).click(),
  ]);
  expect(second.suggestedFilename()).toMatch(/\.csv$/);
  // The next download frees the one before, and only it.
  expect(await page.evaluate(() => window.revoked)).toEqual(await page.evaluate(() => [window.created[0]]));
});
