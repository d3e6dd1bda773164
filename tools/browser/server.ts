// A tiny static server for the seed pages on 127.0.0.1 (random free port), plus the pages tests generate
// (kept in memory under /generated/). It records every request it gets, so a test can check what the browser
// fetched with and without Sourcelight.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { E2EServer, RecordedRequest } from './types.ts';

const HTML_TYPE = 'text/html; charset=utf-8';
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': HTML_TYPE,
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.txt': 'text/plain; charset=utf-8',
};

/** URL prefix of the pages tests hand over with E2EServer.generated; not a directory. */
const GENERATED_PREFIX = 'generated';

export interface StaticServer extends E2EServer {
  close(): Promise<void>;
}

/** `roots` maps a URL prefix ('seeds') to a directory. Nothing outside those directories is ever served. */
export async function startServer(roots: Readonly<Record<string, string>>): Promise<StaticServer> {
  if (GENERATED_PREFIX in roots) throw new Error(`/${GENERATED_PREFIX}/ is for generated pages, not a directory`);
  const requests: RecordedRequest[] = [];
  const generated = new Map<string, { html: string; headers: Readonly<Record<string, string>> }>();
  const server: Server = createServer((req, res) => {
    const rawPath = req.url ?? '/';
    requests.push({
      method: req.method ?? 'GET',
      path: rawPath,
      userAgent: req.headers['user-agent'] ?? '',
      at: Date.now(),
    });
    void serve(rawPath).then(
      ({ status, type, body, headers }) => {
        res.writeHead(status, { ...headers, 'content-type': type, 'cache-control': 'no-store' });
        res.end(body);
      },
      () => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('error');
      },
    );
  });

  async function serve(
    rawPath: string,
  ): Promise<{ status: number; type: string; body: Buffer | string; headers?: Readonly<Record<string, string>> }> {
    const pathname = decodeURIComponent(new URL(rawPath, 'http://x').pathname);
    const [, prefix = '', ...rest] = pathname.split('/');
    if (prefix === GENERATED_PREFIX) {
      const page = generated.get(rest.join('/'));
      return page === undefined ? notFound() : { status: 200, type: HTML_TYPE, body: page.html, headers: page.headers };
    }
    const root = roots[prefix];
    if (root === undefined || rest.length === 0) return notFound();
    const file = path.resolve(root, rest.join('/'));
    if (!file.startsWith(root + path.sep)) return notFound();
    try {
      const body = await readFile(file);
      return { status: 200, type: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', body };
    } catch {
      return notFound();
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    seed: (file) => `${origin}/seeds/${file}`,
    page: (file) => `${origin}/pages/${file}`,
    generated: (name, html, headers = {}) => {
      generated.set(name, { html, headers });
      return `${origin}/${GENERATED_PREFIX}/${name}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function notFound(): { status: number; type: string; body: string } {
  return { status: 404, type: 'text/plain; charset=utf-8', body: 'not found' };
}
