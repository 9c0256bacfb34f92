// The explainer in English: a translation, labelled as one, with English typography; the main
// reading paths work as in French, and switching language keeps the reader's selection.
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.mjs';
import { watchErrors, waitForHydration } from './errors.mjs';

test.beforeEach(async ({ page }) => {
  page.errors = watchErrors(page);
});

test.afterEach(async ({ page }) => {
  expect(page.errors).toEqual([]);
});

test('the English page is pre-rendered in English, labelled as a translation, with the original one click away', async ({ page, request }) => {
  const html = await (await request.get('en/')).text();
  expect(html).toContain('<html lang="en"');
  expect(html).toContain('data-lang="en"');
  await page.goto('en/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Morocco: the migration policy record presented to the Government Council');
  await expect(page.locator('#p2')).toContainText('about 50,000 migrants, 90% of whom are sub-Saharans');
  await expect(page.locator('.ex-translation')).toContainText('translation of the French original');
  await page.getByRole('link', { name: 'Read the original (French)' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:8081\/maroc-migrations\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('numbers and dates follow each language: 1,400 and September 2018; 1 400 and septembre 2018', async ({ page }) => {
  await page.goto('en/');
  await expect(page.locator('#returns')).toContainText('1,400');
  await expect(page.locator('#returns')).toContainText('22,000');
  await expect(page.locator('#regularisation')).toContainText('90%');
  await expect(page.locator('.ex-kicker')).toHaveText('Migration · Morocco · September 2018');
  await page.goto('./');
  await expect(page.locator('#returns')).toContainText('1\u202f400');
  await expect(page.locator('#regularisation')).toContainText('90\u00a0%');
  await expect(page.locator('.ex-kicker')).toHaveText('Migration · Maroc · septembre 2018');
});

test('in English, a mention lights its marks and its sentence, and the live region reads one number', async ({ page }) => {
  await page.goto('en/');
  await waitForHydration(page);
  const mention = page.getByRole('button', { name: '1,400', exact: true });
  await mention.click();
  await expect(mention).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('rect[data-figure="returns-2018"]')).toHaveClass(/is-active/);
  await expect(page.locator('.ex-sentence--source')).toContainText('including 1,400 for the year 2018');
  await expect(page.locator('[aria-live="polite"]')).toHaveText('1400 migrants returned voluntarily in the year, 2018');
  await page.getByRole('button', { name: '54,000', exact: true }).focus();
  await expect(page.locator('[aria-live="polite"]')).toHaveText('more than 54000 illegal immigration attempts foiled, 2018');
  await expect(page.locator('#enforcement')).toContainText('>\u00a054,000');
});

test('in English, arrow keys walk the timeline and a deep link opens with its selection', async ({ page }) => {
  await page.goto('en/#boats-seized');
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: '1,900', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const timeline = page.getByRole('listbox', { name: 'Events on the timeline' });
  await timeline.getByRole('option').first().focus();
  await page.keyboard.press('End');
  await expect(timeline.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\/en\/#enforcement-of-2018$/);
});

test('switching language keeps the selection and the place', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  await page.getByRole('button', { name: '1900', exact: true }).click();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/#boats-seized$/);
  await waitForHydration(page);
  const boats = page.getByRole('button', { name: '1,900', exact: true });
  await expect(boats).toHaveAttribute('aria-pressed', 'true');
  await expect(boats).toBeInViewport();
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/8081\/maroc-migrations\/#boats-seized$/);
});

test('lang= in the URL opens that language, embeds included', async ({ page }) => {
  await page.goto('./?lang=en#returns-2018');
  await expect(page).toHaveURL(/\/en\/#returns-2018$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('embed/returns/?lang=en&theme=dark');
  await expect(page).toHaveURL(/\/en\/embed\/returns\/\?theme=dark$/);
  await expect(page.getByRole('figure', { name: 'Voluntary returns of migrants' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('axe finds no violation on the English page', async ({ page }) => {
  await page.goto('en/');
  await waitForHydration(page);
  await page.getByRole('button', { name: '22,000', exact: true }).click();
  expect(await axeViolations(page)).toEqual([]);
});

test('the English downloads are in English', async ({ page }) => {
  await page.goto('en/');
  await waitForHydration(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#returns .ex-downloads').getByRole('button', { name: 'Data (CSV)' }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  const csv = (await readFile(await file.path())).toString('utf8');
  expect(csv).toContain('returns-2018,returned voluntarily in the year,1400,people,exact,2018,false,,"including 1,400 for the year 2018",migrants');
});
