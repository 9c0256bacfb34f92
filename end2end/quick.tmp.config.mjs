import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: './tests', outputDir: './test-results', fullyParallel: true, workers: 2, retries: 0, reporter: [['list']],
  use: { browserName: 'chromium', launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run','--disable-sync'] }, baseURL: 'http://127.0.0.1:8081' },
  webServer: [{ command: 'node end2end/serve.mjs dist 8081', url: 'http://127.0.0.1:8081/', cwd: '..', reuseExistingServer: false }],
});
