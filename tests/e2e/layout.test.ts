// Layout in a browser: on phone widths, on every page type, in both font setups (the Korean font a Korean reader has,
// and DejaVu Sans alone, what a machine without fonts has), nothing sticks out sideways, no two controls overlap, no
// control is clipped, and every header link can be tapped; no line opens with a middle dot or tilde; then the skip link and Korean line breaking.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, renderedFonts, url, type FontSetup } from './browser';
import { inspectLayout } from './layout-probe';

const PAGES = [
  '/',
  '/en/',
  '/articles/deal-explained/',
  '/en/articles/deal-explained/',
  // Five-column tables: wider than a phone, they scroll in their own box (src/integrations/article-html.ts).
  '/articles/chips-explained/',
  '/en/articles/chips-explained/',
  '/companies/',
  '/companies/samsung/',
  '/en/companies/sk/',
  '/search/',
  '/en/search/',
  '/timeline/',
  '/en/timeline/',
  '/tracker/',
  '/en/tracker/',
  '/articles/',
  '/en/articles/',
];
/** The narrowest phone in use (and WCAG 1.4.10's reflow width), then two common widths. */
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 360, height: 780 },
  { width: 390, height: 844 },
];
const SETUPS: { fonts: FontSetup; title: string }[] = [
  { fonts: 'system', title: 'with the Korean font' },
  { fonts: 'dejavu-only', title: 'with DejaVu Sans only' },
];

describe.each(SETUPS)('phone layout $title', ({ fonts }) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(fonts);
  });
  afterAll(async () => {
    await browser?.close();
  });

  // The font setup is what it claims: Hangul drawn with a Korean font, or with DejaVu only (so the DejaVu run cannot
  // silently use the Korean font, nor the other run silently lack it).
  it('draws Hangul with the fonts of this setup', async () => {
    const page = await browser.newPage();
    await page.goto(url('/'));
    const hangul = await renderedFonts(page, 'header nav a');
    expect(await page.locator('header nav a').first().textContent()).toMatch(/^[\uac00-\ud7a3]+$/);
    const heading = await renderedFonts(page, 'main h1');
    await page.goto(url('/en/'));
    const latin = await renderedFonts(page, 'header nav a');
    await page.close();
    for (const used of [hangul, heading, latin]) expect(used.length).toBeGreaterThan(0);
    if (fonts === 'dejavu-only') {
      for (const used of [hangul, heading, latin]) for (const family of used) expect(family).toMatch(/^DejaVu Sans/);
    } else {
      for (const family of hangul) expect(family, 'Hangul falls back to DejaVu: no Korean font').not.toMatch(/DejaVu/);
    }
  });

  describe.each(VIEWPORTS)('$width px wide', (viewport) => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage({ viewport });
    });
    afterAll(async () => {
      await page?.close();
    });

    it.each(PAGES)(
      '%s: nothing sticks out, overlaps or is clipped; no line opens with ·, ~ or a number unit; every header link is a 44 px target that can be tapped',
      async (path) => {
        await page.goto(url(path));
        const report = await inspectLayout(page);
        expect(report.problems).toEqual([]);
        // The site name, four sections, the theme button and the language switch; plus the footer's links.
        expect(report.headerLinks).toBeGreaterThanOrEqual(7);
        expect(report.controls).toBeGreaterThanOrEqual(9);
        const { name, width, height } = report.smallestHeaderTarget;
        expect(Math.min(width, height), `${name}: ${width} × ${height} px`).toBeGreaterThanOrEqual(44);
      },
    );
  });
});

describe('keyboard and typography', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers a skip link as the first focusable element', async () => {
    const page = await browser.newPage();
    await page.goto(url('/'));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => [document.activeElement?.getAttribute('href'), document.activeElement?.textContent]);
    expect(focused).toEqual(['#main', '본문으로 건너뛰기']);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('breaks Korean text between words (keep-all) and English normally', async () => {
    const page = await browser.newPage();
    await page.goto(url('/'));
    expect(await page.evaluate(() => getComputedStyle(document.body).wordBreak)).toBe('keep-all');
    await page.goto(url('/en/'));
    expect(await page.evaluate(() => getComputedStyle(document.body).wordBreak)).toBe('normal');
    await page.close();
  });

  it('shades the edge of a table that scrolls sideways where more of it lies, and neither edge of one that fits', async () => {
    // The median shade of the box's outermost pixel columns, from a screenshot: 255 is the white page, lower is shadow.
    const edges = async (page: Page, selector: string) => {
      const png = (await page.locator(selector).first().screenshot()).toString('base64');
      return page.evaluate(async (data) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const shade = (x: number) => {
          const { data: px } = ctx.getImageData(x, 0, 1, img.height);
          const values = [];
          for (let i = 0; i < px.length; i += 4) values.push(Math.round((px[i]! + px[i + 1]! + px[i + 2]!) / 3));
          return values.sort((a, b) => a - b)[values.length >> 1]!;
        };
        return { left: shade(1), right: shade(img.width - 2) };
      }, png);
    };
    const page = await browser.newPage({ viewport: { width: 320, height: 800 }, colorScheme: 'light' });
    await page.goto(url('/en/articles/chips-explained/'));
    const box = '.table-scroll';
    const start = await edges(page, box);
    expect(start.left, 'nothing to the left yet').toBe(255);
    expect(start.right, 'more to the right').toBeLessThan(230);
    await page
      .locator(box)
      .first()
      .evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const end = await edges(page, box);
    expect(end.left).toBeLessThan(230);
    expect(end.right).toBe(255);
    // The tracker's table fits a wide window: no shadow at all.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url('/en/tracker/'));
    expect(await edges(page, '.chart-table')).toEqual({ left: 255, right: 255 });
    await page.close();
  });

  it('requests no web fonts (no layout shift from fonts)', async () => {
    const page = await browser.newPage();
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(r.url());
    });
    const res = await page.goto(url('/articles/deal-explained/'), { waitUntil: 'networkidle' });
    expect(res?.status(), 'the page exists').toBe(200);
    expect(fonts).toEqual([]);
    await page.close();
  });
});
