// Serves a built `dist/` folder the way a static host does: content types, `index.html` for
// folders, the nearest `404.html` up an unknown path (as Cloudflare Pages does), 400 for a path that is not UTF-8 or climbs out of the
// folder, and the response headers of the folder's `_headers` file, as Netlify and Cloudflare
// Pages read it. Used by the browser tests' server
// (end2end/serve.mjs) and by the editor's loop (scripts/editor.mjs).
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream',
};

// What a path that is no file's answers: a bad request, never a guess.
const BAD = Symbol('bad request');

// `_headers`: blocks of a path pattern (`*` matches anything) and indented `Name: value` lines.
async function readHeaderRules(root) {
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

// The path a request's target names (`/a/b`, and `//` or `//x` too, which `new URL(target,
// base)` would read as a host), or null when the target is no path: a bad request.
export function requestPath(target) {
  if (!target.startsWith('/')) return null;
  try {
    return new URL(`http://localhost${target}`).pathname;
  } catch {
    return null;
  }
}

// A site folder: `find(urlPath)` gives the file to send, its status and headers (or null).
// `reload()` reads `_headers` again, after a build.
export async function site(folder) {
  const root = resolve(folder);
  let rules = await readHeaderRules(root);
  const fileFor = async (urlPath) => {
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return BAD; // Not UTF-8 (`/%ff`): no file can have that name.
    }
    // Inside the folder only: `/..%2fdist-editor/` must not reach a sibling folder.
    const path = normalize(join(root, decoded));
    if (path !== root && !path.startsWith(root + sep)) return BAD;
    try {
      const info = await stat(path);
      return info.isDirectory() ? fileFor(join(urlPath, 'index.html')) : path;
    } catch {
      return null;
    }
  };
  return {
    root,
    async reload() {
      rules = await readHeaderRules(root);
    },
    // `{ path, status, headers }` to send, `{ status: 400, headers, body }` for a bad request,
    // or null when even the 404 page is missing.
    async find(urlPath) {
      let path = await fileFor(urlPath);
      if (path === BAD) return { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'bad request\n' };
      let status = 200;
      if (!path) {
        status = 404;
        // The nearest `404.html` up the path: an explainer's own, in its language, or the root's.
        const folders = urlPath.split('/').slice(0, -1);
        while (!path && folders.length) {
          const found = await fileFor(`${folders.join('/')}/404.html`);
          path = found === BAD ? null : found;
          folders.pop();
        }
      }
      if (!path) return null;
      const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream' };
      for (const rule of rules) if (rule.pattern.test(urlPath)) Object.assign(headers, rule.headers);
      return { path, status, headers };
    },
  };
}
