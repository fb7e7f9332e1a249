// The Korean words compounds are split against (compounds.ts), drawn from the site's own content: the names it gives
// recipients, tags and figures, and the nouns its articles use often enough to be sure of — a word seen before a case
// particle (데이터를, 센터의), after a Latin name (SK텔레콤), or in a list joined by a middle dot (정부·삼성).
import { letterRuns, scriptPieces, type Vocabulary } from './compounds';
import { stripParticle } from './particles';

/** Particles that follow nouns, never verbs: what comes before them is a noun. (은/는, 도, 만 also end verb forms.) */
const NOUN_MARKERS = new Set([
  '을',
  '를',
  '이',
  '가',
  '의',
  '에',
  '에서',
  '에게',
  '으로',
  '로',
  '과',
  '와',
  '까지',
  '부터',
  '에서는',
  '으로는',
  '과의',
  '와의',
]);

const WORD = /^[가-힣]{2,10}$/;

/** Hangul pieces of a name or phrase worth a place in the vocabulary: 과학기술정보통신부, SK그룹 → 그룹. */
function nameWords(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .flatMap(letterRuns)
    .flatMap((run) => scriptPieces(stripParticle(run)))
    .filter((piece) => WORD.test(piece));
}

/** The nouns a text shows to be nouns, once per sighting. */
function nounSightings(text: string): string[] {
  const seen: string[] = [];
  for (const word of text.split(/\s+/)) {
    const runs = letterRuns(word);
    const listed = runs.length > 1 && word.includes('·');
    for (const run of runs) {
      const stem = stripParticle(run);
      const pieces = scriptPieces(stem);
      const last = pieces.at(-1)!;
      const marked = NOUN_MARKERS.has(run.slice(stem.length));
      pieces.forEach((piece, k) => {
        const afterLatin = k > 0 && /[a-z]/i.test(pieces[k - 1]!);
        if (WORD.test(piece) && (afterLatin || listed || (marked && piece === last))) seen.push(piece);
      });
    }
  }
  return seen;
}

/** Hangul words the texts and names write as one, particle off (데이터센터, 디지털트윈 from the tag 디지털 트윈). */
function writtenWords(texts: string[], names: string[]): Set<string> {
  const written = new Set<string>();
  for (const text of texts) {
    for (const run of text.split(/\s+/).flatMap(letterRuns)) {
      const stem = stripParticle(run);
      if (/^[가-힣]{4,}$/.test(stem)) written.add(stem);
    }
  }
  for (const name of names) {
    const words = name.split(/\s+/);
    if (words.length > 1 && words.every((w) => /^[가-힣]+$/.test(w))) written.add(words.join(''));
  }
  return written;
}

/**
 * The vocabulary: every Hangul word of the given names (recipients, tags, figure labels), and every noun the texts
 * show at least `minSightings` times; and the words they write as one.
 */
export function buildVocabulary(texts: Iterable<string>, names: Iterable<string>, minSightings = 2): Vocabulary {
  const allTexts = [...texts];
  const allNames = [...names];
  const words = new Set<string>();
  for (const name of allNames) for (const word of nameWords(name)) words.add(word);
  const counts = new Map<string, number>();
  for (const text of allTexts) for (const noun of nounSightings(text)) counts.set(noun, (counts.get(noun) ?? 0) + 1);
  for (const [noun, count] of counts) if (count >= minSightings) words.add(noun);
  return { words, written: writtenWords(allTexts, allNames) };
}
