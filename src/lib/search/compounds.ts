// Korean compounds for the search index. Pagefind matches a search word against the start of each written word, and
// Korean writes compounds as one word (SK텔레콤, 국가AI컴퓨팅센터, 데이터센터) and lists with a middle dot (정부·삼성·SK):
// a search for 텔레콤, 센터 or 삼성 finds none of them. This file splits such words into their parts, against a
// vocabulary drawn from the site's own content, and lists the extra words a page needs so that every part can be found.
import { isParticle, stripParticle } from './particles';

const HANGUL_RUN = /[가-힣]+|[^가-힣]+/g;
const LATIN = /[a-z]/i;

/** Syllables a vocabulary word must have: one-syllable words (장, 원, 부) would split nearly everything. */
const MIN_WORD = 2;
const MAX_WORD = 10;

/** The runs of letters and digits in a written word (punctuation splits them): 정부·삼성·SK는 → 정부, 삼성, SK는. */
export function letterRuns(word: string): string[] {
  return word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * A run split where Hangul meets Latin letters, digits staying with their neighbour: SK텔레콤 → SK, 텔레콤;
 * 국가AI컴퓨팅센터 → 국가, AI, 컴퓨팅센터; 2026년 and H200 stay whole.
 */
export function scriptPieces(run: string): string[] {
  const pieces: string[] = [];
  for (const piece of run.match(HANGUL_RUN) ?? []) {
    const last = pieces.length - 1;
    const joinsPrevious = last >= 0 && !LATIN.test(piece) && !/[가-힣]/.test(piece);
    const previousIsDigits = last >= 0 && !LATIN.test(pieces[last]!) && !/[가-힣]/.test(pieces[last]!);
    if (joinsPrevious || previousIsDigits) pieces[last] += piece;
    else pieces.push(piece);
  }
  return pieces;
}

/**
 * A Hangul word split into the vocabulary words inside it: 데이터센터 → 데이터, 센터; 과학기술정보통신부 → 과학기술,
 * 정보, 통신부 (when 정보 is a vocabulary word and 과학, 기술, 통신 are not).
 * The split with the most vocabulary words wins, then the one with the fewest parts (longer words). Two or more
 * syllables outside the vocabulary make a part of their own (국가컴퓨팅센터 → 국가, 컴퓨팅, 센터); a single one joins the
 * part before it (센터장 stays whole, 현대차그룹 → 현대차, 그룹) or opens the word (대기업 → 대, 기업). A word with no
 * vocabulary word inside stays whole.
 */
export function splitHangul(word: string, vocabulary: ReadonlySet<string>): string[] {
  const n = word.length;
  // best[i]: the best split of word.slice(0, i): how many vocabulary words, how many parts, and which parts are words.
  const best: { known: number; parts: number; pieces: { start: number; known: boolean }[] }[] = [{ known: 0, parts: 0, pieces: [] }];
  for (let i = 1; i <= n; i++) {
    const prev = best[i - 1]!;
    // A single syllable is always a possible part.
    let pick = { known: prev.known, parts: prev.parts + 1, pieces: [...prev.pieces, { start: i - 1, known: false }] };
    for (let j = Math.max(0, i - MAX_WORD); j <= i - MIN_WORD; j++) {
      // The word itself may be in the vocabulary (데이터센터): what matters is the words inside it.
      if ((j === 0 && i === n) || !vocabulary.has(word.slice(j, i))) continue;
      const from = best[j]!;
      if (from.known + 1 > pick.known || (from.known + 1 === pick.known && from.parts + 1 < pick.parts)) {
        pick = { known: from.known + 1, parts: from.parts + 1, pieces: [...from.pieces, { start: j, known: true }] };
      }
    }
    best[i] = pick;
  }
  // Syllables outside the vocabulary, gathered into runs between the vocabulary words.
  const parts: { text: string; known: boolean }[] = [];
  best[n]!.pieces.forEach((piece, k, all) => {
    const text = word.slice(piece.start, all[k + 1]?.start ?? n);
    const last = parts.at(-1);
    if (!piece.known && last && !last.known) last.text += text;
    else parts.push({ text, known: piece.known });
  });
  const merged: string[] = [];
  for (const part of parts) {
    if (!part.known && part.text.length === 1 && merged.length > 0) merged[merged.length - 1] += part.text;
    else merged.push(part.text);
  }
  return merged.length > 1 ? merged : [word];
}

/** A written word's parts, particle taken off: SK텔레콤의 → SK, 텔레콤; 울산데이터센터를 → 울산, 데이터, 센터. */
export function wordParts(run: string, vocabulary: ReadonlySet<string>): string[] {
  return scriptPieces(stripParticle(run)).flatMap((piece) => (/^[가-힣]+$/.test(piece) ? splitHangul(piece, vocabulary) : [piece]));
}

/** Whether a part is worth indexing on its own: two syllables or letters, not a particle, not a number (Pagefind
 * already reads 260,000장 as 260000장). */
function indexable(part: string): boolean {
  return [...part].length >= MIN_WORD && !isParticle(part) && !/^\d/.test(part);
}

/** What compounds are split against: vocabulary words, and the Hangul words the content writes as one (데이터센터). */
export interface Vocabulary {
  words: ReadonlySet<string>;
  written: ReadonlySet<string>;
}

/**
 * Marks a word the index adds: Pagefind drops ASCII punctuation from the words it indexes, so `텔레콤 is indexed as
 * 텔레콤, while the search island can tell the added words from the page's own in excerpts and leave them out. (Rendered
 * article text has no backticks: MDX turns them into <code>.)
 */
export const ADDED = '`';

/**
 * The extra words one written word needs in the index so every part of it starts a word: each run after punctuation
 * (정부·삼성 → 삼성) and every tail of its parts (국가AI컴퓨팅센터를 → ai컴퓨팅센터, 컴퓨팅센터, 센터); and, when the
 * word before it and it are written as one elsewhere in the content, the two together (데이터 센터 → 데이터센터), so a
 * reader who leaves out the space finds them too. Lower-case, particles off.
 */
export function wordTerms(word: string, previous: string | undefined, { words: vocabulary, written }: Vocabulary): string[] {
  const terms = new Set<string>();
  letterRuns(word).forEach((run, r) => {
    const parts = wordParts(run, vocabulary);
    // The first run already starts a word Pagefind indexes; later runs (after · or a bracket) do not.
    for (let k = r === 0 ? 1 : 0; k < parts.length; k++) {
      const tail = parts.slice(k).join('');
      if (indexable(tail)) terms.add(tail.toLowerCase());
    }
  });
  if (previous && /^[가-힣]+$/.test(previous) && stripParticle(previous) === previous) {
    const following = stripParticle(letterRuns(word)[0] ?? '');
    if (/^[가-힣]+$/.test(following)) {
      const joined = [following, splitHangul(following, vocabulary)[0]!].map((f) => previous + f).find((j) => written.has(j));
      if (joined) terms.add(joined);
    }
  }
  return [...terms];
}

/** Where a text's words need extra index words: the offset just after each such word, and its words. */
export function searchTermsAt(text: string, vocabulary: Vocabulary): { end: number; terms: string[] }[] {
  let previous: string | undefined;
  const found: { end: number; terms: string[] }[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const terms = wordTerms(match[0], previous, vocabulary);
    previous = match[0];
    if (terms.length) found.push({ end: match.index + match[0].length, terms });
  }
  return found;
}

/** The extra words as written into the index after a word: ` \`텔레콤 \`sk텔레콤`. */
export function addedText(terms: readonly string[]): string {
  return terms.map((t) => ` ${ADDED}${t}`).join('');
}

/** The text with each word's extra index words after it, marked: SK텔레콤의 망 → SK텔레콤의 `텔레콤 망. */
export function withSearchTerms(text: string, vocabulary: Vocabulary): { text: string; added: number } {
  let out = text;
  let added = 0;
  for (const { end, terms } of searchTermsAt(text, vocabulary).reverse()) {
    out = out.slice(0, end) + addedText(terms) + out.slice(end);
    added += terms.length;
  }
  return { text: out, added };
}
