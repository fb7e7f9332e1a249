// What the phone-layout tests measure in a page (tests/e2e/layout.test.ts, and the long lists of pagination.test.ts):
// sideways overflow, controls that overlap, are clipped or cannot be tapped, the header's touch targets, and lines that
// open with a middle dot or tilde.
import type { Page } from 'playwright-core';
import { renderDeferred } from './browser';

/** Where the controls are that sit side by side: a tap must land on the one meant. */
export const CONTROL_GROUPS = 'header, nav, footer, [data-pagination], section[aria-labelledby="share-heading"], [data-browse], form';
export const CONTROLS = 'a[href], button, input, select, textarea, summary';

export interface Report {
  /** What is wrong, one line each (empty when the page holds). */
  problems: string[];
  /** How many controls and header links were checked (so a page where the selectors find nothing cannot pass). */
  controls: number;
  headerLinks: number;
  /** The smallest header control, in px (touch targets). */
  smallestHeaderTarget: { name: string; width: number; height: number };
}

/** Runs in the page: measures everything the layout tests assert on. Self-contained (it is serialised into the page). */
function measureLayout([groups, controlsSelector]: [string, string]): Report {
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
    if (r.left < -tolerance || r.right > viewport + tolerance)
      problems.push(`${name(el)} sticks out of the ${viewport} px viewport: ${box(r)}`);
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
  // 4. No line opens with a middle dot or a tilde that follows a letter or digit (정부·삼성, 1~6월), nor with the unit of a
  //    number ('14조 / 원'): Korean typesetting keeps them on the line before (src/lib/format/line-breaks.ts).
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const rect = (node: Text, i: number) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return [...range.getClientRects()].find((b) => b.width > 0);
  };
  const opensLine = (node: Text, i: number, before: number) => {
    const at = rect(node, i);
    const previous = rect(node, before);
    return at !== undefined && previous !== undefined && at.top > previous.bottom - 2;
  };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    for (let i = 1; i < text.length; i++) {
      const mark = '·~'.includes(text[i]!) && /[\p{L}\p{N}]/u.test(text[i - 1]!);
      const unit =
        i > 1 && text[i - 1] === ' ' && /\d[만억조천]?$/.test(text.slice(0, i - 1)) && /^(원|장|달러|개|명|건|곳|배)/.test(text.slice(i));
      if ((mark || unit) && opensLine(node, i, unit ? i - 2 : i - 1))
        problems.push(`a line opens with "${text.slice(i, i + 8)}" (after "${text.slice(Math.max(0, i - 8), i)}")`);
    }
  }
  window.scrollTo(0, 0);
  let smallest = { name: '', width: Infinity, height: Infinity };
  for (const el of header) {
    const r = el.getBoundingClientRect();
    if (Math.min(r.width, r.height) < Math.min(smallest.width, smallest.height))
      smallest = { name: name(el), width: r.width, height: r.height };
  }
  return { problems, controls: controls.length, headerLinks: header.length, smallestHeaderTarget: smallest };
}

/** Measures the loaded page as a reader scrolling through it sees it (see measureLayout); `problems` is empty when its layout holds. */
export async function inspectLayout(page: Page): Promise<Report> {
  await renderDeferred(page);
  return page.evaluate(measureLayout, [CONTROL_GROUPS, CONTROLS] as [string, string]);
}
