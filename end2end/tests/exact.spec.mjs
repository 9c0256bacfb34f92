// Exact for the next article: each figure is written as precisely as its text writes it in
// every output a reader meets (the text's tooltip, the visual's list, readout, data table and
// description, the live region, the SVG and CSV downloads, Sources and method), and the forms
// any article needs read as they should: number words before a scale word, plans and their
// parts, lengths of time, starts the text names, a change from a named base, a part of a year
// without its year, and the words around them. Run against the examples that hold those forms
// (content/examples/ecoles.toml, logement.toml, clinics.toml, turuq.toml in Arabic); elsewhere
// the tests skip.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { watchErrors, waitForHydration, nextFrame } from './errors.mjs';

/** Skips the test unless it runs against example `name`. */
const only = (name) => test.skip(test.info().project.name !== `examples/${name}`, `for examples/${name}`);

/** The figure's cell in a CSV, by the figure's id and the column's name. */
function csvCell(text, id, column) {
  const rows = text.replace(/^\ufeff/, '').trim().split(/\r?\n/).map((line) => {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') (cell += '"'), i++;
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') cells.push(cell), (cell = '');
      else cell += c;
    }
    cells.push(cell);
    return cells;
  });
  const head = rows[0];
  return rows.find((row) => row[0] === id)?.[head.indexOf(column)];
}

async function download(page, chart, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`#${chart} .ex-downloads`).getByText(name, { exact: true }).click(),
  ]);
  return (await readFile(await file.path())).toString('utf8');
}

/**
 * Chooses figure `id` in its visual and checks that `written` (as the eye reads it) stands in
 * every output, `spoken` (as a screen reader hears it) in the live region and the description,
 * and `data` (the full value) in the CSV.
 */
async function expectEverywhere(page, { id, chart, written, spoken, data }) {
  const errors = watchErrors(page);
  await page.goto('./');
  await waitForHydration(page);
  const visual = page.locator(`figure#${chart}`);
  // The text's tooltip, and its words for assistive technology.
  const mention = page.locator(`button.ex-mention#${id}`);
  if (await mention.count()) {
    expect(await mention.locator('..').getAttribute('data-tip')).toContain(written);
    await expect(page.locator(`#${await mention.getAttribute('aria-describedby')}`)).toContainText(written);
  }
  // The visual's list, then its readout once chosen, and the live region.
  const option = visual.locator(`[role="option"][data-figure="${id}"]`);
  await expect(option.locator('.ex-legend-value')).toContainText(written);
  await option.click();
  await nextFrame(page);
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(visual.locator('.ex-readout')).toContainText(written, { useInnerText: true });
  await expect(page.locator('.ex-announcement')).toContainText(spoken);
  // The description that stands in for the drawing, and the data table.
  const description = await visual.getAttribute('aria-describedby');
  const said = await page.locator(description.split(' ').map((d) => `#${d}`).join(', ')).allTextContents();
  expect(said.join(' ')).toContain(spoken);
  await expect(visual.locator('.ex-data table')).toContainText(written);
  // What a reader takes away: the SVG draws it, the CSV holds the full value.
  expect(await download(page, chart, 'SVG')).toContain(written);
  expect(csvCell(await download(page, chart, await dataLabel(page)), id, 'value')).toBe(data);
  // Sources and method.
  await expect(page.locator('.ex-sources')).toContainText(written);
  expect(errors).toEqual([]);
}

/** The CSV button's words in the page's language. */
async function dataLabel(page) {
  const words = { fr: 'Données (CSV)', ar: 'البيانات (CSV)' };
  return words[await page.locator('html').getAttribute('lang')] ?? 'Data (CSV)';
}

test.describe('every decimal, every output', () => {
  test('« 1 234,567 dinars » and « 87,25 % » (ecoles)', async ({ page }) => {
    only('ecoles');
    await expectEverywhere(page, {
      id: 'spending-per-pupil',
      chart: 'school',
      written: '1\u202f234,567 dinars',
      spoken: '1234,567 dinars',
      data: '1234.567',
    });
    await expectEverywhere(page, { id: 'pass-rate', chart: 'school', written: '87,25\u00a0%', spoken: '87,25\u00a0%', data: '87.25' });
  });

  test('« 3,25 % » (logement)', async ({ page }) => {
    only('logement');
    await expectEverywhere(page, { id: 'credit-rate', chart: 'money', written: '3,25\u00a0%', spoken: '3,25\u00a0%', data: '3.25' });
  });

  test('"0.75%" (clinics)', async ({ page }) => {
    only('clinics');
    const chart = await page.goto('./').then(() => page.locator('[data-figure="spend-change"][role="option"]').evaluate((el) => el.closest('figure').id));
    await expectEverywhere(page, { id: 'spend-change', chart, written: '+0.75%', spoken: 'a rise of 0.75%', data: '0.75' });
  });

  test('« 6,8% », « 4,2 مليار », « ثلاثة ملايين », « أقل من نصف » in Arabic, right to left (turuq)', async ({ page }) => {
    only('turuq');
    const chart = await page.goto('./').then(() => page.locator('[data-figure="accidents-change"][role="option"]').evaluate((el) => el.closest('figure').id));
    // Written with the marks that keep a sign and a percent on the number's side.
    await expectEverywhere(page, { id: 'accidents-change', chart, written: '\u200e+6,8\u200e%', spoken: '6,8\u200e%', data: '6.8' });
    const value = (id) => page.locator(`[role="option"][data-figure="${id}"] .ex-legend-value`).first();
    await expect(value('plan')).toHaveText('4,2\u00a0مليار\u00a0درهم');
    await expect(value('population')).toHaveText('≈\u00a03\u00a0ملايين\u00a0نسمة');
    await expect(value('paved-share')).toHaveText('أقل من النصف');
  });
});

test.describe('the forms the next article needs', () => {
  test('a number word before its scale, a plan with its part and detail, lengths and named starts (ecoles)', async ({ page }) => {
    only('ecoles');
    const errors = watchErrors(page);
    await page.goto('./');
    await waitForHydration(page);
    const value = (id) => page.locator(`[role="option"][data-figure="${id}"] .ex-legend-value`);
    const label = (id) => page.locator(`[role="option"][data-figure="${id}"] .ex-legend-label`);
    // « près de trois millions d'élèves »: three million, not three.
    await expect(value('pupils')).toHaveText('≈\u00a03\u00a0millions\u00a0d\'élèves');
    // The plan, its part and the computed rest are forecasts, over three years, and drawn so:
    // outlined, the rest in dots, never filled like money spent.
    for (const id of ['plan', 'canteens', 'plan-rest']) await expect(label(id)).toContainText('sur 3 ans, prévision');
    await expect(page.locator('#plan-split rect[data-figure="canteens"]')).toHaveClass('ex-mark ex-mark--target');
    await expect(page.locator('#plan-split rect[data-figure="plan-rest"]')).toHaveClass('ex-mark ex-mark--target ex-mark--target-rest');
    for (const id of ['canteens', 'plan-rest']) {
      const fill = await page.locator(`#plan-split rect[data-figure="${id}"]`).evaluate((rect) => getComputedStyle(rect).fill);
      expect(fill).toBe('none');
    }
    // The detail in another unit is planned too.
    await expect(label('towns')).toContainText('prévision');
    // A length of time with no start, and a start the text names: in words, never a date.
    await expect(label('teachers')).toContainText('(sur 3 mois)');
    await expect(label('classrooms')).toContainText("(«\u00a0Depuis l'installation du gouvernement\u00a0»)");
    // In the CSV too: the length as the file writes it and in words, the start in the text's words.
    for (const [id, period] of [['teachers', 'P3M (sur 3 mois)'], ['classrooms', "since («\u00a0Depuis l'installation du gouvernement\u00a0»)"]]) {
      const chart = await page.locator(`[role="option"][data-figure="${id}"]`).first().evaluate((el) => el.closest('figure').id);
      expect(csvCell(await download(page, chart, 'Données (CSV)'), id, 'period')).toBe(period);
    }
    // A change from a named base, in a quarter the text gives without its year (March 2025:
    // the fourth quarter of 2024).
    await expect(label('apprentices')).toContainText('4e\u00a0trimestre 2024, par rapport au 4e\u00a0trimestre 2023');
    // One event: said in the singular.
    const timeline = await page.locator('figure#timeline').getAttribute('aria-describedby');
    await expect(page.locator(`#${timeline.split(' ')[0]}`)).toContainText('avec 1 événement.');
    // Sources and method state the rule for the quarter, as applied.
    const sources = page.locator('.ex-sources');
    await expect(sources).toContainText('le dernier achevé avant la date de publication');
    await expect(sources).toContainText('«\u00a0Au quatrième trimestre\u00a0»\u00a0: 4e\u00a0trimestre 2024');
    // The rest of the plan is computed, said once.
    await expect(sources).toContainText('Calculé par nous\u00a0: 1,2\u00a0milliard − 300\u00a0millions');
    expect(errors).toEqual([]);
  });

  test('words around figures: "more than half", "fewer than" a count, a base, over the same period (clinics)', async ({ page }) => {
    only('clinics');
    const errors = watchErrors(page);
    await page.goto('./');
    await waitForHydration(page);
    const value = (id) => page.locator(`[role="option"][data-figure="${id}"] .ex-legend-value`).first();
    await expect(value('online-share')).toHaveText('more than half');
    await expect(value('doctors')).toContainText('<\u00a0200');
    // In prose: "fewer than" a count of doctors.
    await page.locator(`[role="option"][data-figure="doctors"]`).first().click();
    await nextFrame(page);
    await expect(page.locator('.ex-announcement')).toContainText('fewer than 200 staff who are doctors');
    await expect(value('appointments')).toHaveText('≈\u00a04\u00a0million appointments');
    await expect(page.locator('[role="option"][data-figure="same-day-change"] .ex-legend-label').first()).toContainText('compared with 2021');
    // "over five years it has trained about 1,150": the qualifier is the words bounding the
    // number ("about"), not "over" of the length; {id} of money keeps the text's sign.
    await expect(value('nurses-trained')).toHaveText('≈\u00a01,150 nurses');
    await expect(page.locator('.ex-standfirst')).toContainText('the board plans to spend £95 million over the next three years');
    expect(errors).toEqual([]);
  });

  test('a reason for a word that does not make a change or a plan, and the editors\' dating, in Sources and method (logement)', async ({ page }) => {
    only('logement');
    await page.goto('./');
    // « sur la même période »: the fourth quarter of the year before the statement, as the
    // figure before it in the text.
    const label = (id) => page.locator(`[role="option"][data-figure="${id}"] .ex-legend-label`).first();
    await expect(label('sales-change')).toContainText('(4e\u00a0trimestre 2024)');
    await expect(label('credit-rate')).toContainText('(4e\u00a0trimestre 2024)');
    const sources = page.locator('.ex-sources');
    await expect(sources).toContainText('« En hausse » dit le sens de l\'évolution');
    await expect(sources).toContainText('« Prévus » désigne ici les crédits votés au budget');
    // « Près de la moitié » has no period words of its own: the editors dated it, and say so.
    await expect(sources).toContainText('Période datée par la rédaction');
  });
});

test('a computed figure rounded says so, wherever its formula is shown (eau)', async ({ page }) => {
  only('eau');
  await page.goto('./');
  const item = page.locator('[role="option"][data-figure="without-access"]').first();
  await expect(item.locator('.ex-legend-computed')).toContainText('12\u00a0% × 8,5\u00a0millions, arrondi à 0,1\u00a0million');
  await expect(item.locator('.ex-legend-value')).toHaveText("≈\u00a01,0\u00a0million d'habitants");
});
