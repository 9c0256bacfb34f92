// The reading experience: text and visuals linked both ways, the timeline by keyboard, deep
// links, and a layout that holds from 320 to 1920 px.
import { test, expect } from '@playwright/test';
import { watchErrors, waitForHydration } from './errors.mjs';

test.beforeEach(async ({ page }) => {
  page.errors = watchErrors(page);
});

test.afterEach(async ({ page }) => {
  expect(page.errors).toEqual([]);
});

test('clicking a mention highlights its marks and the sentence it comes from', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  const mention = page.getByRole('button', { name: '1400', exact: true });
  await mention.click();
  await expect(mention).toHaveAttribute('aria-pressed', 'true');
  // The bar segment for the 1 400 returns of 2018 lights up, and only it.
  await expect(page.locator('rect[data-figure="returns-2018"]')).toHaveClass(/is-active/);
  await expect(page.locator('rect[data-figure="returns-before-2018"]')).not.toHaveClass(/is-active/);
  await expect(page.getByRole('option', { name: /^1\s400 / })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.ex-sentence--source')).toContainText('dont 1400 au titre de');
  await expect(page).toHaveURL(/#returns-2018$/);
});

test('a whole lights up all of its marks; a share, the cells that show it', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  await page.getByRole('button', { name: '50.000', exact: true }).click();
  await expect(page.locator('#regularisation rect.is-active')).toHaveCount(100);
  await page.getByRole('button', { name: '90%', exact: true }).click();
  await expect(page.locator('#regularisation rect.is-active')).toHaveCount(90);
});

test('choosing a mark selects its figure and highlights its sentence in the text', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  await page.locator('rect[data-figure="returns-before-2018"]').click();
  const item = page.getByRole('option', { name: /^20\s600 / });
  await expect(item).toHaveAttribute('aria-selected', 'true');
  // A computed figure says so, and how.
  await expect(page.locator('#returns .ex-readout')).toContainText('Calculé par nous\u00a0: 22\u202f000 − 1\u202f400', { useInnerText: true });
  // Said once, not "Calculé (calculé par nous)".
  await expect(page.locator('#returns .ex-readout')).not.toContainText('(calculé par nous)');
  await expect(page.locator('#returns .ex-readout')).toContainText('22\u202f000 − 1\u202f400');
  // Its operands are marked in the text, and its source sentence is highlighted.
  await expect(page.getByRole('button', { name: '22.000', exact: true })).toHaveClass(/ex-mention--related/);
  await expect(page.locator('.ex-sentence--source')).toContainText('22.000 immigrés ont bénéficié');
  // "Show in the text" brings the mention into view.
  await page.locator('#returns .ex-readout').getByRole('link').click();
  await expect(page.getByRole('button', { name: '22.000', exact: true })).toBeInViewport();
});

test('arrow keys walk the timeline, Home and End jump to its ends, with one tab stop', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  const timeline = page.getByRole('listbox', { name: 'Événements de la frise' });
  const options = timeline.getByRole('option');
  await expect(options).toHaveCount(5);
  await expect(timeline.locator('[tabindex="0"]')).toHaveCount(1);
  await options.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toBeFocused();
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('rect[data-event="regularisation-first"]')).toHaveClass(/is-active/);
  await expect(page.getByRole('button', { name: '2014', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('End');
  await expect(options.nth(4)).toBeFocused();
  await expect(page).toHaveURL(/#enforcement-of-2018$/);
  await page.keyboard.press('Home');
  await expect(options.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(0)).toBeFocused();
  await expect(timeline.locator('[tabindex="0"]')).toHaveCount(1);
});

test('keys pressed faster than frames each move one step', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  const options = page.getByRole('listbox', { name: 'Événements de la frise' }).getByRole('option');
  await options.first().focus();
  // All in one task, so no frame runs between the keys (a held key, a loaded phone).
  const reached = await page.evaluate(() => {
    const press = (key) => document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    press('End');
    press('ArrowUp');
    press('ArrowUp');
    return document.activeElement.id;
  });
  await expect(options.nth(2)).toHaveId(reached);
  await expect(options.nth(2)).toBeFocused();
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('listbox', { name: 'Événements de la frise' }).locator('[tabindex="0"]')).toHaveCount(1);
});

test('a deep link opens with its selection in view, and back and forward walk the choices', async ({ page }) => {
  await page.goto('./#boats-seized');
  await waitForHydration(page);
  const boats = page.getByRole('button', { name: '1900', exact: true });
  await expect(boats).toHaveAttribute('aria-pressed', 'true');
  await expect(boats).toBeInViewport();
  await page.getByRole('button', { name: '74', exact: true }).click();
  await expect(page).toHaveURL(/#networks-dismantled$/);
  await page.goBack();
  await expect(boats).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(page.getByRole('button', { name: '74', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('a deep link to a computed figure selects it in its visual', async ({ page }) => {
  await page.goto('./#regularised-subsaharan');
  await waitForHydration(page);
  const item = page.getByRole('option', { name: /^≈\s45\s000 / });
  await expect(item).toHaveAttribute('aria-selected', 'true');
  await expect(item).toBeInViewport();
});

test('qualifiers stay visible on the visuals', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('#enforcement')).toContainText('>\u00a054\u202f000');
  await expect(page.locator('#regularisation')).toContainText('≈\u00a050\u202f000');
});

for (const width of [320, 768, 1280, 1920]) {
  test(`the layout holds at ${width} px: no horizontal scrolling, nothing cut off`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await waitForHydration(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    // Every visual fits inside the page.
    for (const box of await page.locator('.ex-visual').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(width);
    }
    // Measured graphics are laid out at their container's width, not scaled.
    const svgWidths = await page.locator('.ex-visual--split-bar svg').evaluateAll((els) =>
      els.map((svg) => [svg.getBoundingClientRect().width, svg.parentElement.getBoundingClientRect().width]),
    );
    for (const [svg, container] of svgWidths) expect(Math.abs(svg - container)).toBeLessThan(2);
    await page.screenshot({ path: testInfo.outputPath(`explainer-${width}.png`), fullPage: true });
  });
}

test('the paragraph in the middle of the screen is the active one, as the reader scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await waitForHydration(page);
  await page.locator('#p6').evaluate((p) => p.scrollIntoView({ block: 'center' }));
  await expect(page.locator('#p6')).toHaveClass(/ex-paragraph--active/);
  await page.keyboard.press('Home');
  await expect(page.locator('#p1')).toHaveClass(/ex-paragraph--active/);
  await expect(page.locator('#p6')).not.toHaveClass(/ex-paragraph--active/);
});

test('on a wide screen a section keeps its visual in view while its text scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await waitForHydration(page);
  await page.locator('#p5').evaluate((p) => p.scrollIntoView({ block: 'start' }));
  await expect(page.locator('#returns')).toBeInViewport();
});

test('a graphic is written again only for a width it was not drawn for, and keeps showing the choice', async ({ page }) => {
  // Record every graphic written again, from when the page is parsed (the parser's own
  // insertions are not counted) and so before the WASM starts.
  await page.addInitScript(() => {
    window.rewritten = [];
    document.addEventListener('DOMContentLoaded', () => (window.rewritten = []));
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.target.matches?.('.ex-visual-graphic')) window.rewritten.push(record.target.dataset.chart);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  // A window in which the returns' graphic is exactly as wide as the pre-rendered drawing.
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('./');
  await waitForHydration(page);
  const at390 = await page.locator('.ex-visual-graphic[data-chart="returns"]').evaluate((e) => e.clientWidth);
  await page.setViewportSize({ width: 390 + 320 - at390, height: 900 });
  await page.reload();
  await waitForHydration(page);
  await expect(page.locator('.ex-visual-graphic[data-chart="returns"]')).toHaveJSProperty('clientWidth', 320);
  expect(await page.evaluate(() => window.rewritten)).not.toContain('returns');
  await expect(page.locator('.ex-visual-graphic[data-chart="returns"] svg')).toHaveAttribute('width', '320');

  // Chosen, then the window widens: the new drawing fits and its marks still show the choice.
  await page.getByRole('button', { name: '1400', exact: true }).click();
  await expect(page.locator('rect[data-figure="returns-2018"]')).toHaveClass(/is-active/);
  // The pointer away from everything, so that only the choice lights marks up.
  await page.mouse.move(1, 1);
  await page.setViewportSize({ width: 700, height: 900 });
  await expect.poll(() => page.evaluate(() => window.rewritten.includes('returns'))).toBe(true);
  const width = await page.locator('.ex-visual-graphic[data-chart="returns"]').evaluate((e) => e.clientWidth);
  await expect(page.locator('.ex-visual-graphic[data-chart="returns"] svg')).toHaveAttribute('width', String(width));
  await expect(page.locator('rect[data-figure="returns-2018"]')).toHaveClass(/is-active/);
  await expect(page.locator('rect[data-figure="returns-before-2018"]')).not.toHaveClass(/is-active/);
});

test('a readout shows its key figure and what to do from the first paint, and no choice moves what lies under it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await waitForHydration(page);
  for (const visual of await page.locator('figure.ex-visual').all()) {
    const options = visual.getByRole('option');
    const count = await options.count();
    if (count < 1) continue;
    // Before any choice: the hint, and the first item (the visual's key figure), not an empty block.
    const key = await options.first().evaluate((o) => o.dataset.figure ?? o.dataset.event);
    await expect(visual.locator('.ex-readout-hint')).toBeVisible();
    await expect(visual.locator('.ex-readout-item:visible')).toHaveCount(1);
    await expect(visual.locator(`[data-readout="${key}"]`)).toBeVisible();
    const height = await visual.evaluate((e) => e.getBoundingClientRect().height);
    for (let i = count - 1; i >= 0; i -= 1) {
      const option = options.nth(i);
      await option.click();
      const id = await option.evaluate((o) => o.dataset.figure ?? o.dataset.event);
      // The chosen item's readout shows, and only it, under the hint; the visual keeps its height.
      await expect(option).toHaveAttribute('aria-selected', 'true');
      await expect(visual.locator(`[data-readout="${id}"]`)).toBeVisible();
      await expect(visual.locator('.ex-readout-item:visible')).toHaveCount(1);
      await expect(visual.locator('.ex-readout-hint')).toBeVisible();
      expect(await visual.evaluate((e) => e.getBoundingClientRect().height)).toBeCloseTo(height, 0);
    }
  }
});
