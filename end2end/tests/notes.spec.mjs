// Notes drawn from the text: a chart's annotations, each a passage of the article tied to one of
// its items, marked by a letter over that item's mark (numbers are the timeline's events), its
// words beside the letter on a graphic wide enough, listed under it on a phone with what the
// mark shows;
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
  test(`each note is lettered on its mark, its words beside it on a wide graphic and listed under a phone's, at ${width} px`, async ({ page }) => {
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
      // On a phone, listed under the graphic, quoted as the text writes it, lettered the same;
      // wide, the words are drawn on the graphic beside the badge, and the list is kept for
      // screen readers only.
      const list = visual.locator('.ex-callouts');
      await expect(list.locator('li')).toHaveText(`A ${about}\u00a0: «\u00a0${words}\u00a0»`);
      const graphic = await visual.locator('.ex-visual-graphic').boundingBox();
      const drawn = visual.locator('.ex-note-text');
      if (width < 440) {
        await expect(list).toBeVisible();
        expect((await list.boundingBox()).y).toBeGreaterThanOrEqual(graphic.y + graphic.height - 1);
        await expect(drawn).toHaveCount(0);
      } else {
        await expect(list).toHaveClass(/ex-sr-only/);
        expect((await list.boundingBox()).height).toBeLessThanOrEqual(1);
        expect((await drawn.allTextContents()).join(' ')).toBe(`«\u00a0${words}\u00a0»`);
        const badgeBox = await badge.boundingBox();
        for (const line of await drawn.all()) {
          const box = await line.boundingBox();
          // Beside its badge, inside the graphic, above the mark.
          expect(box.x).toBeGreaterThanOrEqual(badgeBox.x + badgeBox.width);
          expect(box.x + box.width).toBeLessThanOrEqual(graphic.x + graphic.width + 1);
          expect(box.y + box.height).toBeLessThanOrEqual(markBox.y + 1);
        }
      }
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

for (const width of [320, 1280]) {
  test(`a line stands across the bars at its figure's value, a span brackets its event's years, a fall's note its bar's end, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // An example of our own (its bars and its timeline), then another's fall.
    await page.goto('../recycling/');
    await waitForHydration(page);
    const share = page.locator('figure#share');
    await share.scrollIntoViewIfNeeded();
    const line = await share.locator('.ex-note-line').boundingBox();
    const target = await share.locator('rect[data-figure="recycled-target"]').first().boundingBox();
    const now = await share.locator('rect[data-figure="recycled-share"]').first().boundingBox();
    // At the target's value (its bar's end), from above the first bar to the foot of the last.
    expect(Math.abs(line.x - (target.x + target.width))).toBeLessThan(2);
    expect(line.y).toBeLessThanOrEqual(now.y);
    expect(line.y + line.height).toBeGreaterThanOrEqual(target.y + target.height - 1);
    const badge = await share.locator('.ex-note-badge').boundingBox();
    expect(Math.abs(badge.x + badge.width / 2 - line.x)).toBeLessThan(2);
    await expect(share.locator('.ex-callouts li')).toHaveText('A 50%: “has set a target”');
    // The plan's years bracketed, its badge at their start.
    const timeline = page.locator('figure#timeline');
    await timeline.scrollIntoViewIfNeeded();
    const plan = await timeline.locator('rect[data-event="first-plan"]').boundingBox();
    const bracket = await timeline.locator('.ex-note-bracket').boundingBox();
    expect(Math.abs(bracket.x - plan.x) < 2 && Math.abs(bracket.width - plan.width) < 2).toBe(true);
    expect(Math.abs((await timeline.locator('.ex-note-badge').boundingBox()).x - plan.x)).toBeLessThan(2);
    expect(await axeViolations(page)).toEqual([]);
    // A fall's bar runs left from zero: its note stands at that end, not over the zero line.
    await page.goto('../clinics/');
    await waitForHydration(page);
    const moved = page.locator('figure:has(.ex-callouts) rect[data-figure="waiting-change"]').first();
    await moved.scrollIntoViewIfNeeded();
    const fall = await moved.boundingBox();
    const fallBadge = await page.locator('figure:has(rect[data-figure="waiting-change"]) .ex-note-badge').boundingBox();
    expect(Math.abs(fallBadge.x - fall.x)).toBeLessThan(2);
    expect(over(fallBadge, fall)).toBe(true);
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
  // Drawn 560 px wide: the words beside their badge, on the graphic, once.
  expect(svg).toContain('>«\u00a0dans des conditions respectant leur dignité et leurs droits\u00a0»</text>');
  expect(svg.match(/dans des conditions/g)).toHaveLength(1);
  expect(svg).toMatch(/<text[^>]*>A<\/text>/);
  await page.goto('en/');
  await expect(page.locator('#returns .ex-callouts li')).toContainText('in conditions that respect their dignity and their rights');
  await page.goto('ar/');
  await expect(page.locator('#returns .ex-callouts li')).toContainText('في ظروف تحترم كرامتهم وحقوقهم');
  // Arabic marks its notes with the first letters of its own alphabet.
  await expect(page.locator('#timeline .ex-note-letter')).toHaveText('أ');
  await expect(page.locator('#timeline .ex-callouts li b')).toHaveText('أ');
});
