// The editor at /editor/, through its interface alone, on an article of our own that no example
// and no other test uses: paste, draft, see every number with its status, confirm the guesses,
// repair a planted fault, publish, download. It runs the compiler and the drafter in the page.
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.mjs';
import { watchErrors } from './errors.mjs';

const ARTICLE = `date 2026-10

The town council of Harwick approved its budget for 2027 on Tuesday: £48m in all, up 6% from 2026.

Of that sum, £9m will go to the bus network, which carried 3.2 million passengers last year. Fares will rise by 5% in January.

The council also plans 12 new cycle lanes by 2028, and says about 40% of residents now walk or cycle to work.
`;

test.beforeEach(async ({ page }) => {
  page.errors = watchErrors(page);
});

test.afterEach(async ({ page }) => {
  expect(page.errors).toEqual([]);
});

test('an article goes from pasted text to a published content file, checked at every edit', async ({ page }) => {
  await page.goto('editor/');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Draft' }).click();
  const numbers = page.getByRole('list', { name: 'Numbers in the text' }).getByRole('listitem');
  await expect(numbers.first()).toBeVisible();
  const listed = await numbers.allTextContents();
  // Every number of the text is listed, with its status: the draft's guesses are to check.
  for (const written of ['2027', '£48m', '6%', '2026', '£9m', '3.2 million', '5%', '12', '2028', '40%']) {
    expect(listed.some((item) => item.includes(written.replace('£', ''))), written).toBe(true);
  }
  expect(listed.some((item) => item.includes('to check'))).toBe(true);
  expect(listed.some((item) => item.includes('fault'))).toBe(false);
  const publish = page.getByRole('button', { name: 'Publish' });
  await expect(publish).toBeDisabled();

  // Confirming every guess: the marks go, the numbers are accounted for.
  const file = page.getByLabel('Content file');
  const drafted = await file.inputValue();
  expect(drafted).toContain('status = "draft"');
  const confirmed = drafted.replace(/ *# check:.*$/gm, '');
  await file.fill(confirmed);
  await expect(numbers.filter({ hasText: 'to check' })).toHaveCount(0);
  await expect(publish).toBeEnabled();

  // A planted fault: a value that its quote does not say. Its number says so, and nothing publishes.
  const value = confirmed.match(/^value = (\d+)$/m)[1];
  await file.fill(confirmed.replace(`value = ${value}`, `value = ${Number(value) + 1}`));
  await expect(numbers.filter({ hasText: 'fault' })).not.toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Faults' }).getByRole('listitem')).not.toHaveCount(0);
  await expect(publish).toBeDisabled();
  await file.fill(confirmed);
  await expect(publish).toBeEnabled();

  await publish.click();
  await expect(file).toHaveValue(/status = "published"/);
  expect(await axeViolations(page)).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download content file' }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  const saved = (await readFile(await download.path())).toString('utf8');
  expect(saved).toBe(confirmed.replace('status = "draft"', 'status = "published"'));
});

test('text that is no article says why, and the editor stays usable', async ({ page }) => {
  await page.goto('editor/');
  await page.getByLabel('Article text').fill('no date line, no paragraphs');
  await page.getByRole('button', { name: 'Draft' }).click();
  await expect(page.getByRole('status')).toContainText('date');
  await expect(page.getByRole('button', { name: 'Publish' })).toBeDisabled();
});
