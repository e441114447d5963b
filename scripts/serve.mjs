#!/usr/bin/env node
// A small static file server for the built site: `node scripts/serve.mjs [folder] [--port N]
// [--base /sub/path/] [--gzip]`. It serves the folder at the base path (default "/") on
// 127.0.0.1, with correct content types and no caching, so tests and benchmarks see what a static
// host serves. With --gzip, text files go out gzipped to clients that accept it, as static hosts
// send them (compressed once, at level 9, like precompressed files).
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const folder = resolve(
  args.find((arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--")) ?? "dist",
);
const port = Number(option("port", process.env.PORT ?? "4173"));
const host = option("host", "127.0.0.1");
const gzip = args.includes("--gzip");
const base = `/${option("base", "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".ipynb": "application/x-ipynb+json",
  ".txt": "text/plain; charset=utf-8",
};

/** The types a static host compresses: text, not images or fonts that are compressed already. */
const compressible = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".webmanifest",
  ".svg",
  ".ipynb",
  ".txt",
]);
/** Gzipped files by path and modification time. */
const gzipped = new Map();

/** Sends a file, gzipped when --gzip is on, the type is text and the client accepts gzip. */
function send(request, response, path, status, headers) {
  const accepts = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
  if (!gzip || !accepts || !compressible.has(extname(path))) {
    response.writeHead(status, headers);
    createReadStream(path).pipe(response);
    return;
  }
  const key = `${path}:${statSync(path).mtimeMs}`;
  let body = gzipped.get(key);
  if (!body) {
    body = gzipSync(readFileSync(path), { level: 9 });
    gzipped.set(key, body);
  }
  response.writeHead(status, { ...headers, "content-encoding": "gzip", vary: "accept-encoding" });
  response.end(body);
}

if (!existsSync(join(folder, "index.html"))) {
  console.error(`No built site in ${folder}: run "npm run build" first.`);
  process.exit(1);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (!url.pathname.startsWith(base)) {
    response
      .writeHead(404, { "content-type": "text/plain" })
      .end(`Not found: the site is served under ${base}`);
    return;
  }
  const relative = normalize(decodeURIComponent(url.pathname.slice(base.length))).replace(
    /^(\.\.[/\\])+/,
    "",
  );
  let path = join(folder, relative);
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
  if (!existsSync(path)) {
    // Like most static hosts: the site's own 404 page when it has one.
    const notFound = join(folder, "404.html");
    if (!existsSync(notFound)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    send(request, response, notFound, 404, {
      "content-type": types[".html"],
      "cache-control": "no-cache",
    });
    return;
  }
  send(request, response, path, 200, {
    "content-type": types[extname(path)] ?? "application/octet-stream",
    "cache-control": "no-cache",
  });
});

server.listen(port, host, () => {
  console.log(`Serving ${folder} at http://${host}:${port}${base}`);
});
