// The steps a chart's first drawing is spread over, a task each, and the Chart.js plugin that holds back each part of
// Chart.js's work until its step (used by src/components/charts/draw-chart.ts).
import type { Plugin } from 'chart.js';

/**
 * In order: reading the theme and measuring the value labels; the constructor, which sizes the canvas; the bars'
 * elements; the layout; the bars' positions; the picture, painted at once. Under Lighthouse's 4x CPU slow-down
 * Chart.js's first run through its code takes tens of milliseconds a step; one task for the whole drawing, or even one
 * for the layout and one for the paint, would block a tap for longer than the 50 ms a task may. Each step but the last
 * leaves work for the next: Chart.js skips whatever a plugin's cancelable hook answers false to, and redoing a step it
 * has run once costs little.
 */
export const DRAW_STEPS = ['prepare', 'size', 'elements', 'layout', 'bars', 'paint'] as const;
export type DrawStep = (typeof DRAW_STEPS)[number];

/** Chart.js's cancelable hooks answer false until the step that first runs what they guard, and true from then on. */
export function inSteps(current: () => DrawStep): Plugin<'bar'> {
  const from = (step: DrawStep) => () => DRAW_STEPS.indexOf(current()) >= DRAW_STEPS.indexOf(step);
  return {
    id: 'inSteps',
    beforeUpdate: from('elements'),
    beforeLayout: from('layout'),
    beforeDatasetsUpdate: from('bars'),
    // Not beforeDraw: draw() clears the canvas before asking it, and every cleared canvas is a frame to commit.
    beforeRender: from('paint'),
  };
}
