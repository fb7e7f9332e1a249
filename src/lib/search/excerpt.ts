// Search results as a reader should see them. Pagefind's excerpt is the page's text as it indexed it, word by word, with
// every word that matched the query in <mark>: whole words as written, so the bracket or comma around a name is marked
// with it ('(Samsung'), and, on Korean pages, with the words the index adds for compounds (compounds.ts) in among them.
import { ADDED } from './compounds';

/** A word of the excerpt: its text, whether Pagefind marked it, and the added words marked after it (their mark's cause). */
interface Word {
  text: string;
  marked: boolean;
  hints: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
const decode = (html: string) => html.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);
const escape = (text: string) => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** The characters after which Pagefind ends a block with a full stop (its SENTENCE_CHARS). */
export const SENTENCE_END = /[\p{L}\p{N}_'")$*]$/u;
/** An added word: the mark, the word (letters and digits), and what Pagefind may have put after it. */
const ADDED_WORD = new RegExp(`^${ADDED}([\\p{L}\\p{N}]*)(.*)$`, 'u');
const LETTERS = /[\p{L}\p{N}]+/gu;

/** The excerpt's words, without the added ones: a marked added word marks the word it follows. */
function pageWords(excerpt: string): Word[] {
  const words: Word[] = [];
  for (const token of excerpt.split(' ')) {
    const m = /^<mark>(.*)<\/mark>$/.exec(token);
    const text = decode(m ? m[1]! : token);
    const added = ADDED_WORD.exec(text);
    if (!added) {
      words.push({ text, marked: !!m, hints: [] });
      continue;
    }
    const last = words.at(-1);
    if (!last) continue;
    // The full stop Pagefind ends a block with belongs to the word before, if that word would have had it; other text
    // after an added word (an index built with the words inside a written word) is the page's own, and may be the match.
    const rest = added[2]!;
    if (rest && (rest !== '.' || SENTENCE_END.test(last.text))) last.text += rest;
    if (m && /[\p{L}\p{N}]/u.test(rest)) last.marked = true;
    else if (m) last.hints.push(added[1]!.toLowerCase());
  }
  return words;
}

/**
 * A marked word, its mark narrowed to the letters that matched: the runs of letters and digits that start with a
 * query word (Pagefind matches the start of a word, and reads '(Samsung' and '발표했다(Samsung' as words of their own
 * too) or hold an added word that matched. Failing that (a stemmed match: chips finds chip), the word without the
 * punctuation around it.
 */
function narrowMark(word: Word, queryWords: readonly string[]): string {
  const runs = [...word.text.matchAll(LETTERS)].map((r) => ({ start: r.index, end: r.index + r[0].length }));
  if (runs.length === 0) return escape(word.text);
  const matches = (run: string) => {
    const lower = run.toLowerCase();
    return queryWords.some((q) => lower.startsWith(q)) || word.hints.some((h) => lower.includes(h));
  };
  const picked = runs.filter((r) => matches(word.text.slice(r.start, r.end)));
  const marked = picked.length > 0 ? picked : [{ start: runs[0]!.start, end: runs.at(-1)!.end }];
  let html = '';
  let at = 0;
  for (const { start, end } of marked) {
    html += `${escape(word.text.slice(at, start))}<mark>${escape(word.text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escape(word.text.slice(at));
}

/**
 * Pagefind's excerpt as shown to a reader: the words the index added taken out, keeping any text Pagefind put after
 * them; each mark on exactly the letters that matched the query's words (lower-case, as `queryWords` gives them):
 * `발표했다 <mark>`했다(Samsung</mark>` → `발표했다(<mark>Samsung</mark>`;
 * `SK텔레콤의 <mark>`텔레콤</mark> 산업용` → `<mark>SK텔레콤의</mark> 산업용`.
 */
export function readableExcerpt(excerpt: string, queryWords: readonly string[]): string {
  return pageWords(excerpt)
    .map((word) => (word.marked || word.hints.length > 0 ? narrowMark(word, queryWords) : escape(word.text)))
    .join(' ');
}

/** A title (plain text) without the added words. */
export function withoutAddedTitleWords(title: string): string {
  return title
    .split(' ')
    .filter((word) => !word.startsWith(ADDED))
    .join(' ');
}
