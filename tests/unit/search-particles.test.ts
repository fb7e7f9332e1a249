// The Korean particle stripper the search uses on queries and on the words it adds to the index.
import { describe, expect, it } from 'vitest';
import { isParticle, stripParticle } from '@/lib/search/particles';

describe('stripParticle', () => {
  it.each([
    ['클라우드가', '클라우드'],
    ['엔비디아의', '엔비디아'],
    ['삼성이', '삼성'],
    ['정부가', '정부'],
    ['삼성전자는', '삼성전자'],
    ['반도체를', '반도체'],
    ['블랙웰로', '블랙웰'],
    ['서울로', '서울'],
    ['예산으로', '예산'],
    ['SK하이닉스에서', 'SK하이닉스'],
    ['삼성전자와의', '삼성전자'],
    ['데이터센터에서는', '데이터센터'],
    ['치맥까지', '치맥'],
    ['SK는', 'SK'],
    ['HBM4를', 'HBM4'],
    ['GPU가', 'GPU'],
    ['사과는', '사과'],
    ['시작이다', '시작'],
  ])('%s → %s', (word, stem) => {
    expect(stripParticle(word)).toBe(stem);
  });

  it.each([
    // No particle at all.
    ['엔비디아'],
    ['데이터센터'],
    // A stem of one syllable: the ending is part of the noun.
    ['회의'],
    ['속도'],
    ['결과'],
    ['값으로'],
    // The particle does not fit the syllable before it: 가 after a final consonant, 이 after none.
    ['국가'],
    ['평가'],
    ['차이'],
    ['전문가'],
    ['어레이'],
    // 만 after a number is the number (26만), not "only".
    ['26만'],
  ])('%s stays as it is', (word) => {
    expect(stripParticle(word)).toBe(word);
  });

  it('knows a particle on its own', () => {
    expect(isParticle('에서')).toBe(true);
    expect(isParticle('는')).toBe(true);
    expect(isParticle('센터')).toBe(false);
  });
});
