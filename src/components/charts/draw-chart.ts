// Loaded on demand by <gpu-chart>: registers only the Chart.js parts a bar chart needs, draws, and follows the theme.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import { barConfig, recolour, THEME_VARS, type DrawSpec, type ThemeColours } from '@/lib/charts/config';
import { DRAW_STEPS, inSteps, type DrawStep } from '@/lib/charts/draw-steps';
import { fitLabels } from '@/lib/charts/fit-labels';
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

/** The font of the category names and value labels (the category axis's ticks in config.ts). */
const labelFont = () => `600 13px ${Chart.defaults.font.family}`;

/**
 * Prints each bar's value ("약 6만 장") at its end, so phone readers need no tooltip; `values` are the labels as fitted to
 * the chart's width (fit-labels.ts). Above a vertical bar a label is kept inside the canvas.
 */
function valueLabels(spec: DrawSpec, theme: () => ThemeColours, values: () => string[]): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const bars = chart.getDatasetMeta(0).data;
      // With an outlined target behind a bar, the label goes past whichever ends further out.
      const targets = chart.data.datasets.length > 1 ? chart.getDatasetMeta(1).data : [];
      ctx.save();
      ctx.fillStyle = theme().text;
      ctx.font = labelFont();
      bars.forEach((bar, i) => {
        const text = values()[i] ?? '';
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
          const half = ctx.measureText(text).width / 2 + 2;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, Math.min(Math.max(x, half), chart.width - half), y - 6);
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
  // The labels as they fit the chart's width: measured now, and again whenever the chart is resized.
  const measuring = canvas.getContext('2d');
  const measure = (text: string) => {
    if (!measuring) return text.length * 8;
    measuring.font = labelFont();
    return measuring.measureText(text).width;
  };
  const fitTo = (width: number) => fitLabels(spec.orientation, width, spec.rows, measure);
  let fit = fitTo(host.clientWidth);
  const config = barConfig(spec, theme, {
    plugins: [
      valueLabels(
        spec,
        () => theme,
        () => fit.values,
      ),
      inSteps(() => step),
    ],
    categoryWidth: () => fit.axisWidth,
    valueRoom: () => fit.valueRoom,
  });
  config.data.labels = fit.categories;
  if (config.options)
    config.options.onResize = (_chart, size) => {
      // Chart.js lays the chart out again right after this, with the new labels.
      fit = fitTo(size.width);
      config.data.labels = fit.categories;
    };
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
