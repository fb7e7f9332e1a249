import { unpackSpec } from './client-spec';

// <gpu-chart>: waits until the chart nears the viewport, then loads Chart.js and draws; on failure the table remains.
class GpuChart extends HTMLElement {
  private observer?: IntersectionObserver;

  connectedCallback(): void {
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

  private async load(): Promise<void> {
    this.dataset.state = 'loading';
    try {
      const canvas = this.querySelector('canvas');
      const spec = this.dataset.spec;
      if (!canvas || !spec) throw new Error('chart markup incomplete');
      const { drawChart } = await import('./draw-chart');
      drawChart(canvas, unpackSpec(spec));
      this.dataset.state = 'drawn';
    } catch {
      // The figure is still complete without the canvas: its table carries every number.
      this.dataset.state = 'failed';
    }
  }
}

if (!customElements.get('gpu-chart')) customElements.define('gpu-chart', GpuChart);
