// Quotation-opening marks in Korean text, set right after smart punctuation closed them before Hangul.
import { describe, expect, it } from 'vitest';
import { openingQuotes } from '@/lib/format/quotes';

describe('openingQuotes', () => {
  it('opens a mark after a space, a bracket or the start of a block', () => {
    expect(openingQuotes('보도에 따라 ’최대’와 ’이상’으로 엇갈렸다', false)).toBe('보도에 따라 ‘최대’와 ‘이상’으로 엇갈렸다');
    expect(openingQuotes('공정에 AI를 심는 ’AI 메가팩토리’에', false)).toBe('공정에 AI를 심는 ‘AI 메가팩토리’에');
    expect(openingQuotes('”26만 개 이상”을 썼다(’최대’)', true)).toBe('“26만 개 이상”을 썼다(‘최대’)');
    expect(openingQuotes('업계는 ’10조 원을 넘을 것’으로', true)).toBe('업계는 ‘10조 원을 넘을 것’으로');
  });

  it('leaves closing marks, a mark right after an element, and a year cut to two digits', () => {
    expect(openingQuotes('’이상’이었지만', false)).toBe('’이상’이었지만');
    expect(openingQuotes('‘소버린 AI’ 기반', true)).toBe('‘소버린 AI’ 기반');
    expect(openingQuotes('그는 ’25년 계획을 말했다', false)).toBe('그는 ’25년 계획을 말했다');
    expect(openingQuotes('말했다’ 이후', false)).toBe('말했다’ 이후');
  });
});
