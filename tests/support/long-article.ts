// A test-only article three times the length of the longest real one, written into a project copy (never into
// content/): the real articles of one language, each a different text, joined until the length is reached, so the
// words differ all the way through (repeating one text would cost nothing under gzip and prove nothing).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '@/lib/content/read-articles';

export interface LongArticle {
  slug: string;
  /** Body characters of the longest real article in the language, and of the one written. */
  longest: number;
  written: number;
}

const SLUG = 'long-read-test';

/** Writes content/articles/<lang>/long-read-test.mdx into `root`, at least `times` the longest article there. */
export function addLongArticle(root: string, lang: 'ko' | 'en', times = 3): LongArticle {
  const dir = join(root, 'content/articles', lang);
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => splitFrontmatter(readFileSync(join(dir, f), 'utf8'))!.body.trim());
  const longest = Math.max(...bodies.map((b) => b.length));
  const parts: string[] = [];
  const charts = new Set<string>();
  for (const body of bodies) {
    if (parts.join('\n\n').length >= times * longest) break;
    // One chart of each kind: a chart id is also its figure's id on the page, so a second copy would repeat an id.
    parts.push(
      body.replace(/^<(Chart|AllocationChart)\b[^>]*\/>$/gm, (tag) => {
        if (charts.has(tag)) return '';
        charts.add(tag);
        return tag;
      }),
    );
  }
  const text = parts.join('\n\n');
  if (text.length < times * longest) throw new Error(`the ${lang} articles together are shorter than ${times}× the longest`);
  const ko = lang === 'ko';
  const frontmatter = [
    '---',
    `title: "${ko ? '긴 기사 점검: 길이에 상한이 없는지 확인합니다' : 'A long read, to prove article length is never capped'}"`,
    `description: "${ko ? '가장 긴 기사의 세 배가 넘는 시험용 기사입니다. 첫 화면 예산과 모든 검사를 통과해야 합니다.' : 'A test article over three times the longest real one: it must pass the first-render budgets and every other gate.'}"`,
    'published: 2026-11-01',
    `author: "${ko ? '시험' : 'Test desk'}"`,
    'recipients: [samsung]',
    'tags: [analysis]',
    `translationKey: ${SLUG}`,
    'translated: false',
    '---',
    '',
  ].join('\n');
  writeFileSync(join(dir, `${SLUG}.mdx`), `${frontmatter}${text}\n`);
  return { slug: SLUG, longest, written: text.length };
}
