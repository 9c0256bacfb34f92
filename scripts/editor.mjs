// The editor's loop: serves the explainer built from a content file, and builds it again each
// time the file (or the code) is saved. When the compiler refuses the file, every page of the
// site shows its faults (file, line, item, fault) instead of an old page; once the file is
// fixed, the pages come back by themselves. Run by scripts/serve.sh.
//
// Environment: EXPLAINER_CONTENT (default content/article.toml), PORT (default 8080) and
// EXPLAINER_DIST (the folder to build into, default dist). The pages it serves load one more
// script, /__editor/reload.js, which reloads them when the build changes (an EventSource on
// /__editor/events); /__editor/state tells where the loop is, /__editor/ready answers 200 once
// the explainer is built.
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { watch, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { site } from './static.mjs';

const project = resolve(dirname(new URL(import.meta.url).pathname), '..');
process.chdir(project);
const content = process.env.EXPLAINER_CONTENT ?? 'content/article.toml';
const port = Number(process.env.PORT ?? 8080);
const dist = process.env.EXPLAINER_DIST ?? 'dist';

// phase: building (first build, or a new one), refused (the content's faults), broken (the
// build failed for another reason: its last lines), ready.
let state = { phase: 'building', faults: [], log: '', version: 0 };
const clients = new Set();
let served = null;

function publish(next) {
  state = { ...state, ...next, version: state.version + 1 };
  for (const client of clients) client.write(`data: ${state.version} ${state.phase}\n\n`);
}

// Runs a command, its output shown in the terminal; resolves with its exit code and output.
function run(command, args, env = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data) => {
      stdout += data;
    });
    child.stderr.on('data', (data) => {
      stderr += data;
      process.stderr.write(data);
    });
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

// What the last good build was made from: the content file, its source, the code's edits.
let codeEdits = 0;
let built = null;
async function fingerprint() {
  const hash = createHash('sha256');
  const text = await readFile(content, 'utf8').catch(() => '');
  hash.update(text);
  const source = /^source_file\s*=\s*"([^"]+)"/m.exec(text);
  if (source) hash.update(await readFile(join(dirname(content), source[1]), 'utf8').catch(() => ''));
  hash.update(String(codeEdits));
  return hash.digest('hex');
}

let running = false;
let again = false;
async function build() {
  if (running) {
    again = true;
    return;
  }
  running = true;
  do {
    again = false;
    // The compiler's checks first: they answer in a second, where a build takes a minute.
    const check = await run('cargo', ['run', '--quiet', '-p', 'content-compiler', '--bin', 'check', '--', '--tsv', content]);
    const faults = check.stdout
      .split('\n')
      .filter((line) => line.includes('\t'))
      .map((line) => {
        const [file, line_, subject, message] = line.split('\t');
        return { file, line: Number(line_), subject, message };
      });
    if (check.code !== 0) {
      const log = faults.length ? '' : check.stderr.split('\n').slice(-30).join('\n');
      console.error(`editor: ${content} is refused (${faults.length} fault(s)); the pages show them.`);
      publish({ phase: faults.length ? 'refused' : 'broken', faults, log });
      continue;
    }
    const inputs = await fingerprint();
    if (inputs === built && existsSync(join(dist, 'index.html'))) {
      publish({ phase: 'ready', faults: [], log: '' });
      continue;
    }
    publish({ phase: 'building', faults: [], log: '' });
    const result = await run('trunk', ['build', '--release', '--offline', '--dist', dist], { EXPLAINER_CONTENT: content });
    if (result.code === 0) {
      built = inputs;
      served = await site(dist);
      console.error(`editor: built ${content} into ${dist}/; serving http://127.0.0.1:${port}/`);
      publish({ phase: 'ready', faults: [], log: '' });
    } else {
      publish({ phase: 'broken', faults: [], log: result.stderr.split('\n').slice(-40).join('\n') });
    }
  } while (again);
  running = false;
}

// Saving the content file, its source or the code starts a build (editors often save by
// writing a new file and renaming it: the folder is watched, not the file).
let timer = null;
function changed(code) {
  if (code) codeEdits += 1;
  clearTimeout(timer);
  timer = setTimeout(build, 150);
}
watch(dirname(resolve(content)), (_, name) => {
  if (name === basename(content) || (name && name.endsWith('.txt'))) changed(false);
});
for (const folder of ['src', 'style', 'static', 'vocabulary/src', 'content-compiler/src']) {
  if (existsSync(folder)) watch(folder, { recursive: true }, () => changed(true));
}
for (const file of ['index.html', 'Cargo.toml', 'Trunk.toml']) watch(file, () => changed(true));

const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// The page every address shows while the explainer is refused, broken or being built.
function statusPage() {
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
      ? `<p>Fix them in <code>${escape(content)}</code> and save: this page comes back by itself.</p>
<table><caption>Faults, in the order of the file</caption>
<thead><tr><th scope="col">File</th><th scope="col">Line</th><th scope="col">Item</th><th scope="col">Fault</th></tr></thead>
<tbody>${rows}</tbody></table>`
      : state.phase === 'broken'
        ? `<p>The content file passes its checks, but the build failed. Its last lines:</p><pre>${escape(state.log)}</pre>`
        : `<p>From <code>${escape(content)}</code>: this page shows the explainer as soon as it is built.</p>`;
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
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/__editor/events') {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    response.write(`data: ${state.version} ${state.phase}\n\n`);
    clients.add(response);
    request.on('close', () => clients.delete(response));
    return;
  }
  if (url.pathname === '/__editor/reload.js') {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    response.end(reloadScript);
    return;
  }
  if (url.pathname === '/__editor/state') {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(JSON.stringify(state));
    return;
  }
  if (url.pathname === '/__editor/ready') {
    response.writeHead(state.phase === 'ready' ? 200 : 503, { 'content-type': 'text/plain' });
    response.end(state.phase);
    return;
  }
  const found = served && (await served.find(url.pathname));
  const isPage = url.pathname.endsWith('/') || url.pathname.endsWith('.html') || found?.path.endsWith('.html');
  if (state.phase !== 'ready' && isPage) {
    // Its own policy: a page of this tool, not of the explainer.
    response.writeHead(503, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'",
    });
    response.end(statusPage());
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
  console.error(`editor: http://127.0.0.1:${port}/ shows ${content}; save it to rebuild (Ctrl-C stops)`);
  build();
});
