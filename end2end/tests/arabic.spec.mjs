// The explainer in Arabic: a translation, right to left, with numbers as Moroccan newsrooms
// write them (`50.000`, `90%`, Western digits); the reading paths of the French page, mirrored:
// the timeline and the bars run from the right, and the arrow keys follow what the reader sees.
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.mjs';
import { nextFrame, watchErrors, waitForHydration } from './errors.mjs';
import { expectLinkedBothWays } from './linked.mjs';

const CHARTS = ['timeline', 'regularisation', 'returns', 'enforcement'];

test.beforeEach(async ({ page }) => {
  page.errors = watchErrors(page);
});

test.afterEach(async ({ page }) => {
  expect(page.errors).toEqual([]);
});

test('the Arabic page and every Arabic embed are pre-rendered right to left, in Arabic', async ({ page, request }) => {
  for (const path of ['ar/', 'ar/embed/', ...CHARTS.map((chart) => `ar/embed/${chart}/`)]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain('<html lang="ar" dir="rtl"');
    expect(html, path).toContain('data-lang="ar"');
  }
  await page.goto('ar/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('المغرب: حصيلة سياسة الهجرة أمام مجلس الحكومة');
  await expect(page.locator('#p2')).toContainText('لحوالي 50.000 مهاجر، 90% منهم');
  await expect(page.locator('.ex-translation')).toContainText('ترجمة للأصل الفرنسي');
  // Lines start on the right: the title's right edge is the page's.
  const title = await page.getByRole('heading', { level: 1 }).boundingBox();
  const main = await page.locator('main').boundingBox();
  expect(main.x + main.width - (title.x + title.width)).toBeLessThan(40);
  await page.getByRole('link', { name: 'قراءة الأصل (بالفرنسية)' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:8081\/maroc-migrations\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).not.toHaveAttribute('dir', 'rtl');
});

test('numbers, dates and spans as Moroccan newsrooms write them, read aloud as one number', async ({ page }) => {
  await page.goto('ar/');
  await expect(page.locator('.ex-kicker')).toHaveText('الهجرة · المغرب · شتنبر 2018');
  await expect(page.locator('#returns .ex-legend')).toContainText('22.000 مهاجر');
  await expect(page.locator('#returns .ex-legend')).toContainText('1.400 مهاجر');
  await expect(page.locator('#returns .ex-legend')).toContainText('(من 2014 إلى 2017)');
  await expect(page.locator('#regularisation .ex-legend')).toContainText('90\u200e%\u200e');
  await expect(page.locator('#regularisation .ex-legend')).toContainText('≈\u00a050.000 مهاجر');
  await expect(page.locator('#enforcement')).toContainText('>\u00a054.000');
  // The same as the browser's own CLDR data writes them for Morocco (group `.`, decimal `,`).
  const cldr = await page.evaluate(() => [22000, 1400, 12.5].map((n) => new Intl.NumberFormat('ar-MA').format(n)));
  expect(cldr).toEqual(['22.000', '1.400', '12,5']);
  await waitForHydration(page);
  await page.getByRole('button', { name: '54.000', exact: true }).focus();
  await expect(page.locator('[aria-live="polite"]')).toHaveText('أكثر من 54000 محاولة للهجرة غير الشرعية تم إحباطها، 2018');
});

test('in Arabic, a mention lights its marks and its sentence, and the list leads back to the text', async ({ page }) => {
  await page.goto('ar/');
  await waitForHydration(page);
  const mention = page.getByRole('button', { name: '1400', exact: true });
  await mention.click();
  await expect(mention).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('rect[data-figure="returns-2018"]')).toHaveClass(/is-active/);
  await expect(page.locator('.ex-sentence--source')).toContainText('من بينهم 1400 برسم سنة 2018');
  await expect(page.locator('[aria-live="polite"]')).toHaveText('1400 مهاجر عادوا طوعيا خلال السنة، 2018');
  await expect(page).toHaveURL(/\/ar\/#returns-2018$/);
  // The readout quotes the text between Moroccan quotation marks.
  const readout = page.locator('#returns [data-readout="returns-2018"]');
  await expect(readout).toContainText('من بينهم 1400 برسم سنة 2018');
  const quotes = await readout.locator('q').evaluate((q) => getComputedStyle(q).quotes);
  expect(quotes).toContain('«');
  // And back: the list's other item, then its way to the text.
  await page.locator('#returns [role="option"][data-figure="returns-total"]').click();
  await expect(page.locator('.ex-sentence--source')).toContainText('22.000 مهاجر استفادوا');
  // Every other number of the text, and every item of every list, both ways; axe-core.
  await expectLinkedBothWays(page, 'ar/');
});

test('the timeline and the bars run from the right, as the text does', async ({ page }) => {
  await page.goto('ar/');
  await waitForHydration(page);
  const x = async (selector) => {
    const box = await page.locator(selector).first().boundingBox();
    return box.x + box.width / 2;
  };
  // The earliest event is the rightmost; the statement's year is to the left.
  expect(await x('#timeline rect[data-event="strategy"]')).toBeGreaterThan(await x('#timeline rect[data-event="returns-of-2018"]'));
  // Zero is on the right of the bar's axis.
  const ticks = page.locator('#returns svg text');
  const zero = await ticks.filter({ hasText: /^0$/ }).boundingBox();
  const far = await ticks.filter({ hasText: /^20\.000$/ }).boundingBox();
  expect(zero.x).toBeGreaterThan(far.x);
  // A graphic written again by the browser at another width stays mirrored.
  await page.setViewportSize({ width: 1280, height: 900 });
  await nextFrame(page);
  await nextFrame(page);
  expect(await x('#timeline rect[data-event="strategy"]')).toBeGreaterThan(await x('#timeline rect[data-event="returns-of-2018"]'));
});

test('arrow keys follow what the reader sees: left is the next event, right the one before', async ({ page }) => {
  await page.goto('ar/');
  await waitForHydration(page);
  const timeline = page.getByRole('listbox', { name: /أحداث الخط الزمني/ });
  const options = timeline.getByRole('option');
  await options.first().focus();
  await page.keyboard.press('ArrowLeft');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\/ar\/#enforcement-of-2018$/);
  await page.keyboard.press('Home');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
});

test('a deep link opens the Arabic page with its selection, and back and forward follow it', async ({ page }) => {
  await page.goto('ar/#boats-seized');
  await waitForHydration(page);
  const boats = page.getByRole('button', { name: '1900', exact: true });
  await expect(boats).toHaveAttribute('aria-pressed', 'true');
  await expect(boats).toBeInViewport();
  // The focused 1900 shows its tooltip, over the 74 on the line above: a pointer still
  // reaches the 74 through it (a tooltip shown by the focus alone takes no pointer).
  const networks = page.getByRole('button', { name: '74', exact: true });
  const box = await networks.boundingBox();
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  expect(hit).toBe('74');
  await networks.click();
  await expect(page).toHaveURL(/\/ar\/#networks-dismantled$/);
  await page.goBack();
  await expect(boats).toHaveAttribute('aria-pressed', 'true');
});

test('the language switch offers the other languages and keeps the selection', async ({ page }) => {
  await page.goto('./');
  await waitForHydration(page);
  const languages = page.getByRole('navigation', { name: 'Langues' }).getByRole('link');
  await expect(languages).toHaveText(['English', 'العربية', 'Español']);
  await page.getByRole('button', { name: '1900', exact: true }).click();
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/#boats-seized$/);
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: '1900', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('navigation', { name: 'اللغات' }).getByRole('link')).toHaveText(['Français', 'English', 'Español']);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/#boats-seized$/);
  await page.goto('embed/returns/?lang=ar');
  await expect(page).toHaveURL(/\/ar\/embed\/returns\/$/);
  await expect(page.getByRole('figure', { name: 'العودة الطوعية للمهاجرين' })).toBeVisible();
});

test('nothing scrolls sideways from 320 to 1280 px, on the page and on every embed', async ({ page }, info) => {
  for (const width of [320, 375, 768, 1024, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['ar/', ...CHARTS.map((chart) => `ar/embed/${chart}/`)]) {
      await page.goto(path);
      await waitForHydration(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width} px`).toBe(0);
    }
    await page.goto('ar/');
    await page.screenshot({ path: info.outputPath(`arabic-${width}.png`), fullPage: true });
  }
});

test('Arabic glyphs are drawn, not empty boxes, in the text and in the graphics', async ({ page }) => {
  await page.goto('ar/');
  await waitForHydration(page);
  // A word in the font the page gives it, against the same number of characters that no font
  // has (each drawn as the same missing-glyph box): real glyphs differ in width from boxes.
  const widths = await page.evaluate(() => {
    const measure = (element, text) => {
      const probe = document.createElement('span');
      probe.textContent = text;
      element.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width;
    };
    const sample = (element) => ({
      word: measure(element, 'الهجرة'),
      boxes: measure(element, '\u0378'.repeat(6)),
      other: measure(element, 'المغرب'),
    });
    return {
      text: sample(document.querySelector('#p1')),
      title: sample(document.querySelector('h1')),
      svg: (() => {
        const label = [...document.querySelectorAll('#timeline svg text')].find((t) => /[\u0600-\u06ff]/.test(t.textContent)) ?? document.querySelector('#timeline svg text');
        return label.getComputedTextLength();
      })(),
    };
  });
  for (const sample of [widths.text, widths.title]) {
    expect(sample.word).toBeGreaterThan(0);
    expect(Math.abs(sample.word - sample.boxes)).toBeGreaterThan(1);
    // Two words of six letters: boxes would be exactly as wide, glyphs are not.
    expect(Math.abs(sample.word - sample.other)).toBeGreaterThan(0.5);
  }
  expect(widths.svg).toBeGreaterThan(0);
});

test('axe finds no violation on the Arabic page and its embeds', async ({ page }) => {
  await page.goto('ar/');
  await waitForHydration(page);
  await page.getByRole('button', { name: '22.000', exact: true }).click();
  expect(await axeViolations(page)).toEqual([]);
  for (const chart of CHARTS) {
    await page.goto(`ar/embed/${chart}/`);
    await waitForHydration(page);
    await page.locator('[role="option"]').first().click();
    expect(await axeViolations(page), chart).toEqual([]);
  }
});

test('the Arabic downloads are in Arabic: CSV in UTF-8, SVG right to left, the PNG of its language', async ({ page }) => {
  await page.goto('ar/');
  await waitForHydration(page);
  const { readFile } = await import('node:fs/promises');
  const save = async (name) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#returns .ex-downloads').getByText(name, { exact: true }).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  };
  const csv = (await save('البيانات (CSV)')).bytes;
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain('returns-2018,عادوا طوعيا خلال السنة,1400,people,exact,2018,false,,من بينهم 1400 برسم سنة 2018,مهاجرين');
  const svg = (await save('SVG')).bytes.toString('utf8');
  expect(svg).toContain('direction="rtl"');
  expect(svg).toContain('<title>العودة الطوعية للمهاجرين</title>');
  expect(svg).toContain('Amiri');
  const png = await save('PNG');
  expect([...png.bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  const served = await (await page.request.get('ar/images/returns-web.png')).body();
  expect(png.bytes.equals(served)).toBe(true);
});

test("each Arabic embed's first height, estimated from its content, fits it on a 375 px phone", async ({ page, request }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  for (const path of [...CHARTS.map((chart) => `ar/embed/${chart}/`), 'ar/embed/']) {
    const oembed = await (await request.get(`${path}oembed.json`)).json();
    await page.goto(path);
    await waitForHydration(page);
    const actual = await page.evaluate(() => document.documentElement.offsetHeight);
    expect(Math.abs(oembed.height - actual) / actual, `${path}: initial ${oembed.height}, actual ${actual}`).toBeLessThanOrEqual(0.1);
  }
});
