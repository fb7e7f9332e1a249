// The sharing card of one article (1200×630), as the element tree satori draws: the site's name, the article's title
// and standfirst, and the five recipients' colour bars — the design of the site's default card (public/og/).
import type { Lang } from '../site/i18n';

/** What a card shows. */
export interface CardText {
  lang: Lang;
  siteName: string;
  title: string;
  description: string;
}

/** satori's element tree: a plain object in React's shape, so no JSX runtime is needed. Its JSON is the card's
 * cache key (cache.ts): a change to any text, size or colour draws the card anew. */
export interface CardNode {
  type: string;
  props: { lang?: string; style?: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The left and right margin; text runs in the width between. */
const PAD = 80;
const PAD_Y = 64;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD;

/** The site's dark theme and chart colours (src/styles), as on the default card. */
const COLOURS = { background: '#111315', text: '#eceef1', muted: '#a9b0ba', accent: '#8ab4ff' };
const BARS: [string, number][] = [
  ['#fb7185', 90],
  ['#60a5fa', 75],
  ['#2dd4bf', 75],
  ['#fbbf24', 75],
  ['#a78bfa', 75],
];

const node = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

/** The title's size: long titles step down so that three lines at most fill the space. */
export function titleSize(title: string, lang: CardText['lang']): number {
  // A Hangul syllable is about as wide as two Latin letters.
  const width = [...title].reduce((sum, c) => sum + (/[가-힣]/.test(c) ? 1 : 0.55), 0);
  const perLine = (size: number) => TEXT_WIDTH / size;
  return [68, 60, 52, 46].find((size) => width <= perLine(size) * (lang === 'ko' ? 2.6 : 2.8)) ?? 42;
}

/** The card for one article. */
export function cardTree({ lang, siteName, title, description }: CardText): CardNode {
  const size = titleSize(title, lang);
  const card = node(
    {
      // satori sizes boxes without their padding.
      width: TEXT_WIDTH,
      height: CARD_HEIGHT - 2 * PAD_Y,
      flexDirection: 'column',
      justifyContent: 'space-between',
      paddingTop: PAD_Y,
      paddingBottom: PAD_Y,
      paddingLeft: PAD,
      paddingRight: PAD,
      background: COLOURS.background,
      color: COLOURS.text,
      fontFamily: 'Pretendard',
      wordBreak: 'keep-all',
    },
    [
      node({ fontSize: 36, fontWeight: 800, color: COLOURS.accent }, siteName),
      node({ flexDirection: 'column', width: TEXT_WIDTH }, [
        node({ fontSize: size, fontWeight: 800, lineHeight: 1.22, lineClamp: 3 }, title),
        node({ marginTop: 22, fontSize: 28, fontWeight: 500, lineHeight: 1.4, color: COLOURS.muted, lineClamp: 2 }, description),
      ]),
      node(
        { alignItems: 'flex-end', gap: 14, height: 70 },
        BARS.map(([colour, height]) => node({ width: 54, height: Math.round(height * 0.78), borderRadius: 4, background: colour })),
      ),
    ],
  );
  // The language, as on a page: satori picks glyph forms by it.
  return { ...card, props: { ...card.props, lang } };
}
