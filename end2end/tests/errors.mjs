// Collects what a page reports as wrong: console errors and uncaught exceptions.
export function watchErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}

// Resolves once the WASM has brought the page to life: `main` marks the root when it is done.
export async function waitForHydration(page) {
  await page.locator('#explainer[data-live]').waitFor({ state: 'attached' });
}

// Resolves after the page's next animation frame: the live page shows a change of the reader's
// state in the frame after the event, so what it shows is read after that frame.
export async function nextFrame(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
}
