// Browser tests against the release bundles, in Debian's Chromium (never a downloaded browser).
import { defineConfig } from '@playwright/test';

const chromium = {
  browserName: 'chromium',
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: { ...chromium, trace: 'off' },
  projects: [
    // The project's article, from `dist/`.
    { name: 'article', testIgnore: /example\.spec/, use: { baseURL: 'http://127.0.0.1:8081' } },
    // The second, short article, from `target/dist-example/`.
    { name: 'example', testMatch: /example\.spec/, use: { baseURL: 'http://127.0.0.1:8082' } },
  ],
  webServer: [
    { command: 'node end2end/serve.mjs dist 8081', url: 'http://127.0.0.1:8081/', cwd: '..', reuseExistingServer: false },
    { command: 'node end2end/serve.mjs target/dist-example 8082', url: 'http://127.0.0.1:8082/', cwd: '..', reuseExistingServer: false },
    // Host pages of newsrooms that embed the explainer: another origin (another port), and a
    // third one through the name `localhost`.
    { command: 'node end2end/serve.mjs . 8083', url: 'http://127.0.0.1:8083/end2end/hosts/loader.html', cwd: '..', reuseExistingServer: false },
  ],
});
