// Browser tests against the release bundles, in Debian's Chromium (never a downloaded browser).
import { readdirSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Every other example article (content/examples/*.toml but short.toml, which has its own
// tests), each built by scripts/test.sh into target/dist-examples/<name> and served on a port
// of its own, under its real policy.
const examples = readdirSync(new URL('../content/examples/', import.meta.url))
  .filter((file) => file.endsWith('.toml') && file !== 'short.toml')
  .map((file) => file.slice(0, -'.toml'.length))
  .sort();
const examplePort = (index) => 8100 + index;

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
    { name: 'article', testIgnore: /(examples?|draft|exact)\.spec/, use: { baseURL: 'http://127.0.0.1:8081' } },
    // A draft of the article, made by scripts/draft.sh from its raw source, from `target/dist-draft/`.
    { name: 'draft', testMatch: /draft\.spec/, use: { baseURL: 'http://127.0.0.1:8090' } },
    // The second, short article, from `target/dist-example/`.
    { name: 'example', testMatch: /(example|hosts|images)\.spec/, use: { baseURL: 'http://127.0.0.1:8082' } },
    ...examples.map((name, index) => ({
      name: `examples/${name}`,
      testMatch: /(examples|hosts|images|exact)\.spec/,
      use: { baseURL: `http://127.0.0.1:${examplePort(index)}` },
    })),
  ],
  webServer: [
    { command: 'node end2end/serve.mjs dist 8081', url: 'http://127.0.0.1:8081/', cwd: '..', reuseExistingServer: false },
    { command: 'node end2end/serve.mjs target/dist-example 8082', url: 'http://127.0.0.1:8082/', cwd: '..', reuseExistingServer: false },
    { command: 'node end2end/serve.mjs target/dist-draft 8090', url: 'http://127.0.0.1:8090/', cwd: '..', reuseExistingServer: false },
    // Host pages of newsrooms that embed the explainer: another origin (another port), and a
    // third one through the name `localhost`.
    { command: 'node end2end/serve.mjs . 8083', url: 'http://127.0.0.1:8083/end2end/hosts/loader.html', cwd: '..', reuseExistingServer: false },
    ...examples.map((name, index) => ({
      command: `node end2end/serve.mjs target/dist-examples/${name} ${examplePort(index)}`,
      url: `http://127.0.0.1:${examplePort(index)}/`,
      cwd: '..',
      reuseExistingServer: false,
    })),
  ],
});
