// What host pages' tests share: a reader scrolling through, and the host's own layout shift
// (`window.hostShift`, which each host page sums from its layout-shift entries).
/** Scrolls to the bottom in steps, as a reader does, and returns the host's layout shift. */
export async function scrollThrough(page) {
  const bottom = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= bottom; y += 300) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(500);
  return page.evaluate(() => window.hostShift);
}
