// The delivery tracker (/tracker/, /en/tracker/): without JavaScript it shows every recipient's every stage with its count,
// date and sources, or 'not reported'; the government's batches in detail; its chart draws; home and every company page
// link to it; a stage with nothing but 'not reported' is one short line; axe finds nothing, in light and dark, with a
// chart value open.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchStages, isBareStage, recipientStages } from '@/lib/content/deliveries';
import { buildFigureIndex, figureText } from '@/lib/content/figures';
import { readContent } from '@/lib/content/read';
import { formatDate } from '@/lib/format/format';
import { t } from '@/lib/site/i18n';
import { routes } from '@/lib/site/urls';
import { launch, renderDeferred, runAxe, url, watchErrors } from './browser';

const { site } = readContent(process.cwd());
const figures = buildFigureIndex(site.figures, site.recipients);
const LANGS = ['ko', 'en'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LANGS)('the tracker in %s without JavaScript', (lang) => {
  const ui = t(lang);

  it('shows every stage of every recipient: its count, date and sources, or "not reported"', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const res = await page.goto(url(routes.tracker(lang)));
    expect(res?.status()).toBe(200);
    // Read each section as a reader scrolling to it would: sections off the first screen are laid out when they near it.
    await renderDeferred(page);
    expect(await page.locator('h1').textContent()).toBe(ui.trackerTitle(lang === 'ko' ? '26만\u00a0장' : '260,000\u00a0GPUs'));
    let counts = 0;
    let unreported = 0;
    for (const r of site.recipients) {
      const section = page.locator(`[data-tracker="${r.id}"]`);
      expect(await section.isVisible(), r.id).toBe(true);
      const items = section.locator('[data-stage]');
      const stages = recipientStages(
        site.deliveries.find((d) => d.id === r.id)!,
        figures,
      );
      expect(await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.stage))).toEqual(stages.map((s) => s.key));
      for (const [i, stage] of stages.entries()) {
        const item = items.nth(i);
        // Line breaks folded; the no-break space inside an amount ('5만\u00a0장') stays, as figureText writes it.
        const text = (await item.innerText()).replace(/[ \t\n]+/g, ' ');
        expect(text, `${r.id} ${stage.key}`).toContain(ui.trackerStages[stage.key]);
        for (const e of stage.entries) {
          if (e.status === 'count') {
            counts++;
            expect(text, `${r.id} ${stage.key}`).toContain(figureText(figures, e.figure!, lang));
            expect(text, `${r.id} ${stage.key} date`).toContain(formatDate(e.date!, lang));
            for (const s of e.sources)
              expect(text, `${r.id} ${stage.key} source ${s}`).toContain(site.sources.find((x) => x.id === s)!.publisher);
          } else {
            unreported++;
            expect(text, `${r.id} ${stage.key}`).toContain(e.status === 'event' ? ui.trackerNoCount : ui.trackerNotReported);
          }
        }
        expect(await item.locator('[data-status]').count(), `${r.id} ${stage.key}`).toBe(stage.entries.length);
      }
    }
    // The data as it stands: only the government reports counts past the announcement (bought, in service), and its
    // arrivals without a count.
    expect(counts).toBe(site.recipients.length + 2);
    expect(unreported).toBe((site.recipients.length - 1) * 3 + 1);
    // Every source cited by a stage is in the list at the foot of the page.
    const anchors = await page.locator('[data-stage] a[href^="#source-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const a of new Set(anchors)) expect(await page.locator(a).count(), a).toBe(1);
    await context.close();
  });

  it("details the government's batches: each batch's stages and who bought how many", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(routes.tracker(lang)));
    await renderDeferred(page);
    const government = site.deliveries.find((d) => d.id === 'government')!;
    expect(await page.locator('[data-batch]').count()).toBe(government.batches.length);
    for (const batch of government.batches) {
      const section = page.locator(`[data-batch="${batch.id}"]`);
      expect(await section.locator('h3').textContent()).toBe(batch.name[lang]);
      const stages = batchStages(batch, figures);
      const items = section.locator('[data-stage]');
      expect(await items.count()).toBe(4);
      for (const [i, s] of stages.entries()) {
        const text = await items.nth(i).innerText();
        if (s.status === 'count') expect(text, `${batch.id} ${s.key}`).toContain(figureText(figures, s.figure!, lang));
        else expect(text, `${batch.id} ${s.key}`).toContain(s.status === 'event' ? ui.trackerNoCount : ui.trackerNotReported);
      }
      const rows = section.locator('tbody tr');
      expect(await rows.count()).toBe(batch.parts.length);
      for (const [i, part] of batch.parts.entries()) {
        const row = await rows.nth(i).innerText();
        expect(row).toContain(part.name[lang]);
        expect(row).toContain(figureText(figures, part.bought, lang));
        if (part.stateUse) expect(row).toContain(figureText(figures, part.stateUse, lang));
      }
    }
    // The chart's table too shows every number without JavaScript.
    const table = await page.locator('[data-chart="delivery-progress"] table').innerText();
    expect(table).toContain(figureText(figures, 'government.distributed-first', lang));
    expect(await page.locator('[data-chart="delivery-progress"] .chart-canvas').isVisible()).toBe(false);
    await context.close();
  });
});

describe.each(LANGS)('the tracker in %s on a phone', (lang) => {
  const ui = t(lang);

  it('draws a stage with nothing but "not reported" as one short line, and every other stage as a card', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(url(routes.tracker(lang)));
    await renderDeferred(page);
    const government = site.deliveries.find((d) => d.id === 'government')!;
    const expected = [
      ...site.recipients.flatMap((r) =>
        recipientStages(
          site.deliveries.find((d) => d.id === r.id)!,
          figures,
        ).map((s) => isBareStage(s.entries)),
      ),
      ...government.batches.flatMap((b) => batchStages(b, figures).map((s) => isBareStage([s]))),
    ];
    const items = await page.locator('[data-stage]').evaluateAll((els) =>
      els.map((el) => ({
        bare: el.hasAttribute('data-bare'),
        text: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        height: el.getBoundingClientRect().height,
        lineHeight: parseFloat(getComputedStyle(el).lineHeight),
      })),
    );
    expect(items.map((i) => i.bare)).toEqual(expected);
    const bare = items.filter((i) => i.bare);
    const cards = items.filter((i) => !i.bare);
    // The data as it stands: 3 stages for each company, 7 in the batches.
    expect(bare.length).toBe((site.recipients.length - 1) * 3 + 7);
    for (const item of bare) {
      expect(
        Object.values(ui.trackerStages).some((name) => item.text === `${item.text.split(' ')[0]} ${name} ${ui.trackerNotReported}`),
        item.text,
      ).toBe(true);
      // One line of text, its padding and border: under two lines' height at 320 px.
      expect(item.height, item.text).toBeLessThan(2 * item.lineHeight);
    }
    expect(Math.max(...bare.map((i) => i.height))).toBeLessThan(Math.min(...cards.map((i) => i.height)));
    await context.close();
  });
});

describe('the tracker with JavaScript', () => {
  const CASES = (['light', 'dark'] as const).flatMap((colorScheme) => LANGS.map((lang) => ({ colorScheme, lang })));
  it.each(CASES)('draws its chart and passes axe ($lang, $colorScheme), with a value open', async ({ colorScheme, lang }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url(routes.tracker(lang)), { waitUntil: 'networkidle' });
    const host = page.locator('[data-chart="delivery-progress"] gpu-chart');
    await host.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el?.getAttribute('data-state') === 'drawn', await host.elementHandle(), { timeout: 10_000 });
    await page.locator('[data-chart="delivery-progress"] .chart-canvas').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('[data-chart="delivery-progress"] .chart-tip').isVisible()).toBe(true);
    const { violations } = await runAxe(page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], ['violations']);
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `${lang} ${colorScheme}`,
    ).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('links to the tracker', () => {
  it.each(LANGS)('in %s: from the home page and every company page, to its section there', async (lang) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    {
      await page.goto(url(routes.home(lang)));
      const home = page.locator('main a[data-tracker-link]');
      expect(await home.count()).toBe(1);
      expect(new URL((await home.getAttribute('href'))!, url('/')).pathname).toBe(new URL(url(routes.tracker(lang))).pathname);
      for (const r of site.recipients) {
        await page.goto(url(routes.company(lang, r.id)));
        const link = page.locator('main a[data-tracker-link]');
        expect(await link.count(), `${lang} ${r.id}`).toBe(1);
        const target = new URL((await link.getAttribute('href'))!, page.url());
        expect(target.pathname).toBe(new URL(url(routes.tracker(lang))).pathname);
        expect(target.hash).toBe(`#tracker-${r.id}`);
        await page.goto(target.href);
        expect(await page.locator(`#tracker-${r.id}`).count(), target.href).toBe(1);
      }
    }
    await context.close();
  });
});
