// A static file server for tools/site/load_time.mjs and the delivery browser tests: serves a folder on
// a free 127.0.0.1 port the way a static host would, optionally sending the precompressed
// .br/.gz files the site builder writes (Content-Encoding), and can be shut down for real
// (open connections included) to take a site "offline".
//
//   const s = await serveFolder(root, { precompressed: true });
//   s.url            'http://127.0.0.1:PORT/'
//   s.requests       [{path, status, bytes, encoding}] in order (bytes as sent on the wire)
//   await s.close()
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.md': 'text/markdown; charset=utf-8',
};

async function exists(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function serveFolder(folder, options = {}) {
  const root = resolve(folder);
  const requests = [];
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    const record = { path, status: 200, bytes: 0, encoding: '' };
    requests.push(record);
    if (file !== root && !file.startsWith(root + sep)) {
      record.status = 403;
      res.writeHead(403).end();
      return;
    }
    try {
      const headers = { 'Content-Type': MIME[extname(file)] || 'application/octet-stream',
                        'Cache-Control': 'no-store', ...(options.headers || {}) };
      let body = null;
      if (options.precompressed) {
        const accept = String(req.headers['accept-encoding'] || '');
        for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
          if (accept.includes(enc) && await exists(file + ext)) {
            body = await readFile(file + ext);
            headers['Content-Encoding'] = enc;
            headers.Vary = 'Accept-Encoding';
            record.encoding = enc;
            break;
          }
        }
      }
      if (!body) body = await readFile(file);
      record.bytes = body.length;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      record.status = 404;
      res.writeHead(404).end('not found');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((ok) => server.listen(options.port || 0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    port: server.address().port,
    requests,
    close: () => new Promise((ok) => {
      server.close(() => ok());
      for (const s of sockets) s.destroy();
    }),
  };
}
