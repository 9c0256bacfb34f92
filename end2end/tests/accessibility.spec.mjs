// WCAG 2.2 AA in a real browser: axe-core finds nothing at three widths, in both themes, in
// three states; a keyboard alone reaches every figure and every event, and the live region
// says what each one is.
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.mjs';
import { watchErrors, waitForHydration, nextFrame } from './errors.mjs';

const states = {
  'first state': async () => {},
  'a figure selected': async (page) => {
    await page.getByRole('button', { name: '1400', exact: true }).click();
  },
  'a data table open': async (page) => {
    await page.locator('#returns summary').click();
    await expect(page.locator('#returns table')).toBeVisible();
  },
};

test('every embed page is one main landmark whose lists are named after their visuals, and axe finds nothing', async ({ page }) => {
  await page.goto('./');
  const charts = await page.locator('figure.ex-visual').evaluateAll((figures) => figures.map((figure) => figure.id));
  // On the full page, every list has a name of its own.
  const names = await page.getByRole('listbox').evaluateAll((lists) => lists.map((list) => list.getAttribute('aria-label')));
  expect(new Set(names).size).toBe(names.length);
  await expect(page.getByRole('main')).toHaveCount(1);
  for (const path of ['embed/', ...charts.map((chart) => `embed/${chart}/`)]) {
    await page.goto(`${path}`);
    await waitForHydration(page);
    await expect(page.getByRole('main')).toHaveCount(1);
    expect(await axeViolations(page), path).toEqual([]);
  }
});

for (const width of [320, 768, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    for (const [state, reach] of Object.entries(states)) {
      test(`axe finds no violation at ${width} px, ${colorScheme}, ${state}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto('./');
        await waitForHydration(page);
        await reach(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
}

test('Tab and arrows alone reach every mention and every event, and the live region names each', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await waitForHydration(page);
  const live = page.locator('[aria-live="polite"]');
  const mentions = await page.locator('.ex-mention').evaluateAll((els) => els.map((el) => el.id));
  const events = await page.locator('#timeline [role="option"]').evaluateAll((els) => els.map((el) => el.dataset.event));
  const reachedMentions = new Map();
  const reachedEvents = new Map();

  // Tab through the whole page once; in the timeline, walk its events with the arrow key.
  for (let press = 0; press < 80; press++) {
    await page.keyboard.press('Tab');
    await nextFrame(page);
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return { id: el.id, role: el.getAttribute('role'), event: el.dataset.event, mention: el.classList.contains('ex-mention') };
    });
    if (focused.mention) {
      await expect(live).not.toHaveText('');
      reachedMentions.set(focused.id, await live.textContent());
    }
    if (focused.role === 'option' && focused.event) {
      for (let step = 0; step < events.length; step++) {
        const event = await page.evaluate(() => document.activeElement.dataset.event);
        await expect(live).not.toHaveText('');
        reachedEvents.set(event, await live.textContent());
        await page.keyboard.press('ArrowDown');
        await nextFrame(page);
      }
    }
    if (reachedMentions.size === mentions.length && reachedEvents.size === events.length) break;
  }

  expect([...reachedMentions.keys()].sort()).toEqual([...mentions].sort());
  expect([...reachedEvents.keys()].sort()).toEqual([...events].sort());
  // What the live region said: the value in words with its qualifier, read as one number.
  expect(reachedMentions.get('regularised')).toBe('environ 50000 migrants régularisés, 2014–2017');
  expect(reachedMentions.get('attempts-foiled')).toBe("plus de 54000 tentatives d'immigration clandestine avortées, 2018");
  expect(reachedMentions.get('strategy')).toBe("2013, Adoption d'une nouvelle stratégie nationale de l'immigration");
  expect(reachedEvents.get('enforcement-of-2018')).toBe('2018, Tentatives avortées, réseaux démantelés, embarcations saisies');
  expect(errors).toEqual([]);
});

test('a tooltip shows on focus and on hover, and Escape closes it', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  const mention = page.getByRole('button', { name: '74', exact: true });
  const tipShown = () => mention.evaluate((el) => getComputedStyle(el.parentElement, '::after').display !== 'none');
  expect(await tipShown()).toBe(false);
  await mention.focus();
  expect(await tipShown()).toBe(true);
  await expect(mention).toHaveAccessibleDescription('74 réseaux criminels démantelés (2018)');
  await page.keyboard.press('Escape');
  expect(await tipShown()).toBe(false);
  await mention.blur();
  await mention.hover();
  expect(await tipShown()).toBe(true);
});

test('each visual has a name, a description from the data, and a table with a caption', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  const returns = page.getByRole('figure', { name: 'Retours volontaires des migrants' });
  await expect(returns).toHaveAccessibleDescription(/22000 .* 1400 .* 20600 .*un nombre calculé/);
  await expect(returns.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  await returns.getByText('Les données en tableau').click();
  const table = returns.getByRole('table', { name: 'Retours volontaires des migrants' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table).toContainText('calculé : 22\u202f000 − 1\u202f400');
  // The description from the data, then the notes drawn from the text where a chart has them.
  await expect(returns).toHaveAccessibleDescription(/un nombre calculé.*\.\sA\s22\s000\smigrants\s:\s«\sdans des conditions respectant leur dignité et leurs droits\s»$/);
  for (const [id, notes] of [['timeline', true], ['regularisation', false], ['returns', true], ['enforcement', false]]) {
    await expect(page.locator(`#${id}`)).toHaveAttribute('aria-describedby', notes ? `${id}_description ${id}_notes` : `${id}_description`);
    await expect(page.locator(`#${id} table caption`)).not.toBeEmpty();
  }
});

test('text at 200 % keeps everything readable at 320 px with no horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  await page.goto('./');
  await waitForHydration(page);
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  await page.setViewportSize({ width: 320, height: 900 });
  await page.waitForTimeout(200);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  // Year labels on the timeline keep apart at this size.
  const years = await page.locator('#timeline .ex-tick-label').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()));
  for (let i = 1; i < years.length; i++) expect(years[i].left).toBeGreaterThanOrEqual(years[i - 1].right);
});

test('with reduced motion nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  const animated = await page.evaluate(() =>
    [...document.querySelectorAll('.ex *')].filter((el) => {
      const style = getComputedStyle(el);
      return style.animationName !== 'none' || parseFloat(style.transitionDuration) > 0;
    }).length,
  );
  expect(animated).toBe(0);
});
