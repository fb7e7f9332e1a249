// Korean compounds for the search index: where words split, which extra words a page's text gets, what a query becomes,
// and how search results lose the added words again.
import { describe, expect, it } from 'vitest';
import {
  ADDED,
  letterRuns,
  scriptPieces,
  splitHangul,
  withSearchTerms,
  wordParts,
  wordTerms,
  type Vocabulary,
} from '@/lib/search/compounds';
import { readableExcerpt, withoutAddedTitleWords } from '@/lib/search/excerpt';
import { koreanQuery, queryWords } from '@/lib/search/query';
import { buildVocabulary } from '@/lib/search/vocabulary';

const words = new Set(['데이터', '센터', '정보', '기업', '삼성', '전자', '그룹', '팩토리', '텔레콤']);
const vocabulary: Vocabulary = { words, written: new Set(['데이터센터', '디지털트윈']) };

describe('splitting words', () => {
  it('splits at punctuation, and where Hangul meets Latin letters (digits stay with their neighbour)', () => {
    expect(letterRuns('정부·삼성·SK는')).toEqual(['정부', '삼성', 'SK는']);
    expect(scriptPieces('SK텔레콤')).toEqual(['SK', '텔레콤']);
    expect(scriptPieces('국가AI컴퓨팅센터')).toEqual(['국가', 'AI', '컴퓨팅센터']);
    expect(scriptPieces('2026년')).toEqual(['2026년']);
    expect(scriptPieces('H200')).toEqual(['H200']);
  });

  it.each([
    ['데이터센터', ['데이터', '센터']],
    ['과학기술정보통신부', ['과학기술', '정보', '통신부']],
    ['삼성전자', ['삼성', '전자']],
    ['현대차그룹', ['현대차', '그룹']],
    ['대기업', ['대', '기업']],
    ['국가컴퓨팅센터', ['국가컴퓨팅', '센터']],
    ['센터장', ['센터장']],
    ['엔비디아', ['엔비디아']],
  ])('%s → %j', (word, parts) => {
    expect(splitHangul(word, words)).toEqual(parts);
  });

  it('prefers more vocabulary words, then longer ones', () => {
    expect(splitHangul('메가팩토리', new Set(['팩토리', '메가팩토리']))).toEqual(['메가', '팩토리']);
    expect(splitHangul('데이터센터', new Set(['데이터', '센터', '데이터센터', '이터센']))).toEqual(['데이터', '센터']);
  });

  it('takes the particle off before splitting a written word', () => {
    expect(wordParts('SK텔레콤의', words)).toEqual(['SK', '텔레콤']);
    expect(wordParts('울산데이터센터를', words)).toEqual(['울산', '데이터', '센터']);
    expect(wordParts('AI에서', words)).toEqual(['AI']);
  });
});

describe('the extra words a page gets in the index', () => {
  it('gives every tail of a compound, lower-case, particle off', () => {
    expect(wordTerms('국가AI컴퓨팅센터를', undefined, vocabulary)).toEqual(['ai컴퓨팅센터', '컴퓨팅센터', '센터']);
    expect(wordTerms('SK텔레콤의', undefined, vocabulary)).toEqual(['텔레콤']);
  });

  it('gives the words after punctuation, which Pagefind would glue to the first', () => {
    expect(wordTerms('정부·삼성·SK는', undefined, vocabulary)).toEqual(['삼성', 'sk']);
  });

  it('gives nothing for plain words, particles, numbers and one-letter tails', () => {
    for (const word of ['엔비디아가', 'SK는', 'AI에서', '260,000장', '2026년', '센터장'])
      expect(wordTerms(word, undefined, vocabulary)).toEqual([]);
  });

  it('joins two words the content elsewhere writes as one, whatever particle the second carries', () => {
    expect(wordTerms('센터를', '데이터', vocabulary)).toEqual(['데이터센터']);
    expect(wordTerms('트윈', '디지털', vocabulary)).toEqual(['디지털트윈']);
    // Not when the content never writes them together, nor after a word with a particle.
    expect(wordTerms('위험', '주요', vocabulary)).toEqual([]);
    expect(wordTerms('센터를', '데이터의', vocabulary)).toEqual([]);
  });

  it('writes the extra words, marked, right after the word they come from', () => {
    expect(withSearchTerms('SK텔레콤의 울산 데이터 센터는', vocabulary)).toEqual({
      text: `SK텔레콤의 ${ADDED}텔레콤 울산 데이터 센터는 ${ADDED}데이터센터`,
      added: 2,
    });
    expect(withSearchTerms('엔비디아가 밝혔다', vocabulary)).toEqual({ text: '엔비디아가 밝혔다', added: 0 });
  });
});

describe('the vocabulary', () => {
  const built = buildVocabulary(
    [
      '데이터를 모은다. 센터의 규모. 데이터가 많다. 센터를 짓는다. SK텔레콤과 SK텔레콤이. 정부·삼성. 정부·삼성. 데이터센터를 짓는 늘어나는 수요',
    ],
    ['과학기술정보통신부', '디지털 트윈', 'SK그룹'],
  );

  it('takes every Hangul word of the names, and the names written as one', () => {
    for (const word of ['과학기술정보통신부', '디지털', '트윈', '그룹']) expect(built.words.has(word)).toBe(true);
    expect(built.written.has('디지털트윈')).toBe(true);
  });

  it('takes nouns seen twice before a case particle, after a Latin name, or in a dotted list', () => {
    for (const word of ['데이터', '센터', '텔레콤', '정부', '삼성']) expect(built.words.has(word)).toBe(true);
  });

  it('leaves out words seen once, and verb forms', () => {
    expect(built.words.has('데이터센터')).toBe(false);
    expect(built.words.has('늘어나')).toBe(false);
    expect(built.words.has('짓는')).toBe(false);
  });

  it('lists the Hangul words the texts write as one', () => {
    expect(built.written.has('데이터센터')).toBe(true);
  });
});

describe('a Korean query', () => {
  it.each([
    ['클라우드가', '클라우드'],
    ['SK텔레콤의', 'sk 텔레콤'],
    ['데이터 센터를', '데이터 센터'],
    ['정부·삼성', '정부 삼성'],
    ['소버린AI', '소버린 ai'],
    ['삼성 의', '삼성'],
    ['Samsung', 'samsung'],
  ])('%s is searched as %s', (query, words) => {
    expect(koreanQuery(query)).toBe(words);
  });
});

describe('search results as a reader sees them', () => {
  it('drops added words from an excerpt, moving their mark to the word they follow', () => {
    expect(readableExcerpt(`SK텔레콤의 <mark>${ADDED}텔레콤</mark> 산업용 ${ADDED}ai클라우드 AI`, ['텔레콤'])).toBe(
      '<mark>SK텔레콤의</mark> 산업용 AI',
    );
    expect(readableExcerpt(`국가AI컴퓨팅센터를 ${ADDED}ai컴퓨팅센터 ${ADDED}컴퓨팅센터 <mark>${ADDED}센터</mark> 짓는다`, ['센터'])).toBe(
      '<mark>국가AI컴퓨팅센터를</mark> 짓는다',
    );
    expect(readableExcerpt('<mark>삼성</mark> 전자', ['삼성'])).toBe('<mark>삼성</mark> 전자');
  });

  it('marks exactly the letters that matched, never the punctuation around them', () => {
    expect(readableExcerpt('HBM4 <mark>(Samsung</mark> Electronics', ['samsung'])).toBe('HBM4 (<mark>Samsung</mark> Electronics');
    expect(readableExcerpt('<mark>Samsung,</mark> SK', ['samsung'])).toBe('<mark>Samsung</mark>, SK');
    expect(readableExcerpt("<mark>Samsung's</mark> shares", ['samsung'])).toBe("<mark>Samsung</mark>'s shares");
    expect(readableExcerpt('밝혔다 <mark>밝혔다(Samsung</mark> Electronics', ['samsung'])).toBe(
      '밝혔다 밝혔다(<mark>Samsung</mark> Electronics',
    );
    // In a list joined by middle dots, the name searched for; the added word's mark, the name it came from.
    expect(readableExcerpt(`<mark>삼성전자·SK그룹·네이버클라우드의</mark> ${ADDED}sk그룹 ${ADDED}그룹 물량`, ['삼성전자'])).toBe(
      '<mark>삼성전자</mark>·SK그룹·네이버클라우드의 물량',
    );
    expect(readableExcerpt(`삼성전자·SK그룹·네이버클라우드의 ${ADDED}sk그룹 <mark>${ADDED}그룹</mark> 물량`, ['그룹'])).toBe(
      '삼성전자·<mark>SK그룹</mark>·네이버클라우드의 물량',
    );
    // A match the query's words do not explain (Pagefind's stemming: chips finds chip): the word without its punctuation.
    expect(readableExcerpt('the <mark>chip.</mark>', ['chips'])).toBe('the <mark>chip</mark>.');
  });

  it('keeps the text Pagefind put after an added word', () => {
    // Pagefind ends a block with a full stop after its last word, here an added one.
    expect(readableExcerpt(`AI 기술센터 ${ADDED}센터. 현대차는`, [])).toBe('AI 기술센터. 현대차는');
    expect(readableExcerpt(`분석했다. ${ADDED}했다. 다음`, [])).toBe('분석했다. 다음');
    expect(readableExcerpt(`발표했다 <mark>${ADDED}했다(Samsung</mark> Electronics`, ['samsung'])).toBe(
      '발표했다(<mark>Samsung</mark> Electronics',
    );
  });

  it('shows the excerpt as text: Pagefind does not escape it', () => {
    expect(readableExcerpt('a <b> &amp; <mark>R&amp;D</mark>', ['r'])).toBe('a &lt;b&gt; &amp; <mark>R</mark>&amp;D');
  });

  it('drops added words from a title', () => {
    expect(withoutAddedTitleWords(`SK텔레콤의 ${ADDED}텔레콤 AI 팩토리`)).toBe('SK텔레콤의 AI 팩토리');
  });
});

describe('the query words marked in excerpts', () => {
  it.each([
    ['Samsung', false, ['samsung']],
    ["Samsung's chips", false, ['samsung', 'chips']],
    ['클라우드가', true, ['클라우드가', '클라우드']],
    ['SK텔레콤의', true, ['sk텔레콤의', 'sk', '텔레콤']],
    ['s', false, ['s']],
  ])('%s (Korean page: %s) → %j', (query, korean, words) => {
    expect(queryWords(query, korean)).toEqual(words);
  });
});
