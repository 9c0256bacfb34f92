// Every other example article (content/examples/*.toml), each in a Playwright project of its own
// (see playwright.config.mjs): the engine is not tied to one article, and each new form of the
// content format is read in a browser. Nothing here names a figure: the checks hold for any article.
import { test, expect } from '@playwright/test';
import { watchErrors, waitForHydration } from './errors.mjs';
import { axeViolations } from './axe.mjs';
import { expectLinkedBothWays } from './linked.mjs';

test('the example builds into a working explainer, its figures linked both ways, with no error', async ({ page }) => {
  await expectLinkedBothWays(page);
});

test("each of the example's visuals embeds on a page of its own that comes to life", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  const charts = await page.locator('figure.ex-visual').evaluateAll((figures) => figures.map((figure) => figure.id));
  expect(charts.length).toBeGreaterThan(0);
  for (const chart of charts) {
    await page.goto(`embed/${chart}/`);
    await waitForHydration(page);
    await expect(page.locator(`figure#${chart}`)).toBeVisible();
    // Its numbers answer there too: the first item selects.
    const option = page.locator('[role="option"]').first();
    await option.click();
    await expect(option).toHaveAttribute('aria-selected', 'true');
    // One main landmark, a list named after its visual, nothing for axe (best practices too).
    await expect(page.getByRole('main')).toHaveCount(1);
    const title = await page.locator(`#${chart}_title`).textContent();
    await expect(page.getByRole('listbox')).toHaveAccessibleName(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    expect(await axeViolations(page)).toEqual([]);
  }
  expect(errors).toEqual([]);
});

test('changes show their direction without colour, and targets are outlined and named as such', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  // Every bar of a change chart writes its sign and an arrow at its end.
  const changeLabels = await page.locator('figure.ex-visual--changes text.ex-value-label').allTextContents();
  // (In right-to-left text, a directional mark keeps the sign before its digits.)
  for (const label of changeLabels) expect(label).toMatch(/^[▲▼]\u00a0(≈\u00a0|>\u00a0|<\u00a0)?[\u200e\u061c]?[+−]/);
  // A rise ends right of the zero line, a fall left of it; the other way round in a language
  // read from the right.
  const rtl = (await page.locator('html').getAttribute('dir')) === 'rtl';
  for (const figure of await page.locator('figure.ex-visual--changes').all()) {
    // The zero line (a note's lines are axes too, with a class of their own).
    const zero = Number(await figure.locator('line[class="ex-axis"]').first().getAttribute('x1'));
    for (const bar of await figure.locator('rect.ex-mark').all()) {
      const x = Number(await bar.getAttribute('x'));
      const width = Number(await bar.getAttribute('width'));
      const id = await bar.getAttribute('data-figure');
      const label = await figure.locator(`text.ex-value-label[data-figure="${id}"]`).textContent();
      if (label.startsWith('▲') !== rtl) expect(Math.abs(x - zero)).toBeLessThan(0.2);
      else expect(Math.abs(x + width - zero)).toBeLessThan(0.2);
    }
  }
  // A target is drawn as an outline, never filled like a fact, and its list item says what it is.
  const targets = page.locator('rect.ex-mark--target');
  for (const target of await targets.all()) {
    expect(await target.evaluate((el) => getComputedStyle(el).fill)).toBe('none');
    // A target figure on bars, or a plan on the timeline.
    const [attribute, id] = (await target.getAttribute('data-figure')) !== null
      ? ['data-figure', await target.getAttribute('data-figure')]
      : ['data-event', await target.getAttribute('data-event')];
    await expect(page.locator(`[role="option"][${attribute}="${id}"]`).first()).toContainText(/objectif|target|prévision|forecast|هدف|توقع|objetivo|previsión/);
  }
  // Where the article has these forms, they are there to see.
  const html = await page.content();
  if (html.includes('ex-visual--changes')) expect(changeLabels.length).toBeGreaterThan(0);
});
