// Notes drawn from the text: a chart's annotations, each a passage of the article tied to one of
// its items, marked by a letter over that item's mark (numbers are the timeline's events) and
// listed under the graphic with what the mark shows and the text's words;
// read by screen readers with the visual's description, and carried by the SVG download. Run
// against the seed's article (a note on its timeline and one on its returns).
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { watchErrors, waitForHydration } from './errors.mjs';
import { axeViolations } from './axe.mjs';

test.beforeEach(async ({ page }) => {
  page.errors = watchErrors(page);
});

test.afterEach(async ({ page }) => {
  expect(page.errors).toEqual([]);
});

/** Whether box `a` stands over box `b`: above it, within its span (or as wide as itself). */
const over = (a, b) => a.y + a.height <= b.y + 1 && a.x >= b.x - 1 && a.x + a.width <= b.x + Math.max(b.width, a.width) + 1;

for (const width of [320, 1280]) {
  test(`each note is lettered on its mark and listed under its graphic in the text's words, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await waitForHydration(page);
    for (const [chart, mark, about, words] of [
      ['returns', 'rect[data-figure="returns-total"]', '22\u202f000 migrants', 'dans des conditions respectant leur dignité et leurs droits'],
      ['timeline', 'rect[data-event="strategy"]', '2013', 'une nouvelle stratégie nationale de l\'immigration à dimensions humanitaire et solidaire'],
    ]) {
      const visual = page.locator(`figure#${chart}`);
      await visual.scrollIntoViewIfNeeded();
      const badge = visual.locator('.ex-note-badge');
      await expect(badge).toHaveCount(1);
      await expect(visual.locator('.ex-note-letter')).toHaveText('A');
      const markBox = await visual.locator(mark).first().boundingBox();
      expect(over(await badge.boundingBox(), markBox), `${chart}: over its mark`).toBe(true);
      // A whole's note spans it all with a bracket; another's has none.
      const bracket = visual.locator('.ex-note-bracket');
      if (chart === 'returns') {
        const box = await bracket.boundingBox();
        expect(Math.abs(box.x - markBox.x) < 2 && Math.abs(box.width - markBox.width) < 2).toBe(true);
      } else {
        await expect(bracket).toHaveCount(0);
      }
      // The pointer goes through the badge to the marks under it.
      await expect(badge).toHaveAttribute('pointer-events', 'none');
      // Listed under the graphic, quoted as the text writes it, lettered the same.
      const list = visual.locator('.ex-callouts');
      await expect(list.locator('li')).toHaveText(`A ${about}\u00a0: «\u00a0${words}\u00a0»`);
      const graphic = await visual.locator('.ex-visual-graphic').boundingBox();
      expect((await list.boundingBox()).y).toBeGreaterThanOrEqual(graphic.y + graphic.height - 1);
      // The passage stands in the article's text, word for word.
      await expect(page.locator('.ex-story')).toContainText(words);
      // Read with the visual's description.
      expect((await visual.getAttribute('aria-describedby')).split(' ')).toContain(`${chart}_notes`);
    }
    // Nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the notes come in the SVG download, lettered, and in each language its own words', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#returns .ex-downloads').getByText('SVG', { exact: true }).click(),
  ]);
  const svg = (await readFile(await file.path())).toString('utf8');
  expect(svg).toContain('A 22\u202f000 migrants\u00a0: «\u00a0dans des conditions respectant leur');
  expect(svg).toMatch(/<text[^>]*>A<\/text>/);
  await page.goto('en/');
  await expect(page.locator('#returns .ex-callouts li')).toContainText('in conditions that respect their dignity and their rights');
  await page.goto('ar/');
  await expect(page.locator('#returns .ex-callouts li')).toContainText('في ظروف تحترم كرامتهم وحقوقهم');
  // Arabic marks its notes with the first letters of its own alphabet.
  await expect(page.locator('#timeline .ex-note-letter')).toHaveText('أ');
  await expect(page.locator('#timeline .ex-callouts li b')).toHaveText('أ');
});
