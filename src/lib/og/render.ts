// Draws a sharing card to PNG without a browser: satori lays the element tree out as SVG (text as paths), resvg
// rasterises it. The font is Pretendard from npm (SIL OFL), so hosts without Korean system fonts draw the same card.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, type CardNode } from './card';

const require = createRequire(import.meta.url);

type Weight = 500 | 800;
/** The weights the card uses, by Pretendard's file names; read once, on the first card drawn. */
const FONT_FILES: Record<Weight, string> = { 500: 'Medium', 800: 'ExtraBold' };
let fonts: { name: string; data: Buffer; weight: Weight; style: 'normal' }[] | undefined;

function loadFonts() {
  fonts ??= (Object.entries(FONT_FILES) as unknown as [Weight, string][]).map(([weight, file]) => ({
    name: 'Pretendard',
    data: readFileSync(require.resolve(`pretendard/dist/public/static/Pretendard-${file}.otf`)),
    weight: Number(weight) as Weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** The card as a PNG. */
export async function renderCard(tree: CardNode): Promise<Uint8Array> {
  // satori's types want a React element; the tree has its shape.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
  // The SVG has no text left (satori draws glyphs as paths): resvg need not scan the system's fonts.
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}
