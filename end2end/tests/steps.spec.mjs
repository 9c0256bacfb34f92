// Steps that follow the reading: the paragraph in the middle band of the screen lights what it
// says in its visuals, softly (`is-read`), without a tap and without a word in the live region;
// a reader's choice wins in its visual; on a phone (each visual after its paragraph) as on a
// desktop (the visuals beside the text). On a visual's own embed page, where the text is not,
// the sentences its items come from are steps, walked by buttons and keys, that light the same
// way. Run against the seed's article.
import { test, expect } from '@playwright/test';
import { watchErrors, waitForHydration, nextFrame } from './errors.mjs';
import { axeViolations } from './axe.mjs';

test.beforeEach(async ({ page }) => {
  page.errors = watchErrors(page);
});

test.afterEach(async ({ page }) => {
  expect(page.errors).toEqual([]);
});

/** Scrolls the paragraph `id` into the reading band (its middle at the screen's), as a reader would. */
async function read(page, id) {
  const paragraph = page.locator(`#${id}`);
  await paragraph.evaluate((p) => {
    const box = p.getBoundingClientRect();
    window.scrollBy(0, box.top + box.height / 2 - window.innerHeight / 2);
  });
  await expect(paragraph).toHaveClass(/ex-paragraph--active/);
  await nextFrame(page);
}

/** The marks and list items of the visuals that stand for `id`, and those of them lit softly. */
const marks = (page, id) => page.locator(`.ex-visual [data-figure="${id}"], .ex-visual [data-event="${id}"]`);
const soft = (page, id) => page.locator(`.ex-visual [data-figure="${id}"].is-read, .ex-visual [data-event="${id}"].is-read`);

for (const width of [390, 1280]) {
  test(`scrolling the article lights each paragraph's figures in its visuals, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./');
    await waitForHydration(page);
    // The strategy of 2013, on the timeline; still lit as the timeline itself scrolls through
    // the middle of the screen (on a phone it follows its paragraph).
    await read(page, 'p1');
    expect(await soft(page, 'strategy').count()).toBeGreaterThan(0);
    await page.locator('figure#timeline .ex-visual-graphic').evaluate((g) => {
      const box = g.getBoundingClientRect();
      window.scrollBy(0, box.top + box.height / 2 - window.innerHeight / 2);
    });
    await nextFrame(page);
    await nextFrame(page);
    await expect(soft(page, 'strategy').first()).toBeAttached();

    // The regularisations: the two campaigns on the timeline, the people and the share.
    await read(page, 'p2');
    for (const id of ['regularisation-first', 'regularisation-second', 'regularised', 'regularised-subsaharan-share']) {
      expect(await soft(page, id).count(), id).toBeGreaterThan(0);
    }
    // Every item listed for them is lit, in every list that shows it.
    for (const id of ['regularisation-first', 'regularised']) {
      await expect(page.locator(`[role="option"][data-figure="${id}"], [role="option"][data-event="${id}"]`).first()).toHaveClass(/is-read/);
    }
    await expect(page.locator('#returns .is-read')).toHaveCount(0);
    // A paragraph with no figure lights nothing.
    await read(page, 'p3');
    await expect(page.locator('.ex-visual .is-read')).toHaveCount(0);
    // The returns: what the text states, and what we computed from it.
    await read(page, 'p4');
    for (const id of ['returns-total', 'returns-2018', 'returns-before-2018', 'returns-of-2018']) {
      expect(await soft(page, id).count(), id).toBeGreaterThan(0);
    }
    await expect(soft(page, 'regularised')).toHaveCount(0);
    // Softly: a thinner line than the pointer's or the choice's.
    const bar = page.locator('#returns rect[data-figure="returns-2018"]');
    expect(await bar.evaluate((el) => getComputedStyle(el).strokeWidth)).toBe('1.5px');
    await bar.hover();
    await expect(bar).toHaveClass(/is-active/);
    expect(await bar.evaluate((el) => getComputedStyle(el).strokeWidth)).toBe('3px');
    await page.mouse.move(0, 0);
    // Enforcement.
    await read(page, 'p6');
    for (const id of ['attempts-foiled', 'networks-dismantled', 'boats-seized']) {
      expect(await soft(page, id).count(), id).toBeGreaterThan(0);
    }
    await expect(soft(page, 'returns-total')).toHaveCount(0);
    // Past the text, nothing is read.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(page.locator('.ex-visual .is-read')).toHaveCount(0);
    // Reading is not a choice: nothing pressed or selected, the URL unchanged, nothing said.
    await expect(page.locator('[aria-pressed="true"], [aria-selected="true"], .ex-visual .is-active')).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.locator('.ex-announcement')).toHaveText('');
  });
}

test('a tap wins in its visual, and the reading goes on lighting the others', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await waitForHydration(page);
  await read(page, 'p4');
  await expect(page.locator('#returns .is-read').first()).toBeAttached();
  // The reader taps 1400: it alone stands out in its visual, and it is said.
  await page.getByRole('button', { name: '1400', exact: true }).click();
  // The pointer leaves (scrolling would bring another mark under it, which it would light).
  await page.mouse.move(0, 0);
  await nextFrame(page);
  await expect(page.locator('#returns rect[data-figure="returns-2018"]')).toHaveClass(/is-active/);
  await expect(page.locator('#returns .is-read')).toHaveCount(0);
  await expect(page.locator('.ex-announcement')).not.toHaveText('');
  // Reading on: the next visual follows the text, the choice stays where it was made.
  await read(page, 'p6');
  expect(await soft(page, 'boats-seized').count()).toBeGreaterThan(0);
  await expect(page.locator('#returns rect[data-figure="returns-2018"]')).toHaveClass(/is-active/);
  await expect(page.locator('#returns .is-read')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '1400', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('without JavaScript, scrolling lights nothing and the page reads as before', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(new URL('./', test.info().project.use.baseURL).href);
  await page.locator('#p4').scrollIntoViewIfNeeded();
  await expect(page.locator('.ex-visual .is-read, .ex-paragraph--active')).toHaveCount(0);
  await expect(page.locator('#p4')).toContainText('1400');
  await context.close();
});

test.describe('an embed of one visual walks the sentences of the text', () => {
  const count = (page) => page.locator('.ex-steps-count');
  const shown = (page) => page.locator('.ex-steps li:not([hidden])');

  test('by its buttons and by the keyboard, lighting what each sentence says', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('embed/timeline/');
    await waitForHydration(page);
    const steps = page.locator('.ex-steps');
    await expect(steps).toBeVisible();
    await expect(steps).toHaveAttribute('aria-label', 'Dans le texte, phrase par phrase');
    await expect(count(page)).toHaveText('1 / 4');
    await expect(shown(page)).toHaveCount(1);
    await expect(shown(page)).toContainText('depuis 2013 une nouvelle stratégie');
    const back = page.getByRole('button', { name: 'Phrase précédente' });
    const on = page.getByRole('button', { name: 'Phrase suivante' });
    await expect(back).toHaveAttribute('aria-disabled', 'true');
    // It looks it: dimmed, where the other is not.
    await expect(back).toHaveCSS('opacity', '0.5');
    await expect(on).toHaveCSS('opacity', '1');
    // The first sentence's event is lit softly; nothing is chosen.
    expect(await soft(page, 'strategy').count()).toBeGreaterThan(0);
    await expect(page.locator('[aria-selected="true"], .is-active')).toHaveCount(0);
    // A button walks on.
    await on.click();
    await expect(count(page)).toHaveText('2 / 4');
    await expect(shown(page)).toContainText('2014 et 2017');
    await expect(back).toHaveAttribute('aria-disabled', 'false');
    await expect(back).toHaveCSS('opacity', '1');
    for (const id of ['regularisation-first', 'regularisation-second']) expect(await soft(page, id).count(), id).toBeGreaterThan(0);
    await expect(soft(page, 'strategy')).toHaveCount(0);
    // Keys, from the focused button: the next, the last, the first; never past an end.
    await on.focus();
    await page.keyboard.press('ArrowRight');
    await expect(count(page)).toHaveText('3 / 4');
    await page.keyboard.press('End');
    await expect(count(page)).toHaveText('4 / 4');
    await expect(on).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(count(page)).toHaveText('4 / 4');
    await page.keyboard.press('Home');
    await expect(count(page)).toHaveText('1 / 4');
    await page.keyboard.press('ArrowLeft');
    await expect(count(page)).toHaveText('1 / 4');
    // Each sentence is read out as it shows (the list is a polite live region).
    await expect(page.locator('.ex-steps ol')).toHaveAttribute('aria-live', 'polite');
    // A choice wins in the visual.
    await page.locator('[role="option"][data-event="strategy"]').click();
    await page.mouse.move(0, 0);
    await nextFrame(page);
    await expect(page.locator('.ex-visual .is-read')).toHaveCount(0);
    await expect(page.locator('[role="option"][data-event="strategy"]')).toHaveAttribute('aria-selected', 'true');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('right to left, the left arrow walks on', async ({ page }) => {
    await page.goto('ar/embed/timeline/');
    await waitForHydration(page);
    await page.locator('.ex-steps button').last().focus();
    await page.keyboard.press('ArrowLeft');
    await expect(count(page)).toHaveText('2 / 4');
    await page.keyboard.press('ArrowRight');
    await expect(count(page)).toHaveText('1 / 4');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a visual whose items come from one sentence shows it, with nothing to walk or light', async ({ page }) => {
    await page.goto('embed/returns/');
    await waitForHydration(page);
    await expect(shown(page)).toContainText('22.000 immigrés ont bénéficié');
    await expect(page.locator('.ex-steps button, .ex-steps-count')).toHaveCount(0);
    await expect(page.locator('.ex-visual .is-read')).toHaveCount(0);
  });

  test('the steps keep their room before the page is live, invisible, and without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL('embed/timeline/', test.info().project.use.baseURL).href);
    const steps = page.locator('.ex-steps');
    await expect(steps).toBeAttached();
    expect(await steps.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    const height = await steps.evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(40);
    await context.close();
  });
});
