// @ts-check
// Script sizes as the report counts them: gzip -9 of the build's own files on disk (what a
// server with static gzip would send), whatever the test server actually sent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Map<string, number>} */
const sizes = new Map();

/** gzip -9 bytes of a build file. @param {string} dir @param {string} file e.g. assets/main-x.js */
export function gzipBytes(dir, file) {
  const path = join(dir, file);
  let size = sizes.get(path);
  if (size === undefined) {
    size = existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length : NaN;
    sizes.set(path, size);
  }
  return size;
}

/** The gzip -9 size of the scripts index.html loads. @param {string} dir a build (dist/) */
export function initialJsGzip(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return { files, bytes: files.reduce((sum, file) => sum + gzipBytes(dir, file), 0) };
}

/**
 * The scripts requested before `paintedAt` (ms from navigation start), with their gzip -9
 * size; a script from elsewhere (not in the build) counts as NaN and is named as such.
 * @param {string} dir
 * @param {import('./visit.js').ScriptEntry[]} scripts
 * @param {number} paintedAt
 */
export function scriptsBefore(dir, scripts, paintedAt) {
  const files = [
    ...new Set(
      scripts.filter((s) => s.startTime < paintedAt).map((s) => new URL(s.url).pathname.slice(1)),
    ),
  ];
  const bytes = files.reduce((sum, file) => sum + gzipBytes(dir, file), 0);
  return { files, bytes };
}
