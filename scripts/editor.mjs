// The editor's loop: serves the site of explainers and builds again what is saved. Saving a
// content file checks it (a second) and, once it passes, pre-renders that explainer alone (a
// few seconds, no Rust compiled); saving the code builds the engine and every explainer again.
// When the compiler refuses a file, every page of that explainer shows its faults (file, line,
// item, fault) instead of an old page; once the file is fixed, the pages come back by
// themselves. Run by scripts/serve.sh.
//
// Environment: EXPLAINER_CONTENT (the content files: a file or a folder, default content), PORT
// (default 8080) and EXPLAINER_DIST (the site's folder, default dist). The pages it serves load
// one more script, /__editor/reload.js, which reloads them when a build changes (an
// EventSource on /__editor/events); /__editor/state tells where the loop is, /__editor/ready
// answers 200 once every explainer is built.
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { watch, existsSync, statSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { requestPath, site } from './static.mjs';

const project = resolve(dirname(new URL(import.meta.url).pathname), '..');
process.chdir(project);
const content = process.env.EXPLAINER_CONTENT ?? 'content';
const port = Number(process.env.PORT ?? 8080);
const dist = process.env.EXPLAINER_DIST ?? 'dist';

// The content files, each by its explainer's slug (its name).
function contentFiles() {
  if (!existsSync(content)) return [];
  if (!statSync(content).isDirectory()) return [content];
  const found = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.toml')) found.push(path);
    }
  };
  walk(content);
  return found;
}
const slugOf = (file) => basename(file, '.toml');

// Each explainer's phase: building (first build, or a new one), refused (the content's
// faults), broken (the build failed for another reason: its last lines), ready. `version`
// counts every change the pages may have to show.
const states = new Map();
let version = 0;
const clients = new Set();
let served = null;
const stateOf = (slug) => states.get(slug) ?? { phase: 'building', faults: [], log: '', file: '' };

function publish(slug, next) {
  states.set(slug, { ...stateOf(slug), ...next });
  version += 1;
  for (const client of clients) client.write(`data: ${version}\n\n`);
}

// Runs a command, its output shown in the terminal; resolves with its exit code and output.
function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data) => {
      stdout += data;
    });
    child.stderr.on('data', (data) => {
      stderr += data;
      process.stderr.write(data);
    });
    child.on('error', (error) => done({ code: 1, stdout, stderr: `${command}: ${error.message}` }));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

// One build at a time; what is saved meanwhile waits for the next (`null`: the code changed,
// everything is built again).
let running = false;
let pending = new Set();
async function build(what) {
  pending.add(what);
  if (running) return;
  running = true;
  while (pending.size) {
    const all = pending.has(null);
    const files = all ? contentFiles() : [...pending];
    pending = new Set();
    // The engine, the pre-renderer and the checker first, if the code changed (what fails there
    // shows as each explainer's build failing), then each file.
    if (all && files.length) {
      const engine = await run('scripts/build.sh', ['--out', dist, '--engine-only']);
      if (engine.code !== 0) {
        // Each explainer would try the same build again: say it once, for all.
        const log = engine.stderr.split('\n').slice(-40).join('\n');
        for (const file of files) publish(slugOf(file), { phase: 'broken', faults: [], log, file });
        continue;
      }
    }
    for (const file of files) await buildOne(file);
    served = await site(dist);
  }
  running = false;
}

// Checks one content file (its faults in a second), then pre-renders its explainer alone.
async function buildOne(file) {
  const slug = slugOf(file);
  const check = await run('target/release/check', ['--tsv', file]);
  const faults = check.stdout
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const [file_, line_, subject, message] = line.split('\t');
      return { file: file_, line: Number(line_), subject, message };
    });
  if (check.code !== 0) {
    const log = faults.length ? '' : check.stderr.split('\n').slice(-30).join('\n');
    console.error(`editor: ${file} is refused (${faults.length} fault(s)); its pages show them.`);
    publish(slug, { phase: faults.length ? 'refused' : 'broken', faults, log, file });
    return;
  }
  publish(slug, { phase: 'building', faults: [], log: '', file });
  const started = Date.now();
  // The pages first, shown at once; the images (most of the work) after, without a reload.
  const result = await run('scripts/build.sh', ['--out', dist, '--no-images', file]);
  if (result.code === 0) {
    // The site's headers may have changed with it; the open tab reloads on what follows.
    served = await site(dist);
    console.error(`editor: built ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s: http://127.0.0.1:${port}/${slug}/`);
    publish(slug, { phase: 'ready', faults: [], log: '' });
    const images = await run('scripts/build.sh', ['--out', dist, '--images-only', file]);
    if (images.code !== 0) publish(slug, { phase: 'broken', faults: [], log: images.stderr.split('\n').slice(-40).join('\n') });
  } else {
    publish(slug, { phase: 'broken', faults: [], log: result.stderr.split('\n').slice(-40).join('\n') });
  }
}

// Saving a content file or its source builds its explainer; saving the code, everything
// (editors often save by writing a new file and renaming it: folders are watched, not files).
const timers = new Map();
function changed(file) {
  clearTimeout(timers.get(file));
  timers.set(
    file,
    setTimeout(() => build(file), 150),
  );
}
// Every folder of a tree, each watched on its own: Node's recursive watching on Linux loses a
// file that an editor saves by renaming a new one over it (as `sed -i` and many editors do),
// while a folder's own watch sees every name that changes in it.
function watchTree(folder, callback) {
  if (!existsSync(folder)) return;
  watch(folder, (_, name) => name && callback(join(folder, name)));
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) watchTree(join(folder, entry.name), callback);
  }
}
const watched = existsSync(content) && statSync(content).isDirectory() ? content : dirname(content);
watchTree(watched, (path) => {
  if (path.endsWith('.toml') && contentFiles().includes(path)) changed(path);
  // A source text: every content file that names it (`source_file = "../sources/x.txt"`).
  if (path.endsWith('.txt')) {
    for (const file of contentFiles().filter((f) => readFileSync(f, 'utf8').includes(`${basename(path)}"`))) changed(file);
  }
});
for (const folder of ['src', 'style', 'static', 'story/src', 'vocabulary/src', 'content-compiler/src']) {
  watchTree(folder, () => changed(null));
}
// The project's own files, by their folder's watch (a saved file is often a new one).
const codeFiles = ['index.html', 'Cargo.toml', 'Cargo.lock', 'Trunk.toml'];
watch('.', (_, name) => codeFiles.includes(name) && changed(null));
for (const folder of ['story', 'vocabulary', 'content-compiler']) watch(folder, (_, name) => name === 'Cargo.toml' && changed(null));

const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// The page every address of an explainer shows while it is refused, broken or being built.
function statusPage(state) {
  const heading = {
    refused: `The content file is refused: ${state.faults.length} fault${state.faults.length > 1 ? 's' : ''} to fix`,
    broken: 'The build failed',
    building: 'Building the explainer…',
  }[state.phase];
  const rows = state.faults
    .map(
      (f) =>
        `<tr><td>${escape(f.file)}</td><td>${f.line}</td><td>${escape(f.subject)}</td><td>${escape(f.message)}</td></tr>`,
    )
    .join('\n');
  const body =
    state.phase === 'refused'
      ? `<p>Fix them in <code>${escape(state.file)}</code> and save: this page comes back by itself.</p>
<table><caption>Faults, in the order of the file</caption>
<thead><tr><th scope="col">File</th><th scope="col">Line</th><th scope="col">Item</th><th scope="col">Fault</th></tr></thead>
<tbody>${rows}</tbody></table>`
      : state.phase === 'broken'
        ? `<p>The content file passes its checks, but the build failed. Its last lines:</p><pre>${escape(state.log)}</pre>`
        : `<p>From <code>${escape(state.file)}</code>: this page shows the explainer as soon as it is built.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(heading)}</title>
<script src="/__editor/reload.js" defer></script>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid #d0d0d0; }
td:nth-child(2) { font-variant-numeric: tabular-nums; }
caption { text-align: left; color: #545454; padding-bottom: 0.5rem; }
pre { white-space: pre-wrap; background: #f4f4f4; padding: 1rem; }
</style></head>
<body><main class="editor-status" data-phase="${state.phase}"><h1>${escape(heading)}</h1>
${body}</main></body></html>`;
}

const reloadScript = `// The editor's loop (scripts/editor.mjs): reloads the page when the build or its faults change.
const events = new EventSource('/__editor/events');
let seen = null;
events.onmessage = (event) => {
  if (seen === null) seen = event.data;
  else if (event.data !== seen) location.reload();
};
`;

async function handle(request, response) {
  const pathname = requestPath(request.url);
  if (pathname === null) {
    response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
    return;
  }
  if (pathname === '/__editor/events') {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    response.write(`data: ${version}\n\n`);
    clients.add(response);
    request.on('close', () => clients.delete(response));
    return;
  }
  if (pathname === '/__editor/reload.js') {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    response.end(reloadScript);
    return;
  }
  if (pathname === '/__editor/state') {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(JSON.stringify(Object.fromEntries(states)));
    return;
  }
  if (pathname === '/__editor/ready') {
    const ready = served && states.size > 0 && [...states.values()].every((s) => s.phase === 'ready');
    response.writeHead(ready ? 200 : 503, { 'content-type': 'text/plain' });
    response.end(ready ? 'ready' : 'building');
    return;
  }
  const found = served && (await served.find(pathname));
  if (found?.body !== undefined) {
    response.writeHead(found.status, found.headers).end(found.body);
    return;
  }
  const isPage = pathname.endsWith('/') || pathname.endsWith('.html') || found?.path.endsWith('.html');
  // The explainer the address belongs to, by its folder.
  const state = states.get(pathname.split('/')[1]);
  if (state && state.phase !== 'ready' && isPage) {
    // Its own policy: a page of this tool, not of the explainer.
    response.writeHead(503, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'",
    });
    response.end(statusPage(state));
    return;
  }
  if (!found) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  let body = await readFile(found.path);
  if (found.path.endsWith('.html')) {
    body = body.toString('utf8').replace('</head>', '<script src="/__editor/reload.js" defer></script></head>');
  }
  response.writeHead(found.status, { ...found.headers, 'cache-control': 'no-store' });
  response.end(body);
}

// A request that fails (a file removed by a build in between) answers 500; the loop goes on.
createServer((request, response) =>
  handle(request, response).catch((error) => {
    console.error(`editor: ${request.url}: ${error.message}`);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
    response.end('server error');
  }),
).listen(port, '127.0.0.1', () => {
  console.error(`editor: http://127.0.0.1:${port}/ shows the explainers of ${content}; save a file to rebuild it (Ctrl-C stops)`);
  build(null);
});
