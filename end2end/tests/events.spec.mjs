// Events a host can count (issue #32): what a reader does in the explainer (a choice, a
// download, a step through the text) is told to the page around it, with nothing sent
// anywhere else: as DOM events from the explainer's root on its own page, and from an embed's
// frame as messages to its host's origin, which the explainer's loader dispatches again as
// events from the frame's element.
import { test, expect } from '@playwright/test';
import { watchErrors, waitForHydration } from './errors.mjs';

const HOST = 'http://127.0.0.1:8083/end2end/hosts/events.html';

test('a host page counts the choices, steps and downloads made in its embed', async ({ page }) => {
  const errors = watchErrors(page);
  const requests = [];
  page.on('request', (request) => request.url().startsWith('http') && requests.push(new URL(request.url()).origin));
  await page.goto(HOST);
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('#explainer[data-live]')).toBeAttached({ timeout: 15000 });
  const told = () => page.evaluate(() => window.told);
  // A choice, by its id and the embed's key.
  await frame.getByRole('option').nth(1).click();
  await expect.poll(told).toContainEqual({
    type: 'explainer:choose',
    from: 'embed',
    detail: { type: 'explainer:choose', key: 'maroc-migrations.timeline', id: 'regularisation-first' },
  });
  // A step through the text, walked by the reader (the first, shown as the page opened, is not).
  expect((await told()).filter((t) => t.type === 'explainer:step')).toEqual([]);
  await frame.getByRole('button', { name: 'Phrase suivante' }).click();
  await expect.poll(told).toContainEqual({
    type: 'explainer:step',
    from: 'embed',
    detail: { type: 'explainer:step', key: 'maroc-migrations.timeline', step: 2, count: 4 },
  });
  // Downloads, by format.
  for (const [name, format] of [['SVG', 'svg'], ['Données (CSV)', 'csv'], ['PNG', 'png']]) {
    await Promise.all([page.waitForEvent('download'), frame.locator('.ex-downloads').getByText(name, { exact: true }).click()]);
    await expect.poll(told).toContainEqual({
      type: 'explainer:download',
      from: 'embed',
      detail: { type: 'explainer:download', key: 'maroc-migrations.timeline', format },
    });
  }
  // Each also came as a message from the explainer's origin, for hosts without the loader.
  const messages = await page.evaluate(() => window.messages);
  expect(messages.length).toBeGreaterThanOrEqual(5);
  expect(new Set(messages.map((m) => m.origin))).toEqual(new Set(['http://127.0.0.1:8081']));
  // Nothing went to any origin but the host's and the explainer's.
  expect(new Set(requests)).toEqual(new Set(['http://127.0.0.1:8083', 'http://127.0.0.1:8081']));
  expect(errors).toEqual([]);
});

test('on its own page, the explainer tells the same as DOM events from its root', async ({ page }) => {
  await page.addInitScript(() => {
    window.told = [];
    for (const type of ['explainer:choose', 'explainer:download', 'explainer:step']) {
      document.addEventListener(type, (event) => window.told.push({ type: event.type, from: event.target.id, detail: event.detail }));
    }
  });
  await page.goto('./');
  await waitForHydration(page);
  await page.getByRole('button', { name: '74', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.told)).toEqual([
    { type: 'explainer:choose', from: 'explainer', detail: { type: 'explainer:choose', key: 'maroc-migrations', id: 'networks-dismantled' } },
  ]);
  // Pressed again, the mention lets go: nothing is chosen, and nothing is told.
  await page.getByRole('button', { name: '74', exact: true }).click();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => window.told.length)).toBe(1);
});
