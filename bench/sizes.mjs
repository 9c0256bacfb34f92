// What a reader downloads for a built page: its HTML, the files it links, and those its loader
// script fetches (the engine, and the page's story in its binary form, `data-story`); each raw,
// gzip (level 9) and brotli (quality 11). Shared by the benchmark and
// by the test command's size check.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export function downloads(dist, page = 'index.html') {
  const files = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dist);
  let linked = readFileSync(join(dist, page), 'utf8');
  const names = files.map((f) => relative(dist, f));
  const loader = names.find((name) => !name.includes('/') && /-loader-[0-9a-f]{16}\.js$/.test(name) && linked.includes(name));
  if (loader) linked += readFileSync(join(dist, loader), 'utf8');
  return files
    .filter((f) => {
      const name = relative(dist, f);
      const story = name.endsWith('.bin') && linked.includes(`data-story="/${name}"`);
      return name === page || story || (!name.includes('/') && linked.includes(`/${name}`));
    })
    .map((file) => {
      const bytes = readFileSync(file);
      return {
        name: relative(dist, file),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
}

export const total = (files, key) => files.reduce((sum, file) => sum + file[key], 0);
