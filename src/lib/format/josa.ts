// Korean particles that depend on the word before them (으로/로, 이/가, 은/는, 을/를, 과/와), for text built around figures.
// es-hangul picks the form from a syllable; what this file adds is how a figure's last character is read aloud.
import { josa as hangulJosa } from 'es-hangul';

const DIGIT_READINGS = '영일이삼사오육칠팔구';
// How a trailing symbol or Latin unit is read aloud in Korean.
const SYMBOL_READINGS: Record<string, string> = { '%': '트', '×': '배', $: '러' };
const PAIRS = { 으로: '으로/로', 이: '이/가', 은: '은/는', 을: '을/를', 과: '와/과' } as const;
export type Particle = keyof typeof PAIRS;

/** The syllable a Korean reader ends the word on, looking past a closing parenthesis ("14조 원(약 100억 달러)" → 원). */
function lastSyllable(word: string): string {
  let w = word.trim();
  if (w.endsWith(')')) w = w.slice(0, w.lastIndexOf('(')).trim();
  const ch = w.at(-1) ?? '';
  if (/[0-9]/.test(ch)) return DIGIT_READINGS[Number(ch)]!;
  return SYMBOL_READINGS[ch] ?? ch;
}

/** The word followed by the right form of a particle: josa('6만 장', '으로') → '6만 장으로', josa('19.2%', '으로') → '19.2%로'. */
export function josa(word: string, particle: Particle): string {
  return word + hangulJosa.pick(lastSyllable(word), PAIRS[particle]);
}
