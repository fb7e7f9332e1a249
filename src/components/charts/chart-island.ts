import { unpackSpec } from './client-spec';

type Drawing = { chart: import('chart.js').Chart<'bar'>; module: typeof import('./draw-chart') };

// <gpu-chart>: waits until the chart nears the viewport, then loads Chart.js and draws; on failure the table remains.
// Its figure's "Download PNG" button (shown only with JavaScript) draws the chart first if it has not been drawn yet.
class GpuChart extends HTMLElement {
  private observer?: IntersectionObserver;
  private drawing?: Promise<Drawing | undefined>;

  connectedCallback(): void {
    // The PNG button exists only with JavaScript: its template becomes the button.
    const template = this.figure?.querySelector<HTMLTemplateElement>('template[data-png-template]');
    const button = template?.content.firstElementChild?.cloneNode(true);
    if (template && button) {
      template.replaceWith(button);
      button.addEventListener('click', () => void this.png());
    }
    if (!('IntersectionObserver' in window)) {
      void this.load();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.observer?.disconnect();
          void this.load();
        }
      },
      { rootMargin: '300px 0px' },
    );
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }

  private get figure(): HTMLElement | null {
    return this.closest('figure');
  }

  /** Draws once; undefined when the chart cannot be drawn. */
  private load(): Promise<Drawing | undefined> {
    this.drawing ??= (async () => {
      this.dataset.state = 'loading';
      try {
        const canvas = this.querySelector('canvas');
        const area = this.querySelector<HTMLElement>('.chart-canvas');
        const spec = this.dataset.spec;
        if (!canvas || !area || !spec) throw new Error('chart markup incomplete');
        const module = await import('./draw-chart');
        // Evaluating Chart.js is one task, drawing the chart the next ones.
        await module.nextTask();
        const chart = await module.drawChart(canvas, unpackSpec(spec), area, this.figure?.querySelector('.chart-table table') ?? null);
        this.dataset.state = 'drawn';
        return { chart, module };
      } catch {
        // The figure is still complete without the canvas: its table carries every number.
        this.dataset.state = 'failed';
        return undefined;
      }
    })();
    return this.drawing;
  }

  private async png(): Promise<void> {
    const drawing = await this.load();
    // Nothing to save when the chart cannot be drawn; the CSV and the table remain.
    if (!drawing) return;
    const { chart, module } = drawing;
    const figure = this.figure;
    const text = (selector: string) => figure?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    await module.savePng(chart, {
      title: text('figcaption > span'),
      source: text('[data-chart-sources]'),
      credit: this.dataset.credit ?? '',
      fileName: `${figure?.dataset.chart ?? 'chart'}.png`,
    });
  }
}

if (!customElements.get('gpu-chart')) customElements.define('gpu-chart', GpuChart);
