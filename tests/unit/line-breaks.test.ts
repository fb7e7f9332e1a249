// A middle dot or tilde kept on the line of the word before it, in a page's text and nowhere else.
import { describe, expect, it } from 'vitest';
import { keepTogether, keepTogetherInHtml, unwrapKeptTogether } from '@/lib/format/line-breaks';

const nb = (s: string) => `<span class="nb">${s}</span>`;

describe('keepTogether', () => {
  it('joins each middle dot and tilde between letters or digits to the character before it', () => {
    expect(keepTogether('영국·독일·사우디·UAE와')).toBe(`영${nb('국·')}독${nb('일·')}사우${nb('디·')}UAE와`);
    expect(keepTogether('2026년 1~6월, 3만~4만 달러')).toBe(`2026년 ${nb('1~')}6월, 3${nb('만~')}4만\u00a0달러`);
    expect(keepTogether('SK·현대차')).toBe(`S${nb('K·')}현대차`);
  });

  it('leaves a mark after a space or before one, and text without marks', () => {
    expect(keepTogether('약 ~60,000 · 합계')).toBe('약 ~60,000 · 합계');
    expect(keepTogether('GPU 칩은 한 종류가 아니다')).toBe('GPU 칩은 한 종류가 아니다');
  });

  it('keeps a number typed by hand with its unit, as <Fig> prints them', () => {
    expect(keepTogether('GPU 26만 장')).toBe('GPU 26만\u00a0장');
    expect(keepTogether('"약 14조 원으로 추산", 1,100만 원, 100억 달러, 2.69조 원')).toBe(
      '"약 14조\u00a0원으로 추산", 1,100만\u00a0원, 100억\u00a0달러, 2.69조\u00a0원',
    );
    expect(keepTogether('2026년 6월 26일 장 마감')).toBe('2026년 6월 26일 장 마감');
  });
});

describe('keepTogetherInHtml', () => {
  it('changes text only: not tags, attribute values, comments or raw elements', () => {
    const html =
      '<!DOCTYPE html><html><head><title>정부·삼성</title><meta content="정부·삼성">' +
      '<style>a[title="a·b"]{}</style><script>const x = "a·b";</script></head>' +
      '<body><p data-x="a > b·c">정부·삼성</p><!-- a·b --><template data-island><script>"a·b"</script></template>' +
      '<svg><text>a·b</text></svg><select><option>a·b</option></select><p>1~6월</p></body></html>';
    expect(keepTogetherInHtml(html)).toBe(
      html
        .replace('<p data-x="a > b·c">정부·삼성</p>', `<p data-x="a > b·c">정${nb('부·')}삼성</p>`)
        .replace('<p>1~6월</p>', `<p>${nb('1~')}6월</p>`),
    );
  });

  it('returns a page with nothing to keep together unchanged', () => {
    const html = '<html><body><p>엔비디아 GPU 공급 일지</p></body></html>';
    expect(keepTogetherInHtml(html)).toBe(html);
  });
});

describe('unwrapKeptTogether', () => {
  it('gives the search index the text as written', () => {
    const html = '<p>스타트업·기업, 1~6월, 정부·삼성·SK</p>';
    expect(unwrapKeptTogether(keepTogetherInHtml(html))).toBe(html);
  });
});
