// Layout in a browser: on phone widths, on every page type, in both font setups (the Korean font a Korean reader has,
// and DejaVu Sans alone, what a machine without fonts has), nothing sticks out sideways, no two controls overlap, no
// control is clipped, and every header link can be tapped; then the skip link and Korean line breaking.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, renderedFonts, url, type FontSetup } from './browser';

const PAGES = [
  '/',
  '/en/',
  '/articles/deal-explained/',
  '/en/articles/deal-explained/',
  '/companies/',
  '/companies/samsung/',
  '/en/companies/sk/',
  '/search/',
  '/en/search/',
  '/timeline/',
  '/en/timeline/',
  '/articles/',
  '/en/articles/',
];
/** The narrowest phone in use (and WCAG 1.4.10's reflow width), then two common widths. */
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 360, height: 780 },
  { width: 390, height: 844 },
];
/** Where the controls are that sit side by side: a tap must land on the one meant. */
const CONTROL_GROUPS = 'header, nav, footer, [data-pagination], section[aria-labelledby="share-heading"], [data-browse], form';
const CONTROLS = 'a[href], button, input, select, textarea, summary';

interface Report {
  /** What is wrong, one line each (empty when the page holds). */
  problems: string[];
  /** How many controls and header links were checked (so a page where the selectors find nothing cannot pass). */
  controls: number;
  headerLinks: number;
  /** The smallest header control, in px (touch targets). */
  smallestHeaderTarget: { name: string; width: number; height: number };
}

/** Runs in the page: measures everything the layout tests assert on. Self-contained (it is serialised into the page). */
function inspectLayout([groups, controlsSelector]: [string, string]): Report {
  const tolerance = 0.5;
  const viewport = document.documentElement.clientWidth;
  const problems: string[] = [];
  const name = (el: Element) => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}> "${text}"`;
  };
  const box = (r: DOMRect) => `${Math.round(r.left)}..${Math.round(r.right)} × ${Math.round(r.top)}..${Math.round(r.bottom)}`;
  // Visually hidden on purpose (sr-only, the skip link until focused): clipped to nothing, or inside something that is.
  const hiddenOnPurpose = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.clipPath === 'inset(50%)' || s.clip === 'rect(0px, 0px, 0px, 0px)') return true;
    }
    return false;
  };
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    return el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && r.width > 0 && r.height > 0 && !hiddenOnPurpose(el);
  };
  /** Ancestors below <body> that clip or scroll their content, with the axis they do it on. */
  const clippers = (el: Element) => {
    const found: { el: Element; x: string; y: string }[] = [];
    for (let e = el.parentElement; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') found.push({ el: e, x: s.overflowX, y: s.overflowY });
    }
    return found;
  };

  // 1. The page does not scroll sideways, and no element's box sticks out of the viewport (an element inside a box
  //    that clips or scrolls is that box's business: the box itself is checked).
  const width = document.documentElement.scrollWidth;
  if (width > viewport) problems.push(`the page scrolls sideways: ${width} px wide in a ${viewport} px viewport`);
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (hiddenOnPurpose(el) || clippers(el).length > 0) continue;
    if (r.left < -tolerance || r.right > viewport + tolerance) problems.push(`${name(el)} sticks out of the ${viewport} px viewport: ${box(r)}`);
  }

  // 2. Controls where several sit together: none overlaps another, none is clipped by a box around it, and a tap at
  //    its centre reaches it.
  const controls = [...document.querySelectorAll(controlsSelector)].filter((el) => el.closest(groups) && shown(el));
  const rects = controls.map((el) => [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0));
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const a = controls[i]!;
      const b = controls[j]!;
      if (a.contains(b) || b.contains(a)) continue;
      for (const ra of rects[i]!) {
        for (const rb of rects[j]!) {
          const overlapX = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
          const overlapY = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
          if (overlapX > tolerance && overlapY > tolerance) problems.push(`${name(a)} ${box(ra)} overlaps ${name(b)} ${box(rb)}`);
        }
      }
    }
  }
  for (const el of controls) {
    const r = el.getBoundingClientRect();
    for (const { el: clip, x, y } of clippers(el)) {
      const c = clip.getBoundingClientRect();
      // Content a box scrolls to is reachable when it starts after the box's own start; a box that hides overflow
      // shows only what is inside it.
      const scrolls = (o: string) => o === 'auto' || o === 'scroll';
      const leftOk = r.left >= c.left - clip.scrollLeft - tolerance;
      const topOk = r.top >= c.top - clip.scrollTop - tolerance;
      const inX = scrolls(x) ? leftOk : x === 'visible' || (r.left >= c.left - tolerance && r.right <= c.right + tolerance);
      const inY = scrolls(y) ? topOk : y === 'visible' || (r.top >= c.top - tolerance && r.bottom <= c.bottom + tolerance);
      if (!inX || !inY) problems.push(`${name(el)} ${box(r)} is clipped by ${name(clip)} ${box(c)} (overflow ${x} ${y})`);
    }
  }
  // A link that wraps onto two lines is two boxes: the centre of its first is where a tap would go.
  const reachable = (el: Element) => {
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = [...el.getClientRects()].find((b) => b.width > 0 && b.height > 0) ?? el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  };
  for (const el of controls) if (!reachable(el)) problems.push(`${name(el)}: a tap at its centre lands on something else`);

  // 3. Every link and button of the site header: shown, of some size, and a tap at its centre reaches it (checked above too, as
  //    header controls are controls; here a hidden one is a problem instead of being skipped).
  const header = [...document.querySelectorAll('body > header a[href], body > header button')];
  for (const el of header) {
    if (!shown(el)) problems.push(`${name(el)} in the header is not shown`);
    else if (!reachable(el)) problems.push(`${name(el)} in the header: a tap at its centre lands on something else`);
  }
  window.scrollTo(0, 0);
  let smallest = { name: '', width: Infinity, height: Infinity };
  for (const el of header) {
    const r = el.getBoundingClientRect();
    if (Math.min(r.width, r.height) < Math.min(smallest.width, smallest.height)) smallest = { name: name(el), width: r.width, height: r.height };
  }
  return { problems, controls: controls.length, headerLinks: header.length, smallestHeaderTarget: smallest };
}

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

    it.each(PAGES)('%s: nothing sticks out, overlaps or is clipped; every header link is a 44 px target that can be tapped', async (path) => {
      await page.goto(url(path));
      const report = await page.evaluate(inspectLayout, [CONTROL_GROUPS, CONTROLS] as [string, string]);
      expect(report.problems).toEqual([]);
      // The site name, four sections, the theme button and the language switch; plus the footer's links.
      expect(report.headerLinks).toBeGreaterThanOrEqual(7);
      expect(report.controls).toBeGreaterThanOrEqual(9);
      const { name, width, height } = report.smallestHeaderTarget;
      expect(Math.min(width, height), `${name}: ${width} × ${height} px`).toBeGreaterThanOrEqual(44);
    });
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

  it('requests no web fonts (no layout shift from fonts)', async () => {
    const page = await browser.newPage();
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(r.url());
    });
    await page.goto(url('/articles/deal-explained/'), { waitUntil: 'networkidle' });
    expect(fonts).toEqual([]);
    await page.close();
  });
});
