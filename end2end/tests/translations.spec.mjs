// The explainer's translations, English and Spanish, through the same tests: each labelled as a
// translation, in its own typography (CLDR's: `1,400`; `1400` but `22.000`); the reading paths,
// keys, deep links, language switch, embeds, downloads and axe work as on the French page.
// A language added with its pack is tested by adding its row here.
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.mjs';
import { watchErrors, waitForHydration } from './errors.mjs';

const TRANSLATIONS = [
  {
    code: 'en',
    name: 'English',
    title: 'Morocco: the migration policy record presented to the Government Council',
    p2: 'about 50,000 migrants, 90% of whom are sub-Saharans',
    notice: 'translation of the French original',
    original: 'Read the original (French)',
    returns: ['1,400', '22,000'],
    percent: '90%',
    kicker: 'Migration · Morocco · September 2018',
    mention: '1,400',
    sentence: 'including 1,400 for the year 2018',
    spoken: '1400 migrants returned voluntarily in the year, 2018',
    attempts: '54,000',
    attemptsSpoken: 'more than 54000 illegal immigration attempts foiled, 2018',
    tile: '>\u00a054,000',
    boats: '1,900',
    timeline: 'Events on the timeline',
    chart: 'Voluntary returns of migrants',
    total: '22,000',
    csvButton: 'Data (CSV)',
    csv: 'returns-2018,returned voluntarily in the year,1400,people,exact,2018,false,,"including 1,400 for the year 2018",migrants',
  },
  {
    code: 'es',
    name: 'Español',
    title: 'Marruecos: el balance de la política migratoria, presentado ante el Consejo de Gobierno',
    p2: 'unos 50.000 migrantes, de los cuales el 90\u00a0% son subsaharianos',
    notice: 'traducción del original en francés',
    original: 'Leer el original (en francés)',
    returns: ['1400', '22.000'],
    percent: '90\u00a0%',
    kicker: 'Migración · Marruecos · septiembre de 2018',
    mention: '1400',
    sentence: 'de los cuales 1400 corresponden al año 2018',
    spoken: '1400 migrantes retornados voluntariamente en el año, 2018',
    attempts: '54.000',
    attemptsSpoken: 'más de 54000 intentos de inmigración clandestina frustrados, 2018',
    tile: '>\u00a054.000',
    boats: '1900',
    timeline: 'Acontecimientos de la cronología',
    chart: 'Retornos voluntarios de los migrantes',
    total: '22.000',
    csvButton: 'Datos (CSV)',
    csv: 'returns-2018,retornados voluntariamente en el año,1400,people,exact,2018,false,,de los cuales 1400 corresponden al año 2018,migrantes',
  },
];

test.beforeEach(async ({ page }) => {
  page.errors = watchErrors(page);
});

test.afterEach(async ({ page }) => {
  expect(page.errors).toEqual([]);
});

for (const t of TRANSLATIONS) {
  const here = `${t.code}/`;

  test(`${t.code}: the page is pre-rendered in its language, labelled as a translation, with the original one click away`, async ({ page, request }) => {
    const html = await (await request.get(here)).text();
    expect(html).toContain(`<html lang="${t.code}"`);
    expect(html).toContain(`data-lang="${t.code}"`);
    await page.goto(here);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
    await expect(page.locator('#p2')).toContainText(t.p2);
    await expect(page.locator('.ex-translation')).toContainText(t.notice);
    await page.getByRole('link', { name: t.original }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:8081\/maroc-migrations\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test(`${t.code}: numbers and dates follow the language`, async ({ page }) => {
    await page.goto(here);
    for (const number of t.returns) await expect(page.locator('#returns')).toContainText(number);
    await expect(page.locator('#regularisation')).toContainText(t.percent);
    await expect(page.locator('.ex-kicker')).toHaveText(t.kicker);
  });

  test(`${t.code}: a mention lights its marks and its sentence, and the live region reads one number`, async ({ page }) => {
    await page.goto(here);
    await waitForHydration(page);
    const mention = page.getByRole('button', { name: t.mention, exact: true });
    await mention.click();
    await expect(mention).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('rect[data-figure="returns-2018"]')).toHaveClass(/is-active/);
    await expect(page.locator('.ex-sentence--source')).toContainText(t.sentence);
    await expect(page.locator('[aria-live="polite"]')).toHaveText(t.spoken);
    await page.getByRole('button', { name: t.attempts, exact: true }).focus();
    await expect(page.locator('[aria-live="polite"]')).toHaveText(t.attemptsSpoken);
    await expect(page.locator('#enforcement')).toContainText(t.tile);
  });

  test(`${t.code}: arrow keys walk the timeline and a deep link opens with its selection`, async ({ page }) => {
    await page.goto(`${here}#boats-seized`);
    await waitForHydration(page);
    await expect(page.getByRole('button', { name: t.boats, exact: true })).toHaveAttribute('aria-pressed', 'true');
    const timeline = page.getByRole('listbox', { name: t.timeline });
    await timeline.getByRole('option').first().focus();
    await page.keyboard.press('End');
    await expect(timeline.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(new RegExp(`/${t.code}/#enforcement-of-2018$`));
  });

  test(`${t.code}: switching language keeps the selection and the place`, async ({ page }) => {
    await page.goto('./');
    await waitForHydration(page);
    await page.getByRole('button', { name: '1900', exact: true }).click();
    await page.getByRole('link', { name: t.name }).click();
    await expect(page).toHaveURL(new RegExp(`/${t.code}/#boats-seized$`));
    await waitForHydration(page);
    const boats = page.getByRole('button', { name: t.boats, exact: true });
    await expect(boats).toHaveAttribute('aria-pressed', 'true');
    await expect(boats).toBeInViewport();
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/8081\/maroc-migrations\/#boats-seized$/);
  });

  test(`${t.code}: lang= in the URL opens that language, embeds included`, async ({ page }) => {
    await page.goto(`./?lang=${t.code}#returns-2018`);
    await expect(page).toHaveURL(new RegExp(`/${t.code}/#returns-2018$`));
    await expect(page.locator('html')).toHaveAttribute('lang', t.code);
    await page.goto(`embed/returns/?lang=${t.code}&theme=dark`);
    await expect(page).toHaveURL(new RegExp(`/${t.code}/embed/returns/\\?theme=dark$`));
    await expect(page.getByRole('figure', { name: t.chart })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test(`${t.code}: axe finds no violation`, async ({ page }) => {
    await page.goto(here);
    await waitForHydration(page);
    await page.getByRole('button', { name: t.total, exact: true }).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`${t.code}: the downloads are in the page's language`, async ({ page }) => {
    await page.goto(here);
    await waitForHydration(page);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#returns .ex-downloads').getByRole('button', { name: t.csvButton }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    const csv = (await readFile(await file.path())).toString('utf8');
    expect(csv).toContain(t.csv);
  });
}

test('numbers and dates of the original stay French beside them: 1 400, 90 %, septembre 2018', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('#returns')).toContainText('1\u202f400');
  await expect(page.locator('#regularisation')).toContainText('90\u00a0%');
  await expect(page.locator('.ex-kicker')).toHaveText('Migration · Maroc · septembre 2018');
});
