// Keyboard and touch exploration of a drawn chart, with no hover anywhere: in the focused chart the arrow keys (and Home,
// End) move from bar to bar and Esc closes; a tap or click on a bar shows it, another tap on it or anywhere else closes.
// The bar's row of the figure's own table is shown in a tooltip and announced through a live region.
import type { Chart } from 'chart.js';

/** What a bar's row of the table says, header by header: 'NAVER Cloud: GPUs about 60,000 GPUs, Share of total 23.1%'. */
function rowTexts(table: HTMLTableElement | null): string[] {
  if (!table) return [];
  const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
  return [...table.querySelectorAll('tbody tr')].map((tr) => {
    const [name, ...cells] = [...tr.children].map((c) => c.textContent?.trim() ?? '');
    return `${name}: ${cells.map((c, i) => `${heads[i + 1] ?? ''} ${c}`.trim()).join(', ')}`;
  });
}

export function explore(chart: Chart<'bar'>, area: HTMLElement, table: HTMLTableElement | null): void {
  const texts = rowTexts(table);
  const count = chart.data.labels?.length ?? 0;
  const horizontal = chart.options.indexAxis === 'y';
  const tip = document.createElement('p');
  tip.className = 'chart-tip';
  tip.hidden = true;
  tip.setAttribute('aria-hidden', 'true');
  const live = document.createElement('p');
  live.className = 'sr-only';
  live.setAttribute('aria-live', 'polite');
  live.dataset.chartLive = '';
  area.append(tip, live);
  let active = -1;

  /** Put the tooltip under the point (x, y) of the chart, inside the chart's box. */
  const place = (x: number, y: number) => {
    const left = Math.max(0, Math.min(x - tip.offsetWidth / 2, area.clientWidth - tip.offsetWidth));
    const below = y + 18 + tip.offsetHeight <= area.clientHeight;
    tip.style.left = `${left}px`;
    tip.style.top = `${below ? y + 18 : Math.max(0, y - 18 - tip.offsetHeight)}px`;
  };
  const show = (i: number) => {
    active = i;
    chart.setActiveElements([{ datasetIndex: 0, index: i }]);
    chart.update('none');
    const text = `${texts[i] ?? chart.data.labels?.[i]} (${i + 1}/${count})`;
    tip.textContent = text;
    live.textContent = text;
    tip.hidden = false;
    const bar = chart.getDatasetMeta(0).data[i]!.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
    place(horizontal ? (bar.x + bar.base) / 2 : bar.x, horizontal ? bar.y : Math.min(bar.y, bar.base));
    area.dataset.active = String(i);
  };
  const hide = () => {
    if (active < 0 && tip.hidden) return;
    active = -1;
    chart.setActiveElements([]);
    chart.update('none');
    tip.hidden = true;
    live.textContent = '';
    delete area.dataset.active;
  };

  area.addEventListener('focus', () => {
    // A keyboard reader learns the keys; a tap goes straight to the bar it touched.
    if (active >= 0 || !area.matches(':focus-visible')) return;
    tip.textContent = area.dataset.hint ?? '';
    tip.hidden = false;
    place(area.clientWidth / 2, 0);
  });
  area.addEventListener('blur', hide);
  area.addEventListener('keydown', (e) => {
    const next: Record<string, number> = {
      ArrowRight: active + 1,
      ArrowDown: active + 1,
      ArrowLeft: active < 0 ? count - 1 : active - 1,
      ArrowUp: active < 0 ? count - 1 : active - 1,
      Home: 0,
      End: count - 1,
    };
    if (e.key === 'Escape') hide();
    else if (e.key in next) show(Math.max(0, Math.min(count - 1, next[e.key]!)));
    else return;
    e.preventDefault();
  });
  chart.canvas.addEventListener('click', (e) => {
    // The bar nearest the tap along the category axis: bars are thin, fingers are not.
    const box = chart.canvas.getBoundingClientRect();
    const at = horizontal ? e.clientY - box.top : e.clientX - box.left;
    const bars = chart.getDatasetMeta(0).data.map((b) => (horizontal ? b.y : b.x));
    const i = bars.reduce((best, pos, j) => (Math.abs(pos - at) < Math.abs(bars[best]! - at) ? j : best), 0);
    if (i === active) hide();
    else show(i);
  });
  document.addEventListener('pointerdown', (e) => {
    if (!area.contains(e.target as Node)) hide();
  });
}
