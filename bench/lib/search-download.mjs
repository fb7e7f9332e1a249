// What a reader's first search downloads from a built site, measured in Chromium: every file the search page fetches
// once the reader presses Enter, at its size over the wire — gzip -9 for text files, as a static host would send them;
// Pagefind's index, fragment, metadata and WebAssembly files as they are, since Pagefind compresses them itself.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/ensure-chromium.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
/** Pagefind's own files, compressed when written (gzip inside, or its own format for the WebAssembly). */
const PRECOMPRESSED = /\.(pf_index|pf_fragment|pf_meta|pf_filter|pagefind)$/;

/** Bytes a file costs over the wire. */
export function wireSize(file) {
  const bytes = readFileSync(file);
  return PRECOMPRESSED.test(file) ? bytes.length : gzipSync(bytes, { level: 9 }).length;
}

/** Serves `dist` under `base` and logs every path asked for. */
async function serve(dist, base) {
  const log = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    log.push(path);
    let file = path.startsWith(base) ? join(dist, path.slice(base.length)) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { log, origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * For each query, on a fresh browser profile: the search page loads, the reader types the query and presses Enter;
 * returns the files fetched from then until the results show, with their wire sizes, and the results' paths.
 */
export async function firstSearchDownloads({ dist, base = '/', searchPath = 'search/', chromiumPath, queries }) {
  const server = await serve(dist, base);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  const out = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}${base}${searchPath}`, { waitUntil: 'networkidle' });
      const pageFiles = server.log.splice(0);
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(() => /\d/.test(document.querySelector('[data-status]')?.textContent ?? ''), null, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const results = await page.locator('[data-results] a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
      const files = server.log.splice(0).map((path) => ({ path, bytes: wireSize(join(dist, path.slice(base.length))) }));
      const pageBytes = pageFiles.reduce((sum, path) => {
        const file = join(dist, path.slice(base.length));
        return sum + (existsSync(file) && statSync(file).isFile() ? wireSize(file) : existsSync(join(file, 'index.html')) ? wireSize(join(file, 'index.html')) : 0);
      }, 0);
      out.push({ query, files, total: files.reduce((sum, f) => sum + f.bytes, 0), pageBytes, results });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/** The sizes of one language's index in a build: its word chunks, its page fragments, its metadata. */
export function indexSizes(dist, lang) {
  const sizes = (dir, re) =>
    readdirSync(join(dist, dir))
      .filter((f) => re.test(f))
      .map((f) => statSync(join(dist, dir, f)).size);
  const chunks = sizes('pagefind/index', new RegExp(`^${lang}_.*\\.pf_index$`));
  const fragments = sizes('pagefind/fragment', new RegExp(`^${lang}_.*\\.pf_fragment$`));
  const meta = sizes('pagefind', new RegExp(`^pagefind\\.${lang}_.*\\.pf_meta$`));
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  return {
    chunks: chunks.length,
    chunkMin: Math.min(...chunks),
    chunkMax: Math.max(...chunks),
    chunkTotal: sum(chunks),
    fragments: fragments.length,
    fragmentTotal: sum(fragments),
    meta: sum(meta),
  };
}
