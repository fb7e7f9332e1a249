// Keeps a middle dot or a tilde on the line of the word before it. Chromium may break a Korean line before "·" or "~"
// even under word-break: keep-all, so a line opened with "·사우디" or "~4만 달러", which Korean typesetting never does.
// No CSS property forbids that break, and an invisible word joiner would split the word for Pagefind (독일 stops
// matching 영국⁠·독일), so the character before the mark and the mark go into one span that does not wrap.

/** The class of that span (global.css: white-space: nowrap). */
export const KEEP_CLASS = 'nb';

// A letter or digit, then a middle dot or tilde, then a letter or digit: 정부·삼성, SK·현대차, 1~6월, 3만~4만.
const MARK = /([\p{L}\p{N}])([·~])(?=[\p{L}\p{N}])/gu;

// A comment, a doctype or a tag (attribute values quoted either way may hold '>').
const TAG = /<!--[\s\S]*?-->|<![^>]*>|<\/?[a-zA-Z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g;

/** Elements whose text is not laid out as the page's text (or may hold no span): their contents stay as they are. */
const RAW = new Set(['script', 'style', 'template', 'textarea', 'title', 'svg', 'option']);

/** The text of one text node with each mark kept to the character before it. */
export function keepMarksInText(text: string): string {
  return text.replace(MARK, `<span class="${KEEP_CLASS}">$1$2</span>`);
}

/** A page's HTML with keepMarksInText applied to its text, outside tags, comments and the elements in RAW. */
export function keepMarksWithWord(html: string): string {
  let out = '';
  let at = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    out += keepMarksInText(html.slice(at, match.index)) + match[0];
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
  return out + keepMarksInText(html.slice(at));
}

const KEPT = new RegExp(`<span class="${KEEP_CLASS}">([^<]*)</span>`, 'g');

/** The HTML as it was before keepMarksWithWord: Pagefind ends a word at a span's edge (스타트<span>업·</span> → 스타트). */
export function unwrapKeptMarks(html: string): string {
  return html.replace(KEPT, '$1');
}
