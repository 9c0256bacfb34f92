import { chromium } from 'playwright';
const [url, sel, out, width] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width || 1280), height: 900 } });
await page.goto(url);
await page.waitForTimeout(1200);
await page.locator(sel).first().screenshot({ path: out });
await browser.close();
