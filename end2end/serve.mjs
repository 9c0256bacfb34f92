// A static file server for the browser tests: serves a built `dist/` folder the way a static
// host does (content types, `index.html` for folders, `404.html` for unknown paths, and the
// response headers of the folder's `_headers` file, as Netlify and Cloudflare Pages read it).
// Usage: node end2end/serve.mjs <folder> <port>
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const [folder = 'dist', port = '8081'] = process.argv.slice(2);
const root = resolve(folder);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

// `_headers`: blocks of a path pattern (`*` matches anything) and indented `Name: value` lines.
async function readHeaderRules() {
  let text;
  try {
    text = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: {} });
    } else if (rules.length) {
      const at = line.indexOf(':');
      rules[rules.length - 1].headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}
const headerRules = await readHeaderRules();

function headersFor(urlPath) {
  const headers = {};
  for (const rule of headerRules) if (rule.pattern.test(urlPath)) Object.assign(headers, rule.headers);
  return headers;
}

async function fileFor(urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root)) return null;
  try {
    const info = await stat(path);
    return info.isDirectory() ? fileFor(join(urlPath, 'index.html')) : path;
  } catch {
    return null;
  }
}

createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  let path = await fileFor(url.pathname);
  let status = 200;
  if (!path) {
    path = await fileFor('/404.html');
    status = 404;
  }
  if (!path) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const body = await readFile(path);
  response.writeHead(status, {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    ...headersFor(url.pathname),
  });
  response.end(body);
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}`));
