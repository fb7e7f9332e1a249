// Page weight helpers used by the budget gate: which pages are chart pages, which CSS blocks rendering, and which
// JavaScript files a chart page pulls in through static and lazy imports.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fileFor,
  firstParagraphPart,
  gzipSize,
  headPart,
  isChartPage,
  referencedScripts,
  renderBlockingStylesheets,
  scriptGraph,
} from '../support/page-weight';

describe('page weight', () => {
  it('measures the first render: the <head>, and the page up to the first paragraph of <main>', () => {
    const html =
      '<html><head><style>a{}</style></head><body><header><p>nav</p></header><main><h1>T</h1><p>First.</p><p>Second.</p></main></body></html>';
    expect(headPart(html)).toBe('<html><head><style>a{}</style></head>');
    expect(firstParagraphPart(html).endsWith('<h1>T</h1><p>First.</p>')).toBe(true);
    expect(
      firstParagraphPart('<html><head></head><body><main><h1>No text</h1></main><footer><p>f</p></footer></body></html>').endsWith(
        '</main>',
      ),
    ).toBe(true);
    expect(() => firstParagraphPart('<html><head></head><body></body></html>')).toThrow(/no <main>/);
  });

  it('recognises chart pages by their element or data-chart attribute', () => {
    expect(isChartPage(parse('<main><gpu-chart data-id="x"></gpu-chart></main>'))).toBe(true);
    expect(isChartPage(parse('<main><figure data-chart="allocation"></figure></main>'))).toBe(true);
    expect(isChartPage(parse('<main><figure></figure></main>'))).toBe(false);
  });

  it('counts stylesheets that block rendering, not print ones', () => {
    const doc = parse(
      '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" media="print" href="/p.css"><link rel="preload" href="/f.woff2">',
    );
    expect(renderBlockingStylesheets(doc)).toEqual(['/a.css']);
  });

  it('finds script files, module preloads and imports of inline modules', () => {
    const doc = parse(
      '<script type="module" src="/_astro/a.js"></script><link rel="modulepreload" href="/_astro/b.js">' +
        '<script type="module">import "/_astro/c.js";</script><script>var x = 1</script><script type="application/ld+json">{}</script>',
    );
    expect(referencedScripts(doc)).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/c.js']);
  });

  it('maps site URLs to build files under the base path', () => {
    expect(fileFor('/gpu-deal/_astro/a.js', 'dist', '/gpu-deal/')).toBe(join('dist', '_astro/a.js'));
    expect(fileFor('/_astro/a.js', 'dist', '/gpu-deal/')).toBeUndefined();
  });

  describe('script graph', () => {
    const dist = mkdtempSync(join(tmpdir(), 'weight-'));
    afterAll(() => rmSync(dist, { recursive: true, force: true }));
    mkdirSync(join(dist, '_astro'));
    const files = {
      'entry.js': 'import{a}from"./shared.js";const load=()=>import("./chart.js");',
      'chart.js': 'import{a}from"./shared.js";export const c=1;'.repeat(50),
      'shared.js': 'export const a=1;',
      'unused.js': 'export const u=1;',
    };
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dist, '_astro', name), code);

    it('follows static and lazy imports, counting each file once at its gzip size', () => {
      const graph = scriptGraph(['/_astro/entry.js'], dist, '/');
      expect(graph.map((f) => f.file.replace(`${dist}/_astro/`, '')).sort()).toEqual(['chart.js', 'entry.js', 'shared.js']);
      expect(graph.find((f) => f.file.endsWith('chart.js'))?.gzip).toBe(gzipSize(files['chart.js']));
    });

    it('fails loudly on a script that is not in the build', () => {
      expect(() => scriptGraph(['/_astro/missing.js'], dist, '/')).toThrow(/not a file of the build/);
    });
  });
});
