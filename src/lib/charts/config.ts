// Builds the Chart.js configuration for a chart spec: colours from the theme, the value axis as the build worked it out
// (axis.ts: no number formatting in the browser), drawn once without animation.
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { ChartRow, ChartSpec, Colour } from './spec';

export interface ThemeColours {
  text: string;
  muted: string;
  grid: string;
  /** Fill for dimmed (not highlighted) bars. */
  dim: string;
  series: Record<Colour, string>;
}

/** CSS custom properties the chart reads, so charts follow the site's light and dark tokens. */
export const THEME_VARS = {
  text: '--color-fg',
  muted: '--color-muted',
  grid: '--color-border',
  dim: '--color-border',
  series: {
    blue: '--chart-blue',
    teal: '--chart-teal',
    amber: '--chart-amber',
    violet: '--chart-violet',
    rose: '--chart-rose',
    neutral: '--color-muted',
  },
} as const;

/** What drawing needs of a chart spec: the language, the direction and the bars. */
export type DrawSpec = Pick<ChartSpec, 'lang' | 'orientation' | 'axis'> & {
  rows: Pick<ChartRow, 'label' | 'value' | 'text' | 'short' | 'colour' | 'muted' | 'target'>[];
};

/** Bars measured against a target (the tracker's announced amounts) get a second, outlined dataset behind them. */
export function hasTargets(spec: DrawSpec): boolean {
  return spec.rows.some((r) => r.target !== undefined);
}

const fills = (spec: DrawSpec, theme: ThemeColours) => spec.rows.map((r) => (r.muted ? theme.dim : theme.series[r.colour]));

export interface ConfigOptions {
  plugins?: Plugin<'bar'>[];
  /** The category axis's width, read each time Chart.js lays the chart out (fit-labels.ts); Chart.js's own otherwise. */
  categoryWidth?: () => number;
  /** Room right of a horizontal chart's bars for the value labels, read at each layout (fit-labels.ts); none otherwise. */
  valueRoom?: () => number;
}

export function chartHeight(spec: Pick<ChartSpec, 'orientation' | 'rows'>): number {
  return spec.orientation === 'horizontal' ? 40 + spec.rows.length * 44 : 300;
}

export function barConfig(spec: DrawSpec, theme: ThemeColours, options: ConfigOptions = {}): ChartConfiguration<'bar'> {
  const horizontal = spec.orientation === 'horizontal';
  const valueAxis = horizontal ? 'x' : 'y';
  const categoryAxis = horizontal ? 'y' : 'x';
  return {
    type: 'bar',
    data: {
      labels: spec.rows.map((r) => r.label),
      datasets: [
        {
          data: spec.rows.map((r) => r.value),
          backgroundColor: fills(spec, theme),
          borderRadius: 3,
          maxBarThickness: horizontal ? 32 : 72,
          // The bar a reader explores by keyboard or touch is outlined in the text colour (draw-chart.ts).
          hoverBorderColor: theme.text,
          hoverBorderWidth: 2,
          grouped: false,
          order: 0,
        },
        ...(hasTargets(spec)
          ? [
              {
                data: spec.rows.map((r) => r.target ?? 0),
                backgroundColor: 'transparent',
                borderColor: fills(spec, theme),
                borderWidth: 2,
                borderRadius: 3,
                maxBarThickness: horizontal ? 32 : 72,
                grouped: false,
                // Drawn first, behind the filled bars.
                order: 1,
              },
            ]
          : []),
      ],
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      // No entry animation: every frame of it re-drew the Korean labels, tens of milliseconds a frame on a slow phone.
      animation: false,
      // Vertical: room above the tallest bar for its label, and a few pixels so the grid stops short of the edge.
      layout: { padding: horizontal ? () => ({ right: options.valueRoom?.() ?? 0 }) : { top: 24, right: 4 } },
      events: [],
      scales: {
        [valueAxis]: {
          min: 0,
          max: spec.axis.step * (spec.axis.labels.length - 1),
          grid: { color: theme.grid },
          border: { display: false },
          ticks: {
            color: theme.muted,
            stepSize: spec.axis.step,
            // Level, always: on a phone Chart.js would tilt the labels to fit them all (two ticks, slanted, at 320 px);
            // it skips every other one instead.
            maxRotation: 0,
            callback: (v: string | number) => spec.axis.labels[Math.round(Number(v) / spec.axis.step)] ?? '',
          },
        },
        [categoryAxis]: {
          grid: { display: false },
          border: { color: theme.grid },
          ticks: { color: theme.text, font: { size: 13, weight: 600 } },
          ...(options.categoryWidth && horizontal
            ? {
                afterFit: (scale: { width: number }) => {
                  scale.width = options.categoryWidth!();
                },
              }
            : {}),
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: { enabled: false },
      },
    },
    plugins: options.plugins ?? [],
  };
}

/** Apply new theme colours to an existing configuration (Chart.js needs options changed in place, then update()). */
export function recolour(config: Pick<ChartConfiguration<'bar'>, 'data' | 'options'>, spec: DrawSpec, theme: ThemeColours): void {
  const [ds, target] = config.data.datasets;
  if (ds) {
    ds.backgroundColor = fills(spec, theme);
    ds.hoverBorderColor = theme.text;
  }
  if (target) target.borderColor = fills(spec, theme);
  const scales = (config.options?.scales ?? {}) as Record<
    string,
    { grid?: { color?: string }; border?: { color?: string }; ticks?: { color?: string } }
  >;
  for (const [axis, scale] of Object.entries(scales)) {
    const isValue = axis === (spec.orientation === 'horizontal' ? 'x' : 'y');
    if (isValue && scale.grid) scale.grid.color = theme.grid;
    if (!isValue && scale.border) scale.border.color = theme.grid;
    if (scale.ticks) scale.ticks.color = isValue ? theme.muted : theme.text;
  }
}
