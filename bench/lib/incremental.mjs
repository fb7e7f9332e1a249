// The incremental half of `npm run bench`: after a cold build of a copy, correct one article or add one pair and
// rebuild with Astro's cache (experimental.incrementalBuild), so the rebuild is measured against the cold build.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticArticle } from './synthetic-articles.mjs';

/** The edits a rebuild is measured after; `apply` changes one copy and returns text the rebuilt page must contain. */
export const EDITS = [
  {
    id: 'corrected',
    label: 'one article corrected',
    apply(dir, n, r, data) {
      const { slug } = syntheticArticle(1 + ((r * 7) % n), 'ko', data);
      const marker = `벤치마크 정정 ${r + 1}회차: 이 문장은 다시 빌드한 쪽에만 있다.`;
      const file = join(dir, 'content/articles/ko', `${slug}.mdx`);
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${marker}\n`);
      return { lang: 'ko', slug, marker };
    },
  },
  {
    id: 'added',
    label: 'one pair added',
    apply(dir, n, r, data) {
      const i = n + 1 + r;
      for (const lang of ['ko', 'en']) {
        const { slug, text } = syntheticArticle(i, lang, data);
        writeFileSync(join(dir, 'content/articles', lang, `${slug}.mdx`), text);
      }
      // A new page cannot come stale from the cache: that it was written is the proof.
      return { lang: 'ko', slug: syntheticArticle(i, 'ko', data).slug };
    },
  },
];

/** The rebuilt page exists and shows the edit, if it has a marker (a page copied stale from the cache would not). */
export function verifyEdit(dir, pagePath, edit) {
  const html = readFileSync(join(dir, 'dist', pagePath(edit.lang, edit.slug)), 'utf8');
  if (edit.marker && !html.includes(edit.marker)) throw new Error(`${dir}: ${pagePath(edit.lang, edit.slug)} does not show the edit "${edit.marker}"`);
}

const s = (x) => (x === undefined ? '–' : `${x.toFixed(2)} s`);
const ratio = (a, b) => (a === undefined || !b ? '–' : `${((100 * a) / b).toFixed(0)}%`);

/** Markdown table: cold against incremental, wall time and the page-rendering phase, for the site and the baseline. */
export function incrementalTable(rows) {
  const out = [
    `| N pairs | build | cold: wall | cold: render pages | ${EDITS.map((e) => `${e.label}: wall | render pages | render ÷ cold render | pages rendered`).join(' | ')} |`,
    `|---:|---|---:|---:|${EDITS.map(() => '---:|---:|---:|---:').join('|')}|`,
  ];
  for (const r of rows) {
    for (const name of ['site', 'baseline']) {
      const cold = r[name];
      const cells = EDITS.map((e) => {
        const x = r.incremental[e.id][name];
        return `${s(x.seconds)} | ${s(x.phases.renderPages)} | ${ratio(x.phases.renderPages, cold.phases.renderPages)} | ${x.rendered ?? '–'}`;
      });
      out.push(`| ${r.n} | ${name} | ${s(cold.seconds)} | ${s(cold.phases.renderPages)} | ${cells.join(' | ')} |`);
    }
  }
  return out.join('\n');
}
