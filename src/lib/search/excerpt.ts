// Search results shown without the words the index adds for Korean compounds (compounds.ts): Pagefind's excerpts and
// titles carry them, marked, right after the word they belong to.
import { ADDED } from './compounds';

/** A word of Pagefind's excerpt HTML: the word, and whether Pagefind marked it as a match. */
function unwrap(token: string): { word: string; marked: boolean } {
  const m = /^<mark>(.*)<\/mark>$/.exec(token);
  return m ? { word: m[1]!, marked: true } : { word: token, marked: false };
}

/**
 * Pagefind's excerpt (words, some in <mark>) without the added words; a marked added word marks the word it follows:
 * `SK텔레콤의 <mark>`텔레콤</mark> 산업용` → `<mark>SK텔레콤의</mark> 산업용`.
 */
export function withoutAddedWords(excerpt: string): string {
  const kept: { word: string; marked: boolean }[] = [];
  for (const token of excerpt.split(' ')) {
    const { word, marked } = unwrap(token);
    if (!word.startsWith(ADDED)) kept.push({ word, marked });
    else if (marked && kept.length > 0) kept[kept.length - 1]!.marked = true;
  }
  return kept.map(({ word, marked }) => (marked ? `<mark>${word}</mark>` : word)).join(' ');
}

/** A title (plain text) without the added words. */
export function withoutAddedTitleWords(title: string): string {
  return title
    .split(' ')
    .filter((word) => !word.startsWith(ADDED))
    .join(' ');
}
