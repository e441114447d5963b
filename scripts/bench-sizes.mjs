// Byte counts for the load benchmark: what a route's JavaScript and the offline precache cost
// over the wire. Files are gzipped at level 9, as a static host serving precompressed files does;
// files gzip cannot shrink (PNG, WOFF2) count as they are, since hosts send those uncompressed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Bytes a file costs to transfer: its gzip size, or its own size when gzip does not make it smaller.
 *
 * @param {Buffer} bytes the file's contents.
 * @returns {number}
 */
export function transferredBytes(bytes) {
  return Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length);
}

/**
 * The built file a URL of the served site names.
 *
 * @param {string} dist the built site's folder.
 * @param {string} url an absolute URL on the benchmark's server (site served at "/").
 * @returns {string} the file's path.
 */
export function fileOfUrl(dist, url) {
  return join(dist, decodeURIComponent(new URL(url).pathname).replace(/^\/+/, ""));
}

/**
 * The offline precache: every entry of the service worker's Workbox precache manifest, with its
 * transferred size.
 *
 * @param {string} dist the built site's folder (with `sw.js`).
 * @returns {{ files: number, bytes: number, missing: string[] }}
 */
export function precacheSize(dist) {
  const worker = join(dist, "sw.js");
  if (!existsSync(worker)) throw new Error(`${worker}: no service worker, so no precache to size`);
  const source = readFileSync(worker, "utf8");
  // Workbox writes its manifest as a minified array of {url:"…",revision:"…"} objects.
  const urls = [...source.matchAll(/\burl:\s*"([^"]+)"/g)].map((match) => match[1]);
  if (urls.length === 0) throw new Error(`${worker}:1: no precache manifest entries found`);
  let bytes = 0;
  const missing = [];
  for (const url of new Set(urls)) {
    const path = join(dist, decodeURIComponent(url.split(/[?#]/)[0]));
    if (existsSync(path)) bytes += transferredBytes(readFileSync(path));
    else missing.push(url);
  }
  return { files: new Set(urls).size, bytes, missing };
}

/** Kibibytes with one decimal, as the budgets are written. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
