import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: './tests', outputDir: './test-results', fullyParallel: true, workers: 2, retries: 0, reporter: [['list']],
  use: { browserName: 'chromium', launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run','--disable-sync'] }, baseURL: 'http://127.0.0.1:8095' },
  webServer: [{ command: 'node end2end/serve.mjs target/dist-examples/naql 8095', url: 'http://127.0.0.1:8095/', cwd: '..', reuseExistingServer: false }],
});
