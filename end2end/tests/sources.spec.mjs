// Readers can check the sources and take the data with them: SVG and CSV of every visual, made
// in the browser, and its PNG, made at build time; and a "Sources and method" section.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { watchErrors, waitForHydration } from './errors.mjs';

const charts = ['timeline', 'regularisation', 'returns', 'enforcement'];

async function download(page, chart, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`#${chart} .ex-downloads`).getByText(name, { exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** RFC 4180 CSV, enough for our files: quoted cells may hold commas and doubled quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [''];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (row[row.length - 1] += '"'), i++;
      else if (c === '"') quoted = false;
      else row[row.length - 1] += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push('');
    else if (c === '\r') continue;
    else if (c === '\n') rows.push(row), (row = ['']);
    else row[row.length - 1] += c;
  }
  return rows;
}

test('each visual downloads as SVG that parses and holds its title and every value', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await waitForHydration(page);
  for (const chart of charts) {
    const { name, bytes } = await download(page, chart, 'SVG');
    expect(name).toBe(`${chart}.svg`);
    const svg = bytes.toString('utf8');
    const title = await page.locator(`#${chart} .ex-visual-title`).textContent();
    const values = await page.locator(`#${chart} .ex-legend-value`).allTextContents();
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, title: doc.querySelector('title')?.textContent, text: doc.documentElement.textContent };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.title).toBe(title);
    for (const value of values) expect(parsed.text).toContain(value);
  }
  expect(errors).toEqual([]);
});

test('each visual downloads as its web image: a PNG 600 px wide drawn at twice that, which decodes', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  for (const chart of charts) {
    const { name, bytes } = await download(page, chart, 'PNG');
    expect(name).toBe(`${chart}.png`);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height, big-endian, right after the signature and chunk header.
    expect(bytes.readUInt32BE(16)).toBe(1200);
    // And it decodes: the browser draws it at that size.
    const decoded = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    }, bytes.toString('base64'));
    expect(decoded).toEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]);
  }
});

test('the CSV parses back to the figures, qualifiers included, with a BOM', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  const figures = {};
  for (const chart of charts.filter((c) => c !== 'timeline')) {
    const { name, bytes } = await download(page, chart, 'Données (CSV)');
    expect(name).toBe(`${chart}.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [head, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(head).toEqual(['id', 'label', 'value', 'unit', 'qualifier', 'period', 'computed', 'formula', 'source quote', 'unit label', 'change', 'outlook', 'fraction', 'base']);
    // The same figures, in the same order, as the visual's own list.
    const ids = await page.locator(`#${chart} [role="option"]`).evaluateAll((els) => els.map((el) => el.dataset.figure));
    expect(rows.map((row) => row[0])).toEqual(ids);
    for (const row of rows) figures[row[0]] = row;
  }
  // The statement's figures, as the statement gives them.
  const stated = [
    ['regularised', '50000', 'people', 'approximately', "d'environ 50.000 migrants"],
    ['regularised-subsaharan-share', '90', 'percent', 'exact', 'dont 90% sont des Subsahariens'],
    ['returns-total', '22000', 'people', 'exact', '22.000 immigrés ont bénéficié de cette opération'],
    ['returns-2018', '1400', 'people', 'exact', "dont 1400 au titre de l'année 2018"],
    ['attempts-foiled', '54000', 'attempts', 'more_than', "plus de 54.000 tentatives d'immigration clandestine"],
    ['networks-dismantled', '74', 'networks', 'exact', 'démanteler 74 réseaux criminels'],
    ['boats-seized', '1900', 'boats', 'exact', 'saisir 1900 embarcations'],
  ];
  for (const [id, value, unit, qualifier, quote] of stated) {
    const row = figures[id];
    expect([row[2], row[3], row[4], row[6], row[8]]).toEqual([value, unit, qualifier, 'false', quote]);
    // The unit in words, as the article declares it.
    expect(row[9]).toBe(unit === 'percent' ? '%' : { people: 'migrants', attempts: 'tentatives', networks: 'réseaux criminels', boats: 'embarcations' }[unit]);
  }
  // Computed figures say so, and how.
  expect(figures['returns-before-2018'].slice(2, 8)).toEqual(['20600', 'people', 'exact', '2014..2017', 'true', '22\u202f000 − 1\u202f400']);
  expect(figures['regularised-subsaharan'].slice(2, 8)).toEqual(['45000', 'people', 'approximately', '2014..2017', 'true', '90\u00a0% × ≈\u00a050\u202f000']);
});

test('"Sources and method" quotes every figure, says what is not shown, and dates the data', async ({ page }) => {
  await page.goto('./');
  const sources = page.getByRole('region', { name: 'Sources et méthode' });
  await expect(sources).toContainText('Communiqué lu par M. El Khalfi');
  for (const quote of ["« d'environ 50.000 migrants »", '« saisir 1900 embarcations »']) await expect(sources).toContainText(quote);
  await expect(sources).toContainText('Calculé par nous');
  await expect(sources).toContainText('22\u202f000 − 1\u202f400');
  await expect(sources).toContainText('Aucune répartition année par année');
  await expect(sources.locator('code')).toHaveText(/^[0-9a-f]{8}$/);
  await expect(sources.locator('time[datetime="2026-11-29"]')).toBeVisible();
});

test('the SVG and CSV downloads work offline once the page is loaded', async ({ page, context }) => {
  await page.goto('./');
  await waitForHydration(page);
  await context.setOffline(true);
  const { bytes } = await download(page, 'returns', 'Données (CSV)');
  expect(bytes.toString('utf8')).toContain('returns-2018');
  const svg = await download(page, 'returns', 'SVG');
  expect(svg.bytes.toString('utf8')).toContain('<svg');
});
