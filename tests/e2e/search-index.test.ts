// The built search index (dist/pagefind/) against the pages it was built from: the words the index adds for Korean
// compounds (src/lib/search/index-pages.ts) stand on their own.
import { describe, expect, it } from 'vitest';
import { ADDED } from '@/lib/search/compounds';
import { searchIndex } from './dist';

const indexed = searchIndex();

describe('the search index', () => {
  it('holds every article, in both languages', () => {
    expect(indexed.filter((p) => p.url.startsWith('/en/')).length).toBeGreaterThan(10);
    expect(indexed.filter((p) => !p.url.startsWith('/en/')).length).toBeGreaterThan(10);
  });

  it('has the words added for Korean compounds stand alone, each after the words it comes from', () => {
    // SK텔레콤 `텔레콤 is right; SK텔레콤 `텔레콤과 or 발표했다 `했다(Samsung carry the page's own text (과, (Samsung) off
    // with them when the search island takes the added words out of an excerpt.
    const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    const misplaced: string[] = [];
    for (const { url: path, content } of indexed) {
      const before: string[] = [];
      for (const word of content.split(/\s+/)) {
        if (!word.startsWith(ADDED)) {
          before.push(word);
          continue;
        }
        // Ending a block, it carries the full stop Pagefind puts after a block's last word.
        const term = word.slice(ADDED.length).replace(/\.$/, '');
        // A part of the word before it (SK텔레콤 → 텔레콤), or the two words before it joined (데이터 센터 → 데이터센터).
        const standsAlone = /^[\p{L}\p{N}]+$/u.test(term) && letters(before.slice(-2).join('')).includes(term);
        if (!standsAlone) misplaced.push(`${path}: …${before.slice(-2).join(' ')} ${word}`);
      }
    }
    expect(misplaced).toEqual([]);
  });
});
