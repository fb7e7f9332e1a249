// Loaded on demand by <gpu-chart>: registers only the Chart.js parts a bar chart needs, draws, and follows the theme.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import { barConfig, recolour, THEME_VARS, type DrawSpec, type ThemeColours } from '@/lib/charts/config';
import { DRAW_STEPS, inSteps, type DrawStep } from '@/lib/charts/draw-steps';
import { explore } from './explore-chart';
import { downloadPng, type PngText } from './png-chart';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/**
 * Resolve CSS colour variables (our tokens are light-dark() pairs) to the colours in force for `host`. One hidden probe a
 * variable, all appended before any is read: the browser recalculates style once, not once a colour.
 */
function resolveColours<K extends string>(host: HTMLElement, variables: Record<K, string>): Record<K, string> {
  const probes = Object.entries<string>(variables).map(([name, variable]) => {
    const probe = document.createElement('span');
    probe.hidden = true;
    probe.style.color = `var(${variable})`;
    return [name, probe] as const;
  });
  host.append(...probes.map(([, probe]) => probe));
  const colours = Object.fromEntries(probes.map(([name, probe]) => [name, getComputedStyle(probe).color]));
  for (const [, probe] of probes) probe.remove();
  return colours as Record<K, string>;
}

function readTheme(host: HTMLElement): ThemeColours {
  const { series, ...rest } = THEME_VARS;
  const { text, muted, grid, dim, ...colours } = resolveColours(host, { ...rest, ...series });
  return { text, muted, grid, dim, series: colours };
}

/** Prints each bar's value ("약 6만 장") at its end, so phone readers need no tooltip. */
function valueLabels(spec: DrawSpec, theme: () => ThemeColours): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const bars = chart.getDatasetMeta(0).data;
      // With an outlined target behind a bar, the label goes past whichever ends further out.
      const targets = chart.data.datasets.length > 1 ? chart.getDatasetMeta(1).data : [];
      ctx.save();
      ctx.fillStyle = theme().text;
      ctx.font = `600 13px ${Chart.defaults.font.family}`;
      bars.forEach((bar, i) => {
        const text = spec.rows[i]?.text ?? '';
        const end = (el: typeof bar | undefined) => (el?.getProps(['x', 'y'], true) ?? { x: 0, y: Infinity }) as { x: number; y: number };
        const own = end(bar);
        const target = end(targets[i]);
        const x = targets[i] ? Math.max(own.x, target.x) : own.x;
        const y = targets[i] ? Math.min(own.y, target.y) : own.y;
        if (spec.orientation === 'horizontal') {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, x + 6, y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, x, y - 6);
        }
      });
      ctx.restore();
    },
  };
}

/** Lets the browser run other tasks (input, rendering) before the next step. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Draw `spec` on `canvas`, a task for each of DRAW_STEPS (lib/charts/draw-steps.ts); `area` (the canvas's focusable
 * box) gets keyboard and touch exploration.
 */
export async function drawChart(
  canvas: HTMLCanvasElement,
  spec: DrawSpec,
  area: HTMLElement,
  table: HTMLTableElement | null,
): Promise<Chart<'bar'>> {
  const host = canvas.parentElement ?? canvas;
  let theme = readTheme(host);
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  let step: DrawStep = 'prepare';
  const config = barConfig(spec, theme, { plugins: [valueLabels(spec, () => theme), inSteps(() => step)] });
  if (spec.orientation === 'horizontal' && config.options?.layout) {
    // Leave exactly the room the longest value label needs at the end of the bars.
    const ctx = canvas.getContext('2d');
    if (ctx) {
      ctx.font = `600 13px ${Chart.defaults.font.family}`;
      config.options.layout.padding = { right: 10 + Math.max(...spec.rows.map((r) => ctx.measureText(r.text).width)) };
    }
  }
  await nextTask();
  step = 'size';
  const chart = new Chart(canvas, config);
  for (const next of DRAW_STEPS.slice(DRAW_STEPS.indexOf('elements'))) {
    await nextTask();
    step = next;
    // 'none': no animation to resolve for a chart drawn once, in place.
    if (next === 'paint') chart.draw();
    else chart.update('none');
  }
  explore(chart, area, table);
  addEventListener('themechange', () => {
    theme = readTheme(host);
    recolour(chart.config, spec, theme);
    chart.update('none');
  });
  return chart;
}

/** Save the chart as a PNG, in the theme on screen, with its title, sources and credit (png-chart.ts). */
export function savePng(chart: Chart<'bar'>, text: PngText): Promise<void> {
  const colours = resolveColours(chart.canvas.parentElement ?? document.body, {
    bg: '--color-bg',
    text: THEME_VARS.text,
    muted: THEME_VARS.muted,
  });
  return downloadPng(chart, text, colours, Chart.defaults.font.family ?? 'sans-serif');
}
