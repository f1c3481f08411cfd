// Small static servers for the embed e2e test and bench: the atlas (a built
// dist/ plus a data folder at /data/, with the headers of public/_headers) and
// a host page on another loopback origin.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
};

export interface RunningServer {
  origin: string;
  /** Every path requested, in order (to count duplicate fetches). */
  requests: string[];
  close(): Promise<void>;
}

async function listen(server: Server, host: string, port = 0): Promise<string> {
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
}

function fileIn(root: string, rel: string): string | null {
  const file = normalize(join(root, rel));
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory())
    return fileIn(root, join(rel, 'index.html'));
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export interface SiteOptions {
  dist: string;
  /** Served at /data/ instead of dist/data. */
  data?: string;
  headersFile: string;
  host?: string;
  port?: number;
}

export async function serveSite(options: SiteOptions): Promise<RunningServer> {
  const dist = resolve(options.dist);
  const data = options.data ? resolve(options.data) : null;
  const rules = parseHeadersFile(readFileSync(options.headersFile, 'utf8'));
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file =
      data && path.startsWith('/data/') ? fileIn(data, path.slice(6)) : fileIn(dist, path.slice(1));
    if (!file) {
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...headersFor(rules, path),
    });
    res.end(readFileSync(file));
  });
  const origin = await listen(server, options.host ?? '127.0.0.1', options.port);
  return { origin, requests, close: closer(server) };
}

/** Pages at fixed paths, every response with the given CSP. */
export async function serveHost(
  pages: Record<string, string>,
  csp: string | null,
  host = '127.0.0.2',
): Promise<RunningServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const page = pages[path];
    if (page === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(csp ? { 'Content-Security-Policy': csp } : {}),
    });
    res.end(page);
  });
  const origin = await listen(server, host);
  return { origin, requests, close: closer(server) };
}
