// Formats the site's figures for each language: 6만 장 / 60,000 GPUs, 약 14조 원 / about ₩14 trillion.
import { LOCALE_TAG, type Lang } from '../site/i18n';

export const UNITS = ['gpu', 'krw', 'usd', 'mw', 'gbps', 'times', 'people', 'years', 'percent', 'count'] as const;
export type Unit = (typeof UNITS)[number];
export const APPROX = ['exact', 'about', 'up-to', 'more-than'] as const;
export type Approx = (typeof APPROX)[number];

const KO_GROUPS: [number, string][] = [
  [1e12, '조'],
  [1e8, '억'],
  [1e4, '만'],
];

// Building an Intl formatter costs far more than formatting with one, and a build formats tens of thousands of numbers and
// dates (every list of articles, every source, every figure): each distinct formatter is made once.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f as T;
}

const intl = (lang: Lang, options: Intl.NumberFormatOptions = {}) =>
  cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALE_TAG[lang], options));

const dateFormat = (lang: Lang, withDay: boolean) =>
  cached(
    `d|${lang}|${withDay}`,
    () =>
      new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : LOCALE_TAG.ko, {
        year: 'numeric',
        month: 'long',
        ...(withDay ? { day: 'numeric' } : {}),
        timeZone: 'UTC',
      }),
  );

/** A no-break space: an amount keeps its unit or counter word on the same line ('5만 장', '60,000 GPUs', '14 trillion'). */
export const NBSP = '\u00a0';

/** 260000 → '26만', 4278300000000 → '4조 2,783억', 7656 → '7,656', 11.5 → '11.5' (만-unit grouping, as Korean newsrooms write). */
export function koreanNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`koreanNumber: ${value} is not a finite number`);
  if (value < 0) return `-${koreanNumber(-value)}`;
  if (value < 1e4) return intl('ko', { maximumFractionDigits: 2 }).format(value);
  let rest = Math.round(value);
  const parts: string[] = [];
  for (const [size, name] of KO_GROUPS) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${intl('ko').format(n)}${name}`);
    rest -= n * size;
  }
  if (rest > 0) parts.push(intl('ko').format(rest));
  return parts.join(' ');
}

/** 14e12 → '14 trillion', 1.46e12 → '1.46 trillion', 260000 → '260,000'. */
export function englishNumber(value: number): string {
  if (Math.abs(value) >= 1e6) {
    // '14 trillion' stays on one line, as amounts keep their units.
    return intl('en', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }).format(value).replace(' ', NBSP);
  }
  return intl('en', { maximumFractionDigits: 2 }).format(value);
}

/** A number as each language groups it, without a unit: '26만' / '260,000', '14조' / '14 trillion'. */
export function localNumber(value: number, lang: Lang): string {
  return lang === 'ko' ? koreanNumber(value) : englishNumber(value);
}

/** A bare amount with its unit, no approximation words: '6만 장', '60,000 GPUs', '₩14 trillion', '100MW'. */
export function formatAmount(value: number, unit: Unit, lang: Lang, max?: number): string {
  const num = (v: number) => localNumber(v, lang);
  const n = max === undefined ? num(value) : `${num(value)}${lang === 'ko' ? '~' : '–'}${num(max)}`;
  // Korean: a space before a counter word after 만/억/조 ('6만 장'), none after digits ('7,656장'). The space does not
  // break, so a narrow table cell never leaves the counter alone on a line ('최대 5만' / '장').
  const ko = (word: string) => (/[만억조]$/.test(n) ? `${n}${NBSP}${word}` : `${n}${word}`);
  if (lang === 'ko') {
    switch (unit) {
      case 'gpu':
        return ko('장');
      case 'krw':
        return ko('원');
      case 'usd':
        return ko('달러');
      case 'mw':
        return `${n}MW`;
      case 'gbps':
        return `${n}Gbps`;
      case 'times':
        return `${n}배`;
      case 'people':
        return ko('명');
      case 'years':
        return ko('년');
      case 'percent':
        return `${n}%`;
      case 'count':
        return n;
    }
  }
  const plural = max !== undefined || value !== 1;
  switch (unit) {
    case 'gpu':
      return `${n}${NBSP}${plural ? 'GPUs' : 'GPU'}`;
    case 'krw':
      return `₩${n}`;
    case 'usd':
      return `US$${n}`;
    case 'mw':
      return `${n}${NBSP}MW`;
    case 'gbps':
      return `${n}${NBSP}Gbps`;
    case 'times':
      return `${n}×`;
    case 'people':
      return `${n}${NBSP}${plural ? 'people' : 'person'}`;
    case 'years':
      return `${n}${NBSP}${plural ? 'years' : 'year'}`;
    case 'percent':
      return `${n}%`;
    case 'count':
      return n;
  }
}

/** Wraps an amount in the words for how approximate it is: '약 6만 장', '5만 장 이상', 'up to 50,000 GPUs'. */
export function withApprox(amount: string, approx: Approx, lang: Lang): string {
  if (lang === 'ko') {
    switch (approx) {
      case 'exact':
        return amount;
      case 'about':
        return `약 ${amount}`;
      case 'up-to':
        return `최대 ${amount}`;
      case 'more-than':
        return `${amount} 이상`;
    }
  }
  switch (approx) {
    case 'exact':
      return amount;
    case 'about':
      return `about ${amount}`;
    case 'up-to':
      return `up to ${amount}`;
    case 'more-than':
      return `more than ${amount}`;
  }
}

/** The approximation word on its own, as the charts' CSV files give it: '약' / 'about'; empty when exact. */
export const APPROX_WORDS: Record<Lang, Record<Approx, string>> = {
  ko: { exact: '', about: '약', 'up-to': '최대', 'more-than': '이상' },
  en: { exact: '', about: 'about', 'up-to': 'up to', 'more-than': 'more than' },
};

export interface FormattableFigure {
  value: number;
  max?: number | undefined;
  unit: Unit;
  approx: Approx;
}

/**
 * The full text of a figure, with an optional equivalent in brackets, each with its own qualifier: '약 14조 원(약 100억
 * 달러)', 'up to ₩14 trillion (up to US$10 billion)', 'about ₩14 trillion (≈ US$10 billion)'.
 */
export function formatFigure(fig: FormattableFigure, lang: Lang, equivalent?: FormattableFigure): string {
  const main = withApprox(formatAmount(fig.value, fig.unit, lang, fig.max), fig.approx, lang);
  if (!equivalent) return main;
  const amount = formatAmount(equivalent.value, equivalent.unit, lang, equivalent.max);
  const eq = equivalent.approx === 'about' && lang === 'en' ? `≈ ${amount}` : withApprox(amount, equivalent.approx, lang);
  return lang === 'ko' ? `${main}(${eq})` : `${main} (${eq})`;
}

/** Short axis and label numbers for charts: 260000 → '26만' / '260K'; 14e12 → '14조' / '14T'. */
export function compactNumber(value: number, lang: Lang): string {
  return intl(lang, { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
}

/** Short won amounts for chart bars: '3.23조 원' / '₩3.23T'. */
export function compactWon(value: number, lang: Lang): string {
  return lang === 'ko' ? `${compactNumber(value, lang)} 원` : `₩${compactNumber(value, lang)}`;
}

/** A share as a percentage: 0.2307 → '23.1%'. */
export function formatPercent(share: number, lang: Lang, digits = 1): string {
  return intl(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

/** Dates as newsrooms print them: '2025년 10월 31일' / '31 October 2025'; partial dates ('2025-11') print month only. */
export function formatDate(date: Date | string, lang: Lang): string {
  // Every article page lists 5-12 dated sources, from a few dozen dates: each date is formatted once per language.
  const key = `${lang}|${typeof date === 'string' ? date : date.getTime()}`;
  let text = formattedDates.get(key);
  if (text === undefined) formattedDates.set(key, (text = formatDateOnce(date, lang)));
  return text;
}

const formattedDates = new Map<string, string>();

function formatDateOnce(date: Date | string, lang: Lang): string {
  if (typeof date === 'string' && /^\d{4}-\d{2}$/.test(date)) {
    return dateFormat(lang, false).format(new Date(`${date}-01T00:00:00Z`));
  }
  const d = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  return dateFormat(lang, true).format(d);
}

/** ISO date (YYYY-MM-DD) for <time datetime> and feeds. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
