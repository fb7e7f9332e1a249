// How many lines an article paragraph may take on the narrowest phone, worked out from its text at build time: the
// height of its placeholder while its layout is deferred (content-visibility: auto, src/styles/components.css).
// Too short a placeholder lets the paragraph's links, laid out for measuring, run past it onto the links that follow
// (Lighthouse's target-size audit failed on that); too tall only makes the scroll bar look long until it is laid out.

/** Characters a line holds, at the least, on a 320 px screen (288 px of text at 16 px): a Hangul syllable is 1em, and
 * keep-all wraps whole words, so a line ends early; Latin text averages about half an em a character. */
const CHARS_PER_LINE = { ko: 13, en: 28 } as const;

/** The heights a placeholder may have, in lines: one CSS rule each. */
export const PLACEHOLDER_LINES = [4, 8, 12, 16, 20, 24, 32, 40] as const;

/**
 * The placeholder height, in lines, for a paragraph of `chars` characters of text (components such as <Fig> counted
 * at what they print, roughly) in `lang`: the smallest step that holds it, the largest step for anything longer.
 */
export function placeholderLines(chars: number, lang: 'ko' | 'en'): (typeof PLACEHOLDER_LINES)[number] {
  const lines = Math.ceil(chars / CHARS_PER_LINE[lang]);
  return PLACEHOLDER_LINES.find((step) => step >= lines) ?? PLACEHOLDER_LINES[PLACEHOLDER_LINES.length - 1]!;
}
