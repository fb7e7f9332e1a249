// Sharing cards are cached by content: the key changes with anything that changes the pixels and with nothing else,
// a card whose key is in the cache is read, not drawn, and after a build the cache keeps only the cards it wrote.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedCard, cardKey, pruneCardCache, rendererVersions } from '@/lib/og/cache';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, titleSize, type CardText } from '@/lib/og/card';

const text: CardText = {
  lang: 'ko',
  siteName: 'GPU 26만 장',
  title: 'SK그룹: 울산에 제조 AI 클라우드',
  description: 'SK텔레콤과 SK하이닉스가 짓는 산업용 AI 클라우드',
};
const renderer = { satori: '0.63.2', '@resvg/resvg-js': '2.6.2', pretendard: '1.3.9' };
const key = (t: CardText = text, r = renderer) => cardKey(cardTree(t), r);

describe('the cache key of a sharing card', () => {
  it('is the same for the same card, built anew, whatever order the versions come in', () => {
    const reordered = { pretendard: '1.3.9', satori: '0.63.2', '@resvg/resvg-js': '2.6.2' };
    expect(key()).toMatch(/^[0-9a-f]{64}$/);
    expect(key({ ...text }, reordered)).toBe(key());
  });

  it.each([
    ['title', { title: 'SK그룹: 울산에 제조 AI 클라우드 ' }],
    ['standfirst', { description: 'SK텔레콤이 짓는 산업용 AI 클라우드' }],
    ['language', { lang: 'en' as const }],
    ['site name', { siteName: '260K GPUs' }],
  ])('changes with the %s', (_what, change) => {
    expect(key({ ...text, ...change })).not.toBe(key());
  });

  it('changes with the design and with the renderer or font version', () => {
    const tree = cardTree(text);
    const recoloured = JSON.parse(JSON.stringify(tree).replace('#111315', '#000000'));
    expect(cardKey(recoloured, renderer)).not.toBe(cardKey(tree, renderer));
    expect(key(text, { ...renderer, pretendard: '1.3.10' })).not.toBe(key());
    expect(key(text, { ...renderer, satori: '0.64.0' })).not.toBe(key());
  });

  it('reads the installed renderer versions', () => {
    expect(Object.keys(rendererVersions()).sort()).toEqual(['@resvg/resvg-js', 'pretendard', 'satori']);
    for (const v of Object.values(rendererVersions())) expect(v).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the card cache', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws a card once and reads it back for the same key; a new key draws again', async () => {
    dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    let drawn = 0;
    const draw = (byte: number) => async () => {
      drawn++;
      return new Uint8Array([byte]);
    };
    expect(await cachedCard(key(), dir, draw(1))).toEqual({ png: new Uint8Array([1]), cached: false });
    const again = await cachedCard(key(), dir, draw(2));
    expect(again.cached).toBe(true);
    expect([...again.png]).toEqual([1]);
    expect(drawn).toBe(1);
    await cachedCard(key({ ...text, title: '새 제목' }), dir, draw(3));
    expect(drawn).toBe(2);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('is pruned after a build to the cards the build wrote, compared by their bytes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const cache = join(dir, 'cache');
    const built = join(dir, 'dist/og/articles');
    mkdirSync(built, { recursive: true });
    for (const [byte, title] of [
      [1, 'A'],
      [2, 'B'],
      [3, 'an old title'],
    ] as const)
      await cachedCard(key({ ...text, title }), cache, async () => new Uint8Array([byte]));
    writeFileSync(join(built, 'a.png'), new Uint8Array([1]));
    writeFileSync(join(built, 'b.png'), new Uint8Array([2]));
    const before = readdirSync(cache).sort();

    expect(pruneCardCache(cache, [join(built, 'a.png'), join(built, 'b.png')])).toEqual({ kept: 2, removed: 1 });
    const after = readdirSync(cache);
    expect(after).toHaveLength(2);
    expect(before.filter((name) => !after.includes(name))).toEqual([`${key({ ...text, title: 'an old title' })}.png`]);
    // A card still in use is read from the cache, not drawn again.
    expect((await cachedCard(key({ ...text, title: 'A' }), cache, async () => new Uint8Array([9]))).cached).toBe(true);
  });

  it('is left alone when the build wrote no card, or has no cache yet', () => {
    dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    writeFileSync(join(dir, `${key()}.png`), new Uint8Array([1]));
    expect(pruneCardCache(dir, [])).toEqual({ kept: 0, removed: 0 });
    expect(readdirSync(dir)).toHaveLength(1);
    expect(pruneCardCache(join(dir, 'missing'), [join(dir, `${key()}.png`)])).toEqual({ kept: 0, removed: 0 });
  });
});

describe('the card', () => {
  it('is 1200×630 and steps long titles down', () => {
    const style = cardTree(text).props.style!;
    expect(Number(style.width) + Number(style.paddingLeft) + Number(style.paddingRight)).toBe(CARD_WIDTH);
    expect(Number(style.height) + Number(style.paddingTop) + Number(style.paddingBottom)).toBe(CARD_HEIGHT);
    expect(titleSize('짧은 제목', 'ko')).toBe(68);
    expect(titleSize('아주 긴 제목이 이어진다 '.repeat(6), 'ko')).toBeLessThan(68);
  });
});
