// Korean particles (조사) at the end of a written word: taken off a search word, so 클라우드가 also finds 클라우드를, and
// off the words the search index adds, so both sides meet on the same stem. Only the particles a reader types after a
// noun are listed; endings that also close common nouns (나 in 코로나, 이란 = Iran) are left alone. Which form of a
// particle fits the word before it (이 or 가) is es-hangul's rule (josa.pick).
import { josa } from 'es-hangul';

/** A particle's two forms (이/가, 으로/로…) as es-hangul names them, or 'any' for particles with one form (의, 에서). */
type Pair = Parameters<typeof josa.pick>[1] | 'any';

const PARTICLES: [Pair, string[]][] = [
  ['이/가', ['이', '가', '이다']],
  ['은/는', ['은', '는']],
  ['을/를', ['을', '를']],
  ['와/과', ['와', '과', '와의', '과의', '와는', '과는', '와도', '과도']],
  ['으로/로', ['으로', '로', '으로는', '로는', '으로도', '로도', '으로의', '로의']],
  ['으로서/로서', ['으로서', '로서']],
  ['으로써/로써', ['으로써', '로써']],
  ['으로부터/로부터', ['으로부터', '로부터']],
  ['이라/라', ['이라는', '라는', '이라고', '라고']],
  [
    'any',
    [
      '의',
      '에',
      '에서',
      '에게',
      '에는',
      '에도',
      '에선',
      '에서는',
      '에서도',
      '에서의',
      '에서만',
      '에게는',
      '에의',
      '도',
      '만',
      '만의',
      '만은',
      '까지',
      '까지는',
      '까지도',
      '까지의',
      '부터',
      '부터는',
      '부터의',
      '보다',
      '보다는',
      '처럼',
      '마다',
      '조차',
      '밖에',
      '께서',
      '한테',
      '만큼',
      '뿐',
    ],
  ],
];

/** Every particle with its pair, longest first, so 에서는 is tried before 에서 and 는. */
const BY_LENGTH: [string, Pair][] = PARTICLES.flatMap(([pair, list]) => list.map((p): [string, Pair] => [p, pair])).sort(
  (a, b) => b[0].length - a[0].length,
);

/** The same, by last syllable: a word is only checked against the particles it could end in. */
const BY_LAST = new Map<string, [string, Pair][]>();
for (const entry of BY_LENGTH) BY_LAST.set(entry[0].at(-1)!, [...(BY_LAST.get(entry[0].at(-1)!) ?? []), entry]);

/**
 * Whether the particle is the form its pair takes after `before`, as es-hangul picks it (삼성이, 정부가, 서울로,
 * 예산으로). After a Latin letter or a digit (SK는, HBM4를) the reading decides, which the text does not show: either
 * form goes.
 */
function fits(particle: string, pair: Pair, before: string): boolean {
  if (pair === 'any' || !/[가-힣]/.test(before)) return true;
  return particle.startsWith(josa.pick(before, pair));
}

/** Characters a stem must keep: a particle after one syllable (회의, 속도, 결과) is more likely part of the noun. */
const MIN_STEM = 2;

/**
 * The word without the particle it ends in: 클라우드가 → 클라우드, 엔비디아의 → 엔비디아, SK하이닉스에서 → SK하이닉스,
 * 삼성전자와의 → 삼성전자. A word that ends in no particle, or whose stem would be shorter than two characters, comes
 * back as it is (속도, 회의). 만 after a digit is the number (26만), not "only".
 */
export function stripParticle(word: string): string {
  for (const [particle, pair] of BY_LAST.get(word.at(-1) ?? '') ?? []) {
    if (!word.endsWith(particle)) continue;
    const stem = word.slice(0, -particle.length);
    const before = stem.at(-1) ?? '';
    if (!fits(particle, pair, before) || (particle.startsWith('만') && /\d/.test(before))) continue;
    // 회의, 속도, 값으로: a stem this short means the ending is more likely part of the noun.
    return stem.length < MIN_STEM ? word : stem;
  }
  return word;
}

/** Whether a written piece is nothing but a particle (으로, 에서, 는): worth nothing on its own in the index. */
export function isParticle(piece: string): boolean {
  return (BY_LAST.get(piece.at(-1) ?? '') ?? []).some(([particle]) => particle === piece);
}
