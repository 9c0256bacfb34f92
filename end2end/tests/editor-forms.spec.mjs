// The editor at /editor/, through its interface alone (no typing in the content file's text):
// an article of our own that no example and no other test uses (fixtures/ferries.txt), from
// pasted text to a published content file. Draft; correct the guesses that are wrong in the
// forms, confirm the others; plant two faults (a fall written as a rise, a wrong quote) and
// repair them, the quote by selecting its words in the text; publish; download. The downloaded
// files, given to the site's builder, build with no fault into pages that hold exactly what
// the preview showed. Then the same work after a reload, in French, and from files on disk.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.mjs';
import { watchErrors } from './errors.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const ARTICLE = readFileSync(new URL('fixtures/ferries.txt', import.meta.url), 'utf8');

test.beforeEach(async ({ page }) => {
  page.errors = watchErrors(page);
});

test.afterEach(async ({ page }) => {
  expect(page.errors).toEqual([]);
});

/// The form of the item being edited.
const item = (page) => page.locator('#ed-item');
/// The list of numbers of the text, each with its status.
const numbers = (page) => page.getByRole('list', { name: 'Numbers in the text' }).getByRole('listitem');

/// Sets the field `label` of the item being edited, as an editor does: types, then leaves it.
async function setField(page, label, value) {
  const field = item(page).getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Tab');
}

/// Opens the item named `name` from the list of items.
async function open(page, name) {
  await page.locator('.ed-item-list').getByRole('button', { name, exact: true }).click();
  await expect(item(page).getByRole('heading', { level: 3 })).toHaveText(name);
}

/// The inside of the explainer's root element in a page's HTML.
function app(html) {
  const start = html.indexOf('>', html.indexOf('<div id="explainer"')) + 1;
  return html.slice(start, html.lastIndexOf('</div>', html.indexOf('</body>')));
}

test('an article of our own goes from its text to a published explainer, through the forms alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('editor/?lang=en');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Draft' }).click();
  await expect(page.getByRole('status')).toContainText('Drafted: 5 figures');

  // Every number of the text, each with its status: the draft's guesses are to check.
  const listed = await numbers(page).allTextContents();
  for (const written of ['2026', '610,000', '14%', '2024', '58%', '3.4m', '1952', '2018', '750,000', '2030']) {
    expect(listed.some((entry) => entry.includes(written)), written).toBe(true);
  }
  expect(listed.every((entry) => /accounted|to check/.test(entry))).toBe(true);
  const publish = page.getByRole('button', { name: 'Publish' });
  await expect(publish).toBeDisabled();

  // A number of the text opens its item, whose quote is marked in the text.
  await page.locator('#ed-article').getByRole('button', { name: '14%, to check' }).click();
  await expect(item(page).getByRole('heading', { level: 3 })).toHaveText('Figure compared-change-2025');
  await expect(page.locator('#ed-article mark').first()).toBeVisible();
  expect(await page.locator('#ed-article mark').allTextContents()).toContain('fell ');

  // The guesses that are wrong, corrected in the forms: words an editor writes. A change is
  // not a check: the mark stays until confirmed, and the focus comes back to the field.
  await setField(page, 'label', 'in cancelled sailings');
  await expect(item(page).getByLabel('label', { exact: true })).toHaveValue('in cancelled sailings');
  await item(page).getByRole('button', { name: 'Confirm label' }).click();
  await expect(item(page).getByRole('button', { name: 'Confirm label' })).toHaveCount(0);
  await expect(item(page).getByLabel('label', { exact: true })).toBeFocused();

  // A choice changed by a stray arrow key is a change, never a confirmation.
  await open(page, 'Figure passengers-2025');
  const qualifier = item(page).getByLabel('qualifier', { exact: true });
  await expect(qualifier).toHaveValue('more_than');
  await qualifier.focus();
  await page.keyboard.press('ArrowDown');
  await expect(qualifier).not.toHaveValue('more_than');
  await expect(item(page).getByRole('button', { name: 'Confirm qualifier' })).toBeVisible();
  await qualifier.selectOption('more_than');
  await expect(page.getByRole('list', { name: 'Faults' })).toHaveText('No fault.');
  await open(page, 'Article');
  await setField(page, 'title', 'Porthmere ferries: fewer cancellations, a new electric boat');
  await setField(page, 'kicker', 'Transport · {date}');
  await setField(page, 'standfirst', '{passengers-2025} passengers crossed the Tallow estuary by ferry.');
  await setField(page, 'attribution', 'Porthmere Harbour Board');
  await setField(page, 'source_name', 'Porthmere Harbour Board, yearly figures');
  await open(page, 'Event date-1952');
  await setField(page, 'label', 'The ferry link between Porthmere and Lowen Quay opened');

  // Two planted faults, each shown at its number, beside its item and in the list, and
  // repaired in the form. A fall written as a rise:
  await open(page, 'Figure compared-change-2025');
  await setField(page, 'value', '14');
  const faults = page.getByRole('list', { name: 'Faults' }).getByRole('listitem');
  await expect(faults.first()).toContainText('is a rise but the quote says "fell…"');
  await expect(item(page).locator('.ed-item-faults li')).toContainText(['a rise']);
  await expect(numbers(page).filter({ hasText: '14%' })).toContainText(['fault']);
  await expect(publish).toBeDisabled();
  await setField(page, 'value', '-14');
  await expect(numbers(page).filter({ hasText: 'fault' })).toHaveCount(0);
  // A wrong quote, repaired by selecting its words in the text:
  await setField(page, 'quote', 'fell 41%');
  await expect(faults.first()).toContainText('is not in the article text');
  await expect(page.locator('#ed-article').getByRole('button', { name: '14%, fault' })).toBeVisible();
  await page.evaluate(() => {
    const paragraph = [...document.querySelectorAll('#ed-article p')].find((p) => p.textContent.includes('fell 14%'));
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    const start = nodes.find((n) => n.textContent.includes('fell'));
    const end = nodes.find((n) => n.textContent.includes('14%'));
    const range = document.createRange();
    range.setStart(start, start.textContent.indexOf('fell'));
    range.setEnd(end, end.textContent.indexOf('14%') + 3);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  await item(page).getByRole('button', { name: 'Quote the selected words' }).click();
  await expect(item(page).getByLabel('quote', { exact: true })).toHaveValue('fell 14%');
  await expect(page.getByRole('list', { name: 'Faults' })).toHaveText('No fault.');

  // The charts' order: the bars before the changes.
  await open(page, 'Chart passengers-bars');
  await item(page).getByRole('button', { name: 'Move earlier' }).click();
  await expect(item(page).getByRole('heading', { level: 3 })).toHaveText('Chart passengers-bars');
  const charts = await page.locator('.ed-item-list button').filter({ hasText: /^Chart / }).allTextContents();
  expect(charts.slice(0, 3)).toEqual(['Chart timeline', 'Chart passengers-bars', 'Chart changes-percent']);

  // Every other guess confirmed, item by item.
  const itemsToCheck = page.locator('.ed-item-list li').filter({ hasText: 'to check' }).getByRole('button');
  while ((await itemsToCheck.count()) > 0) {
    await itemsToCheck.first().click();
    const confirm = item(page).getByRole('button', { name: /^Confirm / });
    while ((await confirm.count()) > 0) await confirm.first().click();
  }
  await expect(numbers(page).filter({ hasText: 'to check' })).toHaveCount(0);
  expect((await numbers(page).allTextContents()).every((entry) => entry.includes('accounted'))).toBe(true);
  await expect(page.getByRole('list', { name: 'Guesses to check' })).toHaveText('No guess left to check.');

  await expect(publish).toBeEnabled();
  await publish.click();
  await expect(page.getByRole('status')).toHaveText('Published: the file builds as it is.');

  // The preview, as readers will see it: the article's page, then at a phone's width.
  await page.getByText('Preview', { exact: true }).click();
  const preview = page.frameLocator('iframe[title="Preview of the explainer"]');
  await expect(preview.locator('h1')).toHaveText('Porthmere ferries: fewer cancellations, a new electric boat');
  await expect(preview.locator('body')).toContainText('more than 610,000 passengers crossed the Tallow estuary by ferry.');
  await expect(preview.locator('body')).not.toContainText('DRAFT');
  await page.getByLabel('Phone').check();
  expect((await page.locator('iframe').boundingBox()).width).toBeLessThanOrEqual(392);
  const shown = await page.locator('iframe').getAttribute('srcdoc');
  expect(await axeViolations(page)).toEqual([]);

  // Downloaded, the two files build into the site with no fault, and its page holds what the
  // preview showed, byte for byte.
  const folder = mkdtempSync(join(tmpdir(), 'editor-'));
  for (const name of ['Download content file', 'Download article text']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    writeFileSync(join(folder, download.suggestedFilename()), readFileSync(await download.path()));
  }
  expect(readdirSync(folder).sort()).toEqual(['article.toml', 'article.txt']);
  const saved = readFileSync(join(folder, 'article.toml'), 'utf8');
  expect(saved).toContain('status = "published"');
  expect(saved.split('\n').filter((line) => /=.*# check:/.test(line))).toEqual([]);
  expect(readFileSync(join(folder, 'article.txt'), 'utf8')).toBe(ARTICLE);
  const out = join(folder, 'site');
  const said = execFileSync(
    join(ROOT, 'target/release/prerender'),
    ['--engine', join(ROOT, 'target/engine'), '--out', out, '--no-images', join(folder, 'article.toml')],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  expect(said).not.toContain('error');
  const built = readFileSync(join(out, 'article/index.html'), 'utf8');
  expect(app(built).length).toBeGreaterThan(1000);
  expect(app(built)).toBe(app(shown));
});

test('the work in progress survives a reload, and the interface speaks French', async ({ page }) => {
  await page.goto('editor/?lang=en');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Draft' }).click();
  await expect(numbers(page).first()).toBeVisible();
  const drafted = await page.getByLabel('Content file').inputValue();

  await page.goto('editor/?lang=fr');
  await expect(page.getByRole('status')).toHaveText("Votre travail en cours est revenu, tel que vous l'aviez laissé.");
  await expect(page.getByLabel("Texte de l'article")).toHaveValue(ARTICLE);
  await expect(page.getByLabel('Fichier de contenu', { exact: true })).toHaveValue(drafted);
  const listed = page.getByRole('list', { name: 'Nombres du texte' }).getByRole('listitem');
  await expect(listed.first()).toContainText('à vérifier');
  await expect(page.getByRole('button', { name: 'Publier' })).toBeDisabled();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // A new draft would replace the work: it asks first, and a no keeps the file.
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    dialog.dismiss();
  });
  await page.getByRole('button', { name: 'Préparer un brouillon' }).click();
  await expect.poll(() => asked).toContain('Remplacer le fichier de contenu');
  await expect(page.getByLabel('Fichier de contenu', { exact: true })).toHaveValue(drafted);
  expect(await axeViolations(page)).toEqual([]);
});

test('a hand-written content file and its text open from disk; saved unchanged, it is byte for byte the same', async ({ page }) => {
  const file = join(ROOT, 'content/examples/recycling.toml');
  const source = join(ROOT, 'content/sources/recycling.txt');
  await page.goto('editor/?lang=en');
  await page.getByLabel('Open a file').setInputFiles([file, source]);
  await expect(page.getByRole('status')).toContainText('recycling.toml');
  // Its numbers, all accounted for: it is published and builds.
  await expect(numbers(page).first()).toBeVisible();
  expect((await numbers(page).allTextContents()).every((entry) => entry.includes('accounted'))).toBe(true);
  const [unchanged] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download content file' }).click(),
  ]);
  expect(readFileSync(await unchanged.path(), 'utf8')).toBe(readFileSync(file, 'utf8'));

  // By keyboard: a number of the text opens its item, which takes the focus.
  await page.locator('#ed-article').getByRole('button', { name: '38%, accounted' }).focus();
  await page.keyboard.press('Enter');
  await expect(item(page).getByRole('heading', { level: 3 })).toHaveText('Figure recycled-share');
  await expect(item(page)).toBeFocused();

  // One value changed in its form: that line alone changes, its comment kept.
  // What the file cannot hold is refused beside its field, and the file is kept.
  await setField(page, 'value', '38,5');
  await expect(item(page).locator('.ed-refused')).toContainText('`38,5` is not a value this file can hold');
  await expect(item(page).getByLabel('value', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await setField(page, 'value', '39');
  await expect(item(page).locator('.ed-refused')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Faults' })).toContainText('value 39');
  const [changed] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download content file' }).click(),
  ]);
  const before = readFileSync(file, 'utf8').split('\n');
  const after = readFileSync(await changed.path(), 'utf8').split('\n');
  expect(after.length).toBe(before.length);
  const differ = before.map((line, i) => [line, after[i]]).filter(([a, b]) => a !== b);
  expect(differ).toEqual([['value = 38', 'value = 39']]);
});

test('every content file of the repository opens with its text: every number accounted for, and its preview in its language and direction', async ({ page }) => {
  test.setTimeout(120_000);
  const { readdirSync: list } = await import('node:fs');
  const files = [
    join(ROOT, 'content/maroc-migrations.toml'),
    ...list(join(ROOT, 'content/examples')).filter((name) => name.endsWith('.toml')).map((name) => join(ROOT, 'content/examples', name)),
  ];
  await page.goto('editor/?lang=en');
  await page.getByText('Preview', { exact: true }).click();
  const preview = page.frameLocator('iframe[title="Preview of the explainer"]');
  for (const file of files) {
    const toml = readFileSync(file, 'utf8');
    const source = join(file, '..', toml.match(/^source_file = "(.*)"$/m)[1]);
    await page.getByLabel('Open a file').setInputFiles([file, source]);
    await expect(page.getByRole('status')).toContainText(file.split('/').pop());
    await expect(page.getByRole('list', { name: 'Faults' })).toHaveText('No fault.');
    const listed = await numbers(page).allTextContents();
    expect(listed.length, file).toBeGreaterThan(3);
    expect(listed.filter((entry) => !entry.includes('accounted')), file).toEqual([]);
    // The preview is of this article: its first words, in its language and direction.
    const opening = readFileSync(source, 'utf8').split(/\n\s*\n/)[1].trim().split(/\s+/).slice(0, 5).join(' ');
    await expect(preview.locator('body'), file).toContainText(opening);
    const language = toml.match(/^language = "(\w+)"$/m)[1];
    await expect(preview.locator('html'), file).toHaveAttribute('lang', language);
    expect(await preview.locator('html').getAttribute('dir'), file).toBe(language === 'ar' ? 'rtl' : null);
  }
});
