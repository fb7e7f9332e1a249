// Line breaks Korean typesetting never makes, kept out of a page's text. Chromium may break a Korean line before "·" or
// "~" even under word-break: keep-all ("·사우디", "~4만 달러" opening a line): no CSS property forbids that break, and
// an invisible word joiner would split the word for Pagefind (독일 stops matching 영국⁠·독일), so the character before
// the mark and the mark go into one span that does not wrap. And a number typed by hand keeps its unit ('14조 원'
// never ends a line at '14조'), as the numbers <Fig> prints do (format.ts).

/** The class of that span (global.css: white-space: nowrap). */
export const KEEP_CLASS = 'nb';

// A letter or digit, then a middle dot or tilde, then a letter or digit: 정부·삼성, SK·현대차, 1~6월, 3만~4만.
const MARK = /([\p{L}\p{N}])([·~])(?=[\p{L}\p{N}])/gu;

// A comment, a doctype or a tag (attribute values quoted either way may hold '>').
const TAG = /<!--[\s\S]*?-->|<![^>]*>|<\/?[a-zA-Z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g;

/** Elements whose text is not laid out as the page's text (or may hold no span): their contents stay as they are. */
const RAW = new Set(['script', 'style', 'template', 'textarea', 'title', 'svg', 'option']);

// A number, in figures and perhaps 만/억/조, then a space and a Korean unit: 26만 장, 14조 원, 1,100만 원, 100억 달러.
const NUMBER_UNIT = /(\d[\d,.]*[만억조천]?) (?=원|장|달러|개|명|건|곳|배)/g;

/** The text of one text node with each mark kept to the character before it and each number to its unit. */
export function keepTogether(text: string): string {
  return text.replace(MARK, `<span class="${KEEP_CLASS}">$1$2</span>`).replace(NUMBER_UNIT, '$1\u00a0');
}

/** A page's HTML with keepTogether applied to its text, outside tags, comments and the elements in RAW. */
export function keepTogetherInHtml(html: string): string {
  let out = '';
  let at = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    out += keepTogether(html.slice(at, match.index)) + match[0];
    at = TAG.lastIndex;
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(match[0])?.[1]?.toLowerCase();
    if (name && RAW.has(name) && !match[0].endsWith('/>')) {
      const close = new RegExp(`</${name}[\\s>]`, 'gi');
      close.lastIndex = at;
      const end = close.exec(html)?.index ?? html.length;
      out += html.slice(at, end);
      at = TAG.lastIndex = end;
    }
  }
  return out + keepTogether(html.slice(at));
}

const KEPT = new RegExp(`<span class="${KEEP_CLASS}">([^<]*)</span>`, 'g');

/** The HTML without keepTogetherInHtml's spans: Pagefind ends a word at a span's edge (스타트<span>업·</span> → 스타트). */
export function unwrapKeptTogether(html: string): string {
  return html.replace(KEPT, '$1');
}
