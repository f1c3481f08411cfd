// A tiny static server for e2e tests and benches: `mounts` map URL prefixes
// (e.g. /atlas/ and /atlas/data/) to folders. Gzips text when asked (as a
// real host would), sends the headers a `_headers` file gives each path (so
// tests run under the policy that ships), and records what it sent and what
// it could not find.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../embeds/headers-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css', '.csv', '.svg']);

export interface Sent {
  path: string;
  /** Bytes on the wire (gzip when the client accepted it). */
  bytes: number;
}

export interface StaticServer {
  origin: string;
  notFound: string[];
  sent: Sent[];
  close(): Promise<void>;
}

export interface HeaderOptions {
  /** A `_headers` file (Netlify / Cloudflare Pages format), e.g. public/_headers. */
  headersFile: string;
  /** The URL prefix its paths are relative to (the site's sub-path, ending in '/'). */
  siteRoot: string;
}

/** `mounts`: URL prefix (ending in '/') → folder; the longest prefix wins. */
export async function serveStatic(
  mounts: Record<string, string>,
  index = 'index.html',
  headerFile?: HeaderOptions,
): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const rules = headerFile ? parseHeadersFile(readFileSync(headerFile.headersFile, 'utf8')) : [];
  const siteRoot = headerFile?.siteRoot ?? '/';
  const notFound: string[] = [];
  const sent: Sent[] = [];
  const gzipCache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const root = prefix ? mounts[prefix] : null;
    const rest = prefix ? path.slice(prefix.length) : '';
    // A folder's index, as a static host serves /atlas/embed/ from embed/index.html.
    const rel = !rest || rest.endsWith('/') ? `${rest}${index}` : rest;
    const file = root ? normalize(join(root, rel)) : '';
    if (!root || !file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      notFound.push(path);
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...(path.startsWith(siteRoot) ? headersFor(rules, `/${path.slice(siteRoot.length)}`) : {}),
    };
    let body: Buffer = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let zipped = gzipCache.get(file);
      if (!zipped) gzipCache.set(file, (zipped = gzipSync(body, { level: 6 })));
      body = zipped;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    sent.push({ path, bytes: body.length });
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    notFound,
    sent,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
