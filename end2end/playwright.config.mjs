// Browser tests against the site that scripts/test.sh builds (scripts/build.sh: every explainer
// of content/ and a draft, one engine), in Debian's Chromium (never a downloaded browser).
import { readdirSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Every other example article (content/examples/*.toml but short.toml, which has its own
// tests): each an explainer of the one site that scripts/test.sh builds, at /<name>/.
const examples = readdirSync(new URL('../content/examples/', import.meta.url))
  .filter((file) => file.endsWith('.toml') && file !== 'short.toml')
  .map((file) => file.slice(0, -'.toml'.length))
  .sort();
// The site: every explainer in a folder of its own, under the real policy.
const SITE = 'http://127.0.0.1:8081/';

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
    // The site itself: its index, its engine shared by every explainer, its server.
    { name: 'site', testMatch: /(site|editor-app|editor-forms)\.spec/, use: { baseURL: SITE } },
    // The project's article.
    { name: 'article', testIgnore: /(examples?|draft|exact|site|editor-app|editor-forms)\.spec/, use: { baseURL: `${SITE}maroc-migrations/` } },
    // A draft of the article, made by scripts/draft.sh from its raw source.
    { name: 'draft', testMatch: /draft\.spec/, use: { baseURL: `${SITE}draft/` } },
    // The second, short article.
    { name: 'example', testMatch: /(example|hosts|images)\.spec/, use: { baseURL: `${SITE}short/` } },
    ...examples.map((name) => ({
      name: `examples/${name}`,
      testMatch: /(examples|hosts|images|exact)\.spec/,
      use: { baseURL: `${SITE}${name}/` },
    })),
  ],
  webServer: [
    { command: 'node end2end/serve.mjs dist 8081', url: SITE, cwd: '..', reuseExistingServer: false },
    // Host pages of newsrooms that embed the explainer: another origin (another port), and a
    // third one through the name `localhost`.
    { command: 'node end2end/serve.mjs . 8083', url: 'http://127.0.0.1:8083/end2end/hosts/loader.html', cwd: '..', reuseExistingServer: false },
  ],
});
