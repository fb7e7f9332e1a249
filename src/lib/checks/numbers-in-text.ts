// Finds the numbers a reader sees in Korean or English text, with their value: '1조 4,600억 원' → 1.46e12, '26만' →
// 260000, '₩1.46 trillion' → 1.46e12, '56%' → 56 (a percentage), '4.6배' / '4.6×' → 4.6 (a multiple). Years (2026) and
// numbers inside words (NVL72, HBM4) are not numbers here.

export type NumberKind = 'amount' | 'percent' | 'times';

export interface NumberInText {
  /** As written, e.g. '1조 4,600억 원'. */
  raw: string;
  value: number;
  kind: NumberKind;
  /** Where it starts in the text. */
  index: number;
}

const KOREAN_UNITS: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };
const ENGLISH_UNITS: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, million: 1e6, thousand: 1e3 };

/** A digit group: 1,234.5 or 1234 or 0.12. */
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A Korean amount: one or more digit groups each with a descending unit (1조 4,600억, 6만 5,000, 26만). */
const KOREAN = new RegExp(String.raw`(?<![\w.,])((?:${DIGITS})\s*[조억만](?:\s*(?:${DIGITS})\s*[억만]?)*|(?:${DIGITS}))`, 'g');
const ENGLISH = new RegExp(String.raw`(?<![\w.,])(US\$|\$|₩)?\s?(${DIGITS})(\s?(?:trillion|billion|million|thousand|bn|tn)\b)?`, 'gi');

const parse = (digits: string) => Number(digits.replace(/,/g, ''));

/** The value of a Korean amount such as '1조 4,600억' or '6만 5,000'. */
function koreanValue(amount: string): number {
  let total = 0;
  for (const [, digits, unit] of amount.matchAll(new RegExp(String.raw`(${DIGITS})\s*([조억만])?`, 'g'))) {
    total += parse(digits!) * (unit ? KOREAN_UNITS[unit]! : 1);
  }
  return total;
}

/** What follows a number decides its kind: a percentage, a multiple, or an amount. */
function kindAfter(rest: string): NumberKind {
  if (/^\s?(%|퍼센트|per ?cent\b)/i.test(rest)) return 'percent';
  if (/^\s?(배|×|x\b|times\b)/i.test(rest)) return 'times';
  return 'amount';
}

/** A year written alone (2025, 2026년), which is a date rather than a quantity. */
function isYear(raw: string, value: number, rest: string): boolean {
  return /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100 && !/^\s?(장|개|명|GPU|MW|GW|kW|원|달러)/i.test(rest);
}

export function numbersInText(text: string, lang: 'ko' | 'en'): NumberInText[] {
  const out: NumberInText[] = [];
  const pattern = lang === 'ko' ? KOREAN : ENGLISH;
  for (const m of text.matchAll(pattern)) {
    const raw = m[0].trim();
    const index = m.index + m[0].indexOf(raw);
    const rest = text.slice(m.index + m[0].length);
    const value = lang === 'ko' ? koreanValue(raw) : parse(m[2]!) * (m[3] ? ENGLISH_UNITS[m[3].trim().toLowerCase()]! : 1);
    // Model names are not quantities: RTX PRO 6000, GB300 NVL72.
    if (isYear(raw, value, rest) || /[A-Z]{2,}\s$/.test(text.slice(0, index))) continue;
    out.push({ raw, value, kind: kindAfter(rest), index });
  }
  return out;
}
