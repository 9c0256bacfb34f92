// A static file server for the browser tests: serves a built `dist/` folder as a static host
// does, under its `_headers` (see scripts/static.mjs).
// Usage: node end2end/serve.mjs <folder> <port>
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { requestPath, site } from '../scripts/static.mjs';

const [folder = 'dist', port = '8081'] = process.argv.slice(2);
const served = await site(folder);

async function handle(request, response) {
  const path = requestPath(request.url);
  if (path === null) {
    response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
    return;
  }
  const found = await served.find(path);
  if (!found) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  response.writeHead(found.status, found.headers);
  response.end(found.body ?? (await readFile(found.path)));
}

// A request that fails answers 500, and the server goes on.
createServer((request, response) =>
  handle(request, response).catch((error) => {
    console.error(`serve: ${request.url}: ${error.message}`);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
    response.end('server error');
  }),
).listen(Number(port), '127.0.0.1', () => console.log(`serving ${served.root} at http://127.0.0.1:${port}`));
