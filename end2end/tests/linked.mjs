// What every article's explainer must do, whatever its figures: every number of the text
// selects its item and shows where it comes from, every item leads back to its sentence, and
// axe-core and the console find nothing. Used for the examples and for a draft.
import { expect } from '@playwright/test';
import { watchErrors, waitForHydration } from './errors.mjs';
import { axeViolations } from './axe.mjs';

export async function expectLinkedBothWays(page, path = './') {
  const errors = watchErrors(page);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  await waitForHydration(page);

  // Text to visual: every number of the text selects its item and shows where it comes from.
  const mentions = page.locator('button.ex-mention[data-figure]');
  const count = await mentions.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const mention = mentions.nth(i);
    const id = await mention.getAttribute('data-figure');
    await mention.click();
    await expect(mention).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(`[role="option"][data-figure="${id}"]`).first()).toHaveAttribute('aria-selected', 'true');
    const readout = page.locator(`[data-readout="${id}"]`).first();
    await expect(readout).toBeVisible();
    // The readout writes the value with its unit, as the legend does.
    const value = await page.locator(`[role="option"][data-figure="${id}"] .ex-legend-value`).first().textContent();
    await expect(readout).toContainText(value);
  }

  // Visual to text: every item of every list leads back to the one sentence it comes from.
  const options = page.locator('[role="option"][data-figure]');
  for (let i = 0; i < (await options.count()); i += 1) {
    await options.nth(i).click();
    await expect(options.nth(i)).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.ex-sentence--source')).toHaveCount(1);
  }

  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
}
