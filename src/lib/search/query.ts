// What a Korean search box query is searched as: the same words the index holds for Korean compounds (compounds.ts),
// so a reader may type particles, compounds or spacing as they like. English queries pass through unchanged.
import { letterRuns, scriptPieces } from './compounds';
import { isParticle, stripParticle } from './particles';

/**
 * The query as the index's words: particles off (클라우드가 → 클라우드), split where Hangul meets Latin letters
 * (SK텔레콤의 → sk 텔레콤) and at punctuation (정부·삼성 → 정부 삼성), lower-case; a particle typed as a word of its
 * own is dropped. Pagefind then matches each word against the start of an indexed word, and wants them all.
 */
export function koreanQuery(query: string): string {
  return query
    .split(/\s+/)
    .flatMap(letterRuns)
    .flatMap((run) => scriptPieces(stripParticle(run)))
    .filter((piece) => !isParticle(piece))
    .join(' ')
    .toLowerCase();
}

/**
 * The query's words as the search island marks them in excerpts: lower-case runs of letters and digits
 * ("Samsung's" → samsung, s), on Korean pages with the index's words too (클라우드가 → 클라우드가, 클라우드). A
 * one-letter word counts only when the query has no longer one ('s' would mark half of every excerpt).
 */
export function queryWords(query: string, korean: boolean): string[] {
  const typed = query.toLowerCase().split(/\s+/).flatMap(letterRuns);
  const words = [...new Set([...typed, ...(korean ? koreanQuery(query).split(' ') : [])])].filter(Boolean);
  const long = words.filter((w) => [...w].length > 1);
  return long.length > 0 ? long : words;
}
