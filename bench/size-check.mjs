// The test command's size check, on a built site: fails when an explainer page's WASM or its
// total transfer (gzip) passes the ceilings in bench/budgets.json (`test_ceiling`), or when any
// page's first HTML does (`first_html_gzip`: with its headers, the first response must fit the
// first round trip of a phone's connection). The WASM and total ceilings are the sizes reached,
// plus about a kilobyte: they hold what has been won, so that a change that makes the page
// heavier fails the tests.
//
// Usage: node bench/size-check.mjs [dist] [page]   (page: the explainer page whose transfer is
// summed, default the seed's, maroc-migrations/index.html)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { downloads, total } from './sizes.mjs';

const dist = process.argv[2] ?? 'dist';
const page = process.argv[3] ?? 'maroc-migrations/index.html';
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const { test_ceiling: ceiling } = budgets;
const files = downloads(dist, page);
const wasm = files.find((f) => f.name.endsWith('.wasm'));
if (!wasm) {
  console.error(`size check: no WASM is linked from ${dist}/${page}`);
  process.exit(1);
}
const sum = total(files, 'gzip');
let failed = false;
for (const [what, value, limit, goal] of [
  ['WASM', wasm.gzip, ceiling.wasm_gzip, budgets.wasm_gzip],
  [`total of ${page}`, sum, ceiling.total_gzip, budgets.total_gzip],
]) {
  const ok = value <= limit;
  failed ||= !ok;
  console.log(`size check: ${what} ${value} B gzip, ceiling ${limit}: ${ok ? 'ok' : 'OVER'} (issue budget ${goal}: ${value <= goal ? 'met' : `over by ${value - goal}`})`);
}

// Every page of the site, the heaviest first.
const pages = [];
const walk = (folder) => {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.html')) pages.push({ name: relative(dist, path), gzip: gzipSync(readFileSync(path), { level: 9 }).length });
  }
};
walk(dist);
pages.sort((a, b) => b.gzip - a.gzip);
const over = pages.filter((p) => p.gzip > budgets.first_html_gzip);
failed ||= over.length > 0;
console.log(`size check: first HTML of ${pages.length} pages, the heaviest ${pages[0]?.gzip} B gzip (${pages[0]?.name}), budget ${budgets.first_html_gzip}: ${over.length ? `${over.length} OVER` : 'ok'}`);
for (const p of over) console.log(`  over: ${p.name} ${p.gzip} B`);
// The editor's bundle, at /editor/: no reader's page loads it, so it is printed, not held.
const editor = join(dist, 'editor');
if (statSync(editor, { throwIfNoEntry: false })?.isDirectory()) {
  const bundle = readdirSync(editor).filter((name) => /\.(wasm|js|css)$/.test(name));
  const gzip = (names) => names.reduce((sum, name) => sum + gzipSync(readFileSync(join(editor, name)), { level: 9 }).length, 0);
  // The preview's worker (`preview*`) loads only when the preview is opened.
  const worker = bundle.filter((name) => name.startsWith('preview'));
  const start = bundle.filter((name) => !worker.includes(name));
  console.log(
    `size check: the editor's bundle ${gzip(start)} B gzip at start-up, and its preview's worker ${gzip(worker)} B gzip when the preview opens (its own, at /editor/; no ceiling)`,
  );
}
process.exit(failed ? 1 : 0);
