// A static file server for the page benchmark: serves a built site (dist/) as a static host would (gzip included), and the same HTML
// stripped for comparison: `?bench=noscript` without any script (the island templates too), `?bench=floor` also
// without CSS, so a page can be measured against itself in the same run.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

const SCRIPTS = [/<script\b[^>]*>[\s\S]*?<\/script>/g, /<template data-island>[\s\S]*?<\/template>/g, /<link\b[^>]*rel="?modulepreload"?[^>]*>/g];
const STYLES = [/<style\b[^>]*>[\s\S]*?<\/style>/g, /<link\b[^>]*rel="?stylesheet"?[^>]*>/g];

/** The page's HTML as the variant asks: unchanged, without scripts, or without scripts and CSS. */
export function stripPage(html, variant) {
  const patterns = variant === 'noscript' ? SCRIPTS : variant === 'floor' ? [...SCRIPTS, ...STYLES] : [];
  return patterns.reduce((text, re) => text.replace(re, ''), html);
}

/**
 * Serve `dist` on 127.0.0.1:`port`; resolves to { origin, close }. `encoding`: 'gzip' as GitHub Pages serves text, or
 * 'br' (Brotli, quality 11) as Netlify and Cloudflare Pages serve pre-built files to browsers that accept it.
 */
export function serveStatic(dist, port, encoding = 'gzip') {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) return res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      file = join(file, 'index.html');
    }
    const found = existsSync(file);
    if (!found) file = join(dist, '404.html');
    // A site without a 404 page (the Astro blog starter has none) gets the plain answer a static host gives.
    if (!found && !existsSync(file)) return res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    const variant = url.searchParams.get('bench');
    if (type.startsWith('text/html') && variant) body = Buffer.from(stripPage(body.toString('utf8'), variant));
    const headers = { 'content-type': type, vary: 'accept-encoding' };
    const accepts = req.headers['accept-encoding'] ?? '';
    if (/^(text|application\/(json|xml))/.test(type) && body.length > 1024) {
      if (encoding === 'br' && /\bbr\b/.test(accepts)) {
        body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        headers['content-encoding'] = 'br';
      } else if (/\bgzip\b/.test(accepts)) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
    }
    res.writeHead(found ? 200 : 404, { ...headers, 'content-length': body.length });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) }),
    );
  });
}
