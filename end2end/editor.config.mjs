// The editor's loop (scripts/editor.mjs), in Debian's Chromium: a draft made by
// scripts/draft.sh from a raw article, served, edited, refused and fixed. Run on its own by
// scripts/test.sh after the other browser tests, as its builds would slow theirs.
import { defineConfig } from '@playwright/test';
import config from './playwright.config.mjs';

export const CONTENT = 'target/editor/short.toml';
const port = 8092;

export default defineConfig({
  testDir: './editor',
  outputDir: './test-results/editor',
  workers: 1,
  retries: 0,
  timeout: 10 * 60 * 1000,
  reporter: [['list']],
  use: { ...config.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command:
      `mkdir -p target/editor && scripts/draft.sh content/sources/short.txt --content-dir target/editor > ${CONTENT} && ` +
      `EXPLAINER_CONTENT=${CONTENT} EXPLAINER_DIST=target/dist-editor PORT=${port} node scripts/editor.mjs`,
    url: `http://127.0.0.1:${port}/__editor/ready`,
    cwd: '..',
    timeout: 15 * 60 * 1000,
    reuseExistingServer: false,
  },
});
