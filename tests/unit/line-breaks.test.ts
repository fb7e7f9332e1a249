// A middle dot or tilde kept on the line of the word before it, in a page's text and nowhere else.
import { describe, expect, it } from 'vitest';
import { keepMarksInText, keepMarksWithWord, unwrapKeptMarks } from '@/lib/format/line-breaks';

const nb = (s: string) => `<span class="nb">${s}</span>`;

describe('keepMarksInText', () => {
  it('joins each middle dot and tilde between letters or digits to the character before it', () => {
    expect(keepMarksInText('영국·독일·사우디·UAE와')).toBe(`영${nb('국·')}독${nb('일·')}사우${nb('디·')}UAE와`);
    expect(keepMarksInText('2026년 1~6월, 3만~4만 달러')).toBe(`2026년 ${nb('1~')}6월, 3${nb('만~')}4만 달러`);
    expect(keepMarksInText('SK·현대차')).toBe(`S${nb('K·')}현대차`);
  });

  it('leaves a mark after a space or before one, and text without marks', () => {
    expect(keepMarksInText('약 ~60,000 · 합계')).toBe('약 ~60,000 · 합계');
    expect(keepMarksInText('GPU 26만 장')).toBe('GPU 26만 장');
  });
});

describe('keepMarksWithWord', () => {
  it('changes text only: not tags, attribute values, comments or raw elements', () => {
    const html =
      '<!DOCTYPE html><html><head><title>정부·삼성</title><meta content="정부·삼성">' +
      '<style>a[title="a·b"]{}</style><script>const x = "a·b";</script></head>' +
      '<body><p data-x="a > b·c">정부·삼성</p><!-- a·b --><template data-island><script>"a·b"</script></template>' +
      '<svg><text>a·b</text></svg><select><option>a·b</option></select><p>1~6월</p></body></html>';
    expect(keepMarksWithWord(html)).toBe(
      html
        .replace('<p data-x="a > b·c">정부·삼성</p>', `<p data-x="a > b·c">정${nb('부·')}삼성</p>`)
        .replace('<p>1~6월</p>', `<p>${nb('1~')}6월</p>`),
    );
  });

  it('returns a page without marks unchanged', () => {
    const html = '<html><body><p>엔비디아 GPU 26만 장</p></body></html>';
    expect(keepMarksWithWord(html)).toBe(html);
  });
});

describe('unwrapKeptMarks', () => {
  it('gives the search index the text as written', () => {
    const html = '<p>스타트업·기업, 1~6월, 정부·삼성·SK</p>';
    expect(unwrapKeptMarks(keepMarksWithWord(html))).toBe(html);
  });
});
