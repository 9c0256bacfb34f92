// The editor's loop: with the serve command running, saving the content file builds it again;
// a refused file shows the compiler's faults (file, line, item, fault) in the open page
// instead of an old page, and fixing it brings the explainer back, without a reload by hand.
import { test, expect } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { CONTENT } from '../editor.config.mjs';

const file = new URL(`../../${CONTENT}`, import.meta.url);
const original = readFileSync(file, 'utf8');
const save = (text) => writeFileSync(file, text);
// The line (from 1) of the first line of `text` that starts with `prefix`.
const lineOf = (text, prefix) => text.split('\n').findIndex((line) => line.startsWith(prefix)) + 1;

test.describe.configure({ mode: 'serial' });
test.afterAll(() => save(original));

test('a refused save shows its faults in the open page, and the fix brings the explainer back', async ({ page }) => {
  await page.goto('/short/');
  await expect(page.locator('main .ex-draft')).toContainText('Draft');

  // A quote the text does not hold: the page turns into the list of faults by itself.
  const quote = /^quote = "([^"]+)"$/m.exec(original)[1];
  const broken = original.replace(`quote = "${quote}"`, `quote = "${quote} zz"`);
  save(broken);
  const status = page.locator('main.editor-status[data-phase="refused"]');
  await expect(status).toBeVisible({ timeout: 60_000 });
  const row = status.locator('tbody tr').first();
  await expect(row.locator('td').nth(0)).toHaveText(CONTENT);
  await expect(row.locator('td').nth(1)).toHaveText(String(lineOf(broken, `quote = "${quote} zz"`)));
  await expect(row.locator('td').nth(2)).toContainText('figure `');
  await expect(row.locator('td').nth(3)).toContainText('is not in the article text');
  // Every other address of the site says the same, not an old page.
  const other = await page.request.get('/short/embed/');
  expect(other.status()).toBe(503);

  // Malformed TOML: its line too.
  save(original.replace('[[units]]', '[[units]'));
  await expect(page.locator('main.editor-status tbody tr')).toHaveCount(1, { timeout: 60_000 });
  await expect(page.locator('main.editor-status tbody td').nth(1)).toHaveText(String(lineOf(original, '[[units]]')));

  // A bend: a qualifier written before a placeholder that writes its own, in the draft's
  // language, refused with the fix.
  const qualifier = /^language = "fr"/m.test(original) ? 'plus de' : 'more than';
  const first = /^standfirst = "(\{[^}]+\})/m.exec(original)[1];
  const bent = original.replace(`standfirst = "${first}`, `standfirst = "${qualifier} ${first}`);
  save(bent);
  const fault = page.locator('main.editor-status tbody tr').first();
  await expect(fault.locator('td').nth(3)).toContainText('writes the figure with its own qualifier', { timeout: 60_000 });
  await expect(fault.locator('td').nth(3)).toContainText(`remove "${qualifier}"`);
  await expect(fault.locator('td').nth(1)).toHaveText(String(lineOf(bent, 'standfirst = ')));

  // Fixed: the explainer is back in the same tab.
  save(original);
  await expect(page.locator('main .ex-draft')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('main.editor-status')).toHaveCount(0);
});

test('a draft with its marks cannot be published; an edit that builds shows the new page', async ({ page }) => {
  await page.goto('/short/');
  await expect(page.locator('main .ex-draft')).toBeVisible();

  // Published with its guesses still marked: one fault per mark, each on its line.
  const published = original.replace('status = "draft"', 'status = "published"');
  save(published);
  const rows = page.locator('main.editor-status[data-phase="refused"] tbody tr');
  const marks = published.split('\n').filter((line) => / # check:/.test(line)).length;
  await expect(rows).toHaveCount(marks, { timeout: 60_000 });
  await expect(rows.first().locator('td').nth(3)).toContainText('`# check:` mark is left');

  // A real edit: the title, rewritten. The loop builds it, and the page shows it.
  const title = 'A title the editor wrote';
  save(original.replace(/^title = "[^"]*"/m, `title = "${title}"`));
  await expect(page.locator('h1')).toHaveText(title, { timeout: 8 * 60_000 });
  await expect(page.locator('main .ex-draft')).toBeVisible();
});
