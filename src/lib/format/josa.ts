// Korean particles that depend on the word before them (으로/로, 이/가, 은/는, 을/를), for text built around figures.

const DIGIT_READINGS = '영일이삼사오육칠팔구';
// How a trailing symbol or Latin unit is read aloud in Korean.
const SYMBOL_READINGS: Record<string, string> = { '%': '트', '×': '배', $: '러' };

/** The syllable a Korean reader ends the word on, looking past a closing parenthesis ("14조 원(약 100억 달러)" → 원). */
function lastSyllable(word: string): string {
  let w = word.trim();
  if (w.endsWith(')')) w = w.slice(0, w.lastIndexOf('(')).trim();
  const ch = w.at(-1) ?? '';
  if (/[0-9]/.test(ch)) return DIGIT_READINGS[Number(ch)]!;
  return SYMBOL_READINGS[ch] ?? ch;
}

/** 0 for no final consonant, 8 for ㄹ, another number for any other final consonant; undefined if not Hangul. */
function finalConsonant(word: string): number | undefined {
  const code = lastSyllable(word).charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return undefined;
  return code % 28;
}

/** The word followed by the right form of a particle: josa('6만 장', '으로') → '6만 장으로', josa('19.2%', '으로') → '19.2%로'. */
export function josa(word: string, particle: '으로' | '이' | '은' | '을'): string {
  const fc = finalConsonant(word);
  const hasFinal = fc !== undefined && fc !== 0;
  switch (particle) {
    case '으로':
      return word + (hasFinal && fc !== 8 ? '으로' : '로');
    case '이':
      return word + (hasFinal ? '이' : '가');
    case '은':
      return word + (hasFinal ? '은' : '는');
    case '을':
      return word + (hasFinal ? '을' : '를');
  }
}
