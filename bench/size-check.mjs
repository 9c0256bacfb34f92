// The test command's size check: fails when the page's WASM or its total transfer (gzip) passes
// the ceilings in bench/budgets.json (`test_ceiling`). The ceilings are the sizes reached, well
// under the budgets (see README, "Size and speed"), plus about a kilobyte: they hold what has
// been won, so that a change that makes the page heavier fails the tests.
//
// Usage: node bench/size-check.mjs [dist]
import { readFileSync } from 'node:fs';
import { downloads, total } from './sizes.mjs';

const dist = process.argv[2] ?? 'dist';
const { test_ceiling: ceiling, wasm_gzip: budget, total_gzip: totalBudget } = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const files = downloads(dist);
const wasm = files.find((f) => f.name.endsWith('.wasm'));
if (!wasm) {
  console.error(`size check: no WASM is linked from ${dist}/index.html`);
  process.exit(1);
}
const sum = total(files, 'gzip');
let failed = false;
for (const [what, value, limit, goal] of [['WASM', wasm.gzip, ceiling.wasm_gzip, budget], ['total', sum, ceiling.total_gzip, totalBudget]]) {
  const ok = value <= limit;
  failed ||= !ok;
  console.log(`size check: ${what} ${value} B gzip, ceiling ${limit}: ${ok ? 'ok' : 'OVER'} (issue budget ${goal}: ${value <= goal ? 'met' : `over by ${value - goal}`})`);
}
process.exit(failed ? 1 : 0);
