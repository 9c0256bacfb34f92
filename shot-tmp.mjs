import { chromium } from 'playwright';
const [url, width, out, sel] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url);
await page.waitForTimeout(800);
const el = page.locator(sel).first();
await el.scrollIntoViewIfNeeded(); await el.screenshot({ path: out });
await browser.close();
