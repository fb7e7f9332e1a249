// Opening quotation marks in Korean text. Smart punctuation decides between ‘ and ’ by the letters it knows, and reads
// a quote mark before Hangul as a closing one: '이상' came out ’이상’ on every Korean page. A closing mark after a space,
// an opening bracket or the start of a block, and before a word, opens a quotation instead.

/** Marks smart punctuation closed that open a quotation, and the mark each should be. */
const OPENING = { '’': '‘', '”': '“' } as const;
const MISREAD = /(^|[\s([「『])([’”])(?=[^\s.,;:!?)\]’”])/gu;
/** A year cut to two digits keeps its apostrophe ('’25년', '’25 APEC'); '’10조 원' is a quotation. */
const SHORT_YEAR = /^\d\d(?=년|[\s.,)]|$)/;

/**
 * `text` with each quotation-opening mark set right. `atBlockStart`: the text opens its paragraph, list item or cell, so
 * a mark at its very start opens; otherwise a mark right after an element (a link) is left as it is.
 */
export function openingQuotes(text: string, atBlockStart: boolean): string {
  return text.replace(MISREAD, (match, before: string, mark: keyof typeof OPENING, offset: number) => {
    const after = text.slice(offset + match.length);
    if ((offset === 0 && before === '' && !atBlockStart) || (mark === '’' && SHORT_YEAR.test(after))) return match;
    return before + OPENING[mark];
  });
}
